using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Inspection;

/// <summary>A planned item of a programme: what kind, on whom, on which topic, in which quarter.</summary>
/// <param name="Kind">Kind of inspection or supervision.</param>
/// <param name="SubjectType">Cell, cell committee or member.</param>
/// <param name="Cell">The subject cell (for a member, his cell).</param>
/// <param name="MemberId">The member, for a member subject.</param>
/// <param name="TopicCode">The topic.</param>
/// <param name="Quarter">1 to 4.</param>
public sealed record ProgrammeItemInput(InspectionKind Kind, InspectionSubjectType SubjectType, PartyOrganization Cell, Guid? MemberId, string TopicCode, int Quarter);

/// <summary>
/// A yearly programme of inspection and supervision (chương trình kiểm tra, giám sát năm), issued by the committee's
/// standing committee or its inspection commission (a cell's by the cell), with its planned items.
/// </summary>
public sealed class InspectionProgramme : AggregateRoot
{
    public const int NumberMaxLength = 64;

    private readonly List<ProgrammeItem> items = [];

    private InspectionProgramme(Guid id, Guid organizationId)
        : base(id)
    {
        OrganizationId = organizationId;
    }

    public Guid OrganizationId { get; private set; }

    public int Year { get; private set; }

    public InspectionAuthority IssuedBy { get; private set; }

    public string? DocumentNumber { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public IReadOnlyList<ProgrammeItem> Items => items;

    public static InspectionProgramme Issue(
        Guid id, PartyOrganization organization, int year, InspectionAuthority issuedBy, string? documentNumber, DateOnly issuedOn,
        IReadOnlyList<ProgrammeItemInput> items, RuleBook<InspectionTopicCatalog> topics, IReadOnlySet<string> customTopics, Func<Guid> newId, DateOnly today)
    {
        var programme = new InspectionProgramme(id, organization.Id);
        programme.Change(organization, year, issuedBy, documentNumber, issuedOn, items, topics, customTopics, newId, today);
        return programme;
    }

    /// <summary>Replaces the programme's header and items (a programme is amended as a whole).</summary>
    public void Change(
        PartyOrganization organization, int year, InspectionAuthority issuedBy, string? documentNumber, DateOnly issuedOn,
        IReadOnlyList<ProgrammeItemInput> itemInputs, RuleBook<InspectionTopicCatalog> topics, IReadOnlySet<string> customTopics, Func<Guid> newId, DateOnly today)
    {
        InspectionCase.EnsureEventDate(issuedOn, today);
        InspectionCase.EnsureAuthority(organization, issuedBy);
        if (issuedOn.Year != year && issuedOn.Year != year - 1)
        {
            throw InspectionErrors.ProgrammeYearMismatch(year);
        }

        foreach (var item in itemInputs)
        {
            if (!organization.Contains(item.Cell) || item.Cell.Type != OrganizationType.PartyCell
                || (item.SubjectType == InspectionSubjectType.Cell && item.Cell.Id == organization.Id))
            {
                throw InspectionErrors.SubjectOutsideOrganization(item.Cell.Code);
            }

            if ((item.SubjectType == InspectionSubjectType.Member) != (item.MemberId is not null))
            {
                throw InspectionErrors.SubjectMemberMismatch();
            }

            InspectionCase.EnsureTopic(item.TopicCode, issuedOn, topics, customTopics);
        }

        Year = year;
        IssuedBy = issuedBy;
        DocumentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : VietnameseText.Clean(documentNumber);
        IssuedOn = issuedOn;
        items.Clear();
        items.AddRange(itemInputs.Select(i => new ProgrammeItem(newId(), Id, i.Kind, i.SubjectType, i.Cell.Id, i.MemberId, i.TopicCode, i.Quarter)));
    }
}

/// <summary>A planned item of a programme.</summary>
public sealed class ProgrammeItem : Entity, IAuditable
{
    internal ProgrammeItem(Guid id, Guid programmeId, InspectionKind kind, InspectionSubjectType subjectType, Guid organizationId, Guid? memberId, string topicCode, int quarter)
        : base(id)
    {
        ProgrammeId = programmeId;
        Kind = kind;
        SubjectType = subjectType;
        OrganizationId = organizationId;
        MemberId = memberId;
        TopicCode = topicCode;
        Quarter = quarter;
    }

    public Guid ProgrammeId { get; private set; }

    public InspectionKind Kind { get; private set; }

    public InspectionSubjectType SubjectType { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid? MemberId { get; private set; }

    public string TopicCode { get; private set; }

    public int Quarter { get; private set; }
}

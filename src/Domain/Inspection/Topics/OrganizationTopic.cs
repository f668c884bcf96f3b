using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection.Topics;

/// <summary>
/// A topic of inspection and supervision an organisation adds to the statutory catalogue (its own resolution, a local
/// directive): code <c>ORG-…</c>, unique, offered to the organisation and the organisations under it from the day it is
/// added until it is retired.
/// </summary>
public sealed class OrganizationTopic : AggregateRoot
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 300;

    private OrganizationTopic(Guid id)
        : base(id)
    {
        Code = string.Empty;
        NameVi = string.Empty;
        NameEn = string.Empty;
    }

    public Guid OrganizationId { get; private set; }

    public string Code { get; private set; }

    public string NameVi { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>The document the topic follows (number and date), if any.</summary>
    public string? Document { get; private set; }

    public DateOnly AddedOn { get; private set; }

    public DateOnly? RetiredOn { get; private set; }

    public static OrganizationTopic Add(Guid id, Guid organizationId, string code, string nameVi, string nameEn, string? document, DateOnly addedOn)
    {
        var normalized = code.Trim().ToUpperInvariant();
        if (!normalized.StartsWith(InspectionTopic.CustomPrefix, StringComparison.Ordinal) || normalized.Length <= InspectionTopic.CustomPrefix.Length)
        {
            throw new DomainRuleException("inspection.topic_code_invalid", "An organisation's topic code starts with ORG-.", RuleViolationKind.Unprocessable, InspectionTopic.CustomPrefix);
        }

        return new OrganizationTopic(id)
        {
            OrganizationId = organizationId,
            Code = normalized,
            NameVi = VietnameseText.Clean(nameVi),
            NameEn = nameEn.Trim(),
            Document = string.IsNullOrWhiteSpace(document) ? null : VietnameseText.Clean(document),
            AddedOn = addedOn,
        };
    }

    /// <summary>Offered for decisions and programmes dated from <see cref="AddedOn"/> until the day before <see cref="RetiredOn"/>.</summary>
    public bool IsOfferedOn(DateOnly date) => date >= AddedOn && (RetiredOn is null || date < RetiredOn);

    public void Retire(DateOnly on)
    {
        if (RetiredOn is { } retired)
        {
            throw new DomainRuleException("inspection.topic_retired", "The topic has already been retired.", RuleViolationKind.Conflict, WireFormat.Date(retired));
        }

        if (on < AddedOn)
        {
            throw new DomainRuleException("inspection.topic_retired_before_added", "A topic is retired on or after the day it was added.", RuleViolationKind.Unprocessable, WireFormat.Date(AddedOn));
        }

        RetiredOn = on;
    }

    public InspectionTopic ToTopic() => new(Code, new BilingualLabel(NameVi, NameEn), Document ?? string.Empty);
}

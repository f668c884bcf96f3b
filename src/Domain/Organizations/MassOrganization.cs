using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organizations;

public enum MassOrganizationKind
{
    /// <summary>Công đoàn cơ sở.</summary>
    TradeUnion = 1,

    /// <summary>Chi đoàn Thanh niên Cộng sản Hồ Chí Minh.</summary>
    YouthUnionCell = 2,

    /// <summary>Hội Cựu chiến binh.</summary>
    VeteransAssociation = 3,

    /// <summary>Chi hội / Ban nữ công.</summary>
    WomenUnion = 4,
}

/// <summary>
/// A mass organisation led by a party organisation. Its membership is a dated count (đoàn viên, hội viên are not
/// party members and are not recorded one by one).
/// </summary>
public sealed class MassOrganization : AggregateRoot
{
    private readonly List<MassOrganizationMemberCount> memberCounts = [];

    public MassOrganization(Guid id, string name, MassOrganizationKind kind, Guid leadingOrganizationId, DateOnly? establishedOn)
        : base(id)
    {
        Name = VietnameseText.Clean(name);
        Kind = kind;
        LeadingOrganizationId = leadingOrganizationId;
        EstablishedOn = establishedOn;
    }

    public string Name { get; private set; }

    public MassOrganizationKind Kind { get; private set; }

    /// <summary>The party organisation that leads it (the committee or a cell).</summary>
    public Guid LeadingOrganizationId { get; private set; }

    public DateOnly? EstablishedOn { get; private set; }

    public DateOnly? DissolvedOn { get; private set; }

    public IReadOnlyList<MassOrganizationMemberCount> MemberCounts => memberCounts;

    /// <summary>The latest count on or before <paramref name="date"/>, or null when none was recorded yet.</summary>
    public int? MembersOn(DateOnly date) => memberCounts.Where(c => c.AsOf <= date).MaxBy(c => c.AsOf)?.Count;

    public void Rename(string name, MassOrganizationKind kind, Guid leadingOrganizationId, DateOnly? establishedOn)
    {
        Name = VietnameseText.Clean(name);
        Kind = kind;
        LeadingOrganizationId = leadingOrganizationId;
        EstablishedOn = establishedOn;
    }

    /// <summary>Records the number of members on a date (one count per date; a new count for the same date replaces it).</summary>
    public void RecordMemberCount(Guid id, DateOnly asOf, int count)
    {
        if (count < 0)
        {
            throw new DomainRuleException("mass_organization.count_negative", "A member count cannot be negative.", RuleViolationKind.Unprocessable);
        }

        memberCounts.RemoveAll(c => c.AsOf == asOf);
        memberCounts.Add(new MassOrganizationMemberCount(id, Id, asOf, count));
    }

    public void Dissolve(DateOnly on)
    {
        if (DissolvedOn is not null)
        {
            throw new DomainRuleException("mass_organization.already_dissolved", "Already dissolved.", RuleViolationKind.Conflict);
        }

        DissolvedOn = on;
    }
}

public sealed class MassOrganizationMemberCount : Entity, IAuditable
{
    internal MassOrganizationMemberCount(Guid id, Guid massOrganizationId, DateOnly asOf, int count)
        : base(id)
    {
        MassOrganizationId = massOrganizationId;
        AsOf = asOf;
        Count = count;
    }

    public Guid MassOrganizationId { get; private set; }

    public DateOnly AsOf { get; private set; }

    public int Count { get; private set; }
}

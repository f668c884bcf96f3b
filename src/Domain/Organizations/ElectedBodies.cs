using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organizations;

/// <summary>A term of office of an organisation (nhiệm kỳ), opened by its congress (đại hội).</summary>
public sealed class Term : AggregateRoot
{
    public const int NameMaxLength = 32;

    public Term(Guid id, Guid organizationId, string name, int? congressNumber, DateOnly startsOn, DateOnly endsOn)
        : base(id)
    {
        OrganizationId = organizationId;
        Name = name.Trim();
        CongressNumber = congressNumber;
        Change(name, congressNumber, startsOn, endsOn);
    }

    public Guid OrganizationId { get; private set; }

    /// <summary>e.g. "2020–2025".</summary>
    public string Name { get; private set; }

    /// <summary>Ordinal of the congress that opened the term (Đại hội lần thứ IX → 9).</summary>
    public int? CongressNumber { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public bool Covers(DateOnly date) => StartsOn <= date && date <= EndsOn;

    public void Change(string name, int? congressNumber, DateOnly startsOn, DateOnly endsOn)
    {
        if (endsOn <= startsOn)
        {
            throw new DomainRuleException("term.ends_before_start", "A term ends after it starts.", RuleViolationKind.Unprocessable);
        }

        Name = name.Trim();
        CongressNumber = congressNumber;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }
}

public enum BodyKind
{
    /// <summary>Ban Chấp hành — the executive committee elected by the congress.</summary>
    ExecutiveCommittee = 1,

    /// <summary>Ban Thường vụ — the standing committee, elected by the executive committee from its members.</summary>
    StandingCommittee = 2,

    /// <summary>Ủy ban Kiểm tra — the inspection commission.</summary>
    InspectionCommission = 3,

    /// <summary>Chi ủy — a cell's committee.</summary>
    CellCommittee = 4,
}

public enum BodyRole
{
    /// <summary>Bí thư.</summary>
    Secretary = 1,

    /// <summary>Phó Bí thư.</summary>
    DeputySecretary = 2,

    /// <summary>Ủy viên Thường vụ (a standing committee member without another title).</summary>
    StandingMember = 3,

    /// <summary>Chủ nhiệm Ủy ban Kiểm tra.</summary>
    InspectionChair = 4,

    /// <summary>Phó Chủ nhiệm Ủy ban Kiểm tra.</summary>
    InspectionViceChair = 5,

    /// <summary>Ủy viên.</summary>
    Member = 6,
}

/// <summary>An elected body of an organisation for one term, with its members over time.</summary>
public sealed class ElectedBody : AggregateRoot
{
    private readonly List<BodyMembership> memberships = [];

    public ElectedBody(Guid id, Guid organizationId, Guid termId, BodyKind kind)
        : base(id)
    {
        OrganizationId = organizationId;
        TermId = termId;
        Kind = kind;
    }

    public Guid OrganizationId { get; private set; }

    public Guid TermId { get; private set; }

    public BodyKind Kind { get; private set; }

    public IReadOnlyList<BodyMembership> Memberships => memberships;

    /// <summary>Memberships current on <paramref name="date"/>.</summary>
    public IEnumerable<BodyMembership> MembersOn(DateOnly date) => memberships.Where(m => m.IsCurrentOn(date));

    /// <summary>Adds a membership; the rules that need other bodies are checked by the caller (see ElectedBodyRules in Application).</summary>
    public BodyMembership AddMembership(Guid id, Guid memberId, BodyRole role, DateOnly startsOn, DateOnly? endsOn, string? decisionNumber)
    {
        var membership = new BodyMembership(id, Id, memberId, role, startsOn, endsOn, decisionNumber);
        memberships.Add(membership);
        return membership;
    }

    public void RemoveMembership(BodyMembership membership) => memberships.Remove(membership);
}

/// <summary>A member's seat in an elected body, with the role held and the dates.</summary>
public sealed class BodyMembership : Entity, IAuditable
{
    internal BodyMembership(Guid id, Guid electedBodyId, Guid memberId, BodyRole role, DateOnly startsOn, DateOnly? endsOn, string? decisionNumber)
        : base(id)
    {
        ElectedBodyId = electedBodyId;
        MemberId = memberId;
        Role = role;
        StartsOn = startsOn;
        EndsOn = endsOn;
        DecisionNumber = decisionNumber;
    }

    public Guid ElectedBodyId { get; private set; }

    public Guid MemberId { get; private set; }

    public BodyRole Role { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public string? DecisionNumber { get; private set; }

    public bool IsCurrentOn(DateOnly date) => StartsOn <= date && (EndsOn is null || EndsOn >= date);

    public void End(DateOnly on)
    {
        if (on < StartsOn)
        {
            throw new DomainRuleException("body.membership_ends_before_start", "A membership cannot end before it starts.", RuleViolationKind.Unprocessable);
        }

        EndsOn = on;
    }

    public void ChangeRole(BodyRole role) => Role = role;
}

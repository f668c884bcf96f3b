using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// A member's status changed on <paramref name="EffectiveOn"/> (every change, whichever way it was recorded: a status
/// decision, full-membership recognition, a transfer out, a name removal from an admission case).
/// </summary>
public sealed record MemberStatusChanged(
    Guid MemberId, MemberStatus From, MemberStatus To, DateOnly EffectiveOn, string? DecisionNumber, string? Reason) : IDomainEvent
{
    /// <summary>The member left the committee's party organisation (transferred out, name removed, expelled, deceased).</summary>
    public bool Left => !MemberStatusRules.IsActive(To);
}

/// <summary>A probationary member was recognised as a full member on <paramref name="RecognizedOn"/>.</summary>
public sealed record MemberRecognizedAsFull(Guid MemberId, DateOnly RecognizedOn, string? DecisionNumber) : IDomainEvent;

/// <summary>
/// The member left the committee's party organisation on <paramref name="On"/> with <paramref name="Status"/>
/// (transferred out, name removed, expelled, deceased); raised together with <see cref="MemberStatusChanged"/>.
/// </summary>
public sealed record MemberLeftPartyOrganisation(Guid MemberId, MemberStatus Status, DateOnly On, string? Reason) : IDomainEvent;

/// <summary>The member moved from one cell of the committee to another on <paramref name="On"/> (an internal official transfer).</summary>
public sealed record MemberMovedCell(Guid MemberId, Guid FromCellId, Guid ToCellId, DateOnly On) : IDomainEvent;

/// <summary>An exemption, reduction or suspension of the member starts (its period may be open).</summary>
public sealed record MemberConditionStarted(Guid MemberId, Guid ConditionId, MemberConditionKind Kind, DateRange Period) : IDomainEvent;

/// <summary>A condition was ended: <paramref name="LastDay"/> is its last day.</summary>
public sealed record MemberConditionEnded(Guid MemberId, Guid ConditionId, MemberConditionKind Kind, DateOnly LastDay) : IDomainEvent;

/// <summary>A person whose name was removed or who was expelled was re-admitted (a probationary member again).</summary>
public sealed record MemberReadmitted(Guid MemberId, DateOnly DecisionDate, string? DecisionNumber, Guid CellId) : IDomainEvent;

/// <summary>The member's name and/or date of birth were changed by <paramref name="Decision"/>.</summary>
public sealed record MemberRecordCorrected(Guid MemberId, IReadOnlyList<CorrectedField> Fields, RecordDecision Decision) : IDomainEvent;

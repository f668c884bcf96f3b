using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>The annulment of an expulsion by a competent decision (a discipline complaint settled, a review).</summary>
public sealed partial class PartyMember
{
    /// <summary>
    /// The expulsion decided on <paramref name="expelledOn"/> is withdrawn or changed into a lighter form on
    /// <paramref name="annulledOn"/>: it never took effect, so the EXPELLED period is removed and the status before it
    /// continues (the seniority is unbroken). Only the member's current EXPELLED status of that day can be annulled
    /// (<c>member.not_expelled</c> otherwise); conditions and seats ended by the expulsion are not restored by this (they are
    /// recorded again by their own decisions).
    /// </summary>
    public void AnnulExpulsion(DateOnly expelledOn, DateOnly annulledOn, string? decisionNumber, string? reason)
    {
        var current = CurrentStatusPeriod;
        if (Status != MemberStatus.Expelled || current.StartsOn != expelledOn)
        {
            throw new DomainRuleException(
                "member.not_expelled",
                "The member's current status is not the expulsion being annulled.",
                RuleViolationKind.Conflict,
                Status.ToString(),
                WireFormat.Date(expelledOn));
        }

        var previous = statusHistory.Where(p => p != current).MaxBy(p => p.StartsOn)
            ?? throw new DomainRuleException("member.not_expelled", "The member has no status before the expulsion.", RuleViolationKind.Conflict, Status.ToString(), WireFormat.Date(expelledOn));
        statusHistory.Remove(current);
        previous.Reopen();
        Status = previous.Status;
        Raise(new MemberStatusChanged(Id, MemberStatus.Expelled, previous.Status, annulledOn, decisionNumber, reason));
    }
}

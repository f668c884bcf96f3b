using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>The decision that allows a recorded seniority gap to be amended or withdrawn.</summary>
/// <param name="Number">Its number.</param>
/// <param name="Date">Its date (an event date: not in the future).</param>
/// <param name="Reason">Why the recorded period was wrong.</param>
public sealed record SeniorityGapDecision(string Number, DateOnly Date, string Reason);

/// <summary>Corrections of recorded seniority gaps: amended or withdrawn by a decision, the old period kept.</summary>
public sealed partial class PartyMember
{
    /// <summary>
    /// Replaces the recorded gap <paramref name="gapId"/> by <paramref name="period"/> under <paramref name="decision"/>
    /// (the competent committee's decision that corrects the record, like a change of name or date of birth: issue 8).
    /// The old gap stays in the record's history (ended by the decision, pointing to its replacement); seniority and
    /// <see cref="SeniorityCountedFrom"/> follow at once. The new period obeys the rules of a new gap (ended, not in the
    /// future, no overlap with the other gaps in force).
    /// </summary>
    public MemberSeniorityGap AmendSeniorityGap(
        Guid gapId, DateRange period, SeniorityGapReason reason, string? documentNumber, string? note, SeniorityGapDecision decision, DateOnly today)
    {
        var old = GapInForce(gapId, decision, today);
        EventDate(period.StartsOn, today, null);
        if (period.EndsOn is not { } end || end > today)
        {
            throw new DomainRuleException("member.seniority_gap_open", "A period outside the party has ended when it is recorded.", RuleViolationKind.Unprocessable);
        }

        if (seniorityGaps.Any(g => g.IsInForce && g.Id != gapId && g.Period.Overlaps(period)))
        {
            throw new DomainRuleException("member.seniority_gap_overlaps", "The period overlaps one already recorded.", RuleViolationKind.Conflict);
        }

        var gap = new MemberSeniorityGap(Ids.NewVersion7(), Id, period, reason, documentNumber, note);
        gap.MarkAmends(old.Id);
        old.End(Clean(decision), gap.Id);
        seniorityGaps.Add(gap);
        RecomputeSeniorityStart();
        return gap;
    }

    /// <summary>
    /// Withdraws the recorded gap <paramref name="gapId"/> under <paramref name="decision"/>: it is no longer deducted
    /// from seniority (which follows at once) but stays readable in the record's history.
    /// </summary>
    public MemberSeniorityGap WithdrawSeniorityGap(Guid gapId, SeniorityGapDecision decision, DateOnly today)
    {
        var gap = GapInForce(gapId, decision, today);
        gap.End(Clean(decision), null);
        RecomputeSeniorityStart();
        return gap;
    }

    private MemberSeniorityGap GapInForce(Guid gapId, SeniorityGapDecision decision, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var gap = seniorityGaps.FirstOrDefault(g => g.Id == gapId) ?? throw new DomainRuleException(
            "member.seniority_gap_not_found", "The member has no recorded seniority gap with this identifier.", RuleViolationKind.Unprocessable, gapId);
        if (!gap.IsInForce)
        {
            throw new DomainRuleException(
                "member.seniority_gap_already_corrected",
                "This seniority gap was already amended or withdrawn; correct the one in force.",
                RuleViolationKind.Conflict,
                gap.EndedByDecisionNumber!);
        }

        if (string.IsNullOrWhiteSpace(decision.Number) || string.IsNullOrWhiteSpace(decision.Reason))
        {
            throw new DomainRuleException(
                "member.seniority_gap_correction_needs_decision",
                "A recorded seniority gap is amended or withdrawn only by a decision: its number, date and reason.",
                RuleViolationKind.Unprocessable);
        }

        EventDate(decision.Date, today, null);
        return gap;
    }

    private static SeniorityGapDecision Clean(SeniorityGapDecision decision) =>
        new(decision.Number.Trim(), decision.Date, VietnameseText.Clean(decision.Reason));
}

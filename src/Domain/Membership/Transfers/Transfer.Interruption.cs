using System.Globalization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Domain.Membership;

/// <summary>The office's answer to a proposed interruption between transfers.</summary>
public enum InterruptionDecision
{
    /// <summary>Recorded as a seniority gap (reason TRANSFER_INTERRUPTION) with the committee's decision.</summary>
    Confirmed = 1,

    /// <summary>Not recorded (a legitimate reason for the late presentation), with the reason.</summary>
    Dismissed = 2,
}

/// <summary>
/// A proposed period of interruption of party activity between an official transfer's letter and the member's
/// presentation at the receiving cell, beyond the presentation limit.
/// </summary>
/// <param name="Period">From the day after the last allowed day to the day before the presentation (both included).</param>
/// <param name="PresentationDueOn">The last allowed day: the letter's date plus the rule set's presentation working days.</param>
/// <param name="WorkingDaysLate">Working days from the last allowed day to the presentation.</param>
/// <param name="RuleSet">The transfer rule set applied (in force on the request date).</param>
public sealed record ProposedInterruption(DateRange Period, DateOnly PresentationDueOn, int WorkingDaysLate, RuleSource RuleSet);

/// <summary>Interruptions between transfers: proposed from the dates, confirmed as a seniority gap or dismissed by the office.</summary>
public sealed partial class Transfer
{
    /// <summary>The office's answer to the proposed interruption; null while it is proposed (or when there is none).</summary>
    public InterruptionDecision? InterruptionDecision { get; private set; }

    /// <summary>The day of that answer.</summary>
    public DateOnly? InterruptionDecidedOn { get; private set; }

    /// <summary>The decision establishing the gap (confirmed), or null.</summary>
    public string? InterruptionDecisionNumber { get; private set; }

    /// <summary>The seniority gap recorded from the proposal (confirmed), or null.</summary>
    public Guid? InterruptionGapId { get; private set; }

    /// <summary>Why the proposal was dismissed, or null.</summary>
    public string? InterruptionDismissalReason { get; private set; }

    /// <summary>
    /// The interruption of party activity this transfer shows, whatever the office decided: an OFFICIAL transfer (not a
    /// converted temporary one) within the committee or into it (the member's record is here), RECEIVED after its
    /// presentation limit (<see cref="TransferRuleSet.PresentationWorkingDays"/> working days from the letter's date,
    /// Quy định 29-QĐ/TW 2016, 24-QĐ/TW 2021 and 294-QĐ/TW 2025 point 6.3.1 c). Seniority does not count "thời gian gián
    /// đoạn do chuyển sinh hoạt đảng" (same regulations, point 4.5.1); the text does not say from which day, so the
    /// proposal is the time beyond the limit: from the day after the last allowed day to the day before the
    /// presentation. Null when the member presented on time, the day after the last allowed day (no day lost), or
    /// the transfer is outgoing (the member's record leaves the committee), temporary, converted, not received.
    /// </summary>
    public ProposedInterruption? Interruption(WorkingDayCalendar calendar, RuleBook<TransferRuleSet> rules)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Kind != TransferKind.Official || ConvertedOn is not null || Direction == TransferDirection.Outgoing
            || Status != TransferStatus.Received || SentOn is not { } sent || ReceivedOn is not { } received)
        {
            return null;
        }

        var set = GoverningRules(rules);
        var due = calendar.AddWorkingDays(sent, set.PresentationWorkingDays);
        var first = due.AddDays(1);
        var last = received.AddDays(-1);
        if (last < first)
        {
            return null;
        }

        return new ProposedInterruption(new DateRange(first, last), due, calendar.WorkingDaysBetween(due, received), set.Source);
    }

    /// <summary>The interruption still waiting for the office's answer, or null.</summary>
    public ProposedInterruption? PendingInterruption(WorkingDayCalendar calendar, RuleBook<TransferRuleSet> rules) =>
        InterruptionDecision is null ? Interruption(calendar, rules) : null;

    /// <summary>
    /// Confirms the proposed interruption: records it on <paramref name="member"/> as a seniority gap (reason
    /// TRANSFER_INTERRUPTION, the decision's number as its document) through the member's gap path, so seniority and
    /// badge eligibility follow at once; the proposal is answered and never proposed again. Already answered: 409
    /// <c>transfer.interruption_already_decided</c>; nothing proposed: 422 <c>transfer.no_interruption</c>.
    /// </summary>
    public MemberSeniorityGap ConfirmInterruption(
        PartyMember member, string decisionNumber, DateOnly decidedOn, string? note, WorkingDayCalendar calendar, RuleBook<TransferRuleSet> rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(member);
        EnsureMember(member);
        var proposal = EnsureInterruptionPending(calendar, rules);
        if (string.IsNullOrWhiteSpace(decisionNumber))
        {
            throw Rule("transfer.interruption_needs_decision", "A proposed interruption is confirmed by the committee's decision: give its number.");
        }

        EnsureDecisionDate(decidedOn, today);
        var text = string.IsNullOrWhiteSpace(note)
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"Giới thiệu {SentOn!.Value:dd/MM/yyyy}, hạn xuất trình {proposal.PresentationDueOn:dd/MM/yyyy}, xuất trình {ReceivedOn!.Value:dd/MM/yyyy} ({proposal.RuleSet.Code})")
            : note;
        var gap = member.RecordSeniorityGap(proposal.Period, SeniorityGapReason.TransferInterruption, decisionNumber.Trim(), text, today);
        InterruptionDecision = Membership.InterruptionDecision.Confirmed;
        InterruptionDecidedOn = decidedOn;
        InterruptionDecisionNumber = decisionNumber.Trim();
        InterruptionGapId = gap.Id;
        return gap;
    }

    /// <summary>
    /// Dismisses the proposed interruption with the reason (a legitimate reason for the late presentation, reported
    /// under point 6.3.1 c): nothing is recorded on the member and the proposal is not proposed again.
    /// </summary>
    public void DismissInterruption(string reason, DateOnly decidedOn, WorkingDayCalendar calendar, RuleBook<TransferRuleSet> rules, DateOnly today)
    {
        EnsureInterruptionPending(calendar, rules);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Rule("transfer.interruption_dismissal_reason_required", "Give the reason the proposed interruption is not recorded.");
        }

        EnsureDecisionDate(decidedOn, today);
        InterruptionDecision = Membership.InterruptionDecision.Dismissed;
        InterruptionDecidedOn = decidedOn;
        InterruptionDismissalReason = VietnameseText.Clean(reason);
    }

    private ProposedInterruption EnsureInterruptionPending(WorkingDayCalendar calendar, RuleBook<TransferRuleSet> rules)
    {
        if (InterruptionDecision is { } decided)
        {
            throw new DomainRuleException(
                "transfer.interruption_already_decided",
                "The proposed interruption of this transfer was already confirmed or dismissed.",
                RuleViolationKind.Conflict,
                decided.ToString().ToUpperInvariant());
        }

        return Interruption(calendar, rules) ?? throw Rule(
            "transfer.no_interruption",
            "This transfer shows no interruption beyond the presentation limit (official, received late, within or into the committee).");
    }

    private void EnsureDecisionDate(DateOnly decidedOn, DateOnly today)
    {
        if (decidedOn < ReceivedOn!.Value)
        {
            throw Rule("transfer.date_before_previous_step", "The date is before the previous step of the transfer.", Format(ReceivedOn.Value));
        }

        EnsureNotInFuture(decidedOn, today);
    }
}

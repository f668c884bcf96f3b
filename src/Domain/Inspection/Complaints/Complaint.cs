using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Domain.Inspection.Complaints;

/// <summary>
/// A complaint (khiếu nại) of a disciplined member or organisation about the discipline decision. It is filed within
/// the working days of the rule set in force on the day it is received, counted from the day the decision was received
/// (Điều lệ Đảng Điều 39 khoản 7: "trong vòng một tháng"); one filed later is registered and recorded as NOT accepted
/// with the rule named (a late complaint is not settled), not refused by the API. An accepted complaint is settled by a
/// level above the body that decided (a cell's decision by the committee or its inspection commission, the committee's
/// by the superior level), within the settlement period (a setting); a late settlement is recorded. The decision upholds
/// the discipline, changes its form or withdraws it: <see cref="ComplaintSettled"/>, to which the discipline reacts.
/// </summary>
public sealed class Complaint : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const int NumberMaxLength = 64;

    private Complaint(Guid id)
        : base(id)
    {
        Content = string.Empty;
        ComplainantName = string.Empty;
    }

    public Guid DisciplinaryActionId { get; private set; }

    /// <summary>The organisation of the action (the member's cell, or the organisation disciplined): the scope of the record.</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>The member who complains (member actions).</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>Who signs the complaint (the member, or the organisation's representative).</summary>
    public string ComplainantName { get; private set; }

    /// <summary>The body that decided the discipline complained about.</summary>
    public DecidingBody DecidedBy { get; private set; }

    /// <summary>The day the complainant received the decision; the filing period runs from it.</summary>
    public DateOnly DecisionReceivedOn { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The last day to file.</summary>
    public DateOnly FilingDueOn { get; private set; }

    public string Content { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public ComplaintRefusal? NotAcceptedReason { get; private set; }

    public DateOnly? NotAcceptedOn { get; private set; }

    /// <summary>Working days the complaint came after the filing period (a late complaint).</summary>
    public int FiledWorkingDaysLate { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public ComplaintSettler? Settler { get; private set; }

    public Guid? AssigneeId { get; private set; }

    public DateOnly? AssignedOn { get; private set; }

    public DateOnly? VerifiedOn { get; private set; }

    /// <summary>Last day to settle (from acceptance).</summary>
    public DateOnly? DueOn { get; private set; }

    public DateOnly? SettledOn { get; private set; }

    public ComplaintOutcome? Outcome { get; private set; }

    /// <summary>The form decided instead (outcome CHANGED).</summary>
    public DisciplineForm? NewForm { get; private set; }

    public string? DecisionNumber { get; private set; }

    public string? Note { get; private set; }

    public bool Late { get; private set; }

    public int WorkingDaysLate { get; private set; }

    /// <summary>The rule set in force on the day of receipt.</summary>
    public string RuleSetCode { get; private set; } = string.Empty;

    /// <summary>
    /// Registers a complaint about a decided action. Filed after the filing period, it is recorded as not accepted
    /// (<see cref="ComplaintRefusal.FiledLate"/>) with the working days late and the rule set.
    /// </summary>
    public static Complaint File(
        Guid id,
        DisciplinaryAction action,
        string complainantName,
        DateOnly decisionReceivedOn,
        DateOnly receivedOn,
        string content,
        InspectionRuleSet rules,
        IWorkingDayCalendar calendar)
    {
        if (action.Status == DisciplineStatus.Proposed || action.DecidedOn is not { } decidedOn)
        {
            throw new DomainRuleException("complaint.action_not_decided", "Only a decided disciplinary action can be complained about.", RuleViolationKind.Conflict);
        }

        if (action.Status == DisciplineStatus.Withdrawn)
        {
            throw new DomainRuleException("complaint.action_withdrawn", "The disciplinary action has been withdrawn.", RuleViolationKind.Conflict);
        }

        if (decisionReceivedOn < decidedOn || receivedOn < decisionReceivedOn)
        {
            throw new DomainRuleException(
                "complaint.dates_out_of_order",
                "The decision is received on or after its date, and the complaint on or after that.",
                RuleViolationKind.Unprocessable,
                WireFormat.Date(decidedOn));
        }

        var complaint = new Complaint(id)
        {
            DisciplinaryActionId = action.Id,
            OrganizationId = action.OrganizationId,
            MemberId = action.MemberId,
            DecidedBy = action.Body,
            ComplainantName = string.IsNullOrWhiteSpace(complainantName)
                ? throw new DomainRuleException("complaint.complainant_required", "A complaint is signed by the member or organisation disciplined.", RuleViolationKind.Unprocessable)
                : VietnameseText.Clean(complainantName),
            DecisionReceivedOn = decisionReceivedOn,
            ReceivedOn = receivedOn,
            FilingDueOn = calendar.AddWorkingDays(decisionReceivedOn, rules.ComplaintFilingWorkingDays),
            Content = string.IsNullOrWhiteSpace(content)
                ? throw new DomainRuleException("complaint.content_required", "Say what is complained about.", RuleViolationKind.Unprocessable)
                : VietnameseText.Clean(content),
            Status = ComplaintStatus.Received,
            RuleSetCode = rules.Source.Code,
        };

        if (receivedOn > complaint.FilingDueOn)
        {
            complaint.Status = ComplaintStatus.NotAccepted;
            complaint.NotAcceptedReason = ComplaintRefusal.FiledLate;
            complaint.NotAcceptedOn = receivedOn;
            complaint.FiledWorkingDaysLate = Math.Max(1, calendar.WorkingDaysBetween(complaint.FilingDueOn, receivedOn));
        }

        return complaint;
    }

    /// <summary>The levels that may settle a complaint about a decision of <paramref name="decidedBy"/>: those above it.</summary>
    public static IReadOnlyList<ComplaintSettler> SettlersFor(DecidingBody decidedBy) => decidedBy == DecidingBody.Cell
        ? [ComplaintSettler.StandingCommittee, ComplaintSettler.InspectionCommission, ComplaintSettler.SuperiorLevel]
        : [ComplaintSettler.SuperiorLevel];

    /// <summary>Accepts it for settlement by a level above the body that decided; the settlement period starts.</summary>
    public void Accept(DateOnly on, ComplaintSettler settler, int settlementWorkingDays, IWorkingDayCalendar calendar)
    {
        EnsureStatus(ComplaintStatus.Received);
        EnsureNotBefore(on, ReceivedOn);
        if (!SettlersFor(DecidedBy).Contains(settler))
        {
            throw new DomainRuleException(
                "complaint.settler_not_competent",
                "A complaint is settled by a level above the body that decided.",
                RuleViolationKind.Unprocessable,
                WireFormat.Code(settler),
                WireFormat.Code(DecidedBy),
                string.Join(", ", SettlersFor(DecidedBy).Select(s => WireFormat.Code(s))));
        }

        Status = ComplaintStatus.Accepted;
        AcceptedOn = on;
        Settler = settler;
        DueOn = calendar.AddWorkingDays(ReceivedOn, settlementWorkingDays);
    }

    /// <summary>Records it as not accepted for another reason (filed late is recorded at registration).</summary>
    public void Refuse(DateOnly on, ComplaintRefusal reason, string? note)
    {
        EnsureStatus(ComplaintStatus.Received);
        EnsureNotBefore(on, ReceivedOn);
        Status = ComplaintStatus.NotAccepted;
        NotAcceptedOn = on;
        NotAcceptedReason = reason;
        Note = Clean(note);
    }

    public void Assign(Guid assigneeId, DateOnly on)
    {
        if (Status is not (ComplaintStatus.Accepted or ComplaintStatus.Assigned))
        {
            throw OutOfOrder(ComplaintStatus.Accepted);
        }

        if (assigneeId == MemberId)
        {
            throw new DomainRuleException("complaint.assignee_is_complainant", "The complainant cannot settle his own complaint.", RuleViolationKind.Unprocessable);
        }

        EnsureNotBefore(on, AcceptedOn!.Value);
        AssigneeId = assigneeId;
        AssignedOn = on;
        Status = ComplaintStatus.Assigned;
    }

    public void RecordVerification(DateOnly on)
    {
        EnsureStatus(ComplaintStatus.Assigned);
        EnsureNotBefore(on, AssignedOn!.Value);
        VerifiedOn = on;
        Status = ComplaintStatus.Verified;
    }

    /// <summary>
    /// The settling level decides: upholds the discipline, changes its form (<paramref name="newForm"/>) or withdraws it.
    /// A late settlement is recorded. Raises <see cref="ComplaintSettled"/>; the discipline changes in the same transaction.
    /// </summary>
    public void Settle(DateOnly on, ComplaintOutcome outcome, DisciplineForm? newForm, string decisionNumber, string? note, IWorkingDayCalendar calendar)
    {
        EnsureStatus(ComplaintStatus.Verified);
        EnsureNotBefore(on, VerifiedOn!.Value);
        if ((outcome == ComplaintOutcome.Changed) != newForm.HasValue)
        {
            throw new DomainRuleException(
                "complaint.new_form_mismatch", "A CHANGED outcome names the new form; the other outcomes none.", RuleViolationKind.Unprocessable, WireFormat.Code(outcome));
        }

        SettledOn = on;
        Outcome = outcome;
        NewForm = newForm;
        DecisionNumber = VietnameseText.Clean(decisionNumber);
        Note = Clean(note) ?? Note;
        Late = on > DueOn!.Value;
        WorkingDaysLate = Late ? Math.Max(1, calendar.WorkingDaysBetween(DueOn.Value, on)) : 0;
        Status = ComplaintStatus.Settled;
        Raise(new ComplaintSettled(Id, DisciplinaryActionId, Settler!.Value, outcome, newForm, on, DecisionNumber));
    }

    public bool IsOpen => Status is ComplaintStatus.Accepted or ComplaintStatus.Assigned or ComplaintStatus.Verified;

    private void EnsureStatus(ComplaintStatus expected)
    {
        if (Status != expected)
        {
            throw OutOfOrder(expected);
        }
    }

    private DomainRuleException OutOfOrder(ComplaintStatus expected) => new(
        "complaint.step_out_of_order",
        "This step does not follow where the complaint stands.",
        Status is ComplaintStatus.Settled or ComplaintStatus.NotAccepted ? RuleViolationKind.Conflict : RuleViolationKind.Unprocessable,
        WireFormat.Code(Status),
        WireFormat.Code(expected));

    private static void EnsureNotBefore(DateOnly on, DateOnly previous)
    {
        if (on < previous)
        {
            throw new DomainRuleException(
                "complaint.date_before_previous_step", "The date precedes the previous step.", RuleViolationKind.Unprocessable, WireFormat.Date(previous));
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Clean(text);
}

/// <summary>A complaint was settled; the discipline reacts (form changed, action withdrawn) in the same transaction.</summary>
public sealed record ComplaintSettled(
    Guid ComplaintId, Guid DisciplinaryActionId, ComplaintSettler Settler, ComplaintOutcome Outcome, DisciplineForm? NewForm, DateOnly SettledOn, string? DecisionNumber)
    : IDomainEvent;

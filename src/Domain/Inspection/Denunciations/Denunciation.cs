using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Domain.Inspection.Denunciations;

/// <summary>
/// A denunciation (tố cáo) against a party member or a party organisation, received by the committee: registered, then
/// accepted or not accepted with the reason the rules give (anonymous, false name, no address, repeated without new
/// evidence, not specific, withdrawn, not for this level), assigned, verified and concluded (well-founded, partly,
/// unfounded). The time limit runs from the day the competent organisation received it (<see cref="InspectionRuleSet"/>
/// in force that day); a late conclusion is recorded (flag and working days late), never refused.
/// </summary>
public sealed class Denunciation : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const int NumberMaxLength = 64;

    private Denunciation(Guid id)
        : base(id)
    {
        Content = string.Empty;
    }

    /// <summary>The committee (or cell) that handles it: the scope of the record.</summary>
    public Guid OrganizationId { get; private set; }

    public DisciplineSubjectKind SubjectKind { get; private set; }

    /// <summary>The member denounced (member denunciations).</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>The member's cell, or the organisation denounced.</summary>
    public Guid SubjectOrganizationId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The denouncer's name as written (null: anonymous).</summary>
    public string? DenouncerName { get; private set; }

    /// <summary>The denouncer's address or contact (null: none given).</summary>
    public string? DenouncerAddress { get; private set; }

    /// <summary>What is denounced.</summary>
    public string Content { get; private set; }

    public DenunciationStatus Status { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public DenunciationSettler? Settler { get; private set; }

    public DateOnly? NotAcceptedOn { get; private set; }

    public DenunciationRefusal? NotAcceptedReason { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The member of the inspection commission (or of the cell) in charge.</summary>
    public Guid? AssigneeId { get; private set; }

    public DateOnly? AssignedOn { get; private set; }

    public DateOnly? VerifiedOn { get; private set; }

    /// <summary>Last day to conclude (the statutory period from receipt, plus any extension).</summary>
    public DateOnly DueOn { get; private set; }

    public int ExtensionWorkingDays { get; private set; }

    public DateOnly? ExtendedOn { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public DenunciationResult? Result { get; private set; }

    public string? ConclusionNumber { get; private set; }

    public bool Late { get; private set; }

    public int WorkingDaysLate { get; private set; }

    /// <summary>The rule set in force on the day of receipt.</summary>
    public string RuleSetCode { get; private set; } = string.Empty;

    /// <summary>Registers a denunciation received on <paramref name="receivedOn"/>; the time limit of the rule set in force that day runs.</summary>
    public static Denunciation Register(
        Guid id,
        Guid organizationId,
        DisciplineSubjectKind subjectKind,
        Guid? memberId,
        Guid subjectOrganizationId,
        DateOnly receivedOn,
        string? denouncerName,
        string? denouncerAddress,
        string content,
        InspectionRuleSet rules,
        IWorkingDayCalendar calendar)
    {
        if ((subjectKind == DisciplineSubjectKind.Member) != memberId.HasValue)
        {
            throw new ArgumentException("A member denunciation names the member, an organisation one does not.", nameof(memberId));
        }

        return new Denunciation(id)
        {
            OrganizationId = organizationId,
            SubjectKind = subjectKind,
            MemberId = memberId,
            SubjectOrganizationId = subjectOrganizationId,
            ReceivedOn = receivedOn,
            DenouncerName = Clean(denouncerName),
            DenouncerAddress = Clean(denouncerAddress),
            Content = string.IsNullOrWhiteSpace(content)
                ? throw new DomainRuleException("denunciation.content_required", "Describe what is denounced.", RuleViolationKind.Unprocessable)
                : VietnameseText.Clean(content),
            Status = DenunciationStatus.Received,
            DueOn = calendar.AddWorkingDays(receivedOn, rules.DenunciationResolutionWorkingDays),
            RuleSetCode = rules.Source.Code,
        };
    }

    /// <summary>
    /// Accepts it for settlement by <paramref name="settler"/>. A denunciation that is anonymous or gives no address is
    /// not settled (the rules): it can only be recorded as not accepted. A cell settles only denunciations against its
    /// own members; an organisation is denounced to the inspection commission.
    /// </summary>
    public void Accept(DateOnly on, DenunciationSettler settler)
    {
        EnsureStatus(DenunciationStatus.Received);
        EnsureNotBefore(on, ReceivedOn);
        if (DenouncerName is null || DenouncerAddress is null)
        {
            throw new DomainRuleException(
                "denunciation.not_admissible",
                "An anonymous denunciation, or one without an address, is not settled; record it as not accepted.",
                RuleViolationKind.Unprocessable,
                WireFormat.Code(DenouncerName is null ? DenunciationRefusal.Anonymous : DenunciationRefusal.NoAddress),
                RuleSetCode);
        }

        if (settler == DenunciationSettler.Cell && SubjectKind != DisciplineSubjectKind.Member)
        {
            throw new DomainRuleException(
                "denunciation.settler_not_competent", "A cell settles denunciations against its own members only.", RuleViolationKind.Unprocessable, WireFormat.Code(settler));
        }

        Status = DenunciationStatus.Accepted;
        AcceptedOn = on;
        Settler = settler;
    }

    /// <summary>Records it as not accepted, with the reason the rules give.</summary>
    public void Refuse(DateOnly on, DenunciationRefusal reason, string? note)
    {
        EnsureStatus(DenunciationStatus.Received);
        EnsureNotBefore(on, ReceivedOn);
        Status = DenunciationStatus.NotAccepted;
        NotAcceptedOn = on;
        NotAcceptedReason = reason;
        Note = Clean(note);
    }

    /// <summary>Puts a member (of the commission, or of the cell) in charge; may be changed until the conclusion.</summary>
    public void Assign(Guid assigneeId, DateOnly on)
    {
        if (Status is not (DenunciationStatus.Accepted or DenunciationStatus.Assigned))
        {
            throw OutOfOrder(DenunciationStatus.Accepted);
        }

        if (assigneeId == MemberId)
        {
            throw new DomainRuleException("denunciation.assignee_is_subject", "The member denounced cannot settle the denunciation.", RuleViolationKind.Unprocessable);
        }

        EnsureNotBefore(on, AcceptedOn!.Value);
        AssigneeId = assigneeId;
        AssignedOn = on;
        Status = DenunciationStatus.Assigned;
    }

    /// <summary>The verification (thẩm tra, xác minh) is done.</summary>
    public void RecordVerification(DateOnly on)
    {
        EnsureStatus(DenunciationStatus.Assigned);
        EnsureNotBefore(on, AssignedOn!.Value);
        VerifiedOn = on;
        Status = DenunciationStatus.Verified;
    }

    /// <summary>Extends the time limit once, by at most the working days the rule set allows (the denouncer is told).</summary>
    public void Extend(DateOnly on, int workingDays, string? reason, InspectionRuleSet rules, IWorkingDayCalendar calendar)
    {
        if (Status is DenunciationStatus.Received or DenunciationStatus.NotAccepted or DenunciationStatus.Concluded)
        {
            throw OutOfOrder(DenunciationStatus.Accepted);
        }

        if (ExtendedOn is not null)
        {
            throw new DomainRuleException("denunciation.already_extended", "The time limit has already been extended once.", RuleViolationKind.Conflict, WireFormat.Date(ExtendedOn.Value));
        }

        if (workingDays < 1 || workingDays > rules.DenunciationExtensionWorkingDays)
        {
            throw new DomainRuleException(
                "denunciation.extension_too_long",
                "The extension exceeds the working days the rules allow.",
                RuleViolationKind.Unprocessable,
                workingDays,
                rules.DenunciationExtensionWorkingDays,
                rules.Source.Code);
        }

        EnsureNotBefore(on, AcceptedOn!.Value);
        ExtendedOn = on;
        ExtensionWorkingDays = workingDays;
        DueOn = calendar.AddWorkingDays(DueOn, workingDays);
        Note = Clean(reason) ?? Note;
    }

    /// <summary>Concludes it; after <see cref="DueOn"/> the lateness is recorded (working days), not refused.</summary>
    public void Conclude(DateOnly on, DenunciationResult result, string conclusionNumber, string? note, IWorkingDayCalendar calendar)
    {
        EnsureStatus(DenunciationStatus.Verified);
        EnsureNotBefore(on, VerifiedOn!.Value);
        ConcludedOn = on;
        Result = result;
        ConclusionNumber = VietnameseText.Clean(conclusionNumber);
        Note = Clean(note) ?? Note;
        Late = on > DueOn;
        WorkingDaysLate = Late ? Math.Max(1, calendar.WorkingDaysBetween(DueOn, on)) : 0;
        Status = DenunciationStatus.Concluded;
    }

    /// <summary>Still open (accepted, not concluded).</summary>
    public bool IsOpen => Status is DenunciationStatus.Accepted or DenunciationStatus.Assigned or DenunciationStatus.Verified;

    private void EnsureStatus(DenunciationStatus expected)
    {
        if (Status != expected)
        {
            throw OutOfOrder(expected);
        }
    }

    private DomainRuleException OutOfOrder(DenunciationStatus expected) => new(
        "denunciation.step_out_of_order",
        "This step does not follow where the denunciation stands.",
        Status == DenunciationStatus.Concluded || Status == DenunciationStatus.NotAccepted ? RuleViolationKind.Conflict : RuleViolationKind.Unprocessable,
        WireFormat.Code(Status),
        WireFormat.Code(expected));

    private static void EnsureNotBefore(DateOnly on, DateOnly previous)
    {
        if (on < previous)
        {
            throw new DomainRuleException(
                "denunciation.date_before_previous_step", "The date precedes the previous step.", RuleViolationKind.Unprocessable, WireFormat.Date(previous));
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Clean(text);
}

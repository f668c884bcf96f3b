using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection.Discipline;

/// <summary>
/// A disciplinary action against a member or an organisation: proposed (by the inspection commission, with the
/// violation and the form proposed), then decided by the competent body under the rule set in force on the decision
/// date. Deciding raises <see cref="DisciplineDecided"/>; the effects on other aggregates (expulsion ends the
/// membership, dismissal ends the seats, dissolution dissolves the organisation) are their reactions, in the same
/// transaction, under their own rules.
/// </summary>
public sealed class DisciplinaryAction : AggregateRoot
{
    public const int TextMaxLength = 2000;
    public const int NumberMaxLength = 64;

    private DisciplinaryAction(Guid id)
        : base(id)
    {
        Violation = string.Empty;
    }

    public DisciplineSubjectKind SubjectKind { get; private set; }

    /// <summary>The member disciplined (member actions).</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>The organisation the action belongs to: the member's cell, or the organisation disciplined.</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>The subject as the statute distinguishes it, fixed when the action is proposed.</summary>
    public DisciplineSubjectCategory SubjectCategory { get; private set; }

    public DisciplineForm Form { get; private set; }

    public DecidingBody Body { get; private set; }

    public DisciplineStatus Status { get; private set; }

    /// <summary>What the violation was (content, topic, article breached).</summary>
    public string Violation { get; private set; }

    /// <summary>The day of the violation (its end, when it lasted); the limitation period runs from it.</summary>
    public DateOnly ViolationOn { get; private set; }

    /// <summary>A new violation within the period, which restarts it.</summary>
    public DateOnly? NewViolationOn { get; private set; }

    /// <summary>The subject detected the violation himself (tự phát hiện).</summary>
    public bool SelfDetected { get; private set; }

    /// <summary>The subject remedied it (chủ động khắc phục hậu quả).</summary>
    public bool Remedied { get; private set; }

    public DateOnly ProposedOn { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionNumber { get; private set; }

    /// <summary>The last day the subject may complain about the decision.</summary>
    public DateOnly? AppealDueOn { get; private set; }

    /// <summary>Code of the rule set applied (the one in force on the decision date; on the proposal date until then).</summary>
    public string RuleSetCode { get; private set; } = string.Empty;

    /// <summary>Proposes an action, checking the form allowed for the subject and the body that would decide it.</summary>
    public static DisciplinaryAction Propose(
        Guid id,
        DisciplineSubjectKind subjectKind,
        Guid? memberId,
        Guid organizationId,
        DisciplineSubjectCategory category,
        DisciplineForm form,
        DecidingBody body,
        string violation,
        DateOnly violationOn,
        DateOnly? newViolationOn,
        bool selfDetected,
        bool remedied,
        DateOnly proposedOn,
        DisciplineRuleSet rules)
    {
        if ((subjectKind == DisciplineSubjectKind.Member) != (category != DisciplineSubjectCategory.Organization)
            || (subjectKind == DisciplineSubjectKind.Member) != memberId.HasValue)
        {
            throw new ArgumentException("The subject category does not match the subject kind.", nameof(category));
        }

        if (proposedOn < violationOn || (newViolationOn is { } again && (again < violationOn || again > proposedOn)))
        {
            throw new DomainRuleException(
                "discipline.violation_after_proposal",
                "The violation (and any new violation) precedes the proposal, and a new violation follows the first.",
                RuleViolationKind.Unprocessable);
        }

        var action = new DisciplinaryAction(id)
        {
            SubjectKind = subjectKind,
            MemberId = memberId,
            OrganizationId = organizationId,
            SubjectCategory = category,
            Violation = string.IsNullOrWhiteSpace(violation)
                ? throw new DomainRuleException("discipline.violation_required", "Describe the violation.", RuleViolationKind.Unprocessable)
                : VietnameseText.Clean(violation),
            ViolationOn = violationOn,
            NewViolationOn = newViolationOn,
            SelfDetected = selfDetected,
            Remedied = remedied,
            ProposedOn = proposedOn,
            Status = DisciplineStatus.Proposed,
        };
        action.SetForm(form, body, rules);
        return action;
    }

    /// <summary>
    /// The competent body decides on <paramref name="decidedOn"/> (possibly another form than proposed): the rule set in
    /// force that day gives the forms, the bodies and the limitation; the subject's category is the one on that day
    /// (<paramref name="categoryOnDecision"/>: a probationary member can only be reprimanded or warned).
    /// </summary>
    public void Decide(
        DisciplineForm form, DecidingBody body, DateOnly decidedOn, string? decisionNumber, bool selfDetected, bool remedied,
        DisciplineSubjectCategory categoryOnDecision, DisciplineRuleSet rules)
    {
        if (Status != DisciplineStatus.Proposed)
        {
            throw new DomainRuleException("discipline.already_decided", "The action has already been decided.", RuleViolationKind.Conflict);
        }

        if (decidedOn < ProposedOn)
        {
            throw new DomainRuleException(
                "discipline.decided_before_proposal", "The decision cannot precede the proposal.", RuleViolationKind.Unprocessable, WireFormat.Date(ProposedOn));
        }

        SubjectCategory = categoryOnDecision;
        SetForm(form, body, rules);
        rules.EnsureWithinLimitation(form, ViolationOn, NewViolationOn, decidedOn);
        Status = DisciplineStatus.Decided;
        DecidedOn = decidedOn;
        DecisionNumber = string.IsNullOrWhiteSpace(decisionNumber) ? null : VietnameseText.Clean(decisionNumber);
        SelfDetected = selfDetected;
        Remedied = remedied;
        AppealDueOn = decidedOn.AddMonths(rules.AppealMonths);
        Raise(new DisciplineDecided(Id, SubjectKind, MemberId, OrganizationId, form, decidedOn, DecisionNumber, Violation));
    }

    /// <summary>The form decided first, when a later competent decision changed it.</summary>
    public DisciplineForm? PreviousForm { get; private set; }

    /// <summary>The day a competent decision changed the form or withdrew the action.</summary>
    public DateOnly? AmendedOn { get; private set; }

    /// <summary>Number of that decision.</summary>
    public string? AmendmentNumber { get; private set; }

    /// <summary>Why it was changed or withdrawn (a complaint settled, a review).</summary>
    public string? AmendmentReason { get; private set; }

    /// <summary>The subject remedied the violation after the decision (recorded for the year's rating).</summary>
    public void RecordRemedy(bool remedied)
    {
        if (Status != DisciplineStatus.Decided)
        {
            throw new DomainRuleException(
                "discipline.not_in_force", "Only an action decided and not withdrawn can record a remedy.", RuleViolationKind.Conflict, WireFormat.Code(Status));
        }

        Remedied = remedied;
    }

    /// <summary>The rank of a deciding body: a change is decided at the level that decided or above.</summary>
    public static int Rank(DecidingBody body) => body switch
    {
        DecidingBody.Cell => 1,
        DecidingBody.Committee => 2,
        _ => 3,
    };

    /// <summary>
    /// A competent decision (<paramref name="body"/>, at the level that decided or above) changes the form on
    /// <paramref name="on"/>: the form must be one the rule set in force that day allows for the subject and gives to
    /// that body. Raises <see cref="DisciplineAmended"/>: the effects of the old form are undone and those of the new
    /// one applied by their reactions, under the members' and bodies' own rules.
    /// </summary>
    /// <remarks>
    /// A level settling a complaint (<paramref name="settlingComplaint"/>) may confirm, change or annul the form a lower
    /// organisation decided (Quy định 22-QĐ/TW Điều 22; earlier Quy định 23-QĐ/TW): its power comes from the complaint
    /// rules, so only the form allowed for the subject is checked, not the body that may decide it in the first place.
    /// </remarks>
    public void Amend(DisciplineForm form, DecidingBody body, DateOnly on, string decisionNumber, string? reason, DisciplineRuleSet rules, bool settlingComplaint = false)
    {
        EnsureAmendable(body, on);
        if (form == Form)
        {
            throw new DomainRuleException("discipline.form_unchanged", "The new form is the one in force.", RuleViolationKind.Unprocessable, WireFormat.Code(form));
        }

        var from = Form;
        var code = RuleSetCode;
        var previousBody = Body;
        if (settlingComplaint && rules.FormsFor(SubjectCategory).Contains(form))
        {
            Form = form;
        }
        else
        {
            SetForm(form, body, rules);
        }

        RuleSetCode = code;
        Body = previousBody;
        PreviousForm ??= from;
        AmendedOn = on;
        AmendmentNumber = VietnameseText.Clean(decisionNumber);
        AmendmentReason = string.IsNullOrWhiteSpace(reason) ? null : VietnameseText.Clean(reason);
        Raise(new DisciplineAmended(Id, SubjectKind, MemberId, OrganizationId, from, form, DecidedOn!.Value, on, AmendmentNumber, AmendmentReason ?? Violation));
    }

    /// <summary>A competent decision withdraws (annuls) the action; its effects are undone by the reactions to <see cref="DisciplineAmended"/>.</summary>
    public void Withdraw(DecidingBody body, DateOnly on, string decisionNumber, string? reason)
    {
        EnsureAmendable(body, on);
        Status = DisciplineStatus.Withdrawn;
        AmendedOn = on;
        AmendmentNumber = VietnameseText.Clean(decisionNumber);
        AmendmentReason = string.IsNullOrWhiteSpace(reason) ? null : VietnameseText.Clean(reason);
        Raise(new DisciplineAmended(Id, SubjectKind, MemberId, OrganizationId, Form, null, DecidedOn!.Value, on, AmendmentNumber, AmendmentReason ?? Violation));
    }

    private void EnsureAmendable(DecidingBody body, DateOnly on)
    {
        if (Status != DisciplineStatus.Decided)
        {
            throw new DomainRuleException(
                "discipline.not_in_force", "Only an action decided and not withdrawn can be changed or withdrawn.", RuleViolationKind.Conflict, WireFormat.Code(Status));
        }

        if (on < (AmendedOn ?? DecidedOn!.Value))
        {
            throw new DomainRuleException(
                "discipline.amended_before_decision", "The change cannot precede the decision it changes.", RuleViolationKind.Unprocessable, WireFormat.Date(AmendedOn ?? DecidedOn!.Value));
        }

        if (Rank(body) < Rank(Body))
        {
            throw new DomainRuleException(
                "discipline.amendment_body_too_low",
                "A decision is changed or withdrawn by the body that took it or a higher one.",
                RuleViolationKind.Unprocessable,
                WireFormat.Code(body),
                WireFormat.Code(Body));
        }
    }

    private void SetForm(DisciplineForm form, DecidingBody body, DisciplineRuleSet rules)
    {
        if (!rules.FormsFor(SubjectCategory).Contains(form))
        {
            throw new DomainRuleException(
                "discipline.form_not_allowed",
                "The statute does not allow that form of discipline against this subject.",
                RuleViolationKind.Unprocessable,
                WireFormat.Code(form),
                WireFormat.Code(SubjectCategory),
                string.Join(", ", rules.FormsFor(SubjectCategory).Select(f => WireFormat.Code(f))),
                rules.Source.Code);
        }

        if (!rules.BodiesFor(SubjectCategory, form).Contains(body))
        {
            throw new DomainRuleException(
                "discipline.body_not_competent",
                "That body may not decide that form of discipline against this subject.",
                RuleViolationKind.Unprocessable,
                WireFormat.Code(body),
                WireFormat.Code(form),
                string.Join(", ", rules.BodiesFor(SubjectCategory, form).Select(b => WireFormat.Code(b))),
                rules.Source.Code);
        }

        Form = form;
        Body = body;
        RuleSetCode = rules.Source.Code;
    }
}

/// <summary>
/// A decided action's form was changed (<paramref name="To"/>) or the action withdrawn (<paramref name="To"/> null) on
/// <paramref name="AmendedOn"/>. Reactions undo the effects of <paramref name="From"/> (an expulsion annulled restores
/// the membership through the member's rules) and apply those of the new form.
/// </summary>
public sealed record DisciplineAmended(
    Guid ActionId, DisciplineSubjectKind SubjectKind, Guid? MemberId, Guid OrganizationId, DisciplineForm From, DisciplineForm? To,
    DateOnly DecidedOn, DateOnly AmendedOn, string? DecisionNumber, string Reason)
    : IDomainEvent;

/// <summary>
/// A disciplinary action was decided on <paramref name="DecidedOn"/>. Other aggregates react: expulsion changes the
/// member's status, dismissal from post ends his seats, dissolution dissolves the organisation.
/// </summary>
public sealed record DisciplineDecided(
    Guid ActionId, DisciplineSubjectKind SubjectKind, Guid? MemberId, Guid OrganizationId, DisciplineForm Form, DateOnly DecidedOn, string? DecisionNumber, string Violation)
    : IDomainEvent;

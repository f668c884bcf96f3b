using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection;

/// <summary>The rule violations of inspection programmes and cases, each with a stable code (<c>inspection.*</c>).</summary>
public static class InspectionErrors
{
    public static DomainRuleException StepOutOfOrder(InspectionStep step, InspectionStep? expected) => new(
        "inspection.step_out_of_order",
        "The steps of a case are taken in order: decision, notice, self-report, verification, draft report, meeting, conclusion, follow-up.",
        RuleViolationKind.Unprocessable,
        WireFormat.Code(step),
        expected is { } e ? WireFormat.Code(e) : "-");

    public static DomainRuleException DateBeforePreviousStep(InspectionStep previous, DateOnly previousOn) => new(
        "inspection.date_before_previous_step",
        "A step cannot be dated before the previous step.",
        RuleViolationKind.Unprocessable,
        WireFormat.Date(previousOn),
        WireFormat.Code(previous));

    public static DomainRuleException DateInFuture(DateOnly date) => new(
        "inspection.date_in_future",
        "A step is recorded once it has happened.",
        RuleViolationKind.Unprocessable,
        WireFormat.Date(date));

    public static DomainRuleException TeamMemberIsSubject(string name) => new(
        "inspection.team_member_is_subject",
        "A team member may not inspect himself.",
        RuleViolationKind.Unprocessable,
        name);

    public static DomainRuleException TeamMemberInSubjectCell(string name, string cell) => new(
        "inspection.team_member_in_subject_cell",
        "A team member may not inspect his own cell.",
        RuleViolationKind.Unprocessable,
        name,
        cell);

    public static DomainRuleException TeamLeaderRequired(int leaders) => new(
        "inspection.team_leader_required",
        "The team has exactly one leader.",
        RuleViolationKind.Unprocessable,
        leaders);

    public static DomainRuleException TeamMemberDuplicate() => new(
        "inspection.team_member_duplicate",
        "A member is named twice in the team.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException SubjectOutsideOrganization(string cell) => new(
        "inspection.subject_outside_organization",
        "A subject is a cell, a cell committee or a member under the organisation that decides the case.",
        RuleViolationKind.Unprocessable,
        cell);

    public static DomainRuleException SubjectDuplicate() => new(
        "inspection.subject_duplicate",
        "A subject is named twice.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException SubjectMemberMismatch() => new(
        "inspection.subject_member_mismatch",
        "A member subject names the member (and his cell); a cell or cell committee names no member.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException AuthorityInvalid(InspectionAuthority authority) => new(
        "inspection.authority_invalid",
        "A committee's programmes and cases are issued by its standing committee or its inspection commission; a cell's by the cell.",
        RuleViolationKind.Unprocessable,
        WireFormat.Code(authority));

    public static DomainRuleException TopicUnknown(string code, string catalogue) => new(
        "inspection.topic_unknown",
        "The topic is neither in the statutory catalogue in force on that date nor one the organisation added.",
        RuleViolationKind.Unprocessable,
        code,
        catalogue);

    public static DomainRuleException ScheduleBeforeDecision() => new(
        "inspection.schedule_before_decision",
        "The schedule starts on or after the decision.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException PeriodCoveredAfterDecision() => new(
        "inspection.period_covered_after_decision",
        "The period covered ends on or before the decision.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException VoteRequired() => new(
        "inspection.vote_required",
        "The meeting records its vote (for, against, abstaining); other steps record none.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException FindingSubjectUnknown(Guid subjectId) => new(
        "inspection.finding_subject_unknown",
        "A finding names a subject of the case.",
        RuleViolationKind.Unprocessable,
        subjectId);

    public static DomainRuleException FindingSeverityMismatch() => new(
        "inspection.finding_severity_mismatch",
        "A violation has a violation severity; a finding without violation has none.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException FindingsRequired() => new(
        "inspection.findings_required",
        "The conclusion has a finding on every subject.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException RecommendationDueBeforeConclusion(DateOnly dueOn) => new(
        "inspection.recommendation_due_before_conclusion",
        "A recommendation is due after the conclusion.",
        RuleViolationKind.Unprocessable,
        WireFormat.Date(dueOn));

    public static DomainRuleException RecommendationNotFound(Guid id) => new(
        "inspection.recommendation_not_found",
        "The recommendation is not part of this case.",
        RuleViolationKind.Unprocessable,
        id);

    public static DomainRuleException RecommendationDone(Guid id) => new(
        "inspection.recommendation_done",
        "The recommendation is already done.",
        RuleViolationKind.Conflict,
        id);

    public static DomainRuleException CaseClosed() => new(
        "inspection.case_closed",
        "The case is closed: every recommendation is done.",
        RuleViolationKind.Conflict);

    public static DomainRuleException ProgrammeYearMismatch(int year) => new(
        "inspection.programme_year_mismatch",
        "A yearly programme is issued in its year or in the year before.",
        RuleViolationKind.Unprocessable,
        year);
}

using System.Globalization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership.Admission;

/// <summary>
/// The rule violations of the admission workflow, each with a stable code (<c>admission.*</c>) that names the rule.
/// The localised messages (Vietnamese and English, citing the regulation) live in the application's catalogue.
/// </summary>
public static class AdmissionErrors
{
    public static DomainRuleException StepOutOfOrder(AdmissionStep step, AdmissionStage stage) => new(
        "admission.step_out_of_order",
        "The statutory steps are taken in order: course, two sponsors, cell resolution, committee decision, ceremony, probation, recognition.",
        RuleViolationKind.Unprocessable,
        AdmissionLabels.Code(step),
        AdmissionLabels.Code(stage));

    public static DomainRuleException DateBeforePreviousStep(AdmissionStep previous, DateOnly previousDate) => new(
        "admission.date_before_previous_step",
        "A step cannot be dated before the previous step.",
        RuleViolationKind.Unprocessable,
        Format(previousDate),
        AdmissionLabels.Code(previous));

    public static DomainRuleException CandidateLocked(AdmissionStage stage) => new(
        "admission.candidate_locked",
        "The candidate's data can be changed only while the candidate is being prepared.",
        RuleViolationKind.Unprocessable,
        AdmissionLabels.Code(stage));

    public static DomainRuleException CourseRequired() => new(
        "admission.course_required",
        "The cell's resolution requires the party-awareness course certificate.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException SponsorsRequired(int count) => new(
        "admission.sponsors_required",
        "The cell's resolution requires two sponsors.",
        RuleViolationKind.Unprocessable,
        count);

    public static DomainRuleException AgeOutOfRange(int ageInMonths, AdmissionRuleSet rules) => new(
        "admission.age_out_of_range",
        "At the cell's resolution the candidate must be 18 to 60 years old, counted in months.",
        RuleViolationKind.Unprocessable,
        ageInMonths,
        rules.Source.Code);

    public static DomainRuleException EducationInsufficient(AdmissionRuleSet rules) => new(
        "admission.education_insufficient",
        "The candidate must have at least lower-secondary general education.",
        RuleViolationKind.Unprocessable,
        rules.Source.Code);

    public static DomainRuleException SponsorNotFullMember(DateOnly assignedOn) => new(
        "admission.sponsor_not_full_member",
        "A sponsor must be a full party member on the date of the assignment.",
        RuleViolationKind.Unprocessable,
        Format(assignedOn));

    public static DomainRuleException SponsorNotLongEnough(int months, AdmissionRuleSet rules) => new(
        "admission.sponsor_not_long_enough",
        "A sponsor must have worked with the candidate for at least 12 months.",
        RuleViolationKind.Unprocessable,
        months,
        rules.SponsorMinMonthsTogether);

    public static DomainRuleException SponsorDuplicate() => new(
        "admission.sponsor_duplicate",
        "This sponsor is already assigned to the candidate.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException TooManySponsors() => new(
        "admission.too_many_sponsors",
        "A candidate has exactly two sponsors.",
        RuleViolationKind.Unprocessable);

    public static DomainRuleException YouthSponsorNotAllowed(AdmissionRuleSet rules) => new(
        "admission.youth_sponsor_not_allowed",
        "The youth union's executive committee sponsors only a youth-union member of youth age, together with one full member.",
        RuleViolationKind.Unprocessable,
        rules.YouthSponsorMaxAgeMonths,
        rules.Source.Code);

    public static DomainRuleException SponsorMemberMismatch(SponsorKind kind) => new(
        "admission.sponsor_member_mismatch",
        "A full-member sponsor names the member and since when they have worked together; the youth union's executive committee names no member.",
        RuleViolationKind.Unprocessable,
        kind == SponsorKind.FullMember ? "FULL_MEMBER" : "YOUTH_UNION_EXECUTIVE");

    public static DomainRuleException SponsorNotFound(Guid sponsorId) => new(
        "admission.sponsor_not_found",
        "The sponsor is not assigned to this candidate.",
        RuleViolationKind.Unprocessable,
        sponsorId);

    public static DomainRuleException DecisionDeadlinePassed(DateOnly lastAllowed, AdmissionRuleSet rules) => new(
        "admission.decision_deadline_passed",
        "The superior committee decides within 60 working days of the cell's resolution.",
        RuleViolationKind.Unprocessable,
        Format(lastAllowed),
        rules.DecisionDeadlineWorkingDays);

    public static DomainRuleException CeremonyDeadlinePassed(DateOnly lastAllowed, AdmissionRuleSet rules) => new(
        "admission.ceremony_deadline_passed",
        "The admission ceremony is held within 30 working days of the decision.",
        RuleViolationKind.Unprocessable,
        Format(lastAllowed),
        rules.CeremonyDeadlineWorkingDays);

    public static DomainRuleException ProbationNotComplete(DateOnly probationEnds) => new(
        "admission.probation_not_complete",
        "A probationary member is recognised as a full member only when the probation has ended.",
        RuleViolationKind.Unprocessable,
        Format(probationEnds));

    public static DomainRuleException RecognitionDeadlinePassed(DateOnly lastAllowed, AdmissionRuleSet rules) => new(
        "admission.recognition_deadline_passed",
        "The cell considers full membership within 30 working days after the probation ends.",
        RuleViolationKind.Unprocessable,
        Format(lastAllowed),
        rules.RecognitionDeadlineWorkingDays);

    public static DomainRuleException MemberMismatch() => new(
        "admission.member_mismatch",
        "The member is not the one admitted by this case.",
        RuleViolationKind.Unprocessable);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

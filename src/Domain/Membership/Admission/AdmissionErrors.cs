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
        WireFormat.Code(kind));

    public static DomainRuleException SponsorNotFound(Guid sponsorId) => new(
        "admission.sponsor_not_found",
        "The sponsor is not assigned to this candidate.",
        RuleViolationKind.Unprocessable,
        sponsorId);

    public static DomainRuleException ProbationNotComplete(DateOnly probationEnds) => new(
        "admission.probation_not_complete",
        "A probationary member is recognised as a full member only when the probation has ended.",
        RuleViolationKind.Unprocessable,
        Format(probationEnds));

    public static DomainRuleException RecognitionResolutionRequired(DateOnly probationEnds) => new(
        "admission.recognition_resolution_required",
        "The committee recognises full membership on the cell's resolution, or after three votes without the majority.",
        RuleViolationKind.Unprocessable,
        Format(probationEnds));

    public static DomainRuleException VoteCountsInvalid(int inFavour, int entitled) => new(
        "admission.vote_counts_invalid",
        "The votes in favour are between zero and the number entitled to vote, which is at least one.",
        RuleViolationKind.Unprocessable,
        inFavour,
        entitled);

    public static DomainRuleException ExtensionExists() => new(
        "admission.extension_exists",
        "The decision period has already been extended.",
        RuleViolationKind.Conflict);

    public static DomainRuleException ExtensionTooLong(AdmissionRuleSet rules) => new(
        "admission.extension_too_long",
        "A special extension lasts at most the working days of the rule set.",
        RuleViolationKind.Unprocessable,
        rules.DecisionExtensionMaxWorkingDays,
        rules.Source.Code);

    public static DomainRuleException TradeUnionSponsorNotAllowed(AdmissionRuleSet rules) => new(
        "admission.trade_union_sponsor_not_allowed",
        "The trade union's executive committee sponsors a candidate of youth age only where there is no youth union.",
        RuleViolationKind.Unprocessable,
        rules.YouthSponsorMaxAgeMonths,
        rules.Source.Code);

    public static DomainRuleException YouthSponsorRequired(int ageInMonths, AdmissionRuleSet rules) => new(
        "admission.youth_sponsor_required",
        "A youth-union member of youth age where a youth union exists is sponsored by the youth union's collective and one full member.",
        RuleViolationKind.Unprocessable,
        ageInMonths,
        rules.Source.Code);

    public static DomainRuleException MemberMismatch() => new(
        "admission.member_mismatch",
        "The member is not the one admitted by this case.",
        RuleViolationKind.Unprocessable);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Privacy;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;

namespace PartyCommittee.Application.Membership.Admissions;

/// <summary>A rule set applied to a step: which regulation, from when.</summary>
/// <param name="Code">Stable code, e.g. <c>QD24-2021</c>.</param>
/// <param name="Source">The regulation, e.g. "Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng".</param>
/// <param name="EffectiveFrom">First day it applies.</param>
public sealed record AppliedRuleSetDto(string Code, string Source, DateOnly EffectiveFrom)
{
    public static AppliedRuleSetDto? From(AdmissionRuleSet? rules) =>
        rules is null ? null : new(rules.Source.Code, rules.Source.Source, rules.Source.EffectiveFrom);
}

/// <summary>A sponsor (người giới thiệu) of the candidate.</summary>
/// <param name="Id">Identifier of the assignment (to withdraw it).</param>
/// <param name="Kind">FULL_MEMBER, YOUTH_UNION_EXECUTIVE, YOUTH_CELL_COLLECTIVE or TRADE_UNION_EXECUTIVE.</param>
/// <param name="KindLabel">Display label of <paramref name="Kind"/>.</param>
/// <param name="MemberId">The sponsoring full member (null for a collective).</param>
/// <param name="MemberName">The sponsoring member's full name.</param>
/// <param name="WorkedTogetherSince">Since when the member has worked with the candidate.</param>
/// <param name="AssignedOn">Date of the assignment.</param>
/// <param name="RuleSet">The rule set in force on the assignment date, which checked it.</param>
/// <param name="ReplacesSponsorId">The sponsor this one replaced, if a replacement.</param>
/// <param name="ReplacedOn">The day this sponsor was replaced (null while in office).</param>
/// <param name="ReplacementReason">TRANSFERRED or DISCIPLINED, when replaced.</param>
public sealed record AdmissionSponsorDto(
    Guid Id,
    SponsorKind Kind,
    BilingualLabel KindLabel,
    Guid? MemberId,
    string? MemberName,
    DateOnly? WorkedTogetherSince,
    DateOnly AssignedOn,
    AppliedRuleSetDto? RuleSet,
    Guid? ReplacesSponsorId,
    DateOnly? ReplacedOn,
    SponsorReplacementReason? ReplacementReason);

/// <summary>A special extension of a committee's decision period.</summary>
/// <param name="ExtendedOn">Date of the extension.</param>
/// <param name="WorkingDays">Working days added.</param>
/// <param name="Number">Number of the document.</param>
/// <param name="Reason">Why.</param>
public sealed record AdmissionExtensionDto(DateOnly ExtendedOn, int WorkingDays, string? Number, string? Reason);

/// <summary>A vote of the cell on full membership.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="HeldOn">Date of the meeting.</param>
/// <param name="InFavour">Votes in favour.</param>
/// <param name="Entitled">Members entitled to vote.</param>
/// <param name="Adopted">True when the required majority was reached (the vote is the cell's resolution).</param>
/// <param name="RuleSetCode">The rule set whose majority was applied.</param>
public sealed record AdmissionVoteDto(Guid Id, DateOnly HeldOn, int InFavour, int Entitled, bool Adopted, string RuleSetCode);

/// <summary>A recorded step with the rule set applied to it.</summary>
/// <param name="Step">COURSE, SPONSOR, CELL_RESOLUTION, COMMITTEE_DECISION, CEREMONY, FULL_MEMBERSHIP, NAME_REMOVAL or CLOSURE.</param>
/// <param name="StepLabel">Display label of <paramref name="Step"/>.</param>
/// <param name="Date">Date of the step.</param>
/// <param name="DocumentNumber">Number of the certificate, resolution or decision.</param>
/// <param name="RuleSet">The rule set in force on the step's date (for the cell resolution: the one that checked eligibility).</param>
/// <param name="SponsorId">For a SPONSOR step, the sponsor.</param>
/// <param name="WorkingDaysLate">For a step with a time limit (committee decision, ceremony, recognition resolution and decision): working days after its due date, 0 when on time. Lateness is recorded, not refused.</param>
/// <param name="Late">True when the step came after its due date.</param>
public sealed record AdmissionStepDto(
    AdmissionStep Step,
    BilingualLabel StepLabel,
    DateOnly Date,
    string? DocumentNumber,
    AppliedRuleSetDto? RuleSet,
    Guid? SponsorId,
    int? WorkingDaysLate,
    bool Late);

/// <summary>The step the case waits for, with its statutory due date where there is one.</summary>
/// <param name="Step">The next step.</param>
/// <param name="StepLabel">Display label of <paramref name="Step"/>.</param>
/// <param name="AsOf">The day the figures are computed for (today in Viet Nam).</param>
/// <param name="PeriodStartsOn">The day the statutory period starts (not counted): the resolution, the decision, or the end of probation.</param>
/// <param name="AvailableFrom">First day the step may be taken (the end of probation for recognition).</param>
/// <param name="DueDate">Last day allowed, counted in working days (Monday–Friday without public holidays); null while preparing.</param>
/// <param name="WorkingDaysLeft">Working days left until the due date; 0 on the due date, negative once overdue.</param>
/// <param name="Overdue">True when the due date has passed.</param>
/// <param name="RuleSet">The rule set that fixes the period (in force on the step that started it); while preparing, the one in force today.</param>
public sealed record AdmissionNextStepDto(
    AdmissionStep Step,
    BilingualLabel StepLabel,
    DateOnly AsOf,
    DateOnly? PeriodStartsOn,
    DateOnly? AvailableFrom,
    DateOnly? DueDate,
    int? WorkingDaysLeft,
    bool Overdue,
    AppliedRuleSetDto? RuleSet);

/// <summary>An admission case with every step.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The cell that prepares the candidate.</param>
/// <param name="FullName">Candidate's full name.</param>
/// <param name="Sex">MALE or FEMALE.</param>
/// <param name="SexLabel">Display label of <paramref name="Sex"/>.</param>
/// <param name="DateOfBirth">Date of birth (age is counted in months); null (masked) unless the caller's role needs personal data, as in a member's record.</param>
/// <param name="BirthYear">Year of birth (always shown).</param>
/// <param name="EthnicityCode">Code of the national list of 54 ethnic groups.</param>
/// <param name="EthnicityLabel">Name of the ethnic group.</param>
/// <param name="GeneralEducation">PRIMARY, LOWER_SECONDARY or UPPER_SECONDARY.</param>
/// <param name="GeneralEducationLabel">Display label of <paramref name="GeneralEducation"/>.</param>
/// <param name="IsYouthUnionMember">Whether the candidate is a member of the Ho Chi Minh Communist Youth Union.</param>
/// <param name="Stage">Where the case stands.</param>
/// <param name="StageLabel">Display label of <paramref name="Stage"/>.</param>
/// <param name="CourseCompletedOn">Date of the party-awareness course certificate.</param>
/// <param name="CourseCertificateNumber">Number of the certificate.</param>
/// <param name="Sponsors">The sponsors assigned.</param>
/// <param name="CellResolutionOn">Date of the cell's resolution.</param>
/// <param name="CellResolutionNumber">Number of the cell's resolution.</param>
/// <param name="EligibilityRuleSet">The rule set that checked eligibility at the cell's resolution.</param>
/// <param name="CommitteeDecisionOn">Date of the superior committee's admission decision.</param>
/// <param name="CommitteeDecisionNumber">Number of the admission decision.</param>
/// <param name="CeremonyOn">Date of the admission ceremony.</param>
/// <param name="MemberId">The probationary member recorded at the ceremony.</param>
/// <param name="RecognizedOn">Date of the committee's decision recognising full membership.</param>
/// <param name="RecognitionDecisionNumber">Number of the recognition decision.</param>
/// <param name="ClosedOn">Date the case was closed or the name removed.</param>
/// <param name="ClosedReason">Why.</param>
/// <param name="CommitteeDecisionReceivedOn">The day the cell received the admission decision (the ceremony's period counts from it).</param>
/// <param name="DecisionExtension">A special extension of the admission decision period, if recorded.</param>
/// <param name="RecognitionResolutionOn">Date of the cell's resolution proposing full membership.</param>
/// <param name="RecognitionResolutionNumber">Number of that resolution.</param>
/// <param name="Votes">The cell's votes on full membership.</param>
/// <param name="EscalatedOn">The day the matter went to the superior committee after the last vote without the majority.</param>
/// <param name="RecognitionExtension">A special extension of the recognition decision period, if recorded.</param>
/// <param name="FullMembershipOn">The day the member became full: the end of the probation, however late the cell or committee acted.</param>
/// <param name="Steps">The recorded steps in order, each with the rule set applied.</param>
/// <param name="NextStep">The step awaited, with its due date; null once the case is finished.</param>
/// <param name="PersonalDataMasked">True when the date of birth is masked for the caller's role.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record AdmissionDto(
    Guid Id,
    Guid OrganizationId,
    string FullName,
    Sex Sex,
    BilingualLabel SexLabel,
    [property: PersonalData] DateOnly? DateOfBirth,
    int BirthYear,
    string EthnicityCode,
    BilingualLabel? EthnicityLabel,
    GeneralEducation GeneralEducation,
    BilingualLabel GeneralEducationLabel,
    bool IsYouthUnionMember,
    AdmissionStage Stage,
    BilingualLabel StageLabel,
    DateOnly? CourseCompletedOn,
    string? CourseCertificateNumber,
    IReadOnlyList<AdmissionSponsorDto> Sponsors,
    DateOnly? CellResolutionOn,
    string? CellResolutionNumber,
    AppliedRuleSetDto? EligibilityRuleSet,
    DateOnly? CommitteeDecisionOn,
    string? CommitteeDecisionNumber,
    DateOnly? CeremonyOn,
    Guid? MemberId,
    DateOnly? RecognizedOn,
    string? RecognitionDecisionNumber,
    DateOnly? ClosedOn,
    string? ClosedReason,
    DateOnly? CommitteeDecisionReceivedOn,
    AdmissionExtensionDto? DecisionExtension,
    DateOnly? RecognitionResolutionOn,
    string? RecognitionResolutionNumber,
    IReadOnlyList<AdmissionVoteDto> Votes,
    DateOnly? EscalatedOn,
    AdmissionExtensionDto? RecognitionExtension,
    DateOnly? FullMembershipOn,
    IReadOnlyList<AdmissionStepDto> Steps,
    AdmissionNextStepDto? NextStep,
    bool PersonalDataMasked,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned;

/// <summary>An admission case in a list.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The cell that prepares the candidate.</param>
/// <param name="FullName">Candidate's full name.</param>
/// <param name="Sex">MALE or FEMALE.</param>
/// <param name="SexLabel">Display label of <paramref name="Sex"/>.</param>
/// <param name="DateOfBirth">Date of birth; null (masked) unless the caller's role needs personal data.</param>
/// <param name="BirthYear">Year of birth (always shown).</param>
/// <param name="Stage">Where the case stands.</param>
/// <param name="StageLabel">Display label of <paramref name="Stage"/>.</param>
/// <param name="NextStep">The step awaited (null once finished); its due date is on the case and in the due list.</param>
/// <param name="NextStepLabel">Display label of <paramref name="NextStep"/>.</param>
/// <param name="CellResolutionOn">Date of the cell's resolution.</param>
/// <param name="CommitteeDecisionOn">Date of the admission decision.</param>
/// <param name="CeremonyOn">Date of the ceremony.</param>
/// <param name="MemberId">The member recorded at the ceremony.</param>
/// <param name="PersonalDataMasked">True when the date of birth is masked for the caller's role.</param>
/// <param name="Version">Concurrency version.</param>
public sealed record AdmissionSummaryDto(
    Guid Id,
    Guid OrganizationId,
    string FullName,
    Sex Sex,
    BilingualLabel SexLabel,
    [property: PersonalData] DateOnly? DateOfBirth,
    int BirthYear,
    AdmissionStage Stage,
    BilingualLabel StageLabel,
    AdmissionStep? NextStep,
    BilingualLabel? NextStepLabel,
    DateOnly? CellResolutionOn,
    DateOnly? CommitteeDecisionOn,
    DateOnly? CeremonyOn,
    Guid? MemberId,
    bool PersonalDataMasked,
    long Version) : IVersioned
{
    /// <summary>A row of the list; <paramref name="unmasked"/> as <see cref="Members.PersonalData.CanRead"/> says for the caller.</summary>
    public static AdmissionSummaryDto From(AdmissionCase a, bool unmasked) => new(
        a.Id,
        a.OrganizationId,
        a.FullName,
        a.Sex,
        MembershipLabels.Of(a.Sex),
        unmasked ? a.DateOfBirth : null,
        a.DateOfBirth.Year,
        a.Stage,
        AdmissionLabels.Of(a.Stage),
        a.NextStep,
        a.NextStep is { } step ? AdmissionLabels.Of(step) : null,
        a.CellResolutionOn,
        a.CommitteeDecisionOn,
        a.CeremonyOn,
        a.MemberId,
        !unmasked,
        a.Version);
}

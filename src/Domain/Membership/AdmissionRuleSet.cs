using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// The admission rules of one regulation. Which one applies is chosen by the date of the event being checked
/// (the cell's resolution for eligibility, the assignment for a sponsor); a time limit is governed by the rule set in
/// force on the step that starts it (the resolution for the decision deadline, the decision for the ceremony deadline,
/// the ceremony for the probation and the recognition deadline), so that it is known when it starts.
/// </summary>
/// <param name="Source">The regulation and its effective date.</param>
/// <param name="MinAgeMonths">Youngest age at the cell's consideration, in months (18 years).</param>
/// <param name="MaxAgeMonths">Oldest age at the cell's consideration, in months (60 years).</param>
/// <param name="MinEducation">Lowest general education (lower secondary).</param>
/// <param name="SponsorMinMonthsTogether">Months a sponsor must have worked with the candidate.</param>
/// <param name="YouthSponsorMaxAgeMonths">Up to this age a youth-union member may be sponsored by the youth union's executive committee and one full member.</param>
/// <param name="DecisionDeadlineWorkingDays">Working days from the cell's resolution to the superior committee's decision.</param>
/// <param name="CeremonyDeadlineWorkingDays">Working days from the decision to the admission ceremony.</param>
/// <param name="ProbationMonths">Probation from the ceremony.</param>
/// <param name="RecognitionDeadlineWorkingDays">Working days after probation within which the cell considers full membership.</param>
public sealed record AdmissionRuleSet(
    RuleSource Source,
    int MinAgeMonths,
    int MaxAgeMonths,
    GeneralEducation MinEducation,
    int SponsorMinMonthsTogether,
    int YouthSponsorMaxAgeMonths,
    int DecisionDeadlineWorkingDays,
    int CeremonyDeadlineWorkingDays,
    int ProbationMonths,
    int RecognitionDeadlineWorkingDays) : IRuleSet<AdmissionRuleSet>
{
    /// <summary>
    /// The statute's implementing regulations. The 2016 and 2025 regulations are recorded with the parameters this
    /// product checks, which are the same as in 2021 as far as modelled here; a successor that changes one of them is
    /// added as a new entry with its effective date, never by editing an old one.
    /// </summary>
    public static readonly IReadOnlyList<AdmissionRuleSet> All =
    [
        new(new RuleSource("QD29-2016", "Quy định 29-QĐ/TW ngày 25/7/2016 thi hành Điều lệ Đảng", new DateOnly(2016, 7, 25)),
            18 * 12, 60 * 12, GeneralEducation.LowerSecondary, 12, 30 * 12, 60, 30, 12, 30),
        new(new RuleSource("QD24-2021", "Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng", new DateOnly(2021, 7, 30)),
            18 * 12, 60 * 12, GeneralEducation.LowerSecondary, 12, 30 * 12, 60, 30, 12, 30),
        new(new RuleSource("QD294-2025", "Quy định 294-QĐ/TW ngày 26/5/2025 thi hành Điều lệ Đảng", new DateOnly(2025, 5, 26)),
            18 * 12, 60 * 12, GeneralEducation.LowerSecondary, 12, 30 * 12, 60, 30, 12, 30),
    ];

    public static RuleBook<AdmissionRuleSet> Statutory { get; } = new(
        "Membership", "membership.admission", new BilingualLabel("Kết nạp đảng viên", "Admission of new members"), All);

    /// <summary>True when <paramref name="ageInMonths"/> is within the admission age (both bounds included).</summary>
    public bool IsAdmissibleAge(int ageInMonths) => ageInMonths >= MinAgeMonths && ageInMonths <= MaxAgeMonths;

    /// <summary>True when a youth-union member of <paramref name="ageInMonths"/> may be sponsored by the youth union's executive committee.</summary>
    public bool IsYouthAge(int ageInMonths) => ageInMonths <= YouthSponsorMaxAgeMonths;
}

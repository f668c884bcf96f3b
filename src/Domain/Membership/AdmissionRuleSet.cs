using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// The admission rules of one regulation. Which one applies is chosen by the date of the event being checked
/// (the cell's resolution for eligibility and for the youth-age test of the sponsors, the assignment for a sponsor);
/// a time limit is governed by the rule set in force on the step that starts it (the resolution for the decision
/// deadline, the receipt of the decision for the ceremony deadline, the ceremony for the probation and the
/// recognition deadlines), so that it is known when it starts. Sources, verified where a text was found
/// (docs/admission-and-recognition.md lists what each page says):
/// <list type="bullet">
/// <item>Quy định 29-QĐ/TW of 25/7/2016 §1.1 (age 18 to 60 counted in months at the cell's consideration), §1.2 (lower
/// secondary), §4.1 (ceremony within 30 working days of RECEIVING the decision; later only with the superior committee's
/// agreement), §4.2 (cell's consideration within 30 working days after the 12 months; a qualifying member is full at the
/// end of the 12 months even when the cell or committee acts late; after 3 votes without two thirds the superior
/// committee decides), §4.3.1 (decision within 60 working days of the cell's resolution to admit, within 30 of its
/// resolution to recognise; special extension of up to 30 working days; lateness without reason is an accountability
/// matter). Quy định 232-QĐ/TW of 20/1/2025 §4.1 and §4.3.1 repeat the 30 and 60 working days.</item>
/// <item>Earlier texts (statutes of 1982 and 1991, Quy định 29-QĐ/TW of 2/6/1997, 14-QĐ/TW of 16/11/2001, 23-QĐ/TW of
/// 31/10/2006, 45-QĐ/TW of 2011) are recorded so that steps before July 2016 have a rule set; only the age and education
/// of 23-QĐ/TW §1 were confirmed in their text. Their time limits are carried from 2016 for display and are not
/// applied as refusals (lateness is recorded, never refused).</item>
/// </list>
/// </summary>
/// <param name="Source">The regulation and its effective date.</param>
/// <param name="MinAgeMonths">Youngest age at the cell's consideration, in months (18 years).</param>
/// <param name="MaxAgeMonths">Oldest age at the cell's consideration, in months (60 years; older candidates are decided by a provincial-level committee).</param>
/// <param name="MinEducation">Lowest general education (lower secondary).</param>
/// <param name="SponsorMinMonthsTogether">Months a sponsor must have worked with the candidate.</param>
/// <param name="YouthSponsorMaxAgeMonths">Youth age (độ tuổi thanh niên, 16 to 30 years: Luật Thanh niên 2020, art. 1), judged at the cell's resolution: up to this age a youth-union member is sponsored by the youth union's collective and one full member.</param>
/// <param name="DecisionDeadlineWorkingDays">Working days from the cell's resolution to the superior committee's decision.</param>
/// <param name="CeremonyDeadlineWorkingDays">Working days from the receipt of the decision to the admission ceremony.</param>
/// <param name="ProbationMonths">Probation from the ceremony.</param>
/// <param name="RecognitionDeadlineWorkingDays">Working days after probation within which the cell resolves on full membership.</param>
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
    /// <summary>Working days from the cell's resolution on full membership to the committee's decision (Quy định 29-QĐ/TW 2016 §4.3.1 and successors).</summary>
    public int RecognitionDecisionDeadlineWorkingDays { get; init; } = 30;

    /// <summary>The longest special extension of a committee's decision period, in working days (§4.3.1: "có thể gia hạn tối đa 30 ngày làm việc").</summary>
    public int DecisionExtensionMaxWorkingDays { get; init; } = 30;

    /// <summary>Votes without the required majority after which the superior committee decides (§4.2 c: "đã qua 3 lần biểu quyết").</summary>
    public int VotesBeforeEscalation { get; init; } = 3;

    /// <summary>The required majority as a fraction of the full members (or committee members) entitled to vote: numerator (§4.2 c: two thirds).</summary>
    public int MajorityNumerator { get; init; } = 2;

    /// <summary>The required majority: denominator.</summary>
    public int MajorityDenominator { get; init; } = 3;

    /// <summary>The guidance documents applied with the regulation (hướng dẫn), for the record.</summary>
    public IReadOnlyList<string> Guidance { get; init; } = [];

    /// <summary>
    /// The statute and its implementing regulations, each from the day it applies (Quy định 294-QĐ/TW was signed on
    /// 26/5/2025 and applies from 1/7/2025). A successor that changes a parameter is a new entry with its effective
    /// date, never an edit of an old one.
    /// </summary>
    public static readonly IReadOnlyList<AdmissionRuleSet> All = EarlyRuleSets.WithSettingBefore<AdmissionRuleSet>(
        [
            Version("DL-1982", "Điều lệ Đảng do Đại hội đại biểu toàn quốc lần thứ V thông qua (27–31/3/1982)", new(1982, 3, 31)),
            Version("DL-1991", "Điều lệ Đảng do Đại hội đại biểu toàn quốc lần thứ VII thông qua ngày 27/6/1991", new(1991, 6, 27)),
            Version("QD29-1997", "Quy định 29-QĐ/TW ngày 02/6/1997 của Bộ Chính trị thi hành Điều lệ Đảng", new(1997, 6, 2)),
            Version("QD14-2001", "Quy định 14-QĐ/TW ngày 16/11/2001 của Bộ Chính trị về cụ thể thi hành Điều lệ Đảng", new(2001, 11, 16)),
            Version("QD23-2006", "Quy định 23-QĐ/TW ngày 31/10/2006 của Bộ Chính trị thi hành Điều lệ Đảng", new(2006, 10, 31)),
            Version("QD45-2011", "Quy định 45-QĐ/TW ngày 01/11/2011 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng", new(2011, 11, 1)),
            Version("QD29-2016", "Quy định 29-QĐ/TW ngày 25/7/2016 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng", new(2016, 7, 25)) with
            {
                Guidance = ["Hướng dẫn 01-HD/TW ngày 20/9/2016 của Ban Bí thư"],
            },
            Version("QD24-2021", "Quy định 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng", new(2021, 7, 30)) with
            {
                Guidance = ["Hướng dẫn 01-HD/TW ngày 28/9/2021 của Ban Bí thư", "Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương"],
            },
            Version("QD232-2025", "Quy định 232-QĐ/TW ngày 20/01/2025 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng", new(2025, 1, 20)) with
            {
                Guidance = ["Hướng dẫn 01-HD/TW ngày 28/9/2021 của Ban Bí thư", "Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương"],
            },
            Version("QD294-2025", "Quy định 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng (hiệu lực từ 01/7/2025)", new(2025, 7, 1), new(2025, 5, 26)) with
            {
                Guidance = ["Hướng dẫn 06-HD/TW ngày 09/6/2025 của Ban Bí thư", "Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương"],
            },
        ],
        "Điều lệ Đảng 1982",
        (v, s) => v with { Source = s });

    public static RuleBook<AdmissionRuleSet> Statutory { get; } = new(
        "Membership", "membership.admission", new BilingualLabel("Kết nạp đảng viên", "Admission of new members"), All);

    /// <summary>True when <paramref name="ageInMonths"/> is within the admission age (both bounds included).</summary>
    public bool IsAdmissibleAge(int ageInMonths) => ageInMonths >= MinAgeMonths && ageInMonths <= MaxAgeMonths;

    /// <summary>True when a candidate of <paramref name="ageInMonths"/> (at the cell's resolution) is of youth age.</summary>
    public bool IsYouthAge(int ageInMonths) => ageInMonths <= YouthSponsorMaxAgeMonths;

    /// <summary>True when <paramref name="inFavour"/> of <paramref name="entitled"/> votes reach the required majority (two thirds).</summary>
    public bool IsMajority(int inFavour, int entitled) =>
        entitled > 0 && (long)inFavour * MajorityDenominator >= (long)entitled * MajorityNumerator;

    private static AdmissionRuleSet Version(string code, string source, DateOnly effectiveFrom, DateOnly? documentDate = null) =>
        new(new RuleSource(code, source, effectiveFrom) { DocumentDate = documentDate }, 18 * 12, 60 * 12, GeneralEducation.LowerSecondary, 12, 30 * 12, 60, 30, 12, 30);
}

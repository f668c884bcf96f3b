using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation.Ratings;

/// <summary>
/// The annual rating of party members and party organisations (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm).
/// The version in force on the last day of the campaign's year applies.
/// <list type="bullet">
/// <item>Hướng dẫn 21-HD/BTCTW (18/10/2019), mục 2.3: the number rated EXCELLENT "không vượt quá 20% số đảng viên được
/// xếp loại Hoàn thành tốt nhiệm vụ trong từng tổ chức cơ sở đảng" (read here as 20% of those rated GOOD or better).</item>
/// <item>Quy định 124-QĐ/TW (4/10/2023), Điều 12, with Hướng dẫn 25-HD/BTCTW (10/11/2023): the same 20%, "trong từng
/// nhóm đối tượng có vai trò, chức năng, nhiệm vụ tương đồng" (per group of comparable tasks); discipline does not cap
/// the rating when the violation was self-detected and its consequences remedied ("trừ trường hợp tự phát hiện và khắc phục hậu quả").</item>
/// <item>Quy định 366-QĐ/TW (30/8/2025), Điều 11, with Hướng dẫn 43-HD/BTCTW (31/10/2025): a 100-point scale — EXCELLENT
/// from 90 points, GOOD from 70 to under 90, COMPLETED from 50 to under 70, NOT_COMPLETED under 50.</item>
/// </list>
/// The organisation conditions (EXCELLENT: 100% of members COMPLETED or better and at least 80% GOOD or better; GOOD: at
/// least 50% GOOD or better; more than 20% NOT_COMPLETED or a disciplined organisation: NOT_COMPLETED) are those of the
/// project's domain brief for Hướng dẫn 21; no page quoting the text was found to confirm them, and the 2023 and 2025
/// versions carry them over unchanged (documented in docs/ratings.md). The sick-leave cap's length is a setting
/// (<c>Ratings:SickLeaveCapMonths</c>), not a rule-set number.
/// </summary>
/// <param name="Source">The regulation and the day it applies from.</param>
/// <param name="ExcellentQuotaPercent">EXCELLENT at most this percentage of those rated GOOD or better.</param>
/// <param name="QuotaPerTaskGroup">The quota applies to each group of comparable tasks as well as the whole organisation.</param>
/// <param name="SelfDetectedDisciplineExempt">Discipline of the year does not cap when every violation was self-detected and remedied.</param>
/// <param name="ExcellentFromPoints">On the 100-point scale: the lowest score of EXCELLENT (null: no scale).</param>
/// <param name="GoodFromPoints">The lowest score of GOOD (null: no scale).</param>
/// <param name="CompletedFromPoints">The lowest score of COMPLETED (null: no scale).</param>
/// <param name="OrganizationExcellentMinGoodPercent">An organisation EXCELLENT needs at least this share of members GOOD or better.</param>
/// <param name="OrganizationGoodMinGoodPercent">An organisation GOOD needs at least this share of members GOOD or better.</param>
/// <param name="OrganizationNotCompletedAbovePercent">More than this share of members NOT_COMPLETED makes the organisation NOT_COMPLETED.</param>
public sealed record MemberRatingRuleSet(
    RuleSource Source,
    int ExcellentQuotaPercent,
    bool QuotaPerTaskGroup,
    bool SelfDetectedDisciplineExempt,
    int? ExcellentFromPoints,
    int? GoodFromPoints,
    int? CompletedFromPoints,
    int OrganizationExcellentMinGoodPercent,
    int OrganizationGoodMinGoodPercent,
    int OrganizationNotCompletedAbovePercent) : IRuleSet<MemberRatingRuleSet>
{
    public static readonly IReadOnlyList<MemberRatingRuleSet> All =
    [
        new(new RuleSource("HD21-2019", "Hướng dẫn 21-HD/BTCTW ngày 18/10/2019 của Ban Tổ chức Trung ương, mục 2.3", new DateOnly(2019, 10, 18)),
            20, false, false, null, null, null, 80, 50, 20),
        new(new RuleSource("QD124-2023", "Quy định 124-QĐ/TW ngày 4/10/2023 của Bộ Chính trị, Điều 12; Hướng dẫn 25-HD/BTCTW ngày 10/11/2023", new DateOnly(2023, 10, 4)),
            20, true, true, null, null, null, 80, 50, 20),
        new(new RuleSource("QD366-2025", "Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị, Điều 11; Hướng dẫn 43-HD/BTCTW ngày 31/10/2025", new DateOnly(2025, 8, 30)),
            20, true, true, 90, 70, 50, 80, 50, 20)
        {
            PointGroups =
            [
                new("GENERAL", new BilingualLabel(
                    "Nhóm tiêu chí chung (phẩm chất chính trị, đạo đức, lối sống, trách nhiệm nêu gương; tư duy đổi mới, dám nghĩ, dám làm; tự phê bình và phê bình)",
                    "General criteria (political quality, ethics, lifestyle, setting an example; innovative thinking, daring to act; self-criticism and criticism)"), 30),
                new("TASK_RESULTS", new BilingualLabel("Nhóm tiêu chí về kết quả thực hiện nhiệm vụ", "Criteria on the results of assigned tasks"), 70),
            ],
        },
    ];

    public static RuleBook<MemberRatingRuleSet> Statutory { get; } = new(
        "Evaluation", "evaluation.annual_ratings", new BilingualLabel("Đánh giá, xếp loại chất lượng hằng năm", "Annual ratings"), All);

    /// <summary>
    /// On the 100-point scale: the criteria groups and the most points of each; the score is their sum. Quy định
    /// 366-QĐ/TW (30/8/2025), its appendices (khung tiêu chí đánh giá theo thang điểm 100): "Nhóm tiêu chí chung (30 điểm)"
    /// and "nhóm tiêu chí về kết quả thực hiện nhiệm vụ (70 điểm)" (quoted by vietnamnet.vn, bulletin of 22/9/2025). The
    /// criteria inside each group (per post, per Hướng dẫn 43-HD/BTCTW) were not found: points are taken per group.
    /// Empty: the version takes no points per group.
    /// </summary>
    public IReadOnlyList<RatingPointGroup> PointGroups { get; init; } = [];

    /// <summary>True when the version rates on the 100-point scale.</summary>
    public bool UsesPointScale => ExcellentFromPoints is not null;

    /// <summary>The level a score gives on the 100-point scale.</summary>
    public EvaluationLevel LevelFromScore(decimal score) =>
        score >= ExcellentFromPoints ? EvaluationLevel.Excellent
        : score >= GoodFromPoints ? EvaluationLevel.Good
        : score >= CompletedFromPoints ? EvaluationLevel.Completed
        : EvaluationLevel.NotCompleted;

    /// <summary>The rule set a campaign of <paramref name="year"/> applies: the one in force on the year's last day.</summary>
    public static DateOnly ReferenceDate(int year) => new(year, 12, 31);
}

/// <summary>A criteria group of the 100-point scale and the most points it gives.</summary>
/// <param name="Code">Stable code (GENERAL, TASK_RESULTS).</param>
/// <param name="Label">The group's name.</param>
/// <param name="MaxPoints">The most points of the group.</param>
public sealed record RatingPointGroup(string Code, BilingualLabel Label, int MaxPoints);

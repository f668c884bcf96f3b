using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation.CivilServants;

/// <summary>
/// The state's rating of cadres, civil servants and public employees (đánh giá, xếp loại chất lượng cán bộ, công chức,
/// viên chức). Nghị định 90/2020/NĐ-CP of 13/8/2020 (in force 20/8/2020), Điều 2 and Điều 4–11: four levels —
/// hoàn thành xuất sắc nhiệm vụ, hoàn thành tốt nhiệm vụ, hoàn thành nhiệm vụ, không hoàn thành nhiệm vụ (the same
/// four levels as <see cref="EvaluationLevel"/>). Nghị định 48/2023/NĐ-CP amends Nghị định 90 on procedure and
/// keeps the four levels; this session's search could not quote its text, so no second version is added (a new
/// version is a new entry here, never an edit). The version in force on the rating's decision date (or the last day
/// of the year rated) applies.
/// </summary>
/// <param name="Source">The decree and its date.</param>
/// <param name="Levels">The levels of the scale, best first.</param>
/// <param name="GoodOrBetter">The levels counted as "hoàn thành tốt nhiệm vụ trở lên" (the 80% target of the seed resolution).</param>
public sealed record CivilServantRatingRuleSet(RuleSource Source, IReadOnlyList<EvaluationLevel> Levels, IReadOnlyList<EvaluationLevel> GoodOrBetter)
    : IRuleSet<CivilServantRatingRuleSet>
{
    public static readonly IReadOnlyList<CivilServantRatingRuleSet> All =
    [
        new(
            new RuleSource("ND-90-2020", "Nghị định 90/2020/NĐ-CP về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức (13/8/2020)", new DateOnly(2020, 8, 20)) { DocumentDate = new DateOnly(2020, 8, 13) },
            [EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Completed, EvaluationLevel.NotCompleted],
            [EvaluationLevel.Excellent, EvaluationLevel.Good]),
    ];

    public static RuleBook<CivilServantRatingRuleSet> Statutory { get; } = new(
        "Evaluation", "evaluation.civil_servant_ratings", new BilingualLabel("Xếp loại chất lượng cán bộ, công chức, viên chức", "Civil-servant ratings"), All);

    /// <summary>True when <paramref name="level"/> counts as GOOD or better under this version.</summary>
    public bool IsGoodOrBetter(EvaluationLevel level) => GoodOrBetter.Contains(level);
}

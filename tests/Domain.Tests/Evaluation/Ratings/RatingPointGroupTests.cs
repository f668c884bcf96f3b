using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Domain.Tests.Evaluation.Ratings;

/// <summary>The criteria groups of the 100-point scale (Quy định 366-QĐ/TW: general 30, task results 70): each within its maximum, the score their sum.</summary>
public class RatingPointGroupTests
{
    private static readonly RuleBook<MemberRatingRuleSet> Book = MemberRatingRuleSet.Statutory;

    private static MemberRatingRuleSet Hd21 => Book.Find("HD21-2019")!;

    private static MemberRatingRuleSet Qd366 => Book.Find("QD366-2025")!;

    private static GroupPoints[] Points(decimal general, decimal tasks) => [new("GENERAL", general), new("TASK_RESULTS", tasks)];

    private static DomainRuleException Breaks(Action action, string code)
    {
        var error = Should.Throw<DomainRuleException>(action);
        error.Code.ShouldBe(code);
        return error;
    }

    [Fact]
    public void Quy_dinh_366_has_two_groups_of_30_and_70_points_adding_up_to_100()
    {
        Qd366.PointGroups.Select(g => (g.Code, g.MaxPoints)).ShouldBe([("GENERAL", 30), ("TASK_RESULTS", 70)]);
        Qd366.PointGroups.Sum(g => g.MaxPoints).ShouldBe(100);
        Hd21.PointGroups.ShouldBeEmpty();
        Book.Find("QD124-2023")!.PointGroups.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(30, 70, 100, EvaluationLevel.Excellent)]
    [InlineData(30, 60, 90, EvaluationLevel.Excellent)]
    [InlineData(29.99, 60, 89.99, EvaluationLevel.Good)]
    [InlineData(20, 50, 70, EvaluationLevel.Good)]
    [InlineData(20, 49.5, 69.5, EvaluationLevel.Completed)]
    [InlineData(10, 40, 50, EvaluationLevel.Completed)]
    [InlineData(10, 39, 49, EvaluationLevel.NotCompleted)]
    [InlineData(0, 0, 0, EvaluationLevel.NotCompleted)]
    public void The_score_is_the_sum_of_the_groups_and_gives_the_level(double general, double tasks, double total, EvaluationLevel level)
    {
        var rated = RatedLevel.Of(Qd366, null, null, Points((decimal)general, (decimal)tasks));

        rated.Score.ShouldBe((decimal)total);
        rated.Level.ShouldBe(level);
    }

    [Fact]
    public void Each_group_is_within_its_maximum_at_the_boundary()
    {
        RatedLevel.Of(Qd366, null, null, Points(30, 0)).Score.ShouldBe(30m);
        Breaks(() => RatedLevel.Of(Qd366, null, null, Points(30.01m, 0)), "rating.points_above_group_max").Arguments[0].ShouldBe("GENERAL");
        Breaks(() => RatedLevel.Of(Qd366, null, null, Points(31, 0)), "rating.points_above_group_max");
        RatedLevel.Of(Qd366, null, null, Points(0, 70)).Score.ShouldBe(70m);
        var error = Breaks(() => RatedLevel.Of(Qd366, null, null, Points(0, 71)), "rating.points_above_group_max");
        error.Arguments[0].ShouldBe("TASK_RESULTS");
        error.Arguments[2].ShouldBe("70");
        error.Arguments[3].ShouldBe("QD366-2025");
        Breaks(() => RatedLevel.Of(Qd366, null, null, Points(-1, 70)), "rating.points_above_group_max");
    }

    [Fact]
    public void Every_group_once_and_only_the_rule_sets_groups()
    {
        Breaks(() => RatedLevel.Of(Qd366, null, null, [new GroupPoints("GENERAL", 30)]), "rating.points_group_missing").Arguments[0].ShouldBe("TASK_RESULTS");
        Breaks(() => RatedLevel.Of(Qd366, null, null, [new GroupPoints("GENERAL", 10), new GroupPoints("general", 10), new GroupPoints("TASK_RESULTS", 60)]), "rating.points_group_duplicate");
        Breaks(() => RatedLevel.Of(Qd366, null, null, [new GroupPoints("ETHICS", 10), new GroupPoints("TASK_RESULTS", 60)]), "rating.points_group_unknown");
        RatedLevel.Of(Qd366, null, null, [new GroupPoints("task_results", 60), new GroupPoints("General", 30)]).Level.ShouldBe(EvaluationLevel.Excellent);
    }

    [Fact]
    public void A_score_or_level_given_with_the_points_must_agree_with_them()
    {
        RatedLevel.Of(Qd366, EvaluationLevel.Good, 85, Points(25, 60)).Score.ShouldBe(85m);
        Breaks(() => RatedLevel.Of(Qd366, null, 86, Points(25, 60)), "rating.score_differs_from_points");
        Breaks(() => RatedLevel.Of(Qd366, EvaluationLevel.Excellent, null, Points(25, 60)), "rating.level_differs_from_score");
    }

    [Fact]
    public void A_rule_set_without_groups_takes_no_points_and_without_points_the_score_alone_still_counts()
    {
        Breaks(() => RatedLevel.Of(Hd21, EvaluationLevel.Good, null, Points(20, 50)), "rating.points_not_used").Arguments[0].ShouldBe("HD21-2019");
        RatedLevel.Of(Hd21, EvaluationLevel.Good, null, []).Level.ShouldBe(EvaluationLevel.Good);
        RatedLevel.Of(Qd366, null, 70, null).Level.ShouldBe(EvaluationLevel.Good);
    }
}

using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Domain.Tests.Evaluation.Ratings;

public class RatingRuleTests
{
    private static readonly RuleBook<MemberRatingRuleSet> Book = MemberRatingRuleSet.Statutory;

    private static MemberRatingRuleSet Hd21 => Book.Find("HD21-2019")!;

    private static MemberRatingRuleSet Qd124 => Book.Find("QD124-2023")!;

    private static MemberRatingRuleSet Qd366 => Book.Find("QD366-2025")!;

    private static readonly MemberYearFacts Clean = new(false, false, false, false, null, 0);

    private static DomainRuleException Breaks(Action action, string code)
    {
        var error = Should.Throw<DomainRuleException>(action);
        error.Code.ShouldBe(code);
        return error;
    }

    private static List<(EvaluationLevel, string?)> Levels(int excellent, int good, int completed = 0, string? group = null) =>
        [.. Enumerable.Repeat((EvaluationLevel.Excellent, group), excellent),
         .. Enumerable.Repeat((EvaluationLevel.Good, group), good),
         .. Enumerable.Repeat((EvaluationLevel.Completed, group), completed)];

    // ---- Which rule set: the one in force on the campaign year's last day -------------------------------------------

    [Theory]
    [InlineData(2020, "HD21-2019")]
    [InlineData(2022, "HD21-2019")]
    [InlineData(2023, "QD124-2023")]
    [InlineData(2024, "QD124-2023")]
    [InlineData(2025, "QD366-2025")]
    public void The_campaign_year_chooses_the_rule_set(int year, string code) =>
        Book.InForceOn(MemberRatingRuleSet.ReferenceDate(year)).Source.Code.ShouldBe(code);

    // ---- Quota: EXCELLENT at most 20% of GOOD or better (19% / 20% / 21%) --------------------------------------------

    [Theory]
    [InlineData("HD21-2019")]
    [InlineData("QD124-2023")]
    [InlineData("QD366-2025")]
    public void Quota_allows_19_and_20_percent_and_refuses_21_percent(string code)
    {
        var rules = Book.Find(code)!;
        Should.NotThrow(() => RatingRules.EnsureQuota(rules, Levels(19, 81)));
        Should.NotThrow(() => RatingRules.EnsureQuota(rules, Levels(20, 80, 5)));
        var error = Breaks(() => RatingRules.EnsureQuota(rules, Levels(21, 79)), "rating.quota_exceeded");
        error.Arguments.ShouldBe(["(organisation)", "21", "100", "20", code]);
    }

    [Fact]
    public void Quota_per_group_of_comparable_tasks_applies_from_quy_dinh_124_not_under_huong_dan_21()
    {
        // The whole organisation is within 20% (20 of 100), but one group has 6 EXCELLENT of 20 GOOD or better (30%).
        List<(EvaluationLevel, string?)> decided = [.. Levels(6, 14, group: "leaders"), .. Levels(14, 66, group: "staff")];
        Should.NotThrow(() => RatingRules.EnsureQuota(Hd21, decided));
        var error = Breaks(() => RatingRules.EnsureQuota(Qd124, decided), "rating.quota_exceeded");
        error.Arguments[0].ShouldBe("leaders");
        Breaks(() => RatingRules.EnsureQuota(Qd366, decided), "rating.quota_exceeded");
    }

    // ---- Counted levels (issue 12): the quota and the conditions from counts equal those from the members one by one ----

    /// <summary>Random decisions, task groups spelt with varying case and spaces; counted by exact (level, group) as SQL groups them.</summary>
    [Theory]
    [InlineData("HD21-2019")]
    [InlineData("QD124-2023")]
    [InlineData("QD366-2025")]
    public void The_quota_and_the_conditions_read_from_counts_equal_those_read_member_by_member(string code)
    {
        var rules = Book.Find(code)!;
        var random = new Random(20261203);
        string?[] groups = [null, " ", "leaders", "Leaders ", "staff", " STAFF", "drivers"];
        for (var round = 0; round < 400; round++)
        {
            var members = Enumerable.Range(0, random.Next(0, 60))
                .Select(_ => ((EvaluationLevel)random.Next(1, 5), groups[random.Next(groups.Length)]))
                .ToList();
            var counted = members.GroupBy(m => m).Select(g => (g.Key.Item1, g.Key.Item2, g.Count())).ToList();

            var one = Record.Exception(() => RatingRules.EnsureQuota(rules, members)) as DomainRuleException;
            var grouped = Record.Exception(() => RatingRules.EnsureQuota(rules, counted)) as DomainRuleException;
            (grouped is null).ShouldBe(one is null, $"round {round}");
            grouped?.Arguments.ShouldBe(one!.Arguments);

            foreach (var disciplined in new[] { false, true })
            {
                var levels = members.Select(m => m.Item1).ToList();
                var byMember = RatingRules.ConditionsFor(rules, levels, disciplined);
                var byCount = RatingRules.ConditionsFor(rules, LevelCounts.Of(counted.Select(c => (c.Item1, c.Item3))), disciplined);
                byCount.ShouldBeEquivalentTo(byMember);
            }
        }
    }

    [Fact]
    public void Level_counts_add_up_per_level()
    {
        var counts = LevelCounts.Of([(EvaluationLevel.Excellent, 2), (EvaluationLevel.Good, 5), (EvaluationLevel.Excellent, 1), (EvaluationLevel.NotCompleted, 4), (EvaluationLevel.Completed, 3)]);
        counts.ShouldBe(new LevelCounts(3, 5, 3, 4));
        (counts.Rated, counts.GoodOrBetter, counts.CompletedOrBetter).ShouldBe((15, 8, 11));
        Should.Throw<ArgumentOutOfRangeException>(() => counts.Add((EvaluationLevel)0, 1));
    }

    // ---- Caps ------------------------------------------------------------------------------------------------------

    [Fact]
    public void No_fact_no_cap() => RatingRules.CapsFor(Hd21, Clean, 3).ShouldBeEmpty();

    [Theory]
    [InlineData("HD21-2019", false, true)]
    [InlineData("HD21-2019", true, true)]
    [InlineData("QD124-2023", false, true)]
    [InlineData("QD124-2023", true, false)]
    [InlineData("QD366-2025", true, false)]
    public void Discipline_in_the_year_caps_at_not_completed_except_self_detected_and_remedied_from_quy_dinh_124(string code, bool selfDetected, bool capped)
    {
        var caps = RatingRules.CapsFor(Book.Find(code)!, Clean with { Disciplined = true, DisciplineSelfDetectedAndRemedied = selfDetected }, 3);
        caps.Any(c => c.Code == RatingRules.CapDisciplined && c.MaxLevel == EvaluationLevel.NotCompleted).ShouldBe(capped);
    }

    [Fact]
    public void Degraded_under_half_targets_and_civil_servant_not_completed_cap_at_not_completed()
    {
        RatingRules.CapsFor(Hd21, Clean with { ConcludedDegraded = true }, 3).Single().Code.ShouldBe(RatingRules.CapDegraded);
        RatingRules.CapsFor(Hd21, Clean with { UnderHalfTargets = true }, 3).Single().Code.ShouldBe(RatingRules.CapUnderHalfTargets);
        var civil = RatingRules.CapsFor(Hd21, Clean with { CivilServantLevel = EvaluationLevel.NotCompleted }, 3).Single();
        civil.Code.ShouldBe(RatingRules.CapCivilServant);
        civil.MaxLevel.ShouldBe(EvaluationLevel.NotCompleted);
        RatingRules.CapsFor(Hd21, Clean with { CivilServantLevel = EvaluationLevel.Completed }, 3).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Sick_leave_of_three_months_or_more_caps_below_good(int months, bool capped)
    {
        var caps = RatingRules.CapsFor(Hd21, Clean with { SickLeaveMonths = months }, 3);
        caps.Any(c => c.Code == RatingRules.CapSickLeave && c.MaxLevel == EvaluationLevel.Completed).ShouldBe(capped);
    }

    [Fact]
    public void A_level_above_a_cap_is_refused_with_the_cap_code_and_source()
    {
        var caps = RatingRules.CapsFor(Hd21, Clean with { SickLeaveMonths = 3 }, 3);
        Should.NotThrow(() => RatingRules.EnsureWithinCaps(EvaluationLevel.Completed, caps));
        var error = Breaks(() => RatingRules.EnsureWithinCaps(EvaluationLevel.Good, caps), "rating.above_cap");
        error.Arguments[0].ShouldBe(RatingRules.CapSickLeave);

        var both = RatingRules.CapsFor(Hd21, Clean with { SickLeaveMonths = 3, Disciplined = true }, 3);
        Breaks(() => RatingRules.EnsureWithinCaps(EvaluationLevel.Completed, both), "rating.above_cap").Arguments.ShouldBe([RatingRules.CapDisciplined, "NOT_COMPLETED", "HD21-2019"]);
        Should.NotThrow(() => RatingRules.EnsureWithinCaps(EvaluationLevel.NotCompleted, both));
    }

    // ---- Organisation conditions (79% / 80%; 20% / 21% NOT_COMPLETED) ------------------------------------------------

    private static List<EvaluationLevel> Members(int good, int completed, int notCompleted = 0) =>
        [.. Enumerable.Repeat(EvaluationLevel.Good, good), .. Enumerable.Repeat(EvaluationLevel.Completed, completed), .. Enumerable.Repeat(EvaluationLevel.NotCompleted, notCompleted)];

    [Theory]
    [InlineData(79, EvaluationLevel.Good)]
    [InlineData(80, EvaluationLevel.Excellent)]
    [InlineData(81, EvaluationLevel.Excellent)]
    public void Organisation_excellent_needs_80_percent_good_or_better(int good, EvaluationLevel max) =>
        RatingRules.ConditionsFor(Hd21, Members(good, 100 - good), false).MaxLevel.ShouldBe(max);

    [Fact]
    public void Organisation_excellent_needs_every_member_completed_or_better()
    {
        RatingRules.ConditionsFor(Hd21, Members(90, 9, 1), false).MaxLevel.ShouldBe(EvaluationLevel.Good);
        RatingRules.ConditionsFor(Hd21, Members(90, 10), false).MaxLevel.ShouldBe(EvaluationLevel.Excellent);
    }

    [Theory]
    [InlineData(49, EvaluationLevel.Completed)]
    [InlineData(50, EvaluationLevel.Good)]
    public void Organisation_good_needs_half_good_or_better(int good, EvaluationLevel max) =>
        RatingRules.ConditionsFor(Hd21, Members(good, 100 - good), false).MaxLevel.ShouldBe(max);

    [Theory]
    [InlineData(20, EvaluationLevel.Good)]
    [InlineData(21, EvaluationLevel.NotCompleted)]
    public void More_than_20_percent_not_completed_makes_the_organisation_not_completed(int notCompleted, EvaluationLevel max) =>
        RatingRules.ConditionsFor(Qd124, Members(60, 40 - notCompleted, notCompleted), false).MaxLevel.ShouldBe(max);

    [Fact]
    public void A_disciplined_organisation_is_not_completed_and_a_better_decision_is_refused()
    {
        var conditions = RatingRules.ConditionsFor(Hd21, Members(100, 0), disciplined: true);
        conditions.MaxLevel.ShouldBe(EvaluationLevel.NotCompleted);
        Breaks(() => RatingRules.EnsureOrganizationLevel(EvaluationLevel.Completed, conditions), "rating.organization_condition");
        Should.NotThrow(() => RatingRules.EnsureOrganizationLevel(EvaluationLevel.NotCompleted, conditions));
    }

    // ---- 100-point scale under Quy định 366 ----------------------------------------------------------------------------

    [Theory]
    [InlineData(89.9, EvaluationLevel.Good)]
    [InlineData(90, EvaluationLevel.Excellent)]
    [InlineData(69.9, EvaluationLevel.Completed)]
    [InlineData(70, EvaluationLevel.Good)]
    [InlineData(49.9, EvaluationLevel.NotCompleted)]
    [InlineData(50, EvaluationLevel.Completed)]
    public void Quy_dinh_366_gives_the_level_from_the_score(double score, EvaluationLevel level) =>
        RatedLevel.Of(Qd366, null, (decimal)score).Level.ShouldBe(level);

    [Fact]
    public void Scores_belong_to_the_point_scale_only()
    {
        Breaks(() => RatedLevel.Of(Qd366, EvaluationLevel.Good, null), "rating.score_required");
        Breaks(() => RatedLevel.Of(Qd366, EvaluationLevel.Excellent, 80m), "rating.level_differs_from_score");
        Breaks(() => RatedLevel.Of(Hd21, EvaluationLevel.Good, 80m), "rating.score_not_used");
        RatedLevel.Of(Hd21, EvaluationLevel.Good, null).ShouldBe(new RatedLevel(EvaluationLevel.Good, null));
    }

    // ---- Admitted under 6 months: reviewed, not rated (the day before / of / after) -----------------------------------

    [Theory]
    [InlineData("2020-07-02", false)]
    [InlineData("2020-07-01", true)]
    [InlineData("2020-06-30", true)]
    public void Admitted_six_months_before_the_reference_date_is_rated(string admitted, bool rated) =>
        RatingRules.RatedByTenure(DateOnly.Parse(admitted, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2021, 1, 1)).ShouldBe(rated);

    // ---- The campaign's steps ------------------------------------------------------------------------------------------

    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Steps_are_taken_in_order_and_lateness_is_recorded_in_working_days()
    {
        var campaign = RatingCampaign.Open(Guid.NewGuid(), Guid.NewGuid(), 2020, new DateOnly(2020, 11, 20), Today,
            new Dictionary<RatingStep, DateOnly> { [RatingStep.SelfAssessment] = new(2020, 11, 27) }, Book);
        campaign.RuleSetCode.ShouldBe("HD21-2019");
        Breaks(() => campaign.Advance(RatingStep.CellReview, new DateOnly(2020, 11, 25), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0), "rating_campaign.step_out_of_order");

        // Due Friday 27/11; reached Tuesday 1/12: 2 working days late (Monday, Tuesday).
        var step = campaign.Advance(RatingStep.SelfAssessment, new DateOnly(2020, 12, 1), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0);
        step.WorkingDaysLate.ShouldBe(2);
        Breaks(() => campaign.Advance(RatingStep.CellReview, new DateOnly(2020, 11, 30), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0), EventDates.TooEarly);
        campaign.Advance(RatingStep.CellReview, new DateOnly(2020, 12, 2), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0).WorkingDaysLate.ShouldBe(0);
        Breaks(() => campaign.Advance(RatingStep.CommitteeAppraisal, new DateOnly(2020, 12, 3), Today, WorkingDayCalendar.WeekdaysOnly, 1, 0), "rating_campaign.proposals_missing");
        campaign.Advance(RatingStep.CommitteeAppraisal, new DateOnly(2020, 12, 3), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0);
        campaign.Advance(RatingStep.Decision, new DateOnly(2020, 12, 4), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0);
        Breaks(() => campaign.Advance(RatingStep.Published, new DateOnly(2020, 12, 5), Today, WorkingDayCalendar.WeekdaysOnly, 0, 2), "rating_campaign.decisions_missing");
    }

    [Fact]
    public void A_result_changes_after_publication_only_by_a_dated_correction_with_a_reason()
    {
        var campaign = RatingCampaign.Open(Guid.NewGuid(), Guid.NewGuid(), 2020, new DateOnly(2020, 11, 20), Today, new Dictionary<RatingStep, DateOnly>(), Book);
        var rating = MemberRating.List(Guid.NewGuid(), campaign.Id, Guid.NewGuid(), Guid.NewGuid(), null, RatingArrangement.Regular, null);
        Breaks(() => rating.SelfAssess(campaign, new RatedLevel(EvaluationLevel.Good, null), null, new DateOnly(2020, 11, 21), Today), "rating_campaign.step_closed");
        campaign.Advance(RatingStep.SelfAssessment, new DateOnly(2020, 11, 21), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0);
        rating.SelfAssess(campaign, new RatedLevel(EvaluationLevel.Excellent, null), "Tự đánh giá", new DateOnly(2020, 11, 22), Today);
        campaign.Advance(RatingStep.CellReview, new DateOnly(2020, 11, 23), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0);
        Breaks(() => rating.Propose(campaign, Hd21, new RatedLevel(EvaluationLevel.Good, null), null, null, null, Clean with { SickLeaveMonths = 4 }, 3, new DateOnly(2020, 11, 24), Today), "rating.above_cap");
        var caps = rating.Propose(campaign, Hd21, new RatedLevel(EvaluationLevel.Good, null), null, null, null, Clean, 3, new DateOnly(2020, 11, 24), Today);
        campaign.Advance(RatingStep.CommitteeAppraisal, new DateOnly(2020, 11, 25), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0);
        campaign.Advance(RatingStep.Decision, new DateOnly(2020, 11, 26), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0);
        rating.Decide(campaign, new RatedLevel(EvaluationLevel.Good, null), caps, new DateOnly(2020, 11, 27), Today);
        campaign.Advance(RatingStep.Published, new DateOnly(2020, 11, 30), Today, WorkingDayCalendar.WeekdaysOnly, 0, 0);
        Breaks(() => rating.Decide(campaign, new RatedLevel(EvaluationLevel.Completed, null), caps, new DateOnly(2020, 12, 1), Today), "rating_campaign.step_closed");
        Breaks(() => rating.Correct(campaign, new RatedLevel(EvaluationLevel.Completed, null), caps, " ", new DateOnly(2020, 12, 1), Today), "rating.correction_reason_required");
        Breaks(() => rating.Correct(campaign, new RatedLevel(EvaluationLevel.Completed, null), caps, "Sai sót", new DateOnly(2020, 11, 29), Today), EventDates.TooEarly);
        var correction = rating.Correct(campaign, new RatedLevel(EvaluationLevel.Completed, null), caps, "Phát hiện vi phạm sau công bố", new DateOnly(2020, 12, 1), Today);
        correction.FromLevel.ShouldBe(EvaluationLevel.Good);
        rating.DecidedLevel.ShouldBe(EvaluationLevel.Completed);
    }
}

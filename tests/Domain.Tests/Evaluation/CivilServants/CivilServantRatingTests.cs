using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.CivilServants;

namespace PartyCommittee.Domain.Tests.Evaluation.CivilServants;

public class CivilServantRatingTests
{
    private static readonly DateOnly Today = new(2021, 1, 31);
    private static readonly RuleBook<CivilServantRatingRuleSet> Rules = CivilServantRatingRuleSet.Statutory;
    private readonly Guid cell = Guid.NewGuid();
    private readonly Guid member = Guid.NewGuid();

    private static DomainRuleException Breaks(Action action, string code)
    {
        var error = Should.Throw<DomainRuleException>(action);
        error.Code.ShouldBe(code);
        return error;
    }

    private CivilServantRating Record(RatedPerson person, int year = 2020, EvaluationLevel level = EvaluationLevel.Good, DateOnly? decidedOn = null, IEnumerable<string>? taken = null) =>
        CivilServantRating.Record(Guid.NewGuid(), cell, year, person, level, decidedOn, "125/QĐ", null, Today, Rules, taken ?? []);

    [Fact]
    public void The_scale_is_the_four_levels_of_decree_90_2020_and_good_or_better_is_excellent_and_good()
    {
        var scale = Rules.InForceOn(new DateOnly(2020, 12, 31));
        scale.Source.Code.ShouldBe("ND-90-2020");
        scale.Source.EffectiveFrom.ShouldBe(new DateOnly(2020, 8, 20));
        scale.Levels.ShouldBe([EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Completed, EvaluationLevel.NotCompleted]);
        scale.IsGoodOrBetter(EvaluationLevel.Excellent).ShouldBeTrue();
        scale.IsGoodOrBetter(EvaluationLevel.Good).ShouldBeTrue();
        scale.IsGoodOrBetter(EvaluationLevel.Completed).ShouldBeFalse();
        scale.IsGoodOrBetter(EvaluationLevel.NotCompleted).ShouldBeFalse();
    }

    [Fact]
    public void The_rule_set_is_chosen_by_the_decision_date_the_day_before_the_decree_there_is_none()
    {
        Breaks(() => Record(new RatedPerson(member, "Nguyễn Văn An", null), year: 2020, decidedOn: new DateOnly(2020, 8, 19)), "rules.none_in_force");
        Record(new RatedPerson(member, "Nguyễn Văn An", null), year: 2020, decidedOn: new DateOnly(2020, 8, 20)).RuleSetCode.ShouldBe("ND-90-2020");
        Record(new RatedPerson(member, "Nguyễn Văn An", null), year: 2020, decidedOn: null).RuleSetCode.ShouldBe("ND-90-2020", "no decision date: the year's last day");
    }

    [Fact]
    public void One_rating_per_person_and_year_by_member_id_or_by_name_and_date_of_birth()
    {
        var linked = new RatedPerson(member, "Nguyễn Văn An", new DateOnly(1980, 1, 2));
        var first = Record(linked);
        first.MemberId.ShouldBe(member);
        first.PersonKey.ShouldBe(linked.Key);
        Breaks(() => Record(linked, taken: [first.PersonKey]), "civil_servant_rating.exists");

        // A person who is not a member: the name (accents, case, spacing ignored) with the date of birth.
        var person = new RatedPerson(null, "Lê Thị Kiều", new DateOnly(1992, 4, 12));
        var second = Record(person);
        new RatedPerson(null, "le  thi KIEU", new DateOnly(1992, 4, 12)).Key.ShouldBe(second.PersonKey);
        new RatedPerson(null, "Lê Thị Kiều", new DateOnly(1992, 4, 13)).Key.ShouldNotBe(second.PersonKey);
        Breaks(() => Record(new RatedPerson(null, "Lê Thị Kiều", null)), "civil_servant_rating.date_of_birth_required");
    }

    [Fact]
    public void The_decision_is_dated_in_or_after_the_year_and_not_in_the_future()
    {
        var person = new RatedPerson(member, "Nguyễn Văn An", null);
        Breaks(() => Record(person, year: 2021, decidedOn: new DateOnly(2020, 12, 31)), "civil_servant_rating.decided_outside_year");
        Record(person, year: 2021, decidedOn: new DateOnly(2021, 1, 1)).DecidedOn.ShouldBe(new DateOnly(2021, 1, 1));
        Breaks(() => Record(person, year: 2021, decidedOn: Today.AddDays(1)), "civil_servant_rating.decided_outside_year");
        Record(person, year: 2021, decidedOn: Today).DecidedOn.ShouldBe(Today);
        Breaks(() => Record(person, year: 2022), "civil_servant_rating.year_in_future");
    }

    [Fact]
    public void A_level_off_the_scale_in_force_is_refused()
    {
        var narrow = Rules.With([new CivilServantRatingRuleSet(
            new RuleSource("TEST", "Three levels", new DateOnly(2020, 1, 1)), [EvaluationLevel.Good, EvaluationLevel.Completed, EvaluationLevel.NotCompleted], [EvaluationLevel.Good])]);
        var error = Breaks(
            () => CivilServantRating.Record(Guid.NewGuid(), cell, 2020, new RatedPerson(member, "Nguyễn Văn An", null), EvaluationLevel.Excellent, null, null, null, Today, narrow, []),
            "civil_servant_rating.level_not_on_scale");
        error.Arguments.ShouldContain("TEST");
    }
}

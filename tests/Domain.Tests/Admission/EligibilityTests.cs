using PartyCommittee.Domain.Membership;
using static PartyCommittee.Domain.Tests.Admission.AdmissionFixtures;

namespace PartyCommittee.Domain.Tests.Admission;

/// <summary>The cell's resolution: course, two sponsors, age counted in months, education, and the rule set chosen by date.</summary>
public class EligibilityTests
{
    // Born 2003-07-30: 18 years (216 months) on 2021-07-30.
    private static readonly DateOnly EighteenthBirthdayChild = new(2003, 7, 30);

    // Born 1962-08-15: 60 years (720 months) on 2022-08-15.
    private static readonly DateOnly SixtiethBirthdayAdult = new(1962, 8, 15);

    [Theory]
    [InlineData("2021-07-29", false)] // one day before the 18th birthday: 215 months
    [InlineData("2021-07-30", true)] // the 18th birthday: 216 months
    [InlineData("2021-07-31", true)] // one day after
    public void Age_eighteen_is_counted_in_months_at_the_resolution_date(string resolvedOn, bool admissible)
    {
        var admission = Prepared(EighteenthBirthdayChild, courseOn: new DateOnly(2021, 3, 1), sponsorsOn: new DateOnly(2021, 4, 1));
        var date = DateOnly.Parse(resolvedOn, System.Globalization.CultureInfo.InvariantCulture);

        if (admissible)
        {
            admission.RecordCellResolution(date, "01-NQ/CB");
            admission.Stage.ShouldBe(AdmissionStage.CellResolved);
        }
        else
        {
            var error = ShouldBreakRule(() => admission.RecordCellResolution(date, "01-NQ/CB"), "admission.age_out_of_range");
            error.Arguments[0].ShouldBe(215);
            admission.Stage.ShouldBe(AdmissionStage.Preparing);
            admission.CellResolutionOn.ShouldBeNull();
        }
    }

    [Theory]
    [InlineData("2022-08-14", true)] // one day before the 60th birthday: 719 months
    [InlineData("2022-08-15", true)] // the 60th birthday: 720 months, still "đủ 60 tuổi"
    [InlineData("2022-08-16", true)] // one day after: still 720 whole months
    [InlineData("2022-09-14", true)] // the last day of the 720th month
    [InlineData("2022-09-15", false)] // 721 months: over 60 counted in months
    public void Age_sixty_is_counted_in_months_at_the_resolution_date(string resolvedOn, bool admissible)
    {
        var admission = Prepared(SixtiethBirthdayAdult, courseOn: new DateOnly(2022, 3, 1), sponsorsOn: new DateOnly(2022, 4, 1));
        var date = DateOnly.Parse(resolvedOn, System.Globalization.CultureInfo.InvariantCulture);

        if (admissible)
        {
            admission.RecordCellResolution(date, "01-NQ/CB");
            admission.CellResolutionOn.ShouldBe(date);
        }
        else
        {
            var error = ShouldBreakRule(() => admission.RecordCellResolution(date, "01-NQ/CB"), "admission.age_out_of_range");
            error.Arguments[0].ShouldBe(721);
        }
    }

    [Fact]
    public void Primary_education_is_refused_and_lower_secondary_is_enough()
    {
        var primary = Prepared(education: GeneralEducation.Primary);
        ShouldBreakRule(() => primary.RecordCellResolution(new DateOnly(2021, 1, 5), "01-NQ/CB"), "admission.education_insufficient");

        var lowerSecondary = Prepared(education: GeneralEducation.LowerSecondary);
        lowerSecondary.RecordCellResolution(new DateOnly(2021, 1, 5), "01-NQ/CB");
        lowerSecondary.Stage.ShouldBe(AdmissionStage.CellResolved);
    }

    [Fact]
    public void The_resolution_requires_the_course_certificate()
    {
        var admission = Candidate();

        ShouldBreakRule(() => admission.RecordCellResolution(new DateOnly(2021, 1, 5), "01-NQ/CB"), "admission.course_required");
    }

    [Fact]
    public void The_resolution_requires_two_sponsors()
    {
        var admission = Candidate();
        admission.RecordCourse(new DateOnly(2020, 10, 5), "125/GCN");
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), new DateOnly(2018, 1, 1), new DateOnly(2020, 11, 1));

        var error = ShouldBreakRule(() => admission.RecordCellResolution(new DateOnly(2021, 1, 5), "01-NQ/CB"), "admission.sponsors_required");
        error.Arguments[0].ShouldBe(1);
    }

    [Theory]
    [InlineData("2021-07-29", "QD29-2016")]
    [InlineData("2021-07-30", "QD24-2021")]
    [InlineData("2025-05-25", "QD24-2021")]
    [InlineData("2025-05-26", "QD294-2025")]
    public void The_rule_set_applied_is_the_one_in_force_on_the_resolution_date(string resolvedOn, string ruleSet)
    {
        var admission = Prepared(courseOn: new DateOnly(2021, 1, 4), sponsorsOn: new DateOnly(2021, 2, 1));
        var date = DateOnly.Parse(resolvedOn, System.Globalization.CultureInfo.InvariantCulture);

        var applied = admission.RecordCellResolution(date, "01-NQ/CB");

        applied.Source.Code.ShouldBe(ruleSet);
        admission.EligibilityRuleSetCode.ShouldBe(ruleSet);
        admission.RecordedSteps().Single(s => s.Step == PartyCommittee.Domain.Membership.Admission.AdmissionStep.CellResolution).RuleSet!.Source.Code.ShouldBe(ruleSet);
    }

    [Fact]
    public void Rule_sets_are_chosen_by_date_and_none_applies_before_the_first()
    {
        AdmissionRuleSet.Statutory.InForceOn(new DateOnly(2021, 7, 29)).Source.Code.ShouldBe("QD29-2016");
        AdmissionRuleSet.Statutory.InForceOn(new DateOnly(2021, 7, 30)).Source.Code.ShouldBe("QD24-2021");
        AdmissionRuleSet.Statutory.TryInForceOn(new DateOnly(2016, 7, 24)).ShouldBeNull();
        ShouldBreakRule(() => AdmissionRuleSet.Statutory.InForceOn(new DateOnly(2016, 7, 24)), "rules.none_in_force");
    }
}

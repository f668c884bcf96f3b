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
            admission.RecordCellResolution(date, "01-NQ/CB", false, Rules);
            admission.Stage.ShouldBe(AdmissionStage.CellResolved);
        }
        else
        {
            var error = ShouldBreakRule(() => admission.RecordCellResolution(date, "01-NQ/CB", false, Rules), "admission.age_out_of_range");
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
            admission.RecordCellResolution(date, "01-NQ/CB", false, Rules);
            admission.CellResolutionOn.ShouldBe(date);
        }
        else
        {
            var error = ShouldBreakRule(() => admission.RecordCellResolution(date, "01-NQ/CB", false, Rules), "admission.age_out_of_range");
            error.Arguments[0].ShouldBe(721);
        }
    }

    [Fact]
    public void Primary_education_is_refused_and_lower_secondary_is_enough()
    {
        var primary = Prepared(education: GeneralEducation.Primary);
        ShouldBreakRule(() => primary.RecordCellResolution(new DateOnly(2021, 1, 5), "01-NQ/CB", false, Rules), "admission.education_insufficient");

        var lowerSecondary = Prepared(education: GeneralEducation.LowerSecondary);
        lowerSecondary.RecordCellResolution(new DateOnly(2021, 1, 5), "01-NQ/CB", false, Rules);
        lowerSecondary.Stage.ShouldBe(AdmissionStage.CellResolved);
    }

    [Fact]
    public void The_resolution_requires_the_course_certificate()
    {
        var admission = Candidate();

        ShouldBreakRule(() => admission.RecordCellResolution(new DateOnly(2021, 1, 5), "01-NQ/CB", false, Rules), "admission.course_required");
    }

    [Fact]
    public void The_resolution_requires_two_sponsors()
    {
        var admission = Candidate();
        admission.RecordCourse(new DateOnly(2020, 10, 5), "125/GCN");
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), new DateOnly(2018, 1, 1), new DateOnly(2020, 11, 1), false, Rules);

        var error = ShouldBreakRule(() => admission.RecordCellResolution(new DateOnly(2021, 1, 5), "01-NQ/CB", false, Rules), "admission.sponsors_required");
        error.Arguments[0].ShouldBe(1);
    }

    [Theory]
    [InlineData("2016-07-24", "QD45-2011")]
    [InlineData("2016-07-25", "QD29-2016")]
    [InlineData("2021-07-29", "QD29-2016")]
    [InlineData("2021-07-30", "QD24-2021")]
    [InlineData("2025-01-19", "QD24-2021")]
    [InlineData("2025-01-20", "QD232-2025")]
    [InlineData("2025-05-26", "QD232-2025")] // 294 was signed on 26/5/2025 ...
    [InlineData("2025-06-30", "QD232-2025")]
    [InlineData("2025-07-01", "QD294-2025")] // ... and applies from 1/7/2025
    public void The_rule_set_applied_is_the_one_in_force_on_the_resolution_date(string resolvedOn, string ruleSet)
    {
        var admission = Prepared(dateOfBirth: new DateOnly(1975, 4, 12), courseOn: new DateOnly(2016, 1, 4), sponsorsOn: new DateOnly(2016, 2, 1));
        var date = DateOnly.Parse(resolvedOn, System.Globalization.CultureInfo.InvariantCulture);

        var applied = admission.RecordCellResolution(date, "01-NQ/CB", false, Rules);

        applied.Source.Code.ShouldBe(ruleSet);
        admission.EligibilityRuleSetCode.ShouldBe(ruleSet);
        admission.RecordedSteps(Rules).Single(s => s.Step == PartyCommittee.Domain.Membership.Admission.AdmissionStep.CellResolution).RuleSet!.Source.Code.ShouldBe(ruleSet);
    }

    [Fact]
    public void Rule_sets_are_chosen_by_date_and_a_setting_applies_before_the_first_text()
    {
        AdmissionRuleSet.Statutory.InForceOn(new DateOnly(2021, 7, 29)).Source.Code.ShouldBe("QD29-2016");
        AdmissionRuleSet.Statutory.InForceOn(new DateOnly(2021, 7, 30)).Source.Code.ShouldBe("QD24-2021");
        AdmissionRuleSet.Statutory.InForceOn(new DateOnly(1982, 3, 30)).Source.Code.ShouldBe("SETTING-BEFORE-DL-1982");
        AdmissionRuleSet.Statutory.InForceOn(new DateOnly(1930, 2, 3)).Source.Code.ShouldBe("SETTING-BEFORE-DL-1982");
        ShouldBreakRule(() => AdmissionRuleSet.Statutory.InForceOn(new DateOnly(1930, 2, 2)), "rules.none_in_force");
    }

    [Theory]
    [InlineData("1982-03-31", "DL-1982")]
    [InlineData("1990-06-01", "DL-1982")]
    [InlineData("1991-06-26", "DL-1982")]
    [InlineData("1991-06-27", "DL-1991")]
    [InlineData("1995-09-02", "DL-1991")]
    [InlineData("1997-06-02", "QD29-1997")]
    [InlineData("2001-11-16", "QD14-2001")]
    [InlineData("2006-10-31", "QD23-2006")]
    [InlineData("2011-10-31", "QD23-2006")]
    [InlineData("2011-11-01", "QD45-2011")]
    [InlineData("2016-07-24", "QD45-2011")]
    [InlineData("2016-07-25", "QD29-2016")]
    public void Steps_before_July_2016_have_their_rule_set(string date, string code) =>
        AdmissionRuleSet.Statutory.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Source.Code.ShouldBe(code);

    [Fact]
    public void Regulation_294_applies_from_1_July_2025_and_names_its_signing_date_and_guidance()
    {
        var book = AdmissionRuleSet.Statutory;
        var qd294 = book.Find("QD294-2025")!;
        qd294.Source.EffectiveFrom.ShouldBe(new DateOnly(2025, 7, 1));
        qd294.Source.DocumentDate.ShouldBe(new DateOnly(2025, 5, 26));
        qd294.Guidance.ShouldContain(g => g.Contains("06-HD/TW", StringComparison.Ordinal));
        book.InForceUntil(book.Find("QD232-2025")!).ShouldBe(new DateOnly(2025, 6, 30));
        book.InForceUntil(book.Find("QD24-2021")!).ShouldBe(new DateOnly(2025, 1, 19));
        book.Find("QD24-2021")!.Guidance.ShouldContain(g => g.Contains("12-HD/BTCTW ngày 18/01/2022", StringComparison.Ordinal));
        book.Find("QD24-2021")!.Guidance.ShouldContain(g => g.Contains("01-HD/TW ngày 28/9/2021", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_admitted_in_1995_is_checked_under_the_statute_of_1991()
    {
        // Born 1970: 25 years old at a resolution of 1995, under the statute of 1991 (no rules.none_in_force).
        var admission = Candidate(new DateOnly(1970, 3, 1));
        admission.RecordCourse(new DateOnly(1995, 1, 9), "12/GCN");
        foreach (var name in new[] { "Nguyễn Văn Bảo", "Phạm Thị Hồng" })
        {
            admission.AssignSponsor(
                Guid.NewGuid(), SponsorKind.FullMember, FullMember(name, new DateOnly(1985, 5, 19)), new DateOnly(1990, 1, 1), new DateOnly(1995, 2, 6), false, Rules);
        }

        admission.RecordCellResolution(new DateOnly(1995, 3, 6), "02-NQ/CB", false, Rules).Source.Code.ShouldBe("DL-1991");
        admission.RecordCommitteeDecision(new DateOnly(1995, 4, 3), "31-QĐ/ĐU", null, Weekdays, Rules);
        var member = admission.HoldCeremony(Guid.NewGuid(), new DateOnly(1995, 4, 20), Cell, Weekdays, Rules);

        admission.RecognitionPeriod(Rules)!.RuleSet.Source.Code.ShouldBe("DL-1991");
        admission.RecognitionPeriod(Rules)!.StartsOn.ShouldBe(new DateOnly(1996, 4, 20));
        member.Status.ShouldBe(MemberStatus.Probationary);
    }
}

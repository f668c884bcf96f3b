using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Domain.Tests.Indicators;

/// <summary>Each target kind at its boundaries, after the year and during it.</summary>
public class TargetProgressTests
{
    private static readonly DateOnly AfterTheYear = new(2021, 3, 1);
    private static readonly DateOnly MidYear = new(2020, 7, 15);

    private static ResolutionTarget Target(string indicator, TargetKind kind, decimal? low, decimal? high, bool exclusive = false, string? unit = "94")
    {
        var resolution = new Resolution(Guid.NewGuid(), Guid.NewGuid(), ResolutionKind.Resolution, "NQ-2020/ĐU", new DateOnly(2020, 1, 10), "Ban Chấp hành", "Nghị quyết năm 2020", 2020, 2020, new DateOnly(2026, 12, 1));
        return resolution.AddTarget(Guid.NewGuid(), IndicatorCatalogue.Indicator(indicator)!, unit, Categories.Total, 2020, kind, low, high, exclusive, "Chỉ tiêu");
    }

    private static ProgressStatus Final(ResolutionTarget target, decimal value, decimal? previous = null) =>
        TargetProgress.Assess(target, new Observation(value, previous, 12, false), AfterTheYear).Status;

    [Theory]
    [InlineData(22_999, ProgressStatus.Missed)]
    [InlineData(23_000, ProgressStatus.Achieved)]
    [InlineData(23_001, ProgressStatus.Achieved)]
    public void At_least_is_met_from_its_bound(int value, ProgressStatus expected) =>
        Final(Target("NEW_JOBS", TargetKind.AtLeast, 23_000, null), value).ShouldBe(expected);

    [Theory]
    [InlineData("2.49", ProgressStatus.Achieved)]
    [InlineData("2.5", ProgressStatus.Missed)]
    public void Below_excludes_its_bound(string value, ProgressStatus expected) =>
        Final(Target("UNEMPLOYMENT_RATE", TargetKind.AtMost, null, 2.5m, exclusive: true), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Theory]
    [InlineData("2.5", ProgressStatus.Achieved)]
    [InlineData("2.51", ProgressStatus.Missed)]
    public void At_most_includes_its_bound(string value, ProgressStatus expected) =>
        Final(Target("UNEMPLOYMENT_RATE", TargetKind.AtMost, null, 2.5m), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Theory]
    [InlineData("32.99", ProgressStatus.Missed)]
    [InlineData("33", ProgressStatus.Achieved)]
    [InlineData("35", ProgressStatus.Achieved)]
    [InlineData("36", ProgressStatus.Achieved)]
    public void A_range_is_met_from_its_lower_end(string value, ProgressStatus expected) =>
        Final(Target("CERTIFIED_LABOUR_RATE", TargetKind.Range, 33, 35), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Theory]
    [InlineData("4.41", ProgressStatus.Missed)]
    [InlineData("4.40", ProgressStatus.Achieved)]
    [InlineData("3.00", ProgressStatus.Achieved)]
    public void A_decrease_is_measured_in_points_from_the_previous_year(string value, ProgressStatus expected)
    {
        var target = Target("POVERTY_RATE", TargetKind.DecreaseByPoints, 1, 1.5m);
        Final(target, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), previous: 5.40m).ShouldBe(expected);
    }

    [Fact]
    public void A_decrease_without_last_year_has_no_data()
    {
        var assessment = TargetProgress.Assess(Target("POVERTY_RATE", TargetKind.DecreaseByPoints, 1, 1.5m), new Observation(4m, null, 12, false), AfterTheYear);
        assessment.Status.ShouldBe(ProgressStatus.NoData);
        assessment.Rule.ShouldBe("progress.no_previous_year");
    }

    [Theory]
    [InlineData(11_500, 6, ProgressStatus.OnTrack)]
    [InlineData(11_499, 6, ProgressStatus.AtRisk)]
    [InlineData(17_250, 9, ProgressStatus.OnTrack)]
    public void During_the_year_a_flow_is_projected_at_its_pace(int value, int months, ProgressStatus expected)
    {
        var assessment = TargetProgress.Assess(Target("NEW_JOBS", TargetKind.AtLeast, 23_000, null), new Observation(value, null, months, true), MidYear);
        assessment.Status.ShouldBe(expected);
        assessment.Measured.ShouldBe(decimal.Round(value * 12m / months, 2));
    }

    [Fact]
    public void During_the_year_a_rate_is_compared_as_it_stands()
    {
        var target = Target("TRAINED_LABOUR_RATE", TargetKind.AtLeast, 67, null);
        TargetProgress.Assess(target, new Observation(66.9m, null, 6, false), MidYear).Status.ShouldBe(ProgressStatus.AtRisk);
        TargetProgress.Assess(target, new Observation(67m, null, 6, false), MidYear).Rule.ShouldBe("progress.so_far_met");
    }

    [Fact]
    public void Without_a_figure_there_is_no_data() =>
        TargetProgress.Assess(Target("NEW_JOBS", TargetKind.AtLeast, 23_000, null), new Observation(null, null, 0, true), AfterTheYear).Status.ShouldBe(ProgressStatus.NoData);

    [Theory]
    [InlineData(TargetKind.AtLeast, null, null)]
    [InlineData(TargetKind.AtLeast, 1, 2)]
    [InlineData(TargetKind.AtMost, 1, null)]
    [InlineData(TargetKind.Range, 3, 2)]
    [InlineData(TargetKind.Range, null, 2)]
    [InlineData(TargetKind.AtLeast, -1, null)]
    public void Bounds_must_fit_the_kind(TargetKind kind, int? low, int? high) =>
        Should.Throw<DomainRuleException>(() => Target("NEW_JOBS", kind, low, high)).Code.ShouldBe("resolution.target_bounds_invalid");

    [Fact]
    public void A_decrease_is_set_on_a_rate_only() =>
        Should.Throw<DomainRuleException>(() => Target("NEW_JOBS", TargetKind.DecreaseByPoints, 1, 2)).Code.ShouldBe("resolution.target_decrease_needs_rate");

    [Fact]
    public void Reported_indicators_name_a_unit_and_internal_ones_do_not()
    {
        Should.Throw<DomainRuleException>(() => Target("NEW_JOBS", TargetKind.AtLeast, 1, null, unit: null)).Code.ShouldBe("resolution.target_unit_invalid");
        Should.Throw<DomainRuleException>(() => Target(InternalIndicators.NewMembersAdmitted, TargetKind.AtLeast, 3, null, unit: "94")).Code.ShouldBe("resolution.target_unit_invalid");
    }
}

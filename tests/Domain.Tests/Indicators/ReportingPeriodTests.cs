using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Domain.Tests.Indicators;

/// <summary>One string form per period (issue 11, "Periods ... parsed from one string form").</summary>
public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2020", PeriodKind.Year, "2020-01-01", "2020-12-31")]
    [InlineData("2020S1", PeriodKind.SixMonths, "2020-01-01", "2020-06-30")]
    [InlineData("2020S2", PeriodKind.SixMonths, "2020-07-01", "2020-12-31")]
    [InlineData("2020N9", PeriodKind.NineMonths, "2020-01-01", "2020-09-30")]
    [InlineData("2020Q1", PeriodKind.Quarter, "2020-01-01", "2020-03-31")]
    [InlineData("2020Q4", PeriodKind.Quarter, "2020-10-01", "2020-12-31")]
    [InlineData("202002", PeriodKind.Month, "2020-02-01", "2020-02-29")]
    [InlineData("202112", PeriodKind.Month, "2021-12-01", "2021-12-31")]
    public void Each_form_parses_to_its_dates_and_prints_back_the_same(string text, PeriodKind kind, string start, string end)
    {
        var period = ReportingPeriod.Parse(text);

        period.Kind.ShouldBe(kind);
        WireFormat.Date(period.StartsOn).ShouldBe(start);
        WireFormat.Date(period.EndsOn).ShouldBe(end);
        period.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("1989")]
    [InlineData("2101")]
    [InlineData("202013")]
    [InlineData("202000")]
    [InlineData("2020Q5")]
    [InlineData("2020Q0")]
    [InlineData("2020S3")]
    [InlineData("2020N8")]
    [InlineData("2020q1")]
    [InlineData("2020W1")]
    [InlineData("2020-01")]
    [InlineData(" 2020")]
    [InlineData("２０２０")]
    public void Anything_else_is_refused_with_the_period_code(string text)
    {
        ReportingPeriod.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => ReportingPeriod.Parse(text)).Code.ShouldBe("period.invalid");
    }

    [Fact]
    public void The_nine_month_report_covers_nine_months_from_January() =>
        ReportingPeriod.Parse("2020N9").MonthsFromJanuary.ShouldBe(9);
}

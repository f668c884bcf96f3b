using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Tests.Common;

/// <summary>The one date range (<see cref="DateRange"/>): both ends included, as written on documents.</summary>
public class DateRangeTests
{
    private static DateOnly D(string text) => DateOnly.ParseExact(text, WireFormat.DatePattern, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Both_ends_are_days_of_the_period()
    {
        var term = new DateRange(D("2020-01-01"), D("2024-12-31"));

        term.Contains(D("2020-01-01")).ShouldBeTrue();
        term.Contains(D("2024-12-31")).ShouldBeTrue();
        term.Contains(D("2019-12-31")).ShouldBeFalse();
        term.Contains(D("2025-01-01")).ShouldBeFalse();
        term.Days.ShouldBe(1827);
    }

    [Fact]
    public void An_open_period_runs_on()
    {
        var open = new DateRange(D("2020-01-01"));

        open.IsOpen.ShouldBeTrue();
        open.Contains(D("2199-12-31")).ShouldBeTrue();
        open.Contains(D("2019-12-31")).ShouldBeFalse();
        open.Days.ShouldBeNull();
    }

    [Theory]
    [InlineData("2020-01-01", "2024-12-31", "2024-12-31", "2029-12-31", true)] // shares the end day
    [InlineData("2020-01-01", "2024-12-31", "2025-01-01", "2029-12-31", false)] // the next day: adjacent, no overlap
    [InlineData("2020-01-01", "2024-12-31", "2021-01-01", "2021-06-30", true)] // inside
    [InlineData("2025-01-01", "2029-12-31", "2020-01-01", "2024-12-31", false)]
    [InlineData("2020-01-01", null, "2030-01-01", "2030-01-02", true)]
    [InlineData("2020-01-01", null, "2010-01-01", "2019-12-31", false)]
    [InlineData("2020-01-01", null, "2010-01-01", null, true)]
    public void Overlap_is_a_shared_day_both_ways(string start, string? end, string otherStart, string? otherEnd, bool overlaps)
    {
        var a = new DateRange(D(start), end is null ? null : D(end));
        var b = new DateRange(D(otherStart), otherEnd is null ? null : D(otherEnd));

        a.Overlaps(b).ShouldBe(overlaps);
        b.Overlaps(a).ShouldBe(overlaps);
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new DateRange(D("2020-01-02"), D("2020-01-01")));
        new DateRange(D("2020-01-01"), D("2020-01-01")).Days.ShouldBe(1);
    }

    [Fact]
    public void Wire_format_writes_and_reads_dates_and_enum_codes()
    {
        WireFormat.Date(D("2024-03-18")).ShouldBe("2024-03-18");
        WireFormat.TryParseDate(" 2024-03-18 ", out var parsed).ShouldBeTrue();
        parsed.ShouldBe(D("2024-03-18"));
        WireFormat.TryParseDate("18/03/2024", out _).ShouldBeFalse();
        WireFormat.Code(DayOfWeek.Monday).ShouldBe("MONDAY");
        WireFormat.Code(StringComparison.OrdinalIgnoreCase).ShouldBe("ORDINAL_IGNORE_CASE");
        new DateRange(D("2020-01-01")).ToString().ShouldBe("2020-01-01..");
    }
}

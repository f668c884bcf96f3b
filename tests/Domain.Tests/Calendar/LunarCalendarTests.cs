using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Domain.Tests.Calendar;

/// <summary>The Vietnamese lunar calendar (UTC+7) against the published dates of Tết and Giỗ Tổ Hùng Vương.</summary>
public class LunarCalendarTests
{
    public static TheoryData<int, string> LunarNewYears => new()
    {
        { 2010, "2010-02-14" }, { 2011, "2011-02-03" }, { 2012, "2012-01-23" }, { 2013, "2013-02-10" },
        { 2014, "2014-01-31" }, { 2015, "2015-02-19" }, { 2016, "2016-02-08" }, { 2017, "2017-01-28" },
        { 2018, "2018-02-16" }, { 2019, "2019-02-05" }, { 2020, "2020-01-25" }, { 2021, "2021-02-12" },
        { 2022, "2022-02-01" }, { 2023, "2023-01-22" }, { 2024, "2024-02-10" }, { 2025, "2025-01-29" },
        { 2026, "2026-02-17" }, { 2027, "2027-02-06" }, { 2028, "2028-01-26" }, { 2029, "2029-02-13" },
        { 2030, "2030-02-02" }, { 2031, "2031-01-23" }, { 2032, "2032-02-11" }, { 2033, "2033-01-31" },
        { 2034, "2034-02-19" }, { 2035, "2035-02-08" },
    };

    [Theory]
    [MemberData(nameof(LunarNewYears))]
    public void Tet_falls_on_the_published_day(int year, string expected)
    {
        var tet = DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        VietnameseLunarCalendar.NewYear(year).ShouldBe(tet);
        VietnameseLunarCalendar.FromSolar(tet).ShouldBe(new LunarDate(year, 1, 1));
        VietnameseLunarCalendar.FromSolar(tet.AddDays(-1)).Year.ShouldBe(year - 1);
        VietnameseLunarCalendar.FromSolar(tet.AddDays(-1)).Month.ShouldBe(12);
    }

    [Theory]
    [InlineData(1985, "1985-01-21")] // China: 1985-02-20
    [InlineData(2007, "2007-02-17")] // China: 2007-02-18
    [InlineData(2030, "2030-02-02")] // the new moon is at 23:07 in Hanoi, 00:07 the next day in Beijing
    public void Tet_is_computed_in_Vietnam_time_not_China_time(int year, string expected) =>
        VietnameseLunarCalendar.NewYear(year).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(2010, "2010-04-23")]
    [InlineData(2012, "2012-03-31")]
    [InlineData(2016, "2016-04-16")]
    [InlineData(2020, "2020-04-02")]
    [InlineData(2023, "2023-04-29")] // a leap 2nd month before it
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_tenth_of_the_third_month(int year, string expected)
    {
        var date = DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)).ShouldBe(date);
        VietnameseLunarCalendar.FromSolar(date).ShouldBe(new LunarDate(year, 3, 10));
    }

    [Fact]
    public void A_leap_month_exists_only_where_the_calendar_has_one()
    {
        // 2023 repeats the 2nd month (tháng 2 nhuận): 2023-03-22 is its first day.
        VietnameseLunarCalendar.ToSolar(new LunarDate(2023, 2, 1, IsLeapMonth: true)).ShouldBe(new DateOnly(2023, 3, 22));
        VietnameseLunarCalendar.FromSolar(new DateOnly(2023, 3, 22)).ShouldBe(new LunarDate(2023, 2, 1, true));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2023, 3, 1, IsLeapMonth: true)));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2024, 2, 1, IsLeapMonth: true)));
    }

    [Fact]
    public void Every_day_of_the_covered_years_round_trips()
    {
        for (var date = new DateOnly(2010, 1, 1); date <= new DateOnly(2035, 12, 31); date = date.AddDays(1))
        {
            VietnameseLunarCalendar.ToSolar(VietnameseLunarCalendar.FromSolar(date)).ShouldBe(date);
        }
    }
}

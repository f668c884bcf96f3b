using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Tests.Calendar;

/// <summary>
/// The working days between two dates, as the running count of whole years gives them (issue 12), against the same
/// calendar counted one day at a time: statutory holidays, announced days off, a Saturday declared a working day,
/// spans across years and the index widened by later calls in either direction.
/// </summary>
public class WorkingDayCountTests
{
    private static readonly BilingualLabel Label = new("Nghỉ", "Off");

    private static WorkingDayCalendar Announced() => WorkingDayCalendar.Vietnam(
        [new DayOff(new DateOnly(2024, 3, 8), DayOffKind.Announced, Label, null), new DayOff(new DateOnly(2019, 12, 31), DayOffKind.Announced, Label, null)],
        [new DateOnly(2024, 3, 9), new DateOnly(2023, 1, 2)]);

    [Fact]
    public void Counts_over_random_spans_equal_the_day_by_day_count_whatever_order_the_index_grows_in()
    {
        var random = new Random(20261205);
        foreach (var calendar in new[] { Announced(), WorkingDayCalendar.Vietnam(), WorkingDayCalendar.WeekdaysOnly })
        {
            for (var i = 0; i < 3_000; i++)
            {
                var from = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 365 * 12));
                var to = from.AddDays(random.Next(-40, i % 10 == 0 ? 3_000 : 400));
                var expected = calendar.CountDayByDay(from, to);
                calendar.WorkingDaysBetween(from, to).ShouldBe(to <= from ? 0 : expected, $"{from} → {to}");
                calendar.WorkingDaysLeft(from, to).ShouldBe(from <= to ? expected : -Math.Max(1, calendar.CountDayByDay(to, from)), $"left {from} → {to}");
            }
        }
    }

    [Fact]
    public void The_announced_days_and_declared_working_days_count_at_the_edges_of_years_and_outside_the_index()
    {
        var calendar = Announced();
        // 2024-03-08 (Fri) announced off, 2024-03-09 (Sat) declared a working day: the week counts five days all the same.
        calendar.WorkingDaysBetween(new DateOnly(2024, 3, 3), new DateOnly(2024, 3, 9)).ShouldBe(5);
        calendar.WorkingDaysBetween(new DateOnly(2024, 3, 7), new DateOnly(2024, 3, 8)).ShouldBe(0);
        calendar.WorkingDaysBetween(new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 9)).ShouldBe(1);
        // Across the new year: 2019-12-31 announced off, 2020-01-01 Tết Dương lịch, 2020-01-02 and 03 working.
        calendar.WorkingDaysBetween(new DateOnly(2019, 12, 30), new DateOnly(2020, 1, 3)).ShouldBe(2);
        calendar.WorkingDaysBetween(new DateOnly(2019, 12, 31), new DateOnly(2019, 12, 31)).ShouldBe(0);
        // The last day the index may hold, and days before and after the years it spans (counted one by one).
        calendar.WorkingDaysBetween(new DateOnly(2199, 12, 1), new DateOnly(2199, 12, 31)).ShouldBe(calendar.CountDayByDay(new DateOnly(2199, 12, 1), new DateOnly(2199, 12, 31)));
        calendar.WorkingDaysBetween(new DateOnly(1899, 12, 1), new DateOnly(1900, 1, 31)).ShouldBe(calendar.CountDayByDay(new DateOnly(1899, 12, 1), new DateOnly(1900, 1, 31)));
        calendar.WorkingDaysBetween(new DateOnly(2199, 12, 30), new DateOnly(2200, 1, 5)).ShouldBe(calendar.CountDayByDay(new DateOnly(2199, 12, 30), new DateOnly(2200, 1, 5)));
        calendar.WorkingDaysBetween(new DateOnly(1930, 2, 3), new DateOnly(2199, 12, 31)).ShouldBe(calendar.CountDayByDay(new DateOnly(1930, 2, 3), new DateOnly(2199, 12, 31)));
    }
}

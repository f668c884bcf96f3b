using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Tests.Calendar;

/// <summary>The statutory holidays of each Labour Code, their days in lieu, and the announced days that override them.</summary>
public class PublicHolidayTests
{
    private static readonly WorkingDayCalendar Vietnam = WorkingDayCalendar.Vietnam();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static List<DateOnly> DaysOff(DateOnly from, DateOnly to) => [.. Vietnam.DaysOff(from, to).Select(d => d.Date)];

    [Fact]
    public void Tet_2020_has_five_days_and_two_days_in_lieu_for_the_weekend_under_the_2012_code()
    {
        // Tết 2020-01-25 (Sat): 24 Fri (last day of the year), 25, 26, 27, 28; Sat and Sun → Wed 29, Thu 30.
        var days = Vietnam.DaysOff(D(2020, 1, 20), D(2020, 2, 5));
        days.Select(d => d.Date).ShouldBe([D(2020, 1, 24), D(2020, 1, 27), D(2020, 1, 28), D(2020, 1, 29), D(2020, 1, 30)]);
        days.Select(d => d.Kind).ShouldBe([DayOffKind.Statutory, DayOffKind.Statutory, DayOffKind.Statutory, DayOffKind.Compensatory, DayOffKind.Compensatory]);
        days.ShouldAllBe(d => d.RuleSetCode == "BLLD-2012");
        Vietnam.IsWorkingDay(D(2020, 1, 23)).ShouldBeTrue();
        Vietnam.IsWorkingDay(D(2020, 1, 30)).ShouldBeFalse();
        Vietnam.IsWorkingDay(D(2020, 1, 31)).ShouldBeTrue();
    }

    [Fact]
    public void Tet_before_May_2013_has_four_days_under_the_1994_code_and_five_after()
    {
        // 2013-02-10 (Sun): 9 Sat, 10 Sun, 11 Mon, 12 Tue; in lieu Wed 13, Thu 14; Fri 15 works.
        DaysOff(D(2013, 2, 1), D(2013, 2, 28)).ShouldBe([D(2013, 2, 11), D(2013, 2, 12), D(2013, 2, 13), D(2013, 2, 14)]);
        Vietnam.DaysOff(D(2013, 2, 11), D(2013, 2, 11)).Single().RuleSetCode.ShouldBe("BLLD-1994-2007");
        Vietnam.IsWorkingDay(D(2013, 2, 15)).ShouldBeTrue();

        // 2014-01-31 (Fri): 30 Thu, 31 Fri, 1 Sat, 2 Sun, 3 Mon; in lieu Tue 4, Wed 5.
        DaysOff(D(2014, 1, 25), D(2014, 2, 10)).ShouldBe([D(2014, 1, 30), D(2014, 1, 31), D(2014, 2, 3), D(2014, 2, 4), D(2014, 2, 5)]);
        Vietnam.IsWorkingDay(D(2014, 1, 29)).ShouldBeTrue();
        Vietnam.IsWorkingDay(D(2014, 2, 6)).ShouldBeTrue();
    }

    [Fact]
    public void Hung_Kings_day_is_a_holiday_from_the_2007_amendment()
    {
        // 2006-04-07 was 10/3 lunar: no holiday yet; 2007-04-26 is.
        VietnameseLunarCalendar.ToSolar(new LunarDate(2006, 3, 10)).ShouldBe(D(2006, 4, 7));
        Vietnam.IsWorkingDay(D(2006, 4, 7)).ShouldBeTrue();
        Vietnam.IsWorkingDay(D(2007, 4, 26)).ShouldBeFalse();
        Vietnam.DayOffOn(D(2007, 4, 26))!.Name.Vi.ShouldBe("Giỗ Tổ Hùng Vương");
        Vietnam.IsWorkingDay(D(2025, 4, 7)).ShouldBeFalse();
    }

    [Fact]
    public void A_holiday_on_the_weekend_gives_the_next_working_day()
    {
        // 2016: Hùng Kings on Sat 16/4 → Mon 18/4; 30/4 and 1/5 on Sat and Sun → Mon 2/5 and Tue 3/5.
        DaysOff(D(2016, 4, 10), D(2016, 5, 10)).ShouldBe([D(2016, 4, 18), D(2016, 5, 2), D(2016, 5, 3)]);
        Vietnam.IsWorkingDay(D(2016, 4, 19)).ShouldBeTrue();
        Vietnam.IsWorkingDay(D(2016, 5, 4)).ShouldBeTrue();
        // 2026: Hùng Kings on Sun 26/4 → Mon 27/4.
        Vietnam.DayOffOn(D(2026, 4, 27))!.Kind.ShouldBe(DayOffKind.Compensatory);
        // 2022: 1/1 on Saturday → Monday 3/1.
        Vietnam.IsWorkingDay(D(2022, 1, 3)).ShouldBeFalse();
        Vietnam.IsWorkingDay(D(2022, 1, 4)).ShouldBeTrue();
    }

    [Fact]
    public void National_day_has_a_second_day_from_2021()
    {
        DaysOff(D(2020, 8, 31), D(2020, 9, 4)).ShouldBe([D(2020, 9, 2)]);
        DaysOff(D(2021, 8, 30), D(2021, 9, 6)).ShouldBe([D(2021, 9, 2), D(2021, 9, 3)]);
        DaysOff(D(2022, 8, 29), D(2022, 9, 5)).ShouldBe([D(2022, 9, 1), D(2022, 9, 2)]);
        DaysOff(D(2023, 8, 28), D(2023, 9, 6)).ShouldBe([D(2023, 9, 1), D(2023, 9, 4)]); // 2/9 Sat → Mon 4/9
        DaysOff(D(2024, 8, 26), D(2024, 9, 6)).ShouldBe([D(2024, 9, 2), D(2024, 9, 3)]);
        DaysOff(D(2025, 8, 25), D(2025, 9, 5)).ShouldBe([D(2025, 9, 1), D(2025, 9, 2)]);
    }

    [Fact]
    public void Every_year_from_2021_has_eleven_holidays_and_the_days_in_lieu_of_those_on_weekends()
    {
        for (var year = 2021; year <= 2035; year++)
        {
            var book = PublicHolidayRuleSet.Statutory;
            var days = PublicHolidayRuleSet.DaysOff(year, book);
            var statutory = days.Count(d => d.Kind == DayOffKind.Statutory);
            var lieu = days.Count(d => d.Kind == DayOffKind.Compensatory);
            (statutory + lieu).ShouldBe(11, $"year {year}");
            days.ShouldAllBe(d => d.Date.Year == year && !PublicHolidayRuleSet.IsWeeklyRest(d.Date));
        }
    }

    [Fact]
    public void Working_days_over_Tet_2024_skip_the_holidays_and_the_days_in_lieu()
    {
        // Tết 2024-02-10 (Sat): 9 Fri, 12 Mon, 13 Tue, in lieu 14 Wed, 15 Thu.
        Vietnam.AddWorkingDays(D(2024, 2, 5), 30).ShouldBe(D(2024, 3, 25));
        WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(D(2024, 2, 5), 30).ShouldBe(D(2024, 3, 18));
        Vietnam.WorkingDaysBetween(D(2024, 2, 8), D(2024, 2, 16)).ShouldBe(1);
        Vietnam.WorkingDaysBetween(D(2024, 2, 7), D(2024, 2, 8)).ShouldBe(1);
        Vietnam.WorkingDaysLeft(D(2024, 2, 8), D(2024, 2, 16)).ShouldBe(1);
    }

    [Fact]
    public void Announced_days_add_days_off_and_declared_working_days_remove_them()
    {
        // The 2024 schedule: off from Thu 8/2 to Wed 14/2; Thu 15/2 worked. A Saturday worked in exchange.
        var calendar = WorkingDayCalendar.Vietnam(
            [new DayOff(D(2024, 2, 8), DayOffKind.Announced, new BilingualLabel("Nghỉ Tết (hoán đổi)", "Tết (swapped)"), null)],
            [D(2024, 2, 15), D(2024, 2, 24)]);
        calendar.IsWorkingDay(D(2024, 2, 7)).ShouldBeTrue();
        calendar.IsWorkingDay(D(2024, 2, 8)).ShouldBeFalse();
        calendar.IsWorkingDay(D(2024, 2, 14)).ShouldBeFalse();
        calendar.IsWorkingDay(D(2024, 2, 15)).ShouldBeTrue();
        calendar.IsWorkingDay(D(2024, 2, 24)).ShouldBeTrue();
        calendar.IsWorkingDay(D(2024, 2, 25)).ShouldBeFalse();
        calendar.DaysOff(D(2024, 2, 5), D(2024, 2, 29)).Select(d => d.Date)
            .ShouldBe([D(2024, 2, 8), D(2024, 2, 9), D(2024, 2, 12), D(2024, 2, 13), D(2024, 2, 14)]);
        calendar.AddWorkingDays(D(2024, 2, 7), 1).ShouldBe(D(2024, 2, 15));
    }

    [Fact]
    public void A_calendar_of_given_days_knows_no_statutory_holiday()
    {
        var calendar = new WorkingDayCalendar([D(2024, 3, 1)]);
        calendar.IsWorkingDay(D(2024, 2, 12)).ShouldBeTrue();
        calendar.IsWorkingDay(D(2024, 3, 1)).ShouldBeFalse();
    }

    [Fact]
    public void The_rule_set_in_force_on_the_date_is_used_and_a_test_book_can_change_it()
    {
        var book = PublicHolidayRuleSet.Statutory.With(
            [.. PublicHolidayRuleSet.All.Take(3), PublicHolidayRuleSet.All[3] with { LunarNewYearDays = 7, LunarNewYearDaysBefore = 2 }]);
        var calendar = WorkingDayCalendar.Vietnam([], [], book);
        // Tết 2025-01-29 (Wed): 27 Mon, 28 Tue, 29, 30, 31, 1 Sat, 2 Sun → Mon 3, Tue 4.
        calendar.DaysOff(D(2025, 1, 20), D(2025, 2, 10)).Select(d => d.Date)
            .ShouldBe([D(2025, 1, 27), D(2025, 1, 28), D(2025, 1, 29), D(2025, 1, 30), D(2025, 1, 31), D(2025, 2, 3), D(2025, 2, 4)]);
        PublicHolidayRuleSet.Statutory.InForceOn(D(2021, 1, 1)).Source.Code.ShouldBe("BLLD-2019");
        PublicHolidayRuleSet.Statutory.InForceOn(D(2020, 12, 31)).Source.Code.ShouldBe("BLLD-2012");
        PublicHolidayRuleSet.Statutory.InForceOn(D(2013, 5, 1)).Source.Code.ShouldBe("BLLD-2012");
        PublicHolidayRuleSet.Statutory.InForceOn(D(2013, 4, 30)).Source.Code.ShouldBe("BLLD-1994-2007");
    }
}

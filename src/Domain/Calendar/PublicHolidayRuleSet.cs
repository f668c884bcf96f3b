using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Calendar;

/// <summary>Why a day is not a working day .</summary>
public enum DayOffKind
{
    /// <summary>A public holiday of the Labour Code (Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh).</summary>
    Statutory,

    /// <summary>The day off in lieu (nghỉ bù) of a holiday that falls on the weekly rest day.</summary>
    Compensatory,

    /// <summary>A day off the government announced for the year (a swapped or bridging day), entered as data.</summary>
    Announced,
}

/// <summary>One day that is not a working day though it is a weekday (or a holiday on a weekend, which brings a day in lieu).</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">Statutory holiday, day in lieu or announced day off.</param>
/// <param name="Name">The holiday's name in Vietnamese and English.</param>
/// <param name="RuleSetCode">The rule set that gives it (null for an announced day).</param>
public sealed record DayOff(DateOnly Date, DayOffKind Kind, BilingualLabel Name, string? RuleSetCode);

/// <summary>
/// The public holidays (ngày nghỉ lễ, tết) of one version of the Labour Code, from which the statutory days off of any
/// year are computed (the lunar ones with <see cref="VietnameseLunarCalendar"/>). The rule set in force on a holiday's
/// date applies to it. What the government announces year by year (the exact days of Tết when the law leaves them to
/// the Prime Minister, swapped days, working Saturdays) is data: the calendar's stored days override the computation.
/// </summary>
/// <param name="Source">The law and the day it applies from.</param>
/// <param name="LunarNewYearDays">Days of Tết Nguyên đán (Tết Âm lịch).</param>
/// <param name="LunarNewYearDaysBefore">How many of them fall before the first day of the lunar year (the last day(s) of the old year).
/// The 1994 code (amended 2007) fixes "one day at the end of the year and three at its start"; the 2012 and 2019 codes
/// leave the days to the Prime Minister, so 1 here is the usual schedule, a default that announced days correct.</param>
/// <param name="HungKingsDay">Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month) is a holiday.</param>
/// <param name="NationalDayDays">Days of Quốc khánh: 2/9 alone, or 2/9 and one adjacent day (2019 code); the adjacent day
/// is chosen by <see cref="NationalDayCompanion"/>, a default that announced days correct.</param>
/// <param name="CompensateWeeklyRest">A holiday on the weekly rest day (Saturday or Sunday for offices, Quyết định 188/1999/QĐ-TTg)
/// gives a day off on the next working day.</param>
public sealed record PublicHolidayRuleSet(
    RuleSource Source,
    int LunarNewYearDays,
    int LunarNewYearDaysBefore,
    bool HungKingsDay,
    int NationalDayDays,
    bool CompensateWeeklyRest) : IRuleSet<PublicHolidayRuleSet>
{
    private static readonly BilingualLabel NewYear = new("Tết Dương lịch", "New Year's Day");
    private static readonly BilingualLabel LunarNewYear = new("Tết Nguyên đán", "Lunar New Year (Tết)");
    private static readonly BilingualLabel HungKings = new("Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day");
    private static readonly BilingualLabel Victory = new("Ngày Chiến thắng", "Reunification Day");
    private static readonly BilingualLabel Labour = new("Ngày Quốc tế Lao động", "International Labour Day");
    private static readonly BilingualLabel National = new("Quốc khánh", "National Day");

    /// <summary>
    /// The Labour Code's holidays since 1995:
    /// <list type="bullet">
    /// <item>Bộ luật Lao động 1994, Điều 73 (in force 1995-01-01): 1/1, Tết 4 days, 30/4, 1/5, 2/9; a holiday on the weekly
    /// rest day is made up on the next day;</item>
    /// <item>Luật sửa đổi, bổ sung Điều 73 của Bộ luật Lao động (Luật 84/2007/QH11, 2007-04-02): adds Giỗ Tổ Hùng Vương
    /// (10/3 lunar); Tết is "one day at the end of the year and three at its start";</item>
    /// <item>Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 (in force 2013-05-01): Tết 5 days; clause 3: a holiday on the
    /// weekly rest day is made up on the next day;</item>
    /// <item>Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 (in force 2021-01-01): Quốc khánh 2 days (2/9 and one day
    /// before or after); 11 days in all; Điều 111 clause 3 and Nghị định 145/2020/NĐ-CP: a holiday on the weekly rest
    /// day is made up on the next working day.</item>
    /// </list>
    /// </summary>
    public static readonly IReadOnlyList<PublicHolidayRuleSet> All =
    [
        new(new RuleSource("BLLD-1994", "Bộ luật Lao động 1994, Điều 73", new DateOnly(1995, 1, 1)) { DocumentDate = new DateOnly(1994, 6, 23) }, 4, 1, false, 1, true),
        new(new RuleSource("BLLD-1994-2007", "Bộ luật Lao động 1994, Điều 73 sửa đổi bởi Luật 84/2007/QH11", new DateOnly(2007, 4, 2)), 4, 1, true, 1, true),
        new(new RuleSource("BLLD-2012", "Bộ luật Lao động 10/2012/QH13, Điều 115", new DateOnly(2013, 5, 1)) { DocumentDate = new DateOnly(2012, 6, 18) }, 5, 1, true, 1, true),
        new(new RuleSource("BLLD-2019", "Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3 và Điều 112; Nghị định 145/2020/NĐ-CP", new DateOnly(2021, 1, 1)) { DocumentDate = new DateOnly(2019, 11, 20) }, 5, 1, true, 2, true),
    ];

    public static RuleBook<PublicHolidayRuleSet> Statutory { get; } = new(
        "Calendar", "calendar.public_holidays", new BilingualLabel("Ngày nghỉ lễ, tết", "Public holidays"), All);

    /// <summary>
    /// The day that joins 2/9 when Quốc khánh has two days and the government has not announced it: the day that makes
    /// the longest break with the weekend (Monday → Tuesday 3/9, Tuesday → Monday 1/9, Thursday → Friday 3/9, Friday →
    /// Thursday 1/9, Saturday → Friday 1/9, Sunday → Monday 3/9; Wednesday → Tuesday 1/9). The 2021-2025 schedules
    /// announced by the government follow it.
    /// </summary>
    public static DateOnly NationalDayCompanion(int year)
    {
        var day = new DateOnly(year, 9, 2);
        return day.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday ? day.AddDays(1) : day.AddDays(-1);
    }

    /// <summary>
    /// The statutory days off of solar year <paramref name="year"/> under the rule sets of <paramref name="book"/> (each
    /// holiday under the version in force on its date; none before the first), with the days in lieu of those that fall
    /// on a Saturday or Sunday. Only weekdays are returned (a holiday on a weekend is already not a working day).
    /// </summary>
    public static IReadOnlyList<DayOff> DaysOff(int year, RuleBook<PublicHolidayRuleSet> book)
    {
        var holidays = new SortedDictionary<DateOnly, (BilingualLabel Name, PublicHolidayRuleSet Rules)>();
        void Add(DateOnly date, BilingualLabel name, Func<PublicHolidayRuleSet, bool>? applies = null)
        {
            if (book.TryInForceOn(date) is { } rules && (applies is null || applies(rules)))
            {
                holidays.TryAdd(date, (name, rules));
            }
        }

        Add(new DateOnly(year, 1, 1), NewYear);
        var tet = VietnameseLunarCalendar.NewYear(year);
        if (book.TryInForceOn(tet) is { } tetRules)
        {
            for (var i = 0; i < tetRules.LunarNewYearDays; i++)
            {
                Add(tet.AddDays(i - tetRules.LunarNewYearDaysBefore), LunarNewYear);
            }
        }

        Add(VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)), HungKings, r => r.HungKingsDay);
        Add(new DateOnly(year, 4, 30), Victory);
        Add(new DateOnly(year, 5, 1), Labour);
        var nationalDay = new DateOnly(year, 9, 2);
        Add(nationalDay, National);
        Add(NationalDayCompanion(year), National, r => r.NationalDayDays >= 2);

        var result = new List<DayOff>();
        var taken = new HashSet<DateOnly>(holidays.Keys);
        foreach (var (date, (name, rules)) in holidays)
        {
            if (!IsWeeklyRest(date))
            {
                result.Add(new DayOff(date, DayOffKind.Statutory, name, rules.Source.Code));
            }
            else if (rules.CompensateWeeklyRest)
            {
                var lieu = date.AddDays(1);
                while (IsWeeklyRest(lieu) || taken.Contains(lieu))
                {
                    lieu = lieu.AddDays(1);
                }

                taken.Add(lieu);
                result.Add(new DayOff(lieu, DayOffKind.Compensatory, new BilingualLabel($"{name.Vi} (nghỉ bù)", $"{name.En} (day off in lieu)"), rules.Source.Code));
            }
        }

        return [.. result.OrderBy(d => d.Date)];
    }

    /// <summary>Saturday and Sunday, the weekly rest of offices (Quyết định 188/1999/QĐ-TTg).</summary>
    public static bool IsWeeklyRest(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

using System.Collections.Concurrent;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Calendar;

/// <summary>
/// Working days for statutory deadlines: Monday to Friday, except days off. <c>Vietnam</c> knows the public
/// holidays of every year, computed from the Labour Code in force (<see cref="PublicHolidayRuleSet"/>, lunar ones
/// included), plus the days the government announces (days off added, days declared working days), which are data.
/// The constructors build a calendar of the given days off only (tests, or a calendar without statutory holidays).
/// </summary>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private static readonly BilingualLabel DayOffLabel = new("Ngày nghỉ", "Day off");

    private readonly Dictionary<DateOnly, DayOff> announced;
    private readonly HashSet<DateOnly> declaredWorkingDays;
    private readonly RuleBook<PublicHolidayRuleSet>? statutory;
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, DayOff>> years = new();

    /// <summary>The working days counted once over whole years (<see cref="WorkingDaysBetween"/>); replaced whole when a count falls outside it.</summary>
    private volatile WorkingDayIndex? index;

    /// <summary>A calendar of the given holidays only (no statutory holidays).</summary>
    public WorkingDayCalendar(IReadOnlySet<DateOnly> holidays)
        : this(holidays.Select(d => new DayOff(d, DayOffKind.Announced, DayOffLabel, null)), [], null)
    {
    }

    /// <summary>A calendar of the given holidays only (no statutory holidays).</summary>
    public WorkingDayCalendar(IEnumerable<DateOnly> holidays)
        : this(holidays.ToHashSet())
    {
    }

    private WorkingDayCalendar(IEnumerable<DayOff> announcedDaysOff, IEnumerable<DateOnly> workingDays, RuleBook<PublicHolidayRuleSet>? statutory)
    {
        announced = [];
        foreach (var day in announcedDaysOff)
        {
            announced.TryAdd(day.Date, day);
        }

        declaredWorkingDays = [.. workingDays];
        this.statutory = statutory;
    }

    /// <summary>Monday to Friday with no holidays.</summary>
    public static WorkingDayCalendar WeekdaysOnly { get; } = new(new HashSet<DateOnly>());

    /// <summary>
    /// Vietnam's calendar: the statutory holidays of every year under <paramref name="rules"/> (the statutory book when
    /// null) with their days in lieu, plus <paramref name="announcedDaysOff"/>, minus <paramref name="declaredWorkingDays"/>
    /// (a computed day off the government moved, or a Saturday worked in exchange).
    /// </summary>
    public static WorkingDayCalendar Vietnam(
        IEnumerable<DayOff> announcedDaysOff, IEnumerable<DateOnly> declaredWorkingDays, RuleBook<PublicHolidayRuleSet>? rules = null) =>
        new(announcedDaysOff, declaredWorkingDays, rules ?? PublicHolidayRuleSet.Statutory);

    /// <summary>Vietnam's calendar with the statutory holidays only.</summary>
    public static WorkingDayCalendar Vietnam() => Vietnam([], []);

    public bool IsWorkingDay(DateOnly date) => DayOffOn(date) is null && (!PublicHolidayRuleSet.IsWeeklyRest(date) || declaredWorkingDays.Contains(date));

    /// <summary>Why <paramref name="date"/> is a day off (null for a working day and for an ordinary weekend day).</summary>
    public DayOff? DayOffOn(DateOnly date)
    {
        if (declaredWorkingDays.Contains(date))
        {
            return null;
        }

        if (announced.TryGetValue(date, out var day))
        {
            return day;
        }

        return statutory is not null && Statutory(date.Year).TryGetValue(date, out day) ? day : null;
    }

    public IReadOnlyList<DayOff> DaysOff(DateOnly from, DateOnly to)
    {
        var days = new List<DayOff>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (DayOffOn(date) is { } day && !PublicHolidayRuleSet.IsWeeklyRest(date))
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>The date that is <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).
    /// Two look-ups in a running count of the working days of whole years, built once per calendar (a due list counts
    /// the days left of thousands of items, each over months: day by day it was most of the list's time, issue 12).
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        if (from.Year < WorkingDayIndex.FirstYear || to.Year > WorkingDayIndex.LastYear)
        {
            return CountDayByDay(from, to);
        }

        var current = index;
        if (current is null || !current.Covers(from, to))
        {
            current = WorkingDayIndex.Build(this, Math.Min(from.Year, current?.FirstCounted ?? from.Year), Math.Max(to.Year, current?.LastCounted ?? to.Year));
            index = current;
        }

        return current.Before(to.AddDays(1)) - current.Before(from.AddDays(1));
    }

    /// <summary>The working days of (<paramref name="from"/>, <paramref name="to"/>] counted one day at a time: the rule the index sums.</summary>
    internal int CountDayByDay(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Working days left on <paramref name="asOf"/> until <paramref name="dueDate"/>: 0 on the due date itself,
    /// negative once it has passed (the working days since, and at least -1 on a day off right after the due date).
    /// </summary>
    public int WorkingDaysLeft(DateOnly asOf, DateOnly dueDate) =>
        asOf <= dueDate ? WorkingDaysBetween(asOf, dueDate) : -Math.Max(1, WorkingDaysBetween(dueDate, asOf));

    private IReadOnlyDictionary<DateOnly, DayOff> Statutory(int year) =>
        years.GetOrAdd(year, y => y is < 1900 or > 2199
            ? new Dictionary<DateOnly, DayOff>()
            : PublicHolidayRuleSet.DaysOff(y, statutory!).ToDictionary(d => d.Date));

    /// <summary>
    /// The working days before each day of the years <see cref="FirstCounted"/> to <see cref="LastCounted"/>, counted
    /// from 1 January of the first: the count over a span is the difference of two entries. Immutable; a calendar
    /// swaps in a wider one when asked beyond it (the statutory holidays and the announced days are fixed per calendar).
    /// </summary>
    private sealed class WorkingDayIndex
    {
        /// <summary>The years an index may span (the API's dates lie within them; outside, days are counted one by one).</summary>
        public const int FirstYear = 1900;

        public const int LastYear = 2199;

        private readonly int origin;
        private readonly int[] before;

        private WorkingDayIndex(int firstCounted, int lastCounted, int[] before)
        {
            FirstCounted = firstCounted;
            LastCounted = lastCounted;
            origin = new DateOnly(firstCounted, 1, 1).DayNumber;
            this.before = before;
        }

        public int FirstCounted { get; }

        public int LastCounted { get; }

        public static WorkingDayIndex Build(WorkingDayCalendar calendar, int firstYear, int lastYear)
        {
            var start = new DateOnly(firstYear, 1, 1);
            var days = new DateOnly(lastYear, 12, 31).DayNumber - start.DayNumber + 1;
            // before[i]: working days in [start, start + i); one entry past the last day.
            var before = new int[days + 1];
            for (var i = 0; i < days; i++)
            {
                before[i + 1] = before[i] + (calendar.IsWorkingDay(start.AddDays(i)) ? 1 : 0);
            }

            return new WorkingDayIndex(firstYear, lastYear, before);
        }

        /// <summary>Whether the counts before the days after <paramref name="from"/> and <paramref name="to"/> are within the index.</summary>
        public bool Covers(DateOnly from, DateOnly to) => from.Year >= FirstCounted && to.Year <= LastCounted;

        /// <summary>Working days from 1 January of the first year to the day before <paramref name="day"/>.</summary>
        public int Before(DateOnly day) => before[day.DayNumber - origin];
    }
}

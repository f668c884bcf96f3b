using PartyCommittee.Domain.Common;
namespace PartyCommittee.Domain.Calendar;

/// <summary>
/// Working days for statutory deadlines: Monday to Friday, except public holidays (and the days off they bring),
/// which are configured in the database because the government sets them year by year.
/// </summary>
public sealed class WorkingDayCalendar(IReadOnlySet<DateOnly> holidays)
{
    /// <summary>A calendar of the given holidays (only those in the range the caller works on need be given).</summary>
    public WorkingDayCalendar(IEnumerable<DateOnly> holidays)
        : this(holidays.ToHashSet())
    {
    }

    /// <summary>Monday to Friday with no holidays.</summary>
    public static WorkingDayCalendar WeekdaysOnly { get; } = new(new HashSet<DateOnly>());

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

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

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
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
}

/// <summary>A public holiday or official day off (ngày nghỉ lễ, Tết) that does not count as a working day.</summary>
public sealed class PublicHoliday : AggregateRoot
{
    public PublicHoliday(Guid id, DateOnly date, string nameVi, string nameEn)
        : base(id)
    {
        Date = date;
        NameVi = Names.Normalize(nameVi, NameKind.Organization);
        NameEn = Names.Normalize(nameEn, NameKind.Organization);
    }

    public DateOnly Date { get; private set; }

    public string NameVi { get; private set; }

    public string NameEn { get; private set; }

    public void Rename(string nameVi, string nameEn)
    {
        NameVi = Names.Normalize(nameVi, NameKind.Organization);
        NameEn = Names.Normalize(nameEn, NameKind.Organization);
    }

    /// <summary>Moves the day off to another date (the government sometimes swaps days off).</summary>
    public void Reschedule(DateOnly date) => Date = date;
}

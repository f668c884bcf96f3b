namespace PartyCommittee.Domain.Calendar;

/// <summary>
/// Working days for statutory deadlines. Aggregates take one (with today's date) and count on it; the application
/// builds one per request that knows every year (<c>WorkingDayCalendar.Vietnam</c>), so nothing has to be
/// loaded "far enough" for a deadline.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>Monday to Friday, unless a day off (holiday, day in lieu, announced day); a day declared a working day is one.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>The date that is <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day not counted).</summary>
    DateOnly AddWorkingDays(DateOnly start, int workingDays);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);

    /// <summary>Working days left on <paramref name="asOf"/> until <paramref name="dueDate"/>: 0 on the due date, negative once it has passed.</summary>
    int WorkingDaysLeft(DateOnly asOf, DateOnly dueDate);

    /// <summary>The days off (weekdays that are not working days) from <paramref name="from"/> to <paramref name="to"/>, both included, with why.</summary>
    IReadOnlyList<DayOff> DaysOff(DateOnly from, DateOnly to);
}

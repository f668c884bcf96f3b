namespace PartyCommittee.Domain.Common;

/// <summary>
/// Working days for statutory deadlines: Monday to Friday, except public holidays (and the days off they bring),
/// which are configured in the database because the government sets them year by year.
/// </summary>
public sealed class WorkingDayCalendar(IReadOnlySet<DateOnly> holidays)
{
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
}

/// <summary>A public holiday or official day off (ngày nghỉ lễ, Tết) that does not count as a working day.</summary>
public sealed class PublicHoliday : AggregateRoot
{
    public PublicHoliday(Guid id, DateOnly date, string nameVi, string nameEn)
        : base(id)
    {
        Date = date;
        NameVi = VietnameseText.Clean(nameVi);
        NameEn = nameEn.Trim();
    }

    public DateOnly Date { get; private set; }

    public string NameVi { get; private set; }

    public string NameEn { get; private set; }

    public void Rename(string nameVi, string nameEn)
    {
        NameVi = VietnameseText.Clean(nameVi);
        NameEn = nameEn.Trim();
    }
}

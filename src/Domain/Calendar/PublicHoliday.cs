using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Calendar;

/// <summary>What a stored calendar day says about its date.</summary>
public enum CalendarEntryKind
{
    /// <summary>The date is a day off (an announced holiday, a swapped or bridging day), whatever the computation says.</summary>
    DayOff,

    /// <summary>The date is a working day: a computed day off the government moved elsewhere, or a Saturday worked in exchange.</summary>
    WorkingDay,
}

/// <summary>
/// A day the government announced for the working-day calendar: a day off (ngày nghỉ lễ, Tết, a swapped day) that does
/// not count as a working day, or a working day (a computed holiday moved elsewhere, a Saturday worked in exchange).
/// The statutory holidays are computed (<see cref="PublicHolidayRuleSet"/>); only what differs is stored.
/// </summary>
public sealed class PublicHoliday : AggregateRoot
{
    public PublicHoliday(Guid id, DateOnly date, string nameVi, string nameEn, CalendarEntryKind kind = CalendarEntryKind.DayOff)
        : base(id)
    {
        Date = date;
        NameVi = Names.Normalize(nameVi, NameKind.Organization);
        NameEn = Names.Normalize(nameEn, NameKind.Organization);
        Kind = kind;
    }

    public DateOnly Date { get; private set; }

    public string NameVi { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>A day off (the default) or a day declared a working day.</summary>
    public CalendarEntryKind Kind { get; private set; }

    public void Rename(string nameVi, string nameEn)
    {
        NameVi = Names.Normalize(nameVi, NameKind.Organization);
        NameEn = Names.Normalize(nameEn, NameKind.Organization);
    }

    /// <summary>Moves the day to another date (the government sometimes swaps days off).</summary>
    public void Reschedule(DateOnly date) => Date = date;

    /// <summary>Makes the entry a day off or a working day.</summary>
    public void Declare(CalendarEntryKind kind) => Kind = kind;

    /// <summary>The entry as the calendar reads it (a day off), or null for a working day.</summary>
    public DayOff? AsDayOff() => Kind == CalendarEntryKind.DayOff
        ? new DayOff(Date, DayOffKind.Announced, new BilingualLabel(NameVi, NameEn), null)
        : null;
}

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Calendar;

/// <summary>
/// The working-day calendar of a request: Vietnam's statutory holidays of every year (computed) with the days the
/// government announced (the stored calendar days: days off added, days declared working days). Registered scoped;
/// handlers take it by constructor and hand the calendar to the aggregate with today's date.
/// </summary>
public interface IWorkingDayCalendarSource
{
    /// <summary>The calendar, built once per request (the stored days are a small table, read whole the first time).</summary>
    ValueTask<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken);
}

/// <summary>The scoped <see cref="IWorkingDayCalendarSource"/>: the rule book registered for public holidays and the request's data.</summary>
internal sealed class WorkingDayCalendarSource(IAppDbContext db, RuleBook<PublicHolidayRuleSet> rules) : IWorkingDayCalendarSource
{
    public ValueTask<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken) => db.WorkingDayCalendarAsync(rules, cancellationToken);
}

/// <summary>
/// Builds the <see cref="WorkingDayCalendar"/> of a request from the stored calendar days, once per data context (so
/// once per request, whoever asks first). The calendar knows every year, so a deadline never needs "enough" holidays
/// loaded; <see cref="LoadAsync"/> and <see cref="LoadCoveringAsync"/> keep their signatures for existing callers.
/// </summary>
public static class WorkingDayCalendars
{
    private static readonly ConditionalWeakTable<IAppDbContext, WorkingDayCalendar> Cache = [];

    /// <summary>The calendar of this data context's request (statutory holidays under <paramref name="rules"/>, the statutory book when null).</summary>
    public static async ValueTask<WorkingDayCalendar> WorkingDayCalendarAsync(
        this IAppDbContext db, RuleBook<PublicHolidayRuleSet>? rules, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(db, out var cached))
        {
            return cached;
        }

        var stored = await db.PublicHolidays.AsNoTracking().ToListAsync(cancellationToken);
        var calendar = WorkingDayCalendar.Vietnam(
            stored.Select(h => h.AsDayOff()).OfType<DayOff>(),
            stored.Where(h => h.Kind == CalendarEntryKind.WorkingDay).Select(h => h.Date),
            rules);
        Cache.AddOrUpdate(db, calendar);
        return calendar;
    }

    /// <summary>Drops the request's calendar after its stored days changed (the next read builds it again).</summary>
    public static void ForgetWorkingDayCalendar(this IAppDbContext db) => Cache.Remove(db);

    /// <summary>The request's calendar (it knows every year; <paramref name="from"/> and <paramref name="to"/> are no longer needed).</summary>
    public static async Task<WorkingDayCalendar> LoadAsync(this IAppDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.WorkingDayCalendarAsync(null, cancellationToken);

    /// <summary>
    /// The request's calendar and the last day of <paramref name="to"/> and the ends of <paramref name="periods"/>
    /// (start, working days): every period ends exactly, since the calendar knows every year.
    /// </summary>
    public static async Task<(WorkingDayCalendar Calendar, DateOnly CoveredTo)> LoadCoveringAsync(
        this IAppDbContext db, DateOnly from, DateOnly to, IReadOnlyCollection<(DateOnly Start, int WorkingDays)> periods, CancellationToken cancellationToken)
    {
        var calendar = await db.WorkingDayCalendarAsync(null, cancellationToken);
        var end = periods.Select(p => calendar.AddWorkingDays(p.Start, p.WorkingDays)).Append(to).Max();
        return (calendar, end);
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Calendar;

/// <summary>
/// Builds <see cref="WorkingDayCalendar"/>s from the public holidays stored in the database, loading only the
/// holidays of the date range at hand.
/// </summary>
public static class WorkingDayCalendars
{
    private const int MaxExtensions = 8;

    /// <summary>A calendar that knows the holidays from <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
    public static async Task<WorkingDayCalendar> LoadAsync(this IAppDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var dates = await db.PublicHolidays.AsNoTracking()
            .Where(h => h.Date >= from && h.Date <= to)
            .Select(h => h.Date)
            .ToListAsync(cancellationToken);
        return new WorkingDayCalendar(dates);
    }

    /// <summary>
    /// A calendar that knows the holidays from <paramref name="from"/> to at least <paramref name="to"/> and far
    /// enough to end every period in <paramref name="periods"/> (start, working days) exactly: the range is widened
    /// until each period's last day falls inside the holidays loaded.
    /// </summary>
    public static async Task<(WorkingDayCalendar Calendar, DateOnly CoveredTo)> LoadCoveringAsync(
        this IAppDbContext db, DateOnly from, DateOnly to, IReadOnlyCollection<(DateOnly Start, int WorkingDays)> periods, CancellationToken cancellationToken)
    {
        var end = periods.Select(p => p.Start.AddDays((2 * p.WorkingDays) + 14)).Append(to).Max();
        for (var attempt = 0; attempt < MaxExtensions; attempt++)
        {
            var calendar = await db.LoadAsync(from, end, cancellationToken);
            if (periods.All(p => calendar.AddWorkingDays(p.Start, p.WorkingDays) <= end))
            {
                return (calendar, end);
            }

            end = end.AddDays(366);
        }

        throw new DomainRuleException("calendar.range_too_long", "No working day was found within a reasonable range.", RuleViolationKind.Unprocessable);
    }
}

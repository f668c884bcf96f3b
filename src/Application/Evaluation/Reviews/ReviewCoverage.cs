using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.Reviews;

/// <summary>Who was to be reviewed in a cell in a month, and who was not.</summary>
/// <param name="CellId">The cell.</param>
/// <param name="CellName">Its name.</param>
/// <param name="Year">Year.</param>
/// <param name="Month">Month.</param>
/// <param name="RosterDate">The day whose members count: the month's regular meeting, else the month's last day (today, for the current month).</param>
/// <param name="RegularMeetingOn">The day of the month's regular meeting, if held.</param>
/// <param name="Expected">Probationary and full members counted in the cell that day.</param>
/// <param name="Missing">Of them, those without a review for the month.</param>
public sealed record CellMonthReviews(
    Guid CellId, string CellName, int Year, int Month, DateOnly RosterDate, DateOnly? RegularMeetingOn, IReadOnlyList<Guid> Expected, IReadOnlyList<Guid> Missing);

public static class ReviewCoverage
{
    /// <summary>
    /// The review figures of each cell among <paramref name="organizationIds"/> (null: every cell) existing in the
    /// month; months that have not begun on <paramref name="today"/> give nothing.
    /// </summary>
    public static async Task<List<CellMonthReviews>> ForMonthAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid>? organizationIds, int year, int month, DateOnly today, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        if (first > today)
        {
            return [];
        }

        var last = first.AddMonths(1).AddDays(-1);
        var end = last < today ? last : today;
        var cellsQuery = db.Organizations.AsNoTracking()
            .Where(o => o.Type == OrganizationType.PartyCell && o.EstablishedOn <= end && (o.DissolvedOn == null || o.DissolvedOn > first));
        if (organizationIds is not null)
        {
            cellsQuery = cellsQuery.Where(o => organizationIds.Contains(o.Id));
        }

        var cells = await cellsQuery.Select(o => new { o.Id, o.Name, o.DissolvedOn }).ToListAsync(cancellationToken);
        var cellIds = cells.Select(c => c.Id).ToList();
        var regular = (await db.CellMeetings.AsNoTracking()
                .Where(m => cellIds.Contains(m.OrganizationId) && m.Kind == MeetingKind.Regular && m.HeldOn >= first && m.HeldOn <= last)
                .Select(m => new { m.OrganizationId, m.HeldOn }).ToListAsync(cancellationToken))
            .GroupBy(m => m.OrganizationId).ToDictionary(g => g.Key, g => g.Min(m => m.HeldOn));
        var reviewed = (await db.MonthlyReviews.AsNoTracking().Where(r => r.Year == year && r.Month == month).Select(r => r.MemberId).ToListAsync(cancellationToken)).ToHashSet();

        var result = new List<CellMonthReviews>();
        foreach (var group in cells.GroupBy(c => regular.TryGetValue(c.Id, out var held) ? held : c.DissolvedOn is { } d && d <= end ? d.AddDays(-1) : end))
        {
            var ids = group.Select(c => c.Id).ToList();
            var roster = await db.RosterOnAsync(ids, group.Key, cancellationToken);
            foreach (var cell in group)
            {
                var expected = roster.Where(r => r.OrganizationId == cell.Id && r.IsExpected).Select(r => r.MemberId).ToList();
                result.Add(new CellMonthReviews(
                    cell.Id, cell.Name, year, month, group.Key, regular.TryGetValue(cell.Id, out var held) ? held : null,
                    expected, [.. expected.Where(m => !reviewed.Contains(m))]));
            }
        }

        return [.. result.OrderBy(r => r.CellName, StringComparer.Ordinal)];
    }
}

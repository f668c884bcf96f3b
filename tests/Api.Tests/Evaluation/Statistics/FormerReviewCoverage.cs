using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Api.Tests.Evaluation.Statistics;

/// <summary>
/// The former review months of the statistics (issue 12, modstats), frozen here as the reference of the equality tests
/// (ratingagg): the year's placements, counted statuses, exemptions or suspensions and reviews read once as scalar rows,
/// the rosters evaluated in memory per cell and month with the member lists.
/// </summary>
public static class FormerReviewCoverage
{
    /// <summary>
    /// The figures of <see cref="ReviewCoverage.ForMonthAsync"/> for every month of <paramref name="year"/> begun on
    /// <paramref name="today"/>, in month order, read with a handful of queries for the whole year (the cells, their
    /// regular meetings, the placements, counted statuses and exemptions or suspensions of the year as scalar
    /// projections, and the reviews of the year) instead of one roster query per month and roster day: the rosters are
    /// then evaluated in memory with the rule of <see cref="EvaluationAccess.RosterOnAsync"/>.
    /// </summary>
    public static async Task<List<CellMonthReviews>> FormerForYearAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid>? organizationIds, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var yearFirst = new DateOnly(year, 1, 1);
        if (yearFirst > today)
        {
            return [];
        }

        var yearLast = new DateOnly(year, 12, 31);
        var yearEnd = yearLast < today ? yearLast : today;
        var cellsQuery = db.Organizations.AsNoTracking()
            .Where(o => o.Type == OrganizationType.PartyCell && o.EstablishedOn <= yearEnd && (o.DissolvedOn == null || o.DissolvedOn > yearFirst));
        if (organizationIds is not null)
        {
            cellsQuery = cellsQuery.Where(o => organizationIds.Contains(o.Id));
        }

        var cells = await cellsQuery.Select(o => new { o.Id, o.Name, o.EstablishedOn, o.DissolvedOn }).ToListAsync(cancellationToken);
        var cellIds = cells.Select(c => c.Id).ToList();
        var regular = (await db.CellMeetings.AsNoTracking()
                .Where(m => cellIds.Contains(m.OrganizationId) && m.Kind == MeetingKind.Regular && m.HeldOn >= yearFirst && m.HeldOn <= yearLast)
                .Select(m => new { m.OrganizationId, m.HeldOn }).ToListAsync(cancellationToken))
            .GroupBy(m => (m.OrganizationId, m.HeldOn.Month)).ToDictionary(g => g.Key, g => g.Min(m => m.HeldOn));

        var placementQuery = db.MemberPlacements.AsNoTracking()
            .Where(p => cellIds.Contains(p.OrganizationId) && p.StartsOn <= yearEnd && (p.EndsOn == null || p.EndsOn > yearFirst));
        var placements = (await placementQuery.Select(p => new { p.MemberId, p.OrganizationId, p.StartsOn, p.EndsOn }).ToListAsync(cancellationToken))
            .ToLookup(p => p.OrganizationId);
        var placed = placementQuery.Select(p => p.MemberId);
        var statuses = (await db.MemberStatusPeriods.AsNoTracking()
                .Where(s => placed.Contains(s.MemberId) && s.StartsOn <= yearEnd && (s.EndsOn == null || s.EndsOn > yearFirst) && MembershipLabels.CountedStatuses.Contains(s.Status))
                .Select(s => new { s.MemberId, s.Status, s.StartsOn, s.EndsOn }).ToListAsync(cancellationToken))
            .ToLookup(s => s.MemberId);
        var excusals = (await db.Set<MemberCondition>().AsNoTracking()
                .Where(c => placed.Contains(c.MemberId) && c.StartsOn <= yearEnd && (c.EndsOn == null || c.EndsOn >= yearFirst)
                    && (c.Kind == MemberConditionKind.Exemption || c.Kind == MemberConditionKind.Suspension))
                .Select(c => new { c.MemberId, c.StartsOn, c.EndsOn }).ToListAsync(cancellationToken))
            .ToLookup(c => c.MemberId);
        var reviewed = (await db.MonthlyReviews.AsNoTracking().Where(r => r.Year == year).Select(r => new { r.MemberId, r.Month }).ToListAsync(cancellationToken))
            .ToLookup(r => r.Month, r => r.MemberId);

        var result = new List<CellMonthReviews>();
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            if (first > today)
            {
                break;
            }

            var last = first.AddMonths(1).AddDays(-1);
            var end = last < today ? last : today;
            var reviewedThisMonth = reviewed[month].ToHashSet();
            var rows = new List<CellMonthReviews>();
            foreach (var cell in cells.Where(c => c.EstablishedOn <= end && (c.DissolvedOn == null || c.DissolvedOn > first)))
            {
                DateOnly? held = regular.TryGetValue((cell.Id, month), out var h) ? h : null;
                var day = held ?? (cell.DissolvedOn is { } d && d <= end ? d.AddDays(-1) : end);
                var expected = placements[cell.Id]
                    .Where(p => p.StartsOn <= day && (p.EndsOn == null || p.EndsOn > day))
                    .Select(p => p.MemberId)
                    .Distinct()
                    .Where(m => statuses[m].FirstOrDefault(s => s.StartsOn <= day && (s.EndsOn == null || s.EndsOn > day)) is { } status
                        && new RosterRow(m, cell.Id, status.Status, excusals[m].Any(c => c.StartsOn <= day && (c.EndsOn == null || c.EndsOn >= day))).IsExpected)
                    .ToList();
                rows.Add(new CellMonthReviews(cell.Id, cell.Name, year, month, day, held, expected, [.. expected.Where(m => !reviewedThisMonth.Contains(m))]));
            }

            result.AddRange(rows.OrderBy(r => r.CellName, StringComparer.Ordinal));
        }

        return result;
    }
}

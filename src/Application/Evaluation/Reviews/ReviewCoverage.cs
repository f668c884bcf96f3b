using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
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

/// <summary>The counts of <see cref="CellMonthReviews"/>: who was to be reviewed in a cell in a month, and who was not.</summary>
/// <param name="CellId">The cell.</param>
/// <param name="CellName">Its name.</param>
/// <param name="Year">Year.</param>
/// <param name="Month">Month.</param>
/// <param name="RosterDate">The day whose members count: the month's regular meeting, else the month's last day (today, for the current month).</param>
/// <param name="RegularMeetingOn">The day of the month's regular meeting, if held.</param>
/// <param name="Expected">Probationary and full members counted in the cell that day.</param>
/// <param name="Missing">Of them, those without a review for the month.</param>
public sealed record CellMonthReviewCount(
    Guid CellId, string CellName, int Year, int Month, DateOnly RosterDate, DateOnly? RegularMeetingOn, int Expected, int Missing);

/// <summary>
/// Members of a cell with a counted status over the same days of a year (<see cref="ReviewCoverage.RosterIntervalsAsync"/>).
/// </summary>
/// <param name="CellId">The cell they are placed in.</param>
/// <param name="Status">Their status over these days (probationary or full).</param>
/// <param name="StartsOn">The first day (1 January at the earliest).</param>
/// <param name="EndsOn">The day they are no longer counted here (exclusive); null: not before the year's end.</param>
/// <param name="ExcusedMemberId">The member, when he has an exemption or suspension overlapping the year (then <see cref="Members"/> is 1); null otherwise.</param>
/// <param name="ReviewedMonths">The months of the year they were reviewed in, as bits (<see cref="MonthBit"/>).</param>
/// <param name="Members">How many members.</param>
public sealed record RosterInterval(Guid CellId, MemberStatus Status, DateOnly StartsOn, DateOnly? EndsOn, Guid? ExcusedMemberId, int ReviewedMonths, int Members)
{
    /// <summary>The bit of <paramref name="month"/> in <see cref="ReviewedMonths"/>.</summary>
    public static int MonthBit(int month) => 1 << (month - 1);
}

public static class ReviewCoverage
{
    /// <summary>
    /// The review figures of a page of the cells among <paramref name="organizationIds"/> (null: every cell) existing in
    /// the month, in name order (folded, then the name, then the id), with how many cells there are; months that have
    /// not begun on <paramref name="today"/> give nothing. Only the page's cells are read member by member (ADR 0074).
    /// </summary>
    public static async Task<(List<CellMonthReviews> Cells, int TotalCells)> ForMonthAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid>? organizationIds, int year, int month, DateOnly today, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        if (first > today)
        {
            return ([], 0);
        }

        var last = first.AddMonths(1).AddDays(-1);
        var end = last < today ? last : today;
        var cellsQuery = db.Organizations.AsNoTracking()
            .Where(o => o.Type == OrganizationType.PartyCell && o.EstablishedOn <= end && (o.DissolvedOn == null || o.DissolvedOn > first));
        if (organizationIds is not null)
        {
            cellsQuery = cellsQuery.Where(o => organizationIds.Contains(o.Id));
        }

        var all = await cellsQuery.Select(o => new { o.Id, o.Name, o.NameFolded, o.DissolvedOn }).ToListAsync(cancellationToken);
        var cells = all.InNameOrder(c => c.NameFolded, c => c.Name, c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var cellIds = cells.Select(c => c.Id).ToList();
        var regular = (await db.CellMeetings.AsNoTracking()
                .Where(m => cellIds.Contains(m.OrganizationId) && m.Kind == MeetingKind.Regular && m.HeldOn >= first && m.HeldOn <= last)
                .Select(m => new { m.OrganizationId, m.HeldOn }).ToListAsync(cancellationToken))
            .GroupBy(m => m.OrganizationId).ToDictionary(g => g.Key, g => g.Min(m => m.HeldOn));

        // The roster day of each cell (its regular meeting, else the day before its dissolution, else the month's end);
        // the cells of one day share one roster read, grouped by cell once (matching it to each cell cost cells × members).
        var rosterDay = cells.ToDictionary(
            c => c.Id, c => regular.TryGetValue(c.Id, out var held) ? held : c.DissolvedOn is { } d && d <= end ? d.AddDays(-1) : end);
        var expected = new Dictionary<Guid, List<Guid>>();
        foreach (var group in cells.GroupBy(c => rosterDay[c.Id]))
        {
            var roster = (await db.RosterOnAsync([.. group.Select(c => c.Id)], group.Key, cancellationToken))
                .Where(r => r.IsExpected).ToLookup(r => r.OrganizationId, r => r.MemberId);
            foreach (var cell in group)
            {
                expected[cell.Id] = [.. roster[cell.Id]];
            }
        }

        var members = expected.Values.SelectMany(m => m).Distinct().ToList();
        var reviewed = (await db.MonthlyReviews.AsNoTracking().Where(r => r.Year == year && r.Month == month && members.Contains(r.MemberId))
            .Select(r => r.MemberId).ToListAsync(cancellationToken)).ToHashSet();
        var result = cells.Select(cell => new CellMonthReviews(
            cell.Id, cell.Name, year, month, rosterDay[cell.Id], regular.TryGetValue(cell.Id, out var held) ? held : null,
            expected[cell.Id], [.. expected[cell.Id].Where(m => !reviewed.Contains(m))])).ToList();
        return (result, all.Count);
    }

    /// <summary>
    /// The figures of <see cref="ForMonthAsync"/> for every month of <paramref name="year"/> begun on
    /// <paramref name="today"/>, in month order, as counts (issue 12, ratingagg): the same roster day per cell and month
    /// (the month's first regular meeting, else the day before the cell's dissolution, else the month's last day or
    /// today) and the same rule for who is expected on it (<see cref="RosterRow.IsExpected"/>: placed in the cell,
    /// probationary or full, neither exempt nor suspended). Two sources give the same figures (equality tests):
    /// <list type="bullet">
    /// <item><paramref name="fromDatedCounts"/> (ADR 0061): the dated counts' <see cref="MembershipCountChanges.Roster"/>
    /// and <see cref="MembershipCountChanges.Reviewed"/> rows, kept in the save that changes a member's history, reviews
    /// or conditions. The roster of a day D is the cell's open pieces less the roster changes after D, so the rows read
    /// are the subtree's changes since 1 January of the year, not its members. Only when the dated counts are complete
    /// (no backfill pending: <see cref="Membership.Statistics.DatedCounts.ReadyAsync"/>).</item>
    /// <item>otherwise <see cref="RosterIntervalsAsync"/>: the members' placement × status intervals of the year grouped
    /// in SQL, so that the members placed and counted all year in a cell are one row per cell.</item>
    /// </list>
    /// </summary>
    public static async Task<List<CellMonthReviewCount>> CountForYearAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid>? organizationIds, int year, DateOnly today, CancellationToken cancellationToken, bool fromDatedCounts = false)
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

        var cells = (await cellsQuery.Select(o => new { o.Id, o.Name, o.NameFolded, o.EstablishedOn, o.DissolvedOn }).ToListAsync(cancellationToken))
            .InNameOrder(c => c.NameFolded, c => c.Name, c => c.Id).ToList();
        var cellIds = cells.Select(c => c.Id).ToList();
        var regular = (await db.CellMeetings.AsNoTracking()
                .Where(m => cellIds.Contains(m.OrganizationId) && m.Kind == MeetingKind.Regular && m.HeldOn >= yearFirst && m.HeldOn <= yearLast)
                .Select(m => new { m.OrganizationId, m.HeldOn }).ToListAsync(cancellationToken))
            .GroupBy(m => (m.OrganizationId, m.HeldOn.Month)).ToDictionary(g => g.Key, g => g.Min(m => m.HeldOn));

        var figures = fromDatedCounts
            ? await FromDatedCountsAsync(db, cellIds, year, cancellationToken)
            : await FromIntervalsAsync(db, cellIds, year, yearEnd, cancellationToken);

        var result = new List<CellMonthReviewCount>();
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            if (first > today)
            {
                break;
            }

            var last = first.AddMonths(1).AddDays(-1);
            var end = last < today ? last : today;
            foreach (var cell in cells.Where(c => c.EstablishedOn <= end && (c.DissolvedOn == null || c.DissolvedOn > first)))
            {
                DateOnly? held = regular.TryGetValue((cell.Id, month), out var h) ? h : null;
                var day = held ?? (cell.DissolvedOn is { } d && d <= end ? d.AddDays(-1) : end);
                var (expected, missing) = figures(cell.Id, day, month);
                result.Add(new CellMonthReviewCount(cell.Id, cell.Name, year, month, day, held, expected, missing));
            }
        }

        return result;
    }

    /// <summary>The expected and missing reviews of a cell on its roster day of a month.</summary>
    private delegate (int Expected, int Missing) CellDayFigures(Guid cellId, DateOnly day, int month);

    /// <summary>
    /// <see cref="CountForYearAsync"/> from the dated counts (ADR 0061): two reads — each cell's
    /// <see cref="MembershipCountChanges.RosterOpen"/> row, and the cells' roster changes from 1 January of
    /// <paramref name="year"/> on (later days included: the roster of a day is the open pieces less the changes after
    /// it) with their reviewed changes of the year's months.
    /// </summary>
    private static async Task<CellDayFigures> FromDatedCountsAsync(IAppDbContext db, List<Guid> cellIds, int year, CancellationToken cancellationToken)
    {
        var yearFirst = new DateOnly(year, 1, 1);
        // Each read over both tables of the dated counts (merged and staged, ADR 0082); the rows are summed here.
        var open = (await db.DatedCountChanges(changes => changes
                    .Where(c => cellIds.Contains(c.OrganizationId) && c.Day == DateOnly.MinValue && c.Dimension == MembershipCountChanges.RosterOpen)
                    .Select(c => new { c.OrganizationId, c.Delta }))
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.OrganizationId).ToDictionary(g => g.Key, g => g.Sum(c => c.Delta));
        // Each dimension through the key's own range (organisation, dimension, value, day): an index by day (the table had
        // one until ADR 0070) would also read every other dimension's changes after 1 January, future age and seniority
        // bands included (~6 per member). One statement of two arms (UNION ALL), not one OR: each arm is a range of the
        // key, which SQLite's planner takes with or without the table's statistics (ADR 0062: with WITHOUT ROWID and no
        // statistics, it chose the day index for the OR).
        var values = Enumerable.Range(1, 12).Select(m => MembershipCountChanges.ReviewedValue(year, m)).ToArray();
        string january = values[0], december = values[11];
        var rows = await db.DatedCountChanges(all =>
            {
                var changes = all.Where(c => cellIds.Contains(c.OrganizationId));
                return changes
                    .Where(c => c.Dimension == MembershipCountChanges.Roster && c.Value == MembershipCountChanges.Counted && c.Day >= yearFirst)
                    .Select(c => new { c.OrganizationId, c.Dimension, c.Value, c.Day, c.Delta })
                    .Concat(changes
                        .Where(c => c.Dimension == MembershipCountChanges.Reviewed && string.Compare(c.Value, january) >= 0 && string.Compare(c.Value, december) <= 0)
                        .Select(c => new { c.OrganizationId, c.Dimension, c.Value, c.Day, c.Delta }));
            })
            .ToListAsync(cancellationToken);
        var roster = rows.Where(r => r.Dimension == MembershipCountChanges.Roster).ToLookup(r => r.OrganizationId, r => (r.Day, r.Delta));
        var reviewed = rows.Where(r => r.Dimension == MembershipCountChanges.Reviewed).ToLookup(r => (r.OrganizationId, r.Value), r => (r.Day, r.Delta));
        return (cellId, day, month) =>
        {
            var expected = open.GetValueOrDefault(cellId) - roster[cellId].Where(r => r.Day > day).Sum(r => r.Delta);
            var done = reviewed[(cellId, values[month - 1])].Where(r => r.Day <= day).Sum(r => r.Delta);
            return (expected, expected - done);
        };
    }

    /// <summary><see cref="CountForYearAsync"/> from <see cref="RosterIntervalsAsync"/> and the excused members' conditions.</summary>
    private static async Task<CellDayFigures> FromIntervalsAsync(IAppDbContext db, List<Guid> cellIds, int year, DateOnly yearEnd, CancellationToken cancellationToken)
    {
        var yearFirst = new DateOnly(year, 1, 1);
        var intervals = (await db.RosterIntervalsAsync(cellIds, year, yearEnd, cancellationToken)).ToLookup(i => i.CellId);
        var excusedIds = intervals.SelectMany(g => g).Where(i => i.ExcusedMemberId is not null).Select(i => i.ExcusedMemberId!.Value).Distinct().ToList();
        var excusals = (excusedIds.Count == 0
                ? []
                : await db.Set<MemberCondition>().AsNoTracking()
                    .Where(c => excusedIds.Contains(c.MemberId) && c.StartsOn <= yearEnd && (c.EndsOn == null || c.EndsOn >= yearFirst)
                        && (c.Kind == MemberConditionKind.Exemption || c.Kind == MemberConditionKind.Suspension))
                    .Select(c => new ExcusalDays(c.MemberId, c.StartsOn, c.EndsOn)).ToListAsync(cancellationToken))
            .ToLookup(c => c.MemberId);
        return (cellId, day, month) =>
        {
            var bit = RosterInterval.MonthBit(month);
            int expected = 0, missing = 0;
            foreach (var interval in intervals[cellId])
            {
                if (interval.StartsOn <= day && (interval.EndsOn == null || interval.EndsOn > day)
                    && new RosterRow(interval.ExcusedMemberId ?? Guid.Empty, cellId, interval.Status,
                        interval.ExcusedMemberId is { } member && excusals[member].Any(c => c.StartsOn <= day && (c.EndsOn == null || c.EndsOn >= day))).IsExpected)
                {
                    expected += interval.Members;
                    missing += (interval.ReviewedMonths & bit) == 0 ? interval.Members : 0;
                }
            }

            return (expected, missing);
        };
    }

    /// <summary>
    /// The members of <paramref name="cellIds"/> counted (probationary or full) in <paramref name="year"/> up to
    /// <paramref name="yearEnd"/>, as intervals grouped in SQL (one query, both engines): each placement in a cell
    /// joined with the member's counted status periods it overlaps, the common days clipped to the year (a start
    /// before 1 January is 1 January; an end after <paramref name="yearEnd"/> is no end, as every roster day of the year
    /// is on or before it), grouped by cell, status, clipped days, the months of the year the member was reviewed in
    /// (<see cref="RosterInterval.ReviewedMonths"/>) and, for a member with an exemption or suspension overlapping the
    /// year only, the member. A member placed and counted all year without condition is one of the
    /// <see cref="RosterInterval.Members"/> of his cell's row; a member who changed cell or status in the year is in
    /// one row per piece. Ends are exclusive as on placements and status periods (the day a placement ends, the member
    /// is no longer in the cell).
    /// </summary>
    public static Task<List<RosterInterval>> RosterIntervalsAsync(this IAppDbContext db, IReadOnlyCollection<Guid> cellIds, int year, DateOnly yearEnd, CancellationToken cancellationToken) =>
        RosterIntervals(db, cellIds, year, yearEnd).ToListAsync(cancellationToken);

    /// <summary>The query of <see cref="RosterIntervalsAsync"/> (its translation is tested on both engines).</summary>
    public static IQueryable<RosterInterval> RosterIntervals(IAppDbContext db, IReadOnlyCollection<Guid> cellIds, int year, DateOnly yearEnd)
    {
        var yearFirst = new DateOnly(year, 1, 1);
        // The reviewed months of each member as a bit set (month m: bit m - 1); a member has one review per month at most (unique index).
        var reviewed = db.Set<MonthlyReview>().AsNoTracking()
            .Where(r => r.Year == year)
            .GroupBy(r => r.MemberId)
            .Select(g => new
            {
                MemberId = g.Key,
                Months = g.Sum(r => (r.Month == 1 ? 1 : 0) + (r.Month == 2 ? 2 : 0) + (r.Month == 3 ? 4 : 0) + (r.Month == 4 ? 8 : 0)
                    + (r.Month == 5 ? 16 : 0) + (r.Month == 6 ? 32 : 0) + (r.Month == 7 ? 64 : 0) + (r.Month == 8 ? 128 : 0)
                    + (r.Month == 9 ? 256 : 0) + (r.Month == 10 ? 512 : 0) + (r.Month == 11 ? 1024 : 0) + (r.Month == 12 ? 2048 : 0)),
            });
        var excused = db.Set<MemberCondition>().AsNoTracking()
            .Where(c => c.StartsOn <= yearEnd && (c.EndsOn == null || c.EndsOn >= yearFirst)
                && (c.Kind == MemberConditionKind.Exemption || c.Kind == MemberConditionKind.Suspension))
            .GroupBy(c => c.MemberId)
            .Select(g => new { MemberId = g.Key });
        var pieces = from p in db.Set<MemberPlacement>().AsNoTracking()
                     where cellIds.Contains(p.OrganizationId) && p.StartsOn <= yearEnd && (p.EndsOn == null || p.EndsOn > yearFirst)
                     join s in db.Set<MemberStatusPeriod>().AsNoTracking() on p.MemberId equals s.MemberId
                     where s.StartsOn <= yearEnd && (s.EndsOn == null || s.EndsOn > yearFirst) && MembershipLabels.CountedStatuses.Contains(s.Status)
                         && (p.EndsOn == null || s.StartsOn < p.EndsOn) && (s.EndsOn == null || p.StartsOn < s.EndsOn)
                     join r in reviewed on p.MemberId equals r.MemberId into rs
                     from r in rs.DefaultIfEmpty()
                     join e in excused on p.MemberId equals e.MemberId into es
                     from e in es.DefaultIfEmpty()
                     let starts = p.StartsOn > s.StartsOn ? p.StartsOn : s.StartsOn
                     let ends = p.EndsOn == null ? s.EndsOn : s.EndsOn == null || p.EndsOn < s.EndsOn ? p.EndsOn : s.EndsOn
                     select new
                     {
                         CellId = p.OrganizationId,
                         s.Status,
                         // The year's bounds as constants: the same expression in SELECT and GROUP BY on SQL Server.
                         StartsOn = starts < EF.Constant(yearFirst) ? EF.Constant(yearFirst) : starts,
                         EndsOn = ends == null || ends > EF.Constant(yearEnd) ? null : ends,
                         ExcusedMemberId = (Guid?)e.MemberId,
                         ReviewedMonths = (int?)r.Months ?? 0,
                     };
        return from x in pieces
               group x by new { x.CellId, x.Status, x.StartsOn, x.EndsOn, x.ExcusedMemberId, x.ReviewedMonths } into g
               select new RosterInterval(g.Key.CellId, g.Key.Status, g.Key.StartsOn, g.Key.EndsOn, g.Key.ExcusedMemberId, g.Key.ReviewedMonths, g.Count());
    }

    private sealed record ExcusalDays(Guid MemberId, DateOnly StartsOn, DateOnly? EndsOn);
}

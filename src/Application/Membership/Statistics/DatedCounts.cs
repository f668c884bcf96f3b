using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Statistics;

/// <summary>Whether the dated membership counts (<see cref="MembershipCountChange"/>) can be read, and their rows as read.</summary>
public static class DatedCounts
{
    /// <summary>
    /// Every stored dated count change, merged (<see cref="MembershipCountChange"/>) and staged
    /// (<see cref="StagedMembershipCountChange"/>, ADR 0082) alike: one key may have a row in each, and a count is the sum of
    /// the changes, so every reader sums these rows (never one table alone).
    /// </summary>
    public static IQueryable<DatedCountChange> DatedCountChanges(this IAppDbContext db) => db.DatedCountChanges(changes => changes);

    /// <summary>
    /// <paramref name="query"/> over each table's changes, then both results one after the other (<c>UNION ALL</c>): a
    /// grouping inside <paramref name="query"/> runs on each table in its key's order (the caller sums the two results),
    /// where a grouping over the union would sort every row first.
    /// </summary>
    public static IQueryable<T> DatedCountChanges<T>(this IAppDbContext db, Func<IQueryable<DatedCountChange>, IQueryable<T>> query) =>
        query(Rows(db.Set<MembershipCountChange>())).Concat(query(Rows(db.Set<StagedMembershipCountChange>())));

    private static IQueryable<DatedCountChange> Rows<TChange>(IQueryable<TChange> changes)
        where TChange : DatedMembershipCountChange =>
        changes.AsNoTracking().Select(c => new DatedCountChange { OrganizationId = c.OrganizationId, Dimension = c.Dimension, Value = c.Value, Day = c.Day, Delta = c.Delta });

    /// <summary>
    /// How many members were counted on <paramref name="day"/> in <paramref name="subtree"/> (its organisations as they were
    /// then; null: the register, its own rows): the status dimension's changes on or before the day, summed. The
    /// statistics' total (<c>GetMembershipStatisticsHandler</c>) by the same rows; read only when <see cref="ReadyAsync"/>.
    /// </summary>
    public static async Task<int> CountedOnAsync(this IAppDbContext db, IReadOnlyCollection<Guid>? subtree, DateOnly day, CancellationToken cancellationToken) =>
        (await db.DatedCountChanges(changes =>
            {
                changes = changes.Where(c => c.Dimension == MembershipCounts.Status && c.Day <= day).Of(subtree);
                return changes.GroupBy(c => c.Dimension).Select(g => g.Sum(c => c.Delta));
            })
            .ToListAsync(cancellationToken)).Sum();

    /// <summary>
    /// How many members each of <paramref name="cellIds"/> expected on <paramref name="day"/> (the roster's rule,
    /// <see cref="MembershipCountChanges.Roster"/>: placed there, probationary or full, neither exempt nor suspended; one
    /// per placement), from the dated counts (ADR 0061, ADR 0091): the cell's open pieces less its roster changes after
    /// the day, summed per cell in the database. The rows read are the cells' changes since the day, not their members.
    /// Only the cells with someone expected; read only when <see cref="ReadyAsync"/>.
    /// </summary>
    public static Task<Dictionary<Guid, int>> RosterCountsOnAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid> cellIds, DateOnly day, CancellationToken cancellationToken) =>
        PerCellAsync(db.RosterCountRows(cellIds, day), cancellationToken);

    /// <summary>
    /// Of the members each of <paramref name="cellIds"/> expected on <paramref name="day"/> (<see cref="RosterCountsOnAsync"/>),
    /// how many had received <paramref name="documentId"/> on or before that day (ADR 0093: the cells'
    /// <see cref="MembershipCountChanges.Received"/> rows of the document up to the day, summed per cell in the database;
    /// a range of the key per cell, whatever the members). Only the cells with a receiver; read only when <see cref="ReadyAsync"/>.
    /// </summary>
    public static Task<Dictionary<Guid, int>> ReceivedCountsOnAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid> cellIds, Guid documentId, DateOnly day, CancellationToken cancellationToken)
    {
        var value = MembershipCountChanges.ReceivedValue(documentId);
        return PerCellAsync(
            db.DatedCountChanges(changes => changes
                .Where(c => cellIds.Contains(c.OrganizationId) && c.Dimension == MembershipCountChanges.Received && c.Value == value && c.Day <= day)
                .GroupBy(c => c.OrganizationId).Select(g => new DatedCountChange { OrganizationId = g.Key, Delta = g.Sum(c => c.Delta) })),
            cancellationToken);
    }

    /// <summary>The rows' deltas summed per organisation (each table's rows summed again here), the zeros left out.</summary>
    private static async Task<Dictionary<Guid, int>> PerCellAsync(IQueryable<DatedCountChange> rows, CancellationToken cancellationToken) =>
        (await rows.ToListAsync(cancellationToken))
        .GroupBy(r => r.OrganizationId).Select(g => (Cell: g.Key, Count: g.Sum(r => r.Delta))).Where(c => c.Count != 0)
        .ToDictionary(c => c.Cell, c => c.Count);

    /// <summary>
    /// The rows <see cref="RosterCountsOnAsync"/> sums per cell: from each table, each cell's open row and the negated sum of
    /// its roster changes after <paramref name="day"/> (through the key's range: organisation, dimension, value, day).
    /// </summary>
    public static IQueryable<DatedCountChange> RosterCountRows(this IAppDbContext db, IReadOnlyCollection<Guid> cellIds, DateOnly day) =>
        db.DatedCountChanges(changes =>
        {
            var cells = changes.Where(c => cellIds.Contains(c.OrganizationId) && c.Value == MembershipCountChanges.Counted);
            return cells.Where(c => c.Dimension == MembershipCountChanges.RosterOpen && c.Day == DateOnly.MinValue)
                .Select(c => new DatedCountChange { OrganizationId = c.OrganizationId, Delta = c.Delta })
                .Concat(cells.Where(c => c.Dimension == MembershipCountChanges.Roster && c.Day > day)
                    .GroupBy(c => c.OrganizationId).Select(g => new DatedCountChange { OrganizationId = g.Key, Delta = -g.Sum(c => c.Delta) }));
        });

    /// <summary>
    /// The changes of <paramref name="subtree"/>'s organisations, or the register's own rows (null): a count of the register
    /// is read from its rows, not summed over every cell (ADR 0071).
    /// </summary>
    public static IQueryable<DatedCountChange> Of(this IQueryable<DatedCountChange> changes, IReadOnlyCollection<Guid>? subtree) =>
        subtree is null
            ? changes.Where(c => c.OrganizationId == MembershipCountChanges.Everywhere)
            : changes.Where(c => subtree.Contains(c.OrganizationId));

    /// <summary>
    /// True when <paramref name="options"/> allow the pre-aggregated counts and no backfill of the dated counts is
    /// pending (its marker row, <see cref="MembershipCountChanges.BackfillPending"/>): until the backfill has reached
    /// every member, the readers recount from the members' rows.
    /// </summary>
    public static async Task<bool> ReadyAsync(this IAppDbContext db, MembershipStatisticsOptions options, CancellationToken cancellationToken) =>
        options.PreAggregated && !await db.Set<MembershipCountChange>().AnyAsync(
            c => c.OrganizationId == MembershipCountChanges.Everywhere && c.Dimension == MembershipCountChanges.BackfillPending, cancellationToken);
}

/// <summary>A dated count change as read from either table (<see cref="DatedCounts.DatedCountChanges"/>).</summary>
public sealed record DatedCountChange
{
    public Guid OrganizationId { get; init; }

    public string Dimension { get; init; } = string.Empty;

    public string Value { get; init; } = string.Empty;

    public DateOnly Day { get; init; }

    public int Delta { get; init; }
}

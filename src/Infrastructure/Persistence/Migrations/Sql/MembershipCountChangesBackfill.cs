#nullable enable

using System.Data.SqlTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Backfill of the dated membership counts (ADR 0030, "Built: dated counts"; ADR 0042) for an existing database:
/// <list type="number">
/// <item>the migration that creates <c>MembershipCountChanges</c> calls <see cref="MarkPending"/> (hand-written SQL,
/// both engines): it empties the table and records the step as pending (one marker row, value <c>'1'</c>: not started);</item>
/// <item>the background job <c>MembershipCountsBackfillJob</c> (Quartz, <c>[DisallowConcurrentExecution]</c>, scheduled
/// at start-up when the marker is there) calls <see cref="RunChunkAsync"/> until it reports the end. Each chunk is one
/// transaction: it takes the marker's row first, recomputes the dated changes of the next members in id order — with the
/// same code as the save pipeline (<see cref="MembershipCountChanges.Add"/>, applied by
/// <see cref="MembershipCountsInterceptor.ApplyAsync"/>) — and records the last member id done in the marker's
/// <c>Value</c> (32 hex digits). A stop or a crash loses at most the running chunk; the next run resumes after the last
/// committed one. The last chunk removes the marker. While the marker is there, the statistics recount.</item>
/// </list>
/// Concurrent saves while it runs: the save pipeline reads the marker in its own write transaction
/// (<see cref="Progress"/>) and adds dated deltas only for members at or before the progress (already counted); a
/// member after it is skipped and counted by its chunk, from the rows as they are when the chunk runs. The chunk and the
/// save are serialised on the marker row (SQLite: the single write lock; SQL Server: the chunk updates the marker first,
/// the save reads it with a shared lock held to its commit), so no change is lost or counted twice.
/// Why C#: the age and seniority band transitions (the recount's <c>AddYears</c> on 29 February) and the
/// intersection of three histories are one function in C#; two SQL dialects of it would be two more to keep equal.
/// Running it again (insert the marker) recomputes.
/// </summary>
public static class MembershipCountChangesBackfill
{
    /// <summary>Members recomputed per chunk (one transaction) when the caller does not say.</summary>
    public const int DefaultMembersPerChunk = 10_000;

    /// <summary>SQLite page cache of the backfill's connection while a chunk runs (128 MiB; the default is 2 MB), restored after it.</summary>
    private const long SqliteLargeCache = -131072;

    private const string NotStarted = "1";

    /// <summary>The migration's step: empties the dated counts and marks the backfill as pending.</summary>
    public static void MarkPending(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(migrationBuilder.IsSqlServer() ? SqlServer : Sqlite);

    public static readonly string Sqlite =
        $"""
        DELETE FROM "MembershipCountChanges";
        INSERT INTO "MembershipCountChanges" ("OrganizationId", "Dimension", "Value", "Day", "Delta") VALUES ('{Guid.Empty}', '{MembershipCountChanges.BackfillPending}', '{NotStarted}', '0001-01-01', 1);
        """;

    public static readonly string SqlServer =
        $"""
        DELETE FROM [MembershipCountChanges];
        INSERT INTO [MembershipCountChanges] ([OrganizationId], [Dimension], [Value], [Day], [Delta]) VALUES ('{Guid.Empty}', '{MembershipCountChanges.BackfillPending}', '{NotStarted}', '0001-01-01', 1);
        """;

    /// <summary>True while the backfill has not run (readers recount meanwhile).</summary>
    public static IQueryable<MembershipCountChange> Marker(IQueryable<MembershipCountChange> changes) =>
        changes.Where(c => c.OrganizationId == Guid.Empty && c.Dimension == MembershipCountChanges.BackfillPending);

    /// <summary>
    /// Runs the pending backfill to its end, if any, chunk after chunk (each its own transaction); returns how many
    /// members it read (0 when nothing was pending).
    /// </summary>
    public static Task<int> RunAsync(AppDbContext db, CancellationToken cancellationToken) =>
        RunAsync(db, DefaultMembersPerChunk, null, cancellationToken);

    /// <summary>As above, in chunks of <paramref name="membersPerChunk"/>, at most <paramref name="maxChunks"/> of them (tests: a stop after k chunks).</summary>
    public static async Task<int> RunAsync(AppDbContext db, int membersPerChunk, int? maxChunks, CancellationToken cancellationToken)
    {
        var members = 0;
        for (var chunks = 0; maxChunks is null || chunks < maxChunks; chunks++)
        {
            var chunk = await RunChunkAsync(db, membersPerChunk, cancellationToken);
            members += chunk.Members;
            if (chunk.Finished)
            {
                break;
            }
        }

        return members;
    }

    /// <summary>
    /// Completes a pending backfill that has nothing to read (no member at all: a new database, whose members the save
    /// pipeline counts as they come). Called at start-up after the migrations; returns true when it removed the marker.
    /// </summary>
    public static async Task<bool> CompleteIfEmptyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await Marker(db.Set<MembershipCountChange>().AsNoTracking()).AnyAsync(cancellationToken)
            || await db.Set<PartyMember>().AnyAsync(cancellationToken))
        {
            return false;
        }

        return await RunChunkAsync(db, 1, cancellationToken) is { Finished: true, Members: 0 };
    }

    /// <summary>
    /// One chunk, in one transaction: the marker's row first (the lock that orders it with the saves), then the next
    /// <paramref name="membersPerChunk"/> members after the progress, their dated changes added, the progress moved to
    /// the last of them; with no member left, the marker removed. Nothing pending: nothing done, finished.
    /// </summary>
    public static async Task<BackfillChunk> RunChunkAsync(AppDbContext db, int membersPerChunk, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(membersPerChunk, 1);
        var sqlServer = db is SqlServerAppDbContext;
        if (sqlServer)
        {
            return await RunChunkInTransactionAsync(db, membersPerChunk, sqlServer, cancellationToken);
        }

        // SQLite: a larger page cache for the chunk's inserts into the table and its two indexes (restored after it, the
        // connection goes back to the pool); the connection stays open across the pragmas and the transaction.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var cache = await SqliteTransactionCacheInterceptor.CacheSizeAsync(connection, null, SqliteLargeCache, cancellationToken);
            try
            {
                return await RunChunkInTransactionAsync(db, membersPerChunk, sqlServer, cancellationToken);
            }
            finally
            {
                await SqliteTransactionCacheInterceptor.CacheSizeAsync(connection, null, cache, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<BackfillChunk> RunChunkInTransactionAsync(AppDbContext db, int membersPerChunk, bool sqlServer, CancellationToken cancellationToken) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The marker's row, locked until the commit (SQL Server: exclusive; SQLite: the transaction holds the write lock).
            if (await db.Database.ExecuteSqlRawAsync(sqlServer ? SqlServerLockMarker : SqliteLockMarker, cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new BackfillChunk(0, true);
            }

            var progress = await db.Database.SqlQueryRaw<string>(sqlServer ? SqlServerReadMarker : SqliteReadMarker).SingleAsync(cancellationToken);
            Guid? last = Guid.TryParseExact(progress, "N", out var id) ? id : null;
            if (last is null)
            {
                // A (re)start: every dated change is recomputed, so none is kept.
                await db.Set<MembershipCountChange>().Where(c => c.Dimension != MembershipCountChanges.BackfillPending).ExecuteDeleteAsync(cancellationToken);
                await db.Set<StagedMembershipCountChange>().ExecuteDeleteAsync(cancellationToken);
            }

            var ids = await NextMembersAsync(db, sqlServer, last, membersPerChunk, cancellationToken);
            if (ids.Count == 0)
            {
                await Marker(db.Set<MembershipCountChange>()).ExecuteDeleteAsync(cancellationToken);
                // A key whose chunks' deltas summed to zero is no change: removed, so that the table does not depend on
                // the chunk size (a recomputation in one piece has no such row).
                await db.Set<MembershipCountChange>().Where(c => c.Delta == 0).ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new BackfillChunk(0, true);
            }

            var deltas = new Deltas();
            foreach (var history in (await DatedCountsDifference.LoadRangeAsync(db, ids[0], ids[^1], cancellationToken)).Values)
            {
                if (history.Facts() is { } facts)
                {
                    MembershipCountChanges.Add(facts, deltas.Dated, 1);
                }
            }

            if (sqlServer)
            {
                await MembershipCountsInterceptor.ApplyAsync(transaction.GetDbTransaction(), db, deltas, cancellationToken);
            }
            else
            {
                SqliteAddDated(transaction.GetDbTransaction(), deltas.Dated);
            }

            var done = ids[^1].ToString("N");
            await db.Database.ExecuteSqlRawAsync(sqlServer ? SqlServerWriteMarker : SqliteWriteMarker, [done], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new BackfillChunk(ids.Count, false);
        });

    /// <summary>
    /// SQLite: the chunk's dated deltas added with ONE prepared single-row upsert executed per key, in key order (the
    /// primary key's order): no SQL text built or parsed per row, five parameters bound per row. A multi-row statement of
    /// 400 rows costs more here: its 2,000 named parameters are looked up by name at each bind, and each statement is parsed
    /// again (profile in docs/dated-counts.md, "Backfill speed").
    /// </summary>
    private static void SqliteAddDated(System.Data.Common.DbTransaction transaction, Dictionary<(Guid, string, string, DateOnly), int> dated)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO "MembershipCountChanges" ("OrganizationId", "Dimension", "Value", "Day", "Delta") VALUES ($o, $d, $v, $y, $n)
            ON CONFLICT ("OrganizationId", "Dimension", "Value", "Day") DO UPDATE SET "Delta" = "Delta" + excluded."Delta"
            """;
        var organization = Parameter(command, "$o");
        var dimension = Parameter(command, "$d");
        var value = Parameter(command, "$v");
        var day = Parameter(command, "$y");
        var delta = Parameter(command, "$n");
        command.Prepare();

        var organizations = new Dictionary<Guid, string>();
        var days = new Dictionary<DateOnly, string>();
        var rows = new KeyValuePair<(Guid, string, string, DateOnly), int>[dated.Count];
        ((ICollection<KeyValuePair<(Guid, string, string, DateOnly), int>>)dated).CopyTo(rows, 0);
        foreach (var row in rows)
        {
            if (!organizations.ContainsKey(row.Key.Item1))
            {
                organizations[row.Key.Item1] = row.Key.Item1.ToString().ToUpperInvariant();
            }
        }

        Array.Sort(rows, (a, b) =>
        {
            var c = string.CompareOrdinal(organizations[a.Key.Item1], organizations[b.Key.Item1]);
            c = c != 0 ? c : string.CompareOrdinal(a.Key.Item2, b.Key.Item2);
            c = c != 0 ? c : string.CompareOrdinal(a.Key.Item3, b.Key.Item3);
            return c != 0 ? c : a.Key.Item4.CompareTo(b.Key.Item4);
        });

        foreach (var ((o, d, v, y), n) in rows)
        {
            organization.Value = organizations[o];
            dimension.Value = d;
            value.Value = v;
            if (!days.TryGetValue(y, out var text))
            {
                days[y] = text = y.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }

            day.Value = text;
            delta.Value = n;
            command.ExecuteNonQuery();
        }

        static System.Data.Common.DbParameter Parameter(System.Data.Common.DbCommand command, string name)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = string.Empty;
            command.Parameters.Add(parameter);
            return parameter;
        }
    }

    /// <summary>
    /// The save pipeline's view, read in its transaction: null when no backfill is pending; otherwise the last member id
    /// done (null: not started). SQL Server: a shared lock held to the commit, so no chunk moves the progress meanwhile.
    /// </summary>
    internal static async ValueTask<Progress?> ReadProgressAsync(DbContext db, bool async, CancellationToken cancellationToken)
    {
        var sqlServer = db is SqlServerAppDbContext;
        var query = db.Database.SqlQueryRaw<string>(sqlServer ? SqlServerReadMarkerShared : SqliteReadMarker);
        var rows = async ? await query.ToListAsync(cancellationToken) : [.. query];
        return rows.Count == 0 ? null : new Progress(Guid.TryParseExact(rows[0], "N", out var id) ? id : null, sqlServer);
    }

    /// <summary>
    /// For a writer that adds dated deltas itself, bypassing the save pipeline (a bulk member import): which members it
    /// may add deltas for now — all when no backfill is pending, otherwise those the backfill has done (the others are
    /// counted by their chunk; adding theirs too would count them twice). Call it inside the write's transaction.
    /// </summary>
    internal static async ValueTask<Func<Guid, bool>> CountsNowAsync(DbContext db, bool async, CancellationToken cancellationToken) =>
        await ReadProgressAsync(db, async, cancellationToken) is { } progress ? progress.IsDone : static _ => true;

    private static async Task<List<Guid>> NextMembersAsync(AppDbContext db, bool sqlServer, Guid? after, int count, CancellationToken cancellationToken)
    {
        // Id order of the engine (SQLite: the text of the upper-case GUID; SQL Server: uniqueidentifier order), which
        // Progress.IsDone compares alike.
        if (sqlServer)
        {
            return after is { } a
                ? await db.Database.SqlQueryRaw<Guid>("SELECT TOP ({0}) [Id] AS [Value] FROM [Members] WHERE [Id] > {1} ORDER BY [Id]", count, a).ToListAsync(cancellationToken)
                : await db.Database.SqlQueryRaw<Guid>("SELECT TOP ({0}) [Id] AS [Value] FROM [Members] ORDER BY [Id]", count).ToListAsync(cancellationToken);
        }

        var text = after is { } b
            ? await db.Database.SqlQueryRaw<string>("""SELECT "Id" AS "Value" FROM "Members" WHERE "Id" > {1} ORDER BY "Id" LIMIT {0}""", count, b.ToString().ToUpperInvariant()).ToListAsync(cancellationToken)
            : await db.Database.SqlQueryRaw<string>("""SELECT "Id" AS "Value" FROM "Members" ORDER BY "Id" LIMIT {0}""", count).ToListAsync(cancellationToken);
        return [.. text.Select(Guid.Parse)];
    }

    private static readonly string SqliteMarkerWhere = $"""WHERE "OrganizationId" = '{Guid.Empty}' AND "Dimension" = '{MembershipCountChanges.BackfillPending}'""";

    private static readonly string SqlServerMarkerWhere = $"""WHERE [OrganizationId] = '{Guid.Empty}' AND [Dimension] = '{MembershipCountChanges.BackfillPending}'""";

    private static readonly string SqliteLockMarker = $"""UPDATE "MembershipCountChanges" SET "Delta" = 1 {SqliteMarkerWhere}""";

    private static readonly string SqlServerLockMarker = $"""UPDATE [MembershipCountChanges] SET [Delta] = 1 {SqlServerMarkerWhere}""";

    private static readonly string SqliteReadMarker = $"""SELECT "Value" AS "Value" FROM "MembershipCountChanges" {SqliteMarkerWhere}""";

    private static readonly string SqlServerReadMarker = $"""SELECT [Value] AS [Value] FROM [MembershipCountChanges] {SqlServerMarkerWhere}""";

    private static readonly string SqlServerReadMarkerShared = $"""SELECT [Value] AS [Value] FROM [MembershipCountChanges] WITH (REPEATABLEREAD) {SqlServerMarkerWhere}""";

    private static readonly string SqliteWriteMarker = """UPDATE "MembershipCountChanges" SET "Value" = {0} """ + SqliteMarkerWhere;

    private static readonly string SqlServerWriteMarker = "UPDATE [MembershipCountChanges] SET [Value] = {0} " + SqlServerMarkerWhere;

    /// <summary>What one chunk did: members read, and whether the backfill is over (marker removed, or none pending).</summary>
    public readonly record struct BackfillChunk(int Members, bool Finished);

    /// <summary>A pending backfill's progress: the last member id done, in the engine's id order.</summary>
    internal sealed record Progress(Guid? LastDone, bool SqlServer)
    {
        /// <summary>True when the backfill has counted <paramref name="memberId"/> already (the save pipeline adds its deltas).</summary>
        public bool IsDone(Guid memberId) => LastDone is { } last && (SqlServer
            ? new SqlGuid(memberId).CompareTo(new SqlGuid(last)) <= 0
            : string.CompareOrdinal(memberId.ToString("N"), last.ToString("N")) <= 0);
    }
}

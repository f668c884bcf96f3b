using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Keeps the pre-aggregated <see cref="MembershipCount"/> rows (ADR 0030) equal to the counted members' current
/// columns, whatever path saves a member (handlers, reactions to domain events, imports, seeding): before a save,
/// the difference between each changed member's contribution before (original values) and after (current values)
/// is computed from the change tracker; it is applied as relative increments (<c>Count = Count + @d</c>: an
/// upsert on SQLite, <c>MERGE … WITH (HOLDLOCK)</c> on SQL Server) just before the transaction that writes the
/// members commits, so on the same connection and in the same transaction. Concurrent writers commute: no count
/// is read and written back. A save that fails or a transaction rolled back applies nothing; a save retried by the
/// execution strategy applies its difference once, at the commit that succeeds.
/// <para>
/// At the same commit it recounts the attendance counts kept with the meetings the transaction's saves touched
/// (<see cref="MeetingAttendanceRecount"/>, ADR 0092): a meeting written, or a member's status periods written.
/// </para>
/// </summary>
/// <remarks>
/// Registered after the domain-event interceptor (reactions change members too). A save that changes counts always
/// runs in a transaction (<see cref="AutoTransactionBehavior.Always"/> for that save), because EF Core saves a
/// single batch without one and there would be no commit to apply the increments at. Writes that bypass the change
/// tracker (raw SQL, <c>ExecuteUpdate</c> on members) must maintain the counts themselves: none exists today.
/// </remarks>
public sealed class MembershipCountsInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private const int RowsPerStatement = 400;

    // Per rental, not per context: a pooled context serves many scopes (ADR 0047), and what one scope left pending (a
    // transaction it never ended) must not be applied at another scope's commit.
    private readonly ConditionalWeakTable<object, Pending> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        CollectAsync(eventData.Context, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await CollectAsync(eventData.Context, async: true, cancellationToken);
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context) is { } begun)
        {
            using (begun)
            {
                begun.Commit();
            }
        }

        return base.SavedChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context) is { } begun)
        {
            await using (begun)
            {
                await begun.CommitAsync(cancellationToken);
            }
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Abandon(eventData.Context)?.Dispose();
        base.SaveChangesFailed(eventData);
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Abandon(eventData.Context) is { } begun)
        {
            await begun.DisposeAsync();
        }

        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        Abandon(eventData.Context)?.Dispose();
        base.SaveChangesCanceled(eventData);
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Abandon(eventData.Context) is { } begun)
        {
            await begun.DisposeAsync();
        }

        await base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    /// <summary>A new transaction: differences saved in a transaction that ended without a commit are void.</summary>
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (Take(eventData.Context, out var spilled) is { } deltas)
        {
            foreach (var command in CommitCommands(transaction, eventData.Context!, deltas, spilled))
            {
                using (command)
                {
                    command.ExecuteNonQuery();
                }
            }
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context, out var spilled) is { } deltas)
        {
            foreach (var command in CommitCommands(transaction, eventData.Context!, deltas, spilled))
            {
                await using (command)
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Clear(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Clear(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The difference a member makes to the counts between its original and current values.</summary>
    internal static void AddDifference(EntityEntry<PartyMember> entry, Dictionary<(Guid, string, string), int> deltas)
    {
        if (entry.State is EntityState.Modified or EntityState.Deleted)
        {
            foreach (var key in Contribution(entry.OriginalValues))
            {
                deltas[key] = deltas.GetValueOrDefault(key) - 1;
            }
        }

        if (entry.State is EntityState.Added or EntityState.Modified)
        {
            foreach (var key in Contribution(entry.CurrentValues))
            {
                deltas[key] = deltas.GetValueOrDefault(key) + 1;
            }
        }
    }

    private static IEnumerable<(Guid, string, string)> Contribution(PropertyValues values) => MembershipCounts.Contribution(
        values.GetValue<Guid>(nameof(PartyMember.OrganizationId)),
        values.GetValue<MemberStatus>(nameof(PartyMember.Status)),
        values.GetValue<Sex>(nameof(PartyMember.Sex)),
        values.GetValue<string>(nameof(PartyMember.EthnicityCode)),
        values.GetValue<GeneralEducation>(nameof(PartyMember.GeneralEducation)),
        values.GetValue<ProfessionalLevel>(nameof(PartyMember.ProfessionalLevel)),
        values.GetValue<PoliticalTheoryLevel>(nameof(PartyMember.PoliticalTheoryLevel)),
        values.GetValue<bool>(nameof(PartyMember.IsProvincialCommitteeMember)),
        values.GetValue<DateOnly>(nameof(PartyMember.DateOfBirth)),
        values.GetValue<DateOnly>(nameof(PartyMember.SeniorityCountedFrom)));

    /// <summary>
    /// A new member's contribution, read from the entity (the import writer, ADR 0046): the same columns the save
    /// pipeline reads from a tracked entry's current values, given to the same rule.
    /// </summary>
    internal static IEnumerable<(Guid, string, string)> Contribution(PartyMember member) => MembershipCounts.Contribution(
        member.OrganizationId, member.Status, member.Sex, member.EthnicityCode, member.GeneralEducation, member.ProfessionalLevel,
        member.PoliticalTheoryLevel, member.IsProvincialCommitteeMember, member.DateOfBirth, member.SeniorityCountedFrom);

    /// <summary>
    /// Takes the difference of rows written without the change tracker (the import writer, ADR 0046) into
    /// <paramref name="context"/>'s open transaction, void if it rolls back. Outside a transaction there would be no
    /// commit to apply them at: refused.
    /// <para>
    /// The differences of successive calls are merged into one (keys that sum to zero dropped, as at the commit), kept
    /// with the transaction's saved differences and applied at its commit with them. On SQLite the dated part is moved
    /// out of memory, into a temporary table of the connection (<see cref="PendingTable"/>), whenever it holds
    /// <paramref name="keysInMemory"/> keys or more: held in memory to the commit, a 100k-member import's dated
    /// differences (~20 keys a member) made its memory grow with the file (issue 12, session 23). At the commit the
    /// table's rows and the differences still in memory are summed per key (sums of zero dropped) and applied in one
    /// upsert in key order: the same rows as if everything had been held in memory.
    /// </para>
    /// <para>
    /// Why a temporary table and not the count tables themselves (session 23 applied the parts there, in the
    /// transaction): SQLite's temporary database is a separate file outside the WAL. Written into the count tables
    /// early, each part put pages of their three B-trees into the WAL of the still-open transaction, and every later
    /// page read of the import searched a larger WAL index (<c>walFindFrame</c>) and read through it: 20-40 s more for a
    /// 100k import (issue 12, session 24, profiled). SQL Server keeps everything in memory to the commit (its
    /// increments lock count rows, which a long import must not hold from its first batches on).
    /// </para>
    /// </summary>
    internal async Task ObserveAsync(DbContext context, Deltas deltas, int keysInMemory, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is not { } transaction)
        {
            throw new InvalidOperationException("Counts of rows written without the change tracker are applied at the commit of the caller's transaction: there is none.");
        }

        if (deltas.IsEmpty)
        {
            return;
        }

        var state = pending.GetOrCreateValue(Key(context));
        if (state.Observed is null)
        {
            state.Observed = new Deltas();
            state.Saved.Add(state.Observed);
        }

        var observed = state.Observed;
        observed.Add(deltas);
        if (SpilledBeforeCommit(context) && observed.Dated.Count >= keysInMemory)
        {
            var begin = !state.Spilled;
            state.Spilled = true;
            foreach (var command in SpillCommands(transaction.GetDbTransaction(), observed.Dated, begin))
            {
                await using (command)
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            observed.Dated.Clear();
        }
    }

    /// <summary>Whether <see cref="ObserveAsync"/> may move dated differences out of memory before the commit (SQLite) or not (SQL Server).</summary>
    internal static bool SpilledBeforeCommit(DbContext context) => context is not SqlServerAppDbContext;

    /// <summary>
    /// SQLite: the temporary table (one per connection, in the temporary database: not in the WAL) that holds the dated
    /// differences <see cref="ObserveAsync"/> moved out of memory, until the commit applies and deletes them.
    /// </summary>
    internal const string PendingTable = "PendingMembershipCountChanges";

    /// <summary>The staged dated changes' table (<see cref="StagedMembershipCountChange"/>, ADR 0082).</summary>
    internal const string StagedTable = "MembershipCountChangesStaged";

    private async ValueTask CollectAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var deltas = new Deltas();
        foreach (var entry in context.ChangeTracker.Entries<PartyMember>())
        {
            AddDifference(entry, deltas.Counts);
        }

        foreach (var key in deltas.Counts.Where(d => d.Value == 0).Select(d => d.Key).ToList())
        {
            deltas.Counts.Remove(key);
        }

        MeetingAttendanceRecount.Collect(context.ChangeTracker, deltas);

        var state = pending.GetOrCreateValue(Key(context));
        // The before-state is read in the write's transaction; when there was none, the one begun for it is committed
        // when the save has succeeded (SavedChanges) and rolled back when it fails.
        state.Begun = await DatedCountsDifference.AddAsync(context, deltas.Dated, async, cancellationToken);
        state.Saving = deltas.IsEmpty ? null : deltas;
        if (state.Saving is not null && context.Database.CurrentTransaction is null && context.Database.AutoTransactionBehavior != AutoTransactionBehavior.Always)
        {
            state.Restore = context.Database.AutoTransactionBehavior;
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private IDbContextTransaction? Saved(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(Key(context), out var state))
        {
            return null;
        }

        // In the caller's transaction (still open): applied when it commits. Otherwise already applied at the commit.
        if (state.Saving is not null)
        {
            state.Saved.Add(state.Saving);
            state.Saving = null;
        }

        Restore(context, state);
        return TakeBegun(state);
    }

    private IDbContextTransaction? Abandon(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(Key(context), out var state))
        {
            state.Saving = null;
            Restore(context, state);
            return TakeBegun(state);
        }

        return null;
    }

    /// <summary>The key of a context's pending state: its current rental (a new one per scope), else the context itself.</summary>
    private static object Key(DbContext context) => (context as AppDbContext)?.Rental ?? (object)context;

    private static IDbContextTransaction? TakeBegun(Pending state)
    {
        var begun = state.Begun;
        state.Begun = null;
        return begun;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(Key(context), out var state))
        {
            state.Saved.Clear();
            state.Observed = null;
            state.Spilled = false;
        }
    }

    private void Clear(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(Key(context), out var state))
        {
            state.Saved.Clear();
            state.Observed = null;
            state.Spilled = false;
            state.Saving = null;
        }
    }

    private static void Restore(DbContext context, Pending state)
    {
        if (state.Restore is { } behavior)
        {
            context.Database.AutoTransactionBehavior = behavior;
            state.Restore = null;
        }
    }

    private Deltas? Take(DbContext? context, out bool spilled)
    {
        spilled = false;
        if (context is null || !pending.TryGetValue(Key(context), out var state))
        {
            return null;
        }

        spilled = state.Spilled;

        var all = new Deltas();
        foreach (var batch in state.Saved.Append(state.Saving ?? new()))
        {
            all.Add(batch);
        }

        // Cleared when the commit has succeeded (TransactionCommitted): a commit that fails (a deadlock victim on SQL
        // Server) is retried by the execution strategy, whose next commit must apply the difference again.
        return all.IsEmpty && !spilled ? null : all;
    }

    /// <summary>
    /// The commit's statements: <paramref name="deltas"/> applied, and when dated differences were moved to
    /// <see cref="PendingTable"/>, the dated ones still in memory added to it, the table's sums applied in one upsert
    /// and its rows deleted (a commit that fails is retried with its transaction: a new one starts from nothing).
    /// </summary>
    private static IEnumerable<DbCommand> CommitCommands(DbTransaction transaction, DbContext context, Deltas deltas, bool spilled)
    {
        if (spilled)
        {
            foreach (var command in SpillCommands(transaction, deltas.Dated, begin: false))
            {
                yield return command;
            }

            // Into the staged table (ADR 0082), merged later by a background job: appended in key order to a small table,
            // where the main table would take the transaction's new keys (~20 per new member, in every cell's range)
            // all over its pages (at 1M members, 100k new ones rewrote most of its ~1.9 GB in the commit).
            yield return SqliteCommand(transaction, $"""
                INSERT INTO "{StagedTable}" ("OrganizationId", "Dimension", "Value", "Day", "Delta")
                SELECT "OrganizationId", "Dimension", "Value", "Day", SUM("Delta") FROM temp."{PendingTable}" WHERE true
                GROUP BY "OrganizationId", "Dimension", "Value", "Day" HAVING SUM("Delta") <> 0
                ORDER BY "OrganizationId", "Dimension", "Value", "Day"
                ON CONFLICT ("OrganizationId", "Dimension", "Value", "Day") DO UPDATE SET "Delta" = "Delta" + excluded."Delta";
                """);
            yield return SqliteCommand(transaction, $"""DELETE FROM temp."{PendingTable}";""");
        }

        foreach (var command in Commands(transaction, context, deltas, dated: !spilled))
        {
            yield return command;
        }
    }

    /// <summary>
    /// SQLite: <paramref name="dated"/> appended to <see cref="PendingTable"/> (created, and emptied, when
    /// <paramref name="begin"/>: the first time in a transaction), a JSON array parameter per statement, in no order.
    /// </summary>
    private static IEnumerable<DbCommand> SpillCommands(DbTransaction transaction, Dictionary<(Guid, string, string, DateOnly), int> dated, bool begin)
    {
        if (begin)
        {
            yield return SqliteCommand(transaction, $"""
                CREATE TEMP TABLE IF NOT EXISTS "{PendingTable}" (
                    "OrganizationId" TEXT NOT NULL, "Dimension" TEXT NOT NULL, "Value" TEXT NOT NULL, "Day" TEXT NOT NULL, "Delta" INTEGER NOT NULL);
                """);
            yield return SqliteCommand(transaction, $"""DELETE FROM temp."{PendingTable}";""");
        }

        foreach (var chunk in dated.Select(d => new Row(d.Key.Item1, d.Key.Item2, d.Key.Item3, d.Key.Item4, d.Value)).Chunk(SqliteRowsPerStatement))
        {
            yield return SqliteJsonCommand(transaction, chunk, isDated: true, $"""
                INSERT INTO temp."{PendingTable}" ("OrganizationId", "Dimension", "Value", "Day", "Delta")
                SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM jsonb_each(jsonb(@rows));
                """);
        }
    }

    private static DbCommand SqliteCommand(DbTransaction transaction, string sql) => BulkInserts.Command(transaction.Connection!, transaction, sql);

    /// <summary>
    /// The one place that writes counts: applies <paramref name="deltas"/> as relative increments in
    /// <paramref name="transaction"/> (the commit of a save, or the dated-counts backfill).
    /// </summary>
    internal static async Task ApplyAsync(DbTransaction transaction, DbContext context, Deltas deltas, CancellationToken cancellationToken)
    {
        foreach (var command in Commands(transaction, context, deltas))
        {
            await using (command)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static IEnumerable<DbCommand> Commands(DbTransaction transaction, DbContext context, Deltas deltas, bool dated = true)
    {
        var sqlServer = context is SqlServerAppDbContext;
        // A stable order: concurrent writers lock the rows they share in the same order.
        var counts = deltas.Counts
            .OrderBy(d => d.Key.Item1).ThenBy(d => d.Key.Item2, StringComparer.Ordinal).ThenBy(d => d.Key.Item3, StringComparer.Ordinal)
            .Select(d => new Row(d.Key.Item1, d.Key.Item2, d.Key.Item3, null, d.Value));
        var datedRows = (dated ? deltas.Dated : new Dictionary<(Guid, string, string, DateOnly), int>())
            .OrderBy(d => d.Key.Item1).ThenBy(d => d.Key.Item2, StringComparer.Ordinal).ThenBy(d => d.Key.Item3, StringComparer.Ordinal).ThenBy(d => d.Key.Item4)
            .Select(d => new Row(d.Key.Item1, d.Key.Item2, d.Key.Item3, d.Key.Item4, d.Value));
        foreach (var (rows, isDated) in new[] { (counts, false), (datedRows, true) })
        {
            if (!sqlServer)
            {
                // SQLite: the rows as one JSON array parameter per statement. Microsoft.Data.Sqlite binds parameters by
                // name and SQLite finds each name by a linear scan of the statement's names, so 2,000 named parameters
                // cost ~2M string comparisons per statement (issue 12, session 22: 19% of an import's write pass,
                // profiled; the data-value writer made the same change, ADR 0029).
                foreach (var chunk in rows.Chunk(SqliteRowsPerStatement))
                {
                    yield return SqliteJsonCommand(transaction, chunk, isDated);
                }

                continue;
            }

            // SQL Server: VALUES lists of named parameters (within the 2,100 a request may carry).
            foreach (var chunk in rows.Chunk(RowsPerStatement))
            {
                var command = BulkInserts.Command(transaction.Connection!, transaction, string.Empty);
                var values = new StringBuilder();
                for (var i = 0; i < chunk.Length; i++)
                {
                    var (organizationId, dimension, value, day, delta) = chunk[i];
                    values.Append(i == 0 ? string.Empty : ", ").Append(isDated ? $"(@o{i}, @d{i}, @v{i}, @y{i}, @n{i})" : $"(@o{i}, @d{i}, @v{i}, @n{i})");
                    Add(command, $"@o{i}", organizationId, DbType.Guid);
                    Add(command, $"@d{i}", dimension, DbType.AnsiString);
                    Add(command, $"@v{i}", value, DbType.AnsiString);
                    if (day is { } date)
                    {
                        Add(command, $"@y{i}", date.ToDateTime(TimeOnly.MinValue), DbType.Date);
                    }

                    Add(command, $"@n{i}", delta, DbType.Int32);
                }

                command.CommandText = isDated
                    ? SqlServerDatedUpsert(values.ToString())
                    : SqlServerUpsert(values.ToString());
                yield return command;
            }
        }

        // After the counts: the meetings' attendance counts recounted from the rows the transaction wrote (ADR 0092).
        foreach (var command in MeetingAttendanceRecount.Commands(transaction.Connection!, transaction, sqlServer, deltas))
        {
            yield return command;
        }
    }

    private sealed record Row(Guid OrganizationId, string Dimension, string Value, DateOnly? Day, int Delta);

    /// <summary>Rows per SQLite statement (one JSON parameter each).</summary>
    private const int SqliteRowsPerStatement = 2_000;

    /// <summary>
    /// SQLite: one upsert of <paramref name="rows"/> read from one JSON array parameter (or <paramref name="sql"/>, which
    /// reads the same parameter), each value as the named parameters bound it (the organisation id as upper-case text,
    /// the day as <c>yyyy-MM-dd</c> text, integers).
    /// </summary>
    private static DbCommand SqliteJsonCommand(DbTransaction transaction, Row[] rows, bool isDated, string? sql = null)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * rows.Length);
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var (organizationId, dimension, value, day, delta) in rows)
            {
                json.WriteStartArray();
                json.WriteStringValue(organizationId.ToString().ToUpperInvariant());
                json.WriteStringValue(dimension);
                json.WriteStringValue(value);
                if (isDated)
                {
                    json.WriteStringValue(day!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                json.WriteNumberValue(delta);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        var command = BulkInserts.Command(transaction.Connection!, transaction, string.Empty);
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@rows";
        parameter.DbType = DbType.String;
        parameter.Value = Encoding.UTF8.GetString(buffer.WrittenSpan);
        command.Parameters.Add(parameter);
        // "WHERE true": an upsert's SELECT needs a WHERE, or SQLite reads its ON CONFLICT as a join constraint.
        command.CommandText = sql ?? (isDated
            ? """
              INSERT INTO "MembershipCountChanges" ("OrganizationId", "Dimension", "Value", "Day", "Delta")
              SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM jsonb_each(jsonb(@rows)) WHERE true
              ON CONFLICT ("OrganizationId", "Dimension", "Value", "Day") DO UPDATE SET "Delta" = "Delta" + excluded."Delta";
              """
            : """
              INSERT INTO "MembershipCounts" ("OrganizationId", "Dimension", "Value", "Count")
              SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM jsonb_each(jsonb(@rows)) WHERE true
              ON CONFLICT ("OrganizationId", "Dimension", "Value") DO UPDATE SET "Count" = "Count" + excluded."Count";
              """);
        return command;
    }

    internal static void Add(DbCommand command, string name, object value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        if (type == DbType.AnsiString)
        {
            parameter.Size = MembershipCounts.MaxValueLength;
        }

        command.Parameters.Add(parameter);
    }

    private static string SqlServerUpsert(string values) => $"""
        MERGE [MembershipCounts] WITH (HOLDLOCK) AS [t]
        USING (VALUES {values}) AS [s] ([OrganizationId], [Dimension], [Value], [Count])
        ON [t].[OrganizationId] = [s].[OrganizationId] AND [t].[Dimension] = [s].[Dimension] AND [t].[Value] = [s].[Value]
        WHEN MATCHED THEN UPDATE SET [Count] = [t].[Count] + [s].[Count]
        WHEN NOT MATCHED THEN INSERT ([OrganizationId], [Dimension], [Value], [Count]) VALUES ([s].[OrganizationId], [s].[Dimension], [s].[Value], [s].[Count]);
        """;

    private static string SqlServerDatedUpsert(string values) => $"""
        MERGE [MembershipCountChanges] WITH (HOLDLOCK) AS [t]
        USING (VALUES {values}) AS [s] ([OrganizationId], [Dimension], [Value], [Day], [Delta])
        ON [t].[OrganizationId] = [s].[OrganizationId] AND [t].[Dimension] = [s].[Dimension] AND [t].[Value] = [s].[Value] AND [t].[Day] = [s].[Day]
        WHEN MATCHED THEN UPDATE SET [Delta] = [t].[Delta] + [s].[Delta]
        WHEN NOT MATCHED THEN INSERT ([OrganizationId], [Dimension], [Value], [Day], [Delta]) VALUES ([s].[OrganizationId], [s].[Dimension], [s].[Value], [s].[Day], [s].[Delta]);
        """;

    private sealed class Pending
    {
        public Deltas? Saving { get; set; }

        public List<Deltas> Saved { get; } = [];

        /// <summary>The merged difference of the rows written without the change tracker, not applied yet (one of <see cref="Saved"/>).</summary>
        public Deltas? Observed { get; set; }

        /// <summary>Whether dated differences of this transaction wait in <see cref="PendingTable"/> (SQLite).</summary>
        public bool Spilled { get; set; }

        public AutoTransactionBehavior? Restore { get; set; }

        /// <summary>The transaction begun for the save's before-state read, when the save had none.</summary>
        public IDbContextTransaction? Begun { get; set; }
    }
}

/// <summary>
/// The counts' differences of one or more saves: today's counts and the dated changes; and what the meetings' attendance
/// counts need recounted (<see cref="MeetingAttendanceRecount"/>, ADR 0092).
/// </summary>
internal sealed class Deltas
{
    public Dictionary<(Guid, string, string), int> Counts { get; } = [];

    public Dictionary<(Guid, string, string, DateOnly), int> Dated { get; } = new(DatedKeyComparer.Instance);

    /// <summary>Meetings whose record or attendance was written.</summary>
    public HashSet<Guid> Meetings { get; } = [];

    /// <summary>Members whose status periods were written, with the first day the writes changed.</summary>
    public Dictionary<Guid, DateOnly> Attendees { get; } = [];

    public bool IsEmpty => Counts.Count == 0 && Dated.Count == 0 && Meetings.Count == 0 && Attendees.Count == 0;

    /// <summary>Adds <paramref name="other"/>; keys that sum to zero are dropped.</summary>
    public void Add(Deltas other)
    {
        Merge(Counts, other.Counts);
        Merge(Dated, other.Dated);
        Meetings.UnionWith(other.Meetings);
        foreach (var (memberId, day) in other.Attendees)
        {
            AddAttendee(memberId, day);
        }
    }

    /// <summary>Records that <paramref name="memberId"/>'s status changed from <paramref name="day"/> on (the earliest day kept).</summary>
    public void AddAttendee(Guid memberId, DateOnly day) =>
        Attendees[memberId] = Attendees.TryGetValue(memberId, out var known) && known < day ? known : day;

    private static void Merge<TKey>(Dictionary<TKey, int> into, Dictionary<TKey, int> from)
        where TKey : notnull
    {
        foreach (var (key, delta) in from)
        {
            ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(into, key, out _);
            sum += delta;
            if (sum == 0)
            {
                into.Remove(key);
            }
        }
    }
}

/// <summary>
/// The dated differences' keys compared as the tuple's default comparer does (ordinal strings), hashed without hashing
/// the two strings through: the dimension and the value come from small sets (codes, enum names, bands), told apart by
/// their length and first and last characters (issue 12, session 24: a 100k import hashes ~4M such keys).
/// </summary>
internal sealed class DatedKeyComparer : IEqualityComparer<(Guid, string, string, DateOnly)>
{
    public static readonly DatedKeyComparer Instance = new();

    public bool Equals((Guid, string, string, DateOnly) x, (Guid, string, string, DateOnly) y) =>
        x.Item1 == y.Item1 && x.Item4 == y.Item4 && string.Equals(x.Item2, y.Item2, StringComparison.Ordinal) && string.Equals(x.Item3, y.Item3, StringComparison.Ordinal);

    public int GetHashCode((Guid, string, string, DateOnly) key) => HashCode.Combine(key.Item1, key.Item4.DayNumber, Short(key.Item2), Short(key.Item3));

    private static int Short(string? text) => text is not { Length: > 0 } ? 0 : (text.Length << 16) ^ (text[0] << 8) ^ text[^1];
}

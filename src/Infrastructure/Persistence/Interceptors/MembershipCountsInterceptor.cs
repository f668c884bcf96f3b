using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
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

    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Abandon(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        Abandon(eventData.Context);
        base.SaveChangesCanceled(eventData);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return base.SaveChangesCanceledAsync(eventData, cancellationToken);
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
        if (Take(eventData.Context) is { Count: > 0 } deltas)
        {
            foreach (var command in Commands(transaction, eventData.Context!, deltas))
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
        if (Take(eventData.Context) is { Count: > 0 } deltas)
        {
            foreach (var command in Commands(transaction, eventData.Context!, deltas))
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

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var deltas = new Dictionary<(Guid, string, string), int>();
        foreach (var entry in context.ChangeTracker.Entries<PartyMember>())
        {
            AddDifference(entry, deltas);
        }

        foreach (var key in deltas.Where(d => d.Value == 0).Select(d => d.Key).ToList())
        {
            deltas.Remove(key);
        }

        var state = pending.GetOrCreateValue(context);
        state.Saving = deltas.Count > 0 ? deltas : null;
        if (state.Saving is not null && context.Database.CurrentTransaction is null && context.Database.AutoTransactionBehavior != AutoTransactionBehavior.Always)
        {
            state.Restore = context.Database.AutoTransactionBehavior;
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var state))
        {
            return;
        }

        // In the caller's transaction (still open): applied when it commits. Otherwise already applied at the commit.
        if (state.Saving is not null)
        {
            state.Saved.Add(state.Saving);
            state.Saving = null;
        }

        Restore(context, state);
    }

    private void Abandon(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var state))
        {
            state.Saving = null;
            Restore(context, state);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var state))
        {
            state.Saved.Clear();
        }
    }

    private void Clear(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var state))
        {
            state.Saved.Clear();
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

    private Dictionary<(Guid, string, string), int>? Take(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var state))
        {
            return null;
        }

        var all = new Dictionary<(Guid, string, string), int>();
        foreach (var batch in state.Saved.Append(state.Saving ?? new()))
        {
            foreach (var (key, delta) in batch)
            {
                all[key] = all.GetValueOrDefault(key) + delta;
            }
        }

        // Cleared when the commit has succeeded (TransactionCommitted): a commit that fails (a deadlock victim on SQL
        // Server) is retried by the execution strategy, whose next commit must apply the difference again.
        return all.Where(d => d.Value != 0).ToDictionary();
    }

    private static IEnumerable<DbCommand> Commands(DbTransaction transaction, DbContext context, Dictionary<(Guid, string, string), int> deltas)
    {
        var sqlServer = context is SqlServerAppDbContext;
        // A stable order: concurrent writers lock the rows they share in the same order.
        var rows = deltas.OrderBy(d => d.Key.Item1).ThenBy(d => d.Key.Item2, StringComparer.Ordinal).ThenBy(d => d.Key.Item3, StringComparer.Ordinal).ToList();
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            var values = new StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                var ((organizationId, dimension, value), delta) = chunk[i];
                values.Append(i == 0 ? string.Empty : ", ").Append($"(@o{i}, @d{i}, @v{i}, @n{i})");
                Add(command, $"@o{i}", sqlServer ? organizationId : organizationId.ToString().ToUpperInvariant(), sqlServer ? DbType.Guid : DbType.String);
                Add(command, $"@d{i}", dimension, DbType.AnsiString);
                Add(command, $"@v{i}", value, DbType.AnsiString);
                Add(command, $"@n{i}", delta, DbType.Int32);
            }

            command.CommandText = sqlServer ? SqlServerUpsert(values.ToString()) : SqliteUpsert(values.ToString());
            yield return command;
        }
    }

    private static void Add(DbCommand command, string name, object value, DbType type)
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

    private static string SqliteUpsert(string values) => $"""
        INSERT INTO "MembershipCounts" ("OrganizationId", "Dimension", "Value", "Count") VALUES {values}
        ON CONFLICT ("OrganizationId", "Dimension", "Value") DO UPDATE SET "Count" = "Count" + excluded."Count";
        """;

    private static string SqlServerUpsert(string values) => $"""
        MERGE [MembershipCounts] WITH (HOLDLOCK) AS [t]
        USING (VALUES {values}) AS [s] ([OrganizationId], [Dimension], [Value], [Count])
        ON [t].[OrganizationId] = [s].[OrganizationId] AND [t].[Dimension] = [s].[Dimension] AND [t].[Value] = [s].[Value]
        WHEN MATCHED THEN UPDATE SET [Count] = [t].[Count] + [s].[Count]
        WHEN NOT MATCHED THEN INSERT ([OrganizationId], [Dimension], [Value], [Count]) VALUES ([s].[OrganizationId], [s].[Dimension], [s].[Value], [s].[Count]);
        """;

    private sealed class Pending
    {
        public Dictionary<(Guid, string, string), int>? Saving { get; set; }

        public List<Dictionary<(Guid, string, string), int>> Saved { get; } = [];

        public AutoTransactionBehavior? Restore { get; set; }
    }
}

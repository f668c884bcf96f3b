using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>
/// SQLite bulk loads: a table's secondary indexes dropped for the rest of a transaction and built again, from their
/// own definitions, just before it commits (issue 12, session 26, ADR 0056). A B-tree index built once from the full
/// table is a sort and a sequential write; kept up to date row by row, each new row descends every index of the table
/// to a random leaf, and once the indexes outgrow the page cache each descent reads and rewrites pages through the WAL.
/// Measured on the 100k register: 100,000 new members into 100,000 take 11.8 s kept up to date and 5.3 s dropped and
/// built again; 20,000 break even.
/// <para>
/// What stays true: the transaction is all-or-nothing, the indexes included (SQLite's DDL is transactional: a rollback
/// brings them back as they were, and other connections read the last committed schema meanwhile). A unique index is
/// checked when it is built again, so a duplicate written meanwhile fails the commit and nothing is written (the same
/// <c>UNIQUE constraint failed</c> error an insert would have raised). The planner's statistics of the rebuilt indexes
/// (<c>sqlite_stat1</c>) are put back as they were and reloaded (<c>ANALYZE sqlite_schema</c>). The primary key and any
/// index SQLite made for a constraint (no definition of its own) are never dropped. Reads inside the transaction that
/// would have used a dropped index still return the same rows, by scanning: the caller drops them only after its reads
/// that matter (the member import: after its checking pass).
/// </para>
/// </summary>
public sealed class DeferredIndexesInterceptor : IDbTransactionInterceptor
{
    /// <summary>Per open transaction: the indexes to build again at its commit.</summary>
    private readonly ConditionalWeakTable<DbTransaction, List<DroppedIndex>> pending = [];

    /// <summary>
    /// Drops <paramref name="table"/>'s secondary indexes (those with a definition of their own) in
    /// <paramref name="transaction"/> (SQLite), to be built again at its commit; a table already deferred in this
    /// transaction is left as it is. With <paramref name="keepLedBy"/>, the indexes whose first column it names stay.
    /// Returns the number of indexes dropped.
    /// </summary>
    public async Task<int> DeferAsync(DbTransaction transaction, string table, CancellationToken cancellationToken, string? keepLedBy = null)
    {
        var dropped = pending.GetValue(transaction, _ => []);
        if (dropped.Any(d => d.Table == table))
        {
            return 0;
        }

        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has no connection.");
        var indexes = new List<DroppedIndex>();
        await using (var read = Command(connection, transaction, """
            SELECT "s"."name", "s"."sql" FROM sqlite_schema AS "s"
            WHERE "s"."type" = 'index' AND "s"."tbl_name" = $table AND "s"."sql" IS NOT NULL
              AND ($keep = '' OR NOT EXISTS (SELECT 1 FROM pragma_index_info("s"."name") AS "c" WHERE "c"."seqno" = 0 AND "c"."name" = $keep))
            ORDER BY "s"."name"
            """))
        {
            Parameter(read, "$table", table);
            Parameter(read, "$keep", keepLedBy ?? "");
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add(new DroppedIndex(table, reader.GetString(0), reader.GetString(1), []));
            }
        }

        if (await StatisticsExistAsync(connection, transaction, cancellationToken))
        {
            await using var read = Command(connection, transaction, """SELECT "idx", "stat" FROM sqlite_stat1 WHERE "tbl" = $table AND "idx" IS NOT NULL""");
            Parameter(read, "$table", table);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Find(i => i.Name == reader.GetString(0))?.Statistics.Add(reader.GetString(1));
            }
        }

        foreach (var index in indexes)
        {
            await using var drop = Command(connection, transaction, "DROP INDEX " + Delimit(index.Name));
            await drop.ExecuteNonQueryAsync(cancellationToken);
            dropped.Add(index);
        }

        return indexes.Count;
    }

    /// <summary>Whether <paramref name="transaction"/> has indexes waiting to be built again at its commit.</summary>
    public bool HasDeferred(DbTransaction transaction) => pending.TryGetValue(transaction, out var dropped) && dropped.Count > 0;

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        foreach (var command in Rebuild(transaction))
        {
            using (command)
            {
                command.ExecuteNonQuery();
            }
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        foreach (var command in Rebuild(transaction))
        {
            await using (command)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => pending.Remove(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        pending.Remove(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => pending.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        pending.Remove(transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => pending.Remove(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        pending.Remove(transaction);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The commands that build the deferred indexes again (their own definitions, in name order), put their statistics
    /// back and reload them. The list is taken: a commit that fails after them does not run them twice.
    /// </summary>
    private IEnumerable<DbCommand> Rebuild(DbTransaction transaction)
    {
        if (!pending.TryGetValue(transaction, out var dropped) || dropped.Count == 0)
        {
            yield break;
        }

        pending.Remove(transaction);
        var connection = transaction.Connection!;
        foreach (var index in dropped)
        {
            yield return Command(connection, transaction, index.Definition);
        }

        if (dropped.All(d => d.Statistics.Count == 0))
        {
            yield break;
        }

        foreach (var index in dropped)
        {
            foreach (var stat in index.Statistics)
            {
                var insert = Command(connection, transaction, """INSERT INTO sqlite_stat1 ("tbl", "idx", "stat") VALUES ($table, $index, $stat)""");
                Parameter(insert, "$table", index.Table);
                Parameter(insert, "$index", index.Name);
                Parameter(insert, "$stat", stat);
                yield return insert;
            }
        }

        yield return Command(connection, transaction, "ANALYZE sqlite_schema");
    }

    private static async Task<bool> StatisticsExistAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var exists = Command(connection, transaction, """SELECT 1 FROM sqlite_schema WHERE "type" = 'table' AND "name" = 'sqlite_stat1'""");
        return await exists.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Parameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Delimit(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>An index dropped for the transaction: its table, name, definition and planner statistics.</summary>
    private sealed record DroppedIndex(string Table, string Name, string Definition, List<string> Statistics);
}

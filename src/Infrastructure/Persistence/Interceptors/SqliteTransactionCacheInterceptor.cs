using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>
/// SQLite: a larger page cache for the rest of one transaction (a bulk load), the connection's own size put back when the
/// transaction ends, committed, rolled back or failed (issue 12, ADR 0083). SQLite takes the pages as it needs them and
/// frees those above the size put back, so a small transaction costs nothing and a pooled connection keeps nothing.
/// </summary>
public sealed class SqliteTransactionCacheInterceptor : IDbTransactionInterceptor
{
    /// <summary>Per open transaction whose cache was enlarged: its connection and the cache size to put back.</summary>
    private readonly ConditionalWeakTable<DbTransaction, Restore> pending = [];

    /// <summary>Gives <paramref name="transaction"/>'s connection a page cache of <paramref name="megabytes"/> MiB until the transaction ends (nothing when 0 or already done).</summary>
    public async Task EnlargeAsync(DbTransaction transaction, int megabytes, CancellationToken cancellationToken)
    {
        if (megabytes <= 0 || pending.TryGetValue(transaction, out _))
        {
            return;
        }

        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has no connection.");
        var had = await CacheSizeAsync(connection, transaction, -1024L * megabytes, cancellationToken);
        pending.Add(transaction, new Restore(connection, had));
    }

    /// <summary>
    /// SQLite's <c>cache_size</c> of <paramref name="connection"/> (pages, or KiB when negative), then set to
    /// <paramref name="size"/> when given; returns the size it had.
    /// </summary>
    public static async Task<long> CacheSizeAsync(DbConnection connection, DbTransaction? transaction, long? size, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA cache_size;";
        var had = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (size is { } set)
        {
            command.CommandText = "PRAGMA cache_size = " + set.ToString(CultureInfo.InvariantCulture) + ";";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return had;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => PutBack(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) => PutBackAsync(transaction);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => PutBack(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) => PutBackAsync(transaction);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => PutBack(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) => PutBackAsync(transaction);

    private void PutBack(DbTransaction transaction)
    {
        if (pending.TryGetValue(transaction, out var restore) && pending.Remove(transaction)
            && restore.Connection is SqliteConnection { State: System.Data.ConnectionState.Open } connection)
        {
            // Through the native handle: after a failed commit SQLite may still be inside the transaction, and
            // Microsoft.Data.Sqlite refuses a command without it then. A size not put back (an error here) only keeps a
            // larger cache on this connection until it closes: the original outcome is what the caller sees.
            raw.sqlite3_exec(connection.Handle, "PRAGMA cache_size = " + restore.Size.ToString(CultureInfo.InvariantCulture) + ";");
        }
    }

    private Task PutBackAsync(DbTransaction transaction)
    {
        PutBack(transaction);
        return Task.CompletedTask;
    }

    private sealed record Restore(DbConnection Connection, long Size);
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// Merges the staged dated count changes (<see cref="Domain.Membership.StagedMembershipCountChange"/>, ADR 0082) into
/// the main table, a chunk of keys per transaction, in key order: the chunk's rows are added to the main table's
/// (an upsert: <c>Delta + excluded.Delta</c>) and deleted from the staged table in the same transaction, so every sum a
/// reader takes over both tables is the same before and after each chunk. SQLite only: its writers take one lock for the
/// whole file, so nothing is staged or merged between a chunk's statements; SQL Server's commits write the main table
/// directly and never stage.
/// </summary>
public static class StagedCountChangesMerge
{
    /// <summary>Keys merged per transaction when the caller does not say (~1-2 s of the write lock at 1M members).</summary>
    public const int DefaultChunk = 100_000;

    private const string Key = "\"OrganizationId\", \"Dimension\", \"Value\", \"Day\"";

    /// <summary>Merges every staged row, chunk after chunk; returns the rows merged.</summary>
    public static async Task<int> MergeAllAsync(AppDbContext db, int chunk, CancellationToken cancellationToken)
    {
        var merged = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var rows = await MergeChunkAsync(db, chunk, cancellationToken);
            merged += rows;
            if (rows < chunk)
            {
                break;
            }
        }

        return merged;
    }

    /// <summary>
    /// One chunk in one transaction: the first <paramref name="chunk"/> staged keys (their last key read first, then
    /// every key up to it moved); returns the rows moved (fewer than <paramref name="chunk"/>: nothing is left).
    /// </summary>
    public static async Task<int> MergeChunkAsync(AppDbContext db, int chunk, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunk, 1);
        if (db is not SqliteAppDbContext)
        {
            return 0;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Nothing staged (the usual case between imports): no write transaction, so no writer waits for this one.
            await using (var any = BulkInserts.Command(db.Database.GetDbConnection(), null, $"""SELECT EXISTS (SELECT 1 FROM "{MembershipCountsInterceptor.StagedTable}");"""))
            {
                if (Convert.ToInt64(await any.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    return 0;
                }
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var inner = transaction.GetDbTransaction();
            string[]? last = null;
            await using (var read = BulkInserts.Command(connection, inner, $"""
                SELECT {Key} FROM "{MembershipCountsInterceptor.StagedTable}" ORDER BY {Key} LIMIT 1 OFFSET @offset;
                """))
            {
                Add(read, "@offset", chunk - 1);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    last = [reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)];
                }
            }

            // Up to the chunk's last key, or every row when fewer are staged. The row value is compared as stored (text).
            var upTo = last is null ? "true" : $"({Key}) <= (@organization, @dimension, @value, @day)";
            await using var move = BulkInserts.Command(connection, inner, $"""
                INSERT INTO "MembershipCountChanges" ({Key}, "Delta")
                SELECT {Key}, "Delta" FROM "{MembershipCountsInterceptor.StagedTable}" WHERE {upTo}
                ORDER BY {Key}
                ON CONFLICT ({Key}) DO UPDATE SET "Delta" = "Delta" + excluded."Delta";
                DELETE FROM "{MembershipCountsInterceptor.StagedTable}" WHERE {upTo};
                """);
            if (last is not null)
            {
                Add(move, "@organization", last[0]);
                Add(move, "@dimension", last[1]);
                Add(move, "@value", last[2]);
                Add(move, "@day", last[3]);
            }

            // Both statements' changes: the rows inserted or updated, then as many deleted.
            var changed = await move.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return changed / 2;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

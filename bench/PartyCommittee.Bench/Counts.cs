using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

namespace PartyCommittee.Bench;

/// <summary>
/// The pre-aggregated membership counts of a benchmark database, computed by the API's own code so that a generated
/// database is "already backfilled", like a production database that has been running for years:
/// <list type="bullet">
/// <item>today's counts (<c>MembershipCounts</c>): the migration's SQL, <see cref="MembershipCountsBackfill.Sqlite"/>;</item>
/// <item>the dated count changes (<c>MembershipCountChanges</c>): <see cref="MembershipCountChangesBackfill.RunAsync(PartyCommittee.Infrastructure.Persistence.AppDbContext, CancellationToken)"/>,
/// the code the API's background backfill job (<c>MembershipCountsBackfillJob</c>, ADR 0042) runs chunk by chunk when the marker is set.</item>
/// </list>
/// <c>verify-counts</c> recomputes both on a copy (marker set, as the API's first start would) and compares the tables
/// row by row with the original: it fails on any difference.
/// </summary>
internal static class Counts
{
    /// <summary>Sets the marker (unless set) and runs the API's backfill of the dated counts; returns the members read.</summary>
    public static async Task<int> BackfillAsync(string file)
    {
        SqliteConnection.ClearAllPools();
        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        if (!await MembershipCountChangesBackfill.Marker(db.Set<MembershipCountChange>().AsNoTracking()).AnyAsync())
        {
            await db.Database.ExecuteSqlRawAsync(MembershipCountChangesBackfill.Sqlite);
        }

        var members = await MembershipCountChangesBackfill.RunAsync(db, CancellationToken.None);
        SqliteConnection.ClearAllPools();
        return members;
    }

    /// <summary><c>backfill-counts --db FILE</c>: (re)computes today's counts and the dated count changes in place.</summary>
    public static async Task<int> RunBackfillAsync(Options options)
    {
        var file = Path.GetFullPath(options.Get("db", string.Empty));
        var clock = Stopwatch.StartNew();
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = MembershipCountsBackfill.Sqlite;
            await command.ExecuteNonQueryAsync();
        }

        var members = await BackfillAsync(file);
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await Scalar(connection, "ANALYZE;");
        }

        Console.WriteLine($"counts of {members:N0} members backfilled in {file} in {clock.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }

    /// <summary>
    /// <c>verify-counts FILE</c>: copies the database, sets the backfill marker on the copy, recomputes both count
    /// tables there exactly as a first start of the API would, and compares them with the original's. Exit code 1 on
    /// any difference or when the original still has its marker (not backfilled).
    /// </summary>
    public static async Task<int> VerifyAsync(string file)
    {
        file = Path.GetFullPath(file);
        var copy = Path.Combine(Path.GetTempPath(), $"verify-counts-{Environment.ProcessId}.db");
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var f in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(f);
            }

            await using (var source = new SqliteConnection($"Data Source={file};Mode=ReadOnly"))
            {
                await source.OpenAsync();
                await Scalar(source, $"VACUUM INTO '{copy.Replace("'", "''", StringComparison.Ordinal)}'");
            }

            await using (var connection = new SqliteConnection($"Data Source={copy}"))
            {
                await connection.OpenAsync();
                await Scalar(connection, MembershipCountsBackfill.Sqlite);
                await Scalar(connection, MembershipCountChangesBackfill.Sqlite); // the marker: what a migration leaves
            }

            var members = await BackfillAsync(copy);
            Console.WriteLine($"recomputed the counts of {members:N0} members on a copy in {clock.Elapsed.TotalSeconds:0.0}s");

            await using var compare = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
            await compare.OpenAsync();
            await Scalar(compare, $"ATTACH DATABASE '{copy.Replace("'", "''", StringComparison.Ordinal)}' AS api");
            var failed = false;
            var pending = Convert.ToInt64(await Scalar(compare, $"SELECT COUNT(*) FROM main.MembershipCountChanges WHERE Dimension = '{MembershipCountChanges.BackfillPending}'"), System.Globalization.CultureInfo.InvariantCulture);
            if (pending > 0)
            {
                Console.WriteLine("FAIL: the database still has the backfill marker (the API would backfill at its first start)");
                failed = true;
            }

            foreach (var (table, columns) in new[]
            {
                ("MembershipCounts", "OrganizationId, Dimension, Value, Count"),
                ("MembershipCountChanges", "OrganizationId, Dimension, Value, Day, Delta"),
            })
            {
                var rows = await Scalar(compare, $"SELECT COUNT(*) FROM main.{table}");
                var apiRows = await Scalar(compare, $"SELECT COUNT(*) FROM api.{table}");
                var missing = await Scalar(compare, $"SELECT COUNT(*) FROM (SELECT {columns} FROM api.{table} EXCEPT SELECT {columns} FROM main.{table})");
                var extra = await Scalar(compare, $"SELECT COUNT(*) FROM (SELECT {columns} FROM main.{table} EXCEPT SELECT {columns} FROM api.{table})");
                var equal = Equals(rows, apiRows) && Convert.ToInt64(missing, System.Globalization.CultureInfo.InvariantCulture) == 0 && Convert.ToInt64(extra, System.Globalization.CultureInfo.InvariantCulture) == 0;
                Console.WriteLine($"{(equal ? "OK  " : "FAIL")} {table}: {rows} rows generated, {apiRows} rows from the API's backfill; {missing} missing, {extra} extra");
                failed |= !equal;
            }

            Console.WriteLine($"verify-counts {(failed ? "FAILED" : "passed")} in {clock.Elapsed.TotalSeconds:0.0}s");
            return failed ? 1 : 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return await command.ExecuteScalarAsync();
    }
}

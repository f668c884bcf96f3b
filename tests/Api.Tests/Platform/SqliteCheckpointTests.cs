using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Members;
using PartyCommittee.Infrastructure.Jobs;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Interceptors;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// ADR 0083 (issue 12, session 52): on SQLite the WAL is checkpointed by a job, not by the commit of the request that
/// takes it past 1,000 pages; a bulk load's transaction gets a larger page cache, put back when it ends. What the
/// database FILE holds is read with <c>immutable=1</c>, which ignores the WAL: a page is there only once checkpointed.
/// </summary>
public sealed class SqliteCheckpointTests(
    SqliteCheckpointTests.QuietFactory quiet, SqliteCheckpointTests.CheckpointingFactory checkpointing, SqliteCheckpointTests.NoJobsFactory noJobs)
    : IClassFixture<SqliteCheckpointTests.QuietFactory>, IClassFixture<SqliteCheckpointTests.CheckpointingFactory>, IClassFixture<SqliteCheckpointTests.NoJobsFactory>
{
    [Fact]
    public async Task A_request_connection_never_checkpoints_at_its_commit_and_the_jobs_checkpoint_copies_the_wal()
    {
        _ = quiet.CreateClient();
        var connections = quiet.Services.GetRequiredService<OpenSqliteConnections>();
        var connection = connections.Rent();
        try
        {
            Scalar(connection, "PRAGMA wal_autocheckpoint;").ShouldBe(0L);
            // ~2,500 pages in one commit: past SQLite's default threshold of 1,000, which would copy them at this commit.
            Execute(connection, """
                CREATE TABLE "CheckpointProbe" ("Payload" BLOB NOT NULL);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) INSERT INTO "CheckpointProbe" SELECT randomblob(3000) FROM n;
                """);
        }
        finally
        {
            connections.Return(connection);
        }

        FileHasTable(quiet.SqliteFile!, "CheckpointProbe").ShouldBeFalse();
        var (inWal, copied) = await quiet.WithDbAsync(db => CheckpointSqliteWalJob.CheckpointAsync(db, CancellationToken.None));
        inWal.ShouldBeGreaterThan(2_500);
        copied.ShouldBe(inWal);
        FileHasTable(quiet.SqliteFile!, "CheckpointProbe").ShouldBeTrue();
    }

    [Fact]
    public async Task The_scheduler_checkpoints_what_a_request_wrote()
    {
        var office = checkpointing.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var response = await ImportFiles.PostAsync(office, ImportFiles.Csv(ImportFiles.Many(3, "861")), dryRun: false);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var checkpointed = false;
        while (!checkpointed && DateTime.UtcNow < deadline)
        {
            try
            {
                checkpointed = FileHas(checkpointing.SqliteFile!, """SELECT COUNT(*) FROM "Members" WHERE "PartyCardNumber" LIKE '861%'""", 3);
            }
            catch (SqliteException torn) when (torn.SqliteErrorCode == 11)
            {
                // The file read alone (immutable) while the job copies pages into it can be torn ("malformed"): read again.
            }

            if (!checkpointed)
            {
                await Task.Delay(250);
            }
        }

        checkpointed.ShouldBeTrue();
    }

    [Fact]
    public void Without_the_scheduler_request_connections_checkpoint_as_SQLite_does()
    {
        _ = noJobs.CreateClient();
        var connections = noJobs.Services.GetRequiredService<OpenSqliteConnections>();
        var connection = connections.Rent();
        try
        {
            Scalar(connection, "PRAGMA wal_autocheckpoint;").ShouldBe(1000L);
        }
        finally
        {
            connections.Return(connection);
        }
    }

    [Fact]
    public async Task A_transactions_larger_cache_is_put_back_when_it_commits_or_rolls_back()
    {
        var cache = quiet.Services.GetRequiredService<SqliteTransactionCacheInterceptor>();
        var sizes = await quiet.WithDbAsync(async db =>
        {
            var seen = new List<long>();
            await db.Database.OpenConnectionAsync(); // kept open across the transactions, whose ends would close it
            try
            {
                foreach (var commit in new[] { true, false })
                {
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    var connection = db.Database.GetDbConnection();
                    await cache.EnlargeAsync(transaction.GetDbTransaction(), 64, CancellationToken.None);
                    seen.Add(await SqliteTransactionCacheInterceptor.CacheSizeAsync(connection, transaction.GetDbTransaction(), null, CancellationToken.None));
                    if (commit)
                    {
                        await transaction.CommitAsync();
                    }
                    else
                    {
                        await transaction.RollbackAsync();
                    }

                    seen.Add(await SqliteTransactionCacheInterceptor.CacheSizeAsync(connection, null, null, CancellationToken.None));
                }
            }
            finally
            {
                // A pooled context goes back closed: a request that rents it next hands it the request's connection.
                await db.Database.CloseConnectionAsync();
            }

            return seen;
        });

        sizes.ShouldBe([-65536L, -2000L, -65536L, -2000L]);
    }

    [Fact]
    public async Task The_aggregates_writer_enlarges_the_cache_for_a_load_of_a_chunk_or_more_and_it_is_put_back()
    {
        await using var scope = quiet.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var writer = new AddedAggregatesWriter(
            db, scope.ServiceProvider.GetRequiredService<Application.Common.Abstractions.ICurrentUser>(), TimeProvider.System,
            scope.ServiceProvider.GetRequiredService<SqliteTransactionCacheInterceptor>(), scope.ServiceProvider.GetRequiredService<Application.Membership.Members.ImportMembers.ImportOptions>())
        { AggregatesPerChunk = 3 };
        var month = new DateOnly(2019, 6, 1);
        var rules = Domain.Inspection.Dues.DuesRuleSet.Statutory.InForceOn(month);
        List<Domain.Inspection.Dues.DuesSheet> Sheets(int first, int count) =>
            [.. Enumerable.Range(first, count).Select(cell => Domain.Inspection.Dues.DuesSheet.Open(Domain.Common.Ids.NewVersion7(), DemoData.Cell(cell), month, [], rules, 30, month))];

        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                // Under a chunk: the connection's own cache; a chunk or more: the setting's (Import:SqliteCacheMegabytes = 64).
                await writer.WriteAsync(Sheets(1, 2), CancellationToken.None);
                (await SqliteTransactionCacheInterceptor.CacheSizeAsync(connection, transaction.GetDbTransaction(), null, CancellationToken.None)).ShouldBe(-2000L);
                await writer.WriteAsync(Sheets(3, 3), CancellationToken.None);
                (await SqliteTransactionCacheInterceptor.CacheSizeAsync(connection, transaction.GetDbTransaction(), null, CancellationToken.None)).ShouldBe(-65536L);
                await transaction.RollbackAsync();
            }

            (await SqliteTransactionCacheInterceptor.CacheSizeAsync(connection, null, null, CancellationToken.None)).ShouldBe(-2000L);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task The_import_writer_enlarges_its_transactions_cache_to_the_setting()
    {
        await using var scope = quiet.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<Application.Membership.Members.ImportMembers.INewMembersWriter>();
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await writer.PrepareAsync(1, CancellationToken.None);
                (await SqliteTransactionCacheInterceptor.CacheSizeAsync(connection, transaction.GetDbTransaction(), null, CancellationToken.None)).ShouldBe(-65536L); // Import:SqliteCacheMegabytes = 64
                await transaction.RollbackAsync();
            }

            (await SqliteTransactionCacheInterceptor.CacheSizeAsync(connection, null, null, CancellationToken.None)).ShouldBe(-2000L);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task After_an_import_every_idle_connection_has_the_default_cache()
    {
        var office = quiet.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var response = await ImportFiles.PostAsync(office, ImportFiles.Csv(ImportFiles.Many(5, "862")), dryRun: false);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var connections = quiet.Services.GetRequiredService<OpenSqliteConnections>();
        var rented = Enumerable.Range(0, 8).Select(_ => connections.Rent()).ToList();
        try
        {
            rented.Select(c => Scalar(c, "PRAGMA cache_size;")).ShouldAllBe(size => size == -2000L);
        }
        finally
        {
            rented.ForEach(connections.Return);
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The database file alone (its WAL ignored) read by <paramref name="sql"/> gives <paramref name="expected"/>.</summary>
    private static bool FileHas(string file, string sql, long expected)
    {
        using var connection = new SqliteConnection($"Data Source=file:{file}?immutable=1;Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Scalar(connection, sql) == expected;
    }

    private static bool FileHasTable(string file, string table) =>
        FileHas(file, $"SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = '{table}'", 1);

    /// <summary>The scheduler on, its checkpoint once a day (the first a day after the start): the test checkpoints by hand.</summary>
    public sealed class QuietFactory() : ApiFactory(new Dictionary<string, string?>
    {
        ["Jobs:SqliteCheckpointInterval"] = "1.00:00:00",
        ["Import:SqliteCacheMegabytes"] = "64",
    });

    /// <summary>The scheduler's checkpoint every second.</summary>
    public sealed class CheckpointingFactory() : ApiFactory(new Dictionary<string, string?>
    {
        ["Jobs:SqliteCheckpointInterval"] = "00:00:01",
        ["Jobs:IdleWaitTime"] = "00:00:01",
    });

    /// <summary>No scheduler in this instance.</summary>
    public sealed class NoJobsFactory() : ApiFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
}

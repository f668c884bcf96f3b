using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12, ADR 0051: the SQLite connections kept open between requests keep the statements EF Core prepares on them,
/// and the next command with the same text reuses them. What must hold: a reused statement gets the new command's
/// parameters and transaction (never the last one's), a statement whose reader is still open is never handed to
/// another command, a failed execution does not poison the next, a schema change is seen, and the cache stays within
/// its setting. Counted from the connection's own hit and miss counters.
/// </summary>
public sealed class PreparedStatementsTests
{
    [Fact]
    public async Task A_request_reuses_the_statements_the_previous_request_prepared_on_its_connection()
    {
        using var factory = new RequestEndFactory();
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var list = await office.GetFromJsonAsync<JsonElement>("/api/v1/members?pageSize=2", HttpExtensions.Json);
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();
        ids.Length.ShouldBe(2);
        await factory.RequestEndedAsync();

        // Sequential requests borrow the connection given back last (the pool is last in, first out).
        var first = await DetailAsync(office, ids[0]);
        await factory.RequestEndedAsync();
        var connection = LastConnection(factory);
        var (hits, misses) = (connection.Hits, connection.Misses);
        var second = await DetailAsync(office, ids[1]);
        await factory.RequestEndedAsync();
        LastConnection(factory).ShouldBeSameAs(connection);

        // The second detail prepared nothing new, and its reused statements read the second member, not the first.
        connection.Misses.ShouldBe(misses);
        connection.Hits.ShouldBeGreaterThan(hits + 2);
        first.GetProperty("id").GetGuid().ShouldBe(ids[0]);
        second.GetProperty("id").GetGuid().ShouldBe(ids[1]);
        second.GetProperty("fullName").GetString().ShouldNotBe(first.GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task A_kept_statement_takes_each_commands_parameters_and_transaction()
    {
        await WithKeptTableAsync(async db =>
        {
            var connection = (StatementCachingSqliteConnection)db.Database.GetDbConnection();

            await Insert(db, 1, "one");
            var misses = connection.Misses;
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await Insert(db, 2, "two");
                await transaction.RollbackAsync();
            }

            await Insert(db, 3, "three");
            connection.Misses.ShouldBe(misses);
            (await Labels(db)).ShouldBe(["one", "three"]);
            (await Label(db, 1)).ShouldBe("one");
            (await Label(db, 3)).ShouldBe("three");
            (await Label(db, 2)).ShouldBeNull();
        });
    }

    [Fact]
    public async Task A_failed_execution_leaves_the_statement_usable_and_writes_nothing()
    {
        await WithKeptTableAsync(async db =>
        {
            await Insert(db, 1, "one");
            await Should.ThrowAsync<Microsoft.Data.Sqlite.SqliteException>(() => Insert(db, 1, "again"));
            await Insert(db, 2, "two");
            (await Labels(db)).ShouldBe(["one", "two"]);
        });
    }

    [Fact]
    public async Task The_same_text_runs_again_while_its_first_reader_is_still_open()
    {
        await WithKeptTableAsync(async db =>
        {
            await Insert(db, 1, "one");
            await Insert(db, 2, "two");

            var pairs = new List<(string Outer, string Inner)>();
            await foreach (var outer in db.Database.SqlQueryRaw<string>("SELECT label AS Value FROM kept ORDER BY x").AsAsyncEnumerable())
            {
                // The outer statement is mid-step: the inner query of the same text must get a statement of its own.
                var inner = await db.Database.SqlQueryRaw<string>("SELECT label AS Value FROM kept ORDER BY x").ToListAsync();
                pairs.Add((outer, string.Join(",", inner)));
            }

            pairs.ShouldBe([("one", "one,two"), ("two", "one,two")]);
            (await Labels(db)).ShouldBe(["one", "two"]);
        });
    }

    [Fact]
    public async Task A_kept_statement_sees_a_schema_change()
    {
        await WithKeptTableAsync(async db =>
        {
            await Insert(db, 1, "one");
            (await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM temp.sqlite_master WHERE name = 'kept'").SingleAsync()).ShouldBe(1);
            (await Labels(db)).ShouldBe(["one"]);

            await db.Database.ExecuteSqlRawAsync("ALTER TABLE kept RENAME COLUMN label TO old_label");
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE kept ADD COLUMN label TEXT NOT NULL DEFAULT 'renamed'");
            (await Labels(db)).ShouldBe(["renamed"]);
        });
    }

    [Fact]
    public async Task The_cache_keeps_at_most_its_setting_and_zero_turns_it_off()
    {
        using (var small = new SettingsApiFactory(new Dictionary<string, string?> { ["Database:PreparedStatementsPerConnection"] = "2" }))
        {
            _ = small.CreateClient();
            await InRequestScopeAsync(small, async db =>
            {
                var connection = (StatementCachingSqliteConnection)db.Database.GetDbConnection();
                for (var round = 0; round < 2; round++)
                {
                    for (var n = 1; n <= Texts.Length; n++)
                    {
                        (await db.Database.SqlQueryRaw<int>(Texts[n - 1]).SingleAsync()).ShouldBe(n);
                        connection.Kept.ShouldBeLessThanOrEqualTo(2);
                    }
                }

                connection.Hits.ShouldBeGreaterThan(0);
            });
        }

        using var off = new SettingsApiFactory(new Dictionary<string, string?> { ["Database:PreparedStatementsPerConnection"] = "0" });
        var office = off.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        (await office.GetAsync("/api/v1/members?pageSize=2")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.GetAsync("/api/v1/members?pageSize=2")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var connection = LastConnection(off);
        (connection.Hits, connection.Kept).ShouldBe((0L, 0));
    }

    /// <summary>
    /// The test server hands the response to the client before it disposes the request's scope, which gives the
    /// connection back: a test that looks at the pool right after a response must first wait for the scope to end.
    /// A scoped object resolved first in every request is disposed last in its scope (after the connection's lease).
    /// </summary>
    private sealed class RequestEndFactory : ApiFactory
    {
        private readonly SemaphoreSlim ended = new(0);

        /// <summary>Waits until one more request scope has ended (its connection given back).</summary>
        public async Task RequestEndedAsync() =>
            (await ended.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue("a request scope did not end");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddScoped(_ => new ScopeEnd(ended));
                services.AddSingleton<IStartupFilter, ResolveScopeEndFirst>();
            });
        }

        private sealed class ScopeEnd(SemaphoreSlim ended) : IDisposable
        {
            public void Dispose() => ended.Release();
        }

        private sealed class ResolveScopeEndFirst : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    _ = context.RequestServices.GetRequiredService<ScopeEnd>();
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }

    private static readonly string[] Texts = ["SELECT 1 AS Value", "SELECT 2 AS Value", "SELECT 3 AS Value", "SELECT 4 AS Value", "SELECT 5 AS Value"];

    private static async Task<JsonElement> DetailAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/members/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadAsync<JsonElement>();
    }

    /// <summary>The connection a request scope borrows now (the one given back last), given back at once.</summary>
    private static StatementCachingSqliteConnection LastConnection(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        var connections = factory.Services.GetRequiredService<OpenSqliteConnections>();
        var connection = connections.Rent();
        connections.Return(connection);
        return (StatementCachingSqliteConnection)connection;
    }

    private static async Task InRequestScopeAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, Func<AppDbContext, Task> work)
    {
        await using var request = factory.Services.CreateAsyncScope();
        request.ServiceProvider.GetRequiredService<RequestConnection>().Hold();
        var db = request.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        db.Database.GetDbConnection().ShouldBeOfType<StatementCachingSqliteConnection>();
        try
        {
            await work(db);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS temp.kept");
        }
    }

    /// <summary>Runs <paramref name="work"/> in a request scope of a new host, on a temporary table <c>kept (x, label)</c>.</summary>
    private static async Task WithKeptTableAsync(Func<AppDbContext, Task> work)
    {
        using var factory = new ApiFactory();
        _ = factory.CreateClient();
        await InRequestScopeAsync(factory, async db =>
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE kept (x INTEGER PRIMARY KEY, label TEXT NOT NULL)");
            await work(db);
        });
    }

    private static Task<int> Insert(AppDbContext db, int x, string label) =>
        db.Database.ExecuteSqlRawAsync("INSERT INTO kept (x, label) VALUES ({0}, {1})", x, label);

    private static Task<List<string>> Labels(AppDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT label AS Value FROM kept ORDER BY x").ToListAsync();

    private static Task<string?> Label(AppDbContext db, int x) =>
        db.Database.SqlQueryRaw<string>("SELECT label AS Value FROM kept WHERE x = {0}", x).SingleOrDefaultAsync();
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Errors;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// A database that stays busy past the timeout answers 503 <c>server.unavailable</c> with Retry-After, writes nothing, and
/// the same request succeeds once it is free: never a 500 (ADR 0098). The host's connection string sets SQLite's
/// <c>Default Timeout</c> to two seconds, which both the write queue's wait and SQLite's busy handler follow.
/// </summary>
public sealed class BusyDatabaseTests(BusyDatabaseTests.Factory factory) : IClassFixture<BusyDatabaseTests.Factory>
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_writer_whose_turn_does_not_come_within_the_timeout_is_answered_503_and_may_retry()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, language: "en");
        var file = await factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        HttpResponseMessage busy;
        var waited = Stopwatch.StartNew();
        using (var held = (await SqliteWriteGate.EnterAsync(file, Long, CancellationToken.None)).Hold())
        {
            // Another request's flow: the held turn does not flow into it.
            Task<HttpResponseMessage> pending;
            using (ExecutionContext.SuppressFlow())
            {
                pending = Task.Run(() => office.PostAsJsonAsync("/api/v1/organizations", OrganizationBodies.NewCell("CB-BUSY-Q")));
            }

            busy = await pending.WaitAsync(Long);
        }

        waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "the connection string's two seconds, not the default thirty");
        await ShouldBeUnavailableAsync(busy, "CB-BUSY-Q");
        (await office.PostAsJsonAsync("/api/v1/organizations", OrganizationBodies.NewCell("CB-BUSY-Q"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_lock_held_outside_the_queue_past_the_timeout_is_answered_503_too()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, language: "en");
        HttpResponseMessage busy;
        // Another process's writer: a transaction of its own on the file, which the queue knows nothing of.
        await using (var other = new SqliteConnection($"Data Source={factory.SqliteFile};Pooling=False"))
        {
            await other.OpenAsync();
            await using var begin = other.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
            busy = await office.PostAsJsonAsync("/api/v1/organizations", OrganizationBodies.NewCell("CB-BUSY-L"));
            await using var rollback = other.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        await ShouldBeUnavailableAsync(busy, "CB-BUSY-L");
        (await office.PostAsJsonAsync("/api/v1/organizations", OrganizationBodies.NewCell("CB-BUSY-L"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public void The_errors_of_a_busy_database_are_told_apart_from_the_others()
    {
        TransientDatabaseErrors.Contains(new TimeoutException()).ShouldBeTrue();
        TransientDatabaseErrors.Contains(new SqliteException("database is locked", 5)).ShouldBeTrue();
        TransientDatabaseErrors.Contains(new SqliteException("database table is locked", 6)).ShouldBeTrue();
        TransientDatabaseErrors.Contains(new DbUpdateException("save", new SqliteException("database is locked", 5))).ShouldBeTrue();
        // SQL Server: EF Core's retry strategy gave up on an error it retries (a deadlock victim, a dropped connection).
        TransientDatabaseErrors.Contains(new Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException("retries", new InvalidOperationException())).ShouldBeTrue();

        TransientDatabaseErrors.Contains(new SqliteException("constraint failed", 19)).ShouldBeFalse();
        TransientDatabaseErrors.Contains(new SqliteException("disk I/O error", 10)).ShouldBeFalse();
        TransientDatabaseErrors.Contains(new InvalidOperationException()).ShouldBeFalse();
    }

    private async Task ShouldBeUnavailableAsync(HttpResponseMessage response, string code)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "server.unavailable");
        problem.GetProperty("title").GetString().ShouldBe("Service unavailable");
        response.Headers.GetValues("Retry-After").Single().ShouldBe(ApiExceptionHandler.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await factory.WithDbAsync(db => db.Set<Domain.Organization.PartyOrganization>().CountAsync(o => o.Code == code))).ShouldBe(0);
    }

    /// <summary>The API on its own demo database, opened with a two-second timeout.</summary>
    public sealed class Factory() : ApiFactory(";Default Timeout=2");
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// ADR 0047: contexts are pooled and the interceptors are singletons that read the caller, the dispatcher and the
/// connection state from the scope the context is rented to. With a pool of ONE context every request reuses the same
/// instance: nothing of one scope (caller, connection, cached calendar) may reach the next.
/// </summary>
public sealed class ContextPoolingTests
{
    // No background jobs (Quartz's sweeps and purge, the import recovery, the counts backfill starter): each rents a
    // context from the same pool of one, and a context given back to a full pool is disposed rather than kept, so one
    // job running beside a test's scope could replace the pooled instance for good (seen once in CI). The read audit's
    // flush rents one only for reads of personal data, which these tests do not make.
    private static readonly Dictionary<string, string?> PoolOfOne = new() { ["Database:ContextPoolSize"] = "1", ["Jobs:Enabled"] = "false" };

    [Fact]
    public async Task Two_requests_as_different_users_on_one_pooled_context_are_each_audited_as_their_own_caller()
    {
        using var factory = new SaveRecordingApiFactory(PoolOfOne);
        var alice = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, subject: "clerk-alice");
        var bob = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, subject: "clerk-bob");
        _ = factory.Saves.Take();

        foreach (var (client, code) in new[] { (alice, "CB-POOL-A1"), (bob, "CB-POOL-B1"), (alice, "CB-POOL-A2"), (bob, "CB-POOL-B2") })
        {
            (await client.PostAsJsonAsync("/api/v1/organizations", OrganizationBodies.NewCell(code))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        // The four saves of the requests (the read audit's background flush may save in between: not a request).
        var saves = factory.Saves.Take().Where(s => s.Request).ToList();
        saves.Select(s => s.AuditedUsers.Single()).ShouldBe(["clerk-alice", "clerk-bob", "clerk-alice", "clerk-bob"]);
        saves.Select(s => s.Context).Distinct().Count().ShouldBe(1, "the pool of one context served every request");

        var stored = await factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == "PartyOrganization" && e.Action == "Insert").Select(e => new { e.UserId, e.Changes }).ToListAsync());
        foreach (var code in new[] { "CB-POOL-A1", "CB-POOL-A2" })
        {
            stored.Single(e => e.Changes.Contains(code, StringComparison.Ordinal)).UserId.ShouldBe("clerk-alice");
        }

        foreach (var code in new[] { "CB-POOL-B1", "CB-POOL-B2" })
        {
            stored.Single(e => e.Changes.Contains(code, StringComparison.Ordinal)).UserId.ShouldBe("clerk-bob");
        }
    }

    [Fact]
    public async Task A_context_given_back_keeps_nothing_of_its_scope()
    {
        using var factory = new SettingsApiFactory(PoolOfOne);
        _ = factory.CreateClient();

        AppDbContext first;
        Microsoft.Data.Sqlite.SqliteConnection borrowed;
        WorkingDayCalendar calendar;
        await using (var request = factory.Services.CreateAsyncScope())
        {
            request.ServiceProvider.GetRequiredService<BackgroundCaller>().User = new StoredCaller("caller-one", null, ["Admin"]);
            request.ServiceProvider.GetRequiredService<RequestConnection>().Hold();
            first = request.ServiceProvider.GetRequiredService<AppDbContext>();
            borrowed = request.ServiceProvider.GetRequiredService<SqliteConnectionLease>().Connection;
            first.Rental!.Services.ShouldBeSameAs(request.ServiceProvider);
            first.Rental.Connection.ShouldBeSameAs(request.ServiceProvider.GetRequiredService<RequestConnection>());
            first.Database.GetDbConnection().ShouldBeSameAs(borrowed);
            // EF Core's SQLite functions are there on the borrowed connection (it was not created by EF Core).
            (await first.Database.SqlQueryRaw<bool>("SELECT regexp('^ng', 'nguyen') AS \"Value\"").SingleAsync()).ShouldBeTrue();
            calendar = await first.WorkingDayCalendarAsync(null, CancellationToken.None);
        }

        first.Rental.ShouldBeNull("unbound before it went back to the pool");
        borrowed.State.ShouldBe(System.Data.ConnectionState.Open, "given back open to the kept-open connections, not closed by the context");

        // The host's background scopes (the read-audit flush, jobs) rent from the same pool of one: take scopes until
        // one gets the instance back (a background scope holding it makes the pool hand out a new one meanwhile).
        AsyncServiceScope job = default;
        AppDbContext? second = null;
        for (var attempt = 0; attempt < 50 && !ReferenceEquals(second, first); attempt++)
        {
            if (second is not null)
            {
                await job.DisposeAsync();
                await Task.Delay(20);
            }

            job = factory.Services.CreateAsyncScope();
            job.ServiceProvider.GetRequiredService<BackgroundCaller>().User = new StoredCaller("caller-two", null, ["Admin"]);
            second = job.ServiceProvider.GetRequiredService<AppDbContext>();
        }

        await using var disposeJob = job;
        second.ShouldBeSameAs(first, "a pool of one context");
        second!.Rental!.Services.ShouldBeSameAs(job.ServiceProvider);
        second.Rental.Connection.Holds.ShouldBeFalse();
        second.Database.GetDbConnection().ShouldNotBeSameAs(borrowed);
        (await second.Set<Domain.Organization.PartyOrganization>().CountAsync()).ShouldBeGreaterThan(0);
        second.Database.GetDbConnection().State.ShouldBe(System.Data.ConnectionState.Closed, "outside a request: EF Core's default");
        (await second.WorkingDayCalendarAsync(null, CancellationToken.None)).ShouldNotBeSameAs(calendar);

        // The audit of this scope's save names this scope's caller.
        var organization = await second.Set<Domain.Organization.PartyOrganization>().OrderBy(o => o.Code).FirstAsync();
        second.Entry(organization).Property(nameof(Domain.Organization.PartyOrganization.Name)).CurrentValue = organization.Name + " (pooled)";
        await second.SaveChangesAsync();
        var audit = await second.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityKey == organization.Id.ToString()).OrderByDescending(e => e.Id).FirstAsync();
        audit.Action.ShouldBe("Update");
        audit.UserId.ShouldBe("caller-two");
    }

    [Fact]
    public async Task A_context_given_back_with_its_connection_left_open_serves_the_next_request()
    {
        using var factory = new SettingsApiFactory(PoolOfOne);
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

        // A scope outside a request (a job, a test) opens its context's own connection by hand and never closes it.
        System.Data.Common.DbConnection left;
        await using (var job = factory.Services.CreateAsyncScope())
        {
            var db = job.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            left = db.Database.GetDbConnection();
            left.State.ShouldBe(System.Data.ConnectionState.Open);
        }

        left.State.ShouldBe(System.Data.ConnectionState.Closed, "closed when given back to the pool");

        // The next request rents the same instance and binds its own borrowed connection to it (EF Core refuses to
        // change a connection that is open: the request failed with a 500).
        for (var i = 0; i < 3; i++)
        {
            var response = await office.GetAsync("/api/v1/organizations");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_context_not_rented_to_a_scope_refuses_to_save()
    {
        using var factory = new ApiFactory();
        _ = factory.CreateClient();

        await using var unbound = await factory.Services.GetRequiredService<IDbContextFactory<SqliteAppDbContext>>().CreateDbContextAsync();
        unbound.Rental.ShouldBeNull();
        await Should.ThrowAsync<InvalidOperationException>(() => unbound.SaveChangesAsync());
    }

    /// <summary>Records, for every save, the context instance and the callers of the audit rows it writes.</summary>
    private sealed class SaveRecordingApiFactory(IDictionary<string, string?> settings) : ApiFactory(settings)
    {
        public SaveRecorder Saves { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Saves)));
        }
    }

    private sealed record Save(DbContext Context, bool Request, IReadOnlyList<string?> AuditedUsers);

    /// <summary>Runs after the audit interceptor (added after it): sees the audit rows the save is about to write.</summary>
    private sealed class SaveRecorder : SaveChangesInterceptor
    {
        private readonly List<Save> saves = [];

        public List<Save> Take()
        {
            lock (saves)
            {
                var taken = saves.ToList();
                saves.Clear();
                return taken;
            }
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context)
            {
                var users = context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.Action != "Read")
                    .Select(e => e.Entity.UserId).Distinct().ToList();
                lock (saves)
                {
                    saves.Add(new Save(context, (context as AppDbContext)?.Rental?.Connection.Holds == true, users));
                }
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}

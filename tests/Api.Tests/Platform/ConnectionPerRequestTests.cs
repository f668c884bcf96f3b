using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12, ADR 0038: a request opens its database connection once and every query, scope lookup, transaction and
/// audit row of the request uses it; scopes outside a request (jobs, start-up, the read audit flush) keep EF Core's
/// open-per-query default. Counted from EF Core's own "connection opened" events for this factory's database file.
/// The tests of the per-request lifetime run with <c>Database:KeepConnectionsOpen=false</c>: by default a request
/// borrows a connection that stays open between requests (<see cref="OpenSqliteConnections"/>), tested at the end.
/// </summary>
public sealed class ConnectionPerRequestTests
{
    private static readonly Dictionary<string, string?> PerRequestLifetime = new() { ["Database:KeepConnectionsOpen"] = "false" };

    [Fact]
    public async Task A_scoped_member_list_a_search_and_a_detail_each_open_the_connection_once()
    {
        using var factory = new SettingsApiFactory(PerRequestLifetime);
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var memberId = await FirstMemberIdAsync(office);

        using var opens = new ConnectionOpenCounter(factory.SqliteFile!);
        // The scoped list: scope lookup, subtree, count, page and cell names (five queries).
        (await office.GetAsync($"/api/v1/members?organizationId={DemoData.CommitteeId}&pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        opens.Take().ShouldBe(1);
        (await office.GetAsync("/api/v1/members?search=nguyen&pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        opens.Take().ShouldBe(1);
        // The detail: the member, its history and lists, the scope check and the cell's name.
        (await office.GetAsync($"/api/v1/members/{memberId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        opens.Take().ShouldBe(1);
    }

    [Fact]
    public async Task A_write_opens_the_connection_once_for_its_reads_transaction_and_audit_rows()
    {
        using var factory = new SettingsApiFactory(PerRequestLifetime);
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

        using var opens = new ConnectionOpenCounter(factory.SqliteFile!);
        var response = await office.PostAsJsonAsync("/api/v1/members", new
        {
            fullName = "Lê Thị Hồng Nhung",
            sex = "FEMALE",
            dateOfBirth = "1985-06-15",
            placeOfBirth = "Sóc Trăng",
            homeTown = "Sóc Trăng",
            ethnicityCode = "01",
            generalEducation = "UPPER_SECONDARY",
            professionalLevel = "UNIVERSITY",
            politicalTheoryLevel = "INTERMEDIATE",
            position = "Chuyên viên",
            isProvincialCommitteeMember = false,
            admissionDecisionDate = "2009-05-19",
            ceremonyDate = "2009-06-02",
            fullMembershipDate = "2010-06-02",
            organizationId = DemoData.Cell(2),
            status = "FULL",
        }, HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        opens.Take().ShouldBe(1);

        // The member was written, indexed for search and audited through that one connection.
        var found = await office.GetFromJsonAsync<JsonElement>("/api/v1/members?search=hong%20nhung&pageSize=5");
        found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);
        var audit = await factory.WithDbAsync(db => db.Set<Domain.Common.AuditEntry>().CountAsync(e => e.EntityKey == id.ToString() && e.Action == "Insert" && e.EntityType == "PartyMember"));
        audit.ShouldBe(1);
    }

    [Fact]
    public async Task With_the_setting_off_each_query_opens_the_connection_again()
    {
        using var factory = new SettingsApiFactory(new Dictionary<string, string?> { ["Database:ConnectionPerRequest"] = "false" });
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        await FirstMemberIdAsync(office);

        using var opens = new ConnectionOpenCounter(factory.SqliteFile!);
        (await office.GetAsync($"/api/v1/members?organizationId={DemoData.CommitteeId}&pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        opens.Take().ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task A_held_connection_stays_open_until_the_scope_ends_and_other_scopes_close_after_each_query()
    {
        using var factory = new SettingsApiFactory(PerRequestLifetime);
        _ = factory.CreateClient();

        await using (var request = factory.Services.CreateAsyncScope())
        {
            request.ServiceProvider.GetRequiredService<RequestConnection>().Hold();
            var db = request.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Set<Domain.Organization.PartyOrganization>().CountAsync()).ShouldBeGreaterThan(0);
            db.Database.GetDbConnection().State.ShouldBe(System.Data.ConnectionState.Open);
            (await db.Set<Domain.Membership.PartyMember>().CountAsync()).ShouldBeGreaterThan(0);
            request.ServiceProvider.GetRequiredService<RequestConnection>().Opens.ShouldBe(1);
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await transaction.CommitAsync();
            }

            db.Database.GetDbConnection().State.ShouldBe(System.Data.ConnectionState.Open);
            request.ServiceProvider.GetRequiredService<RequestConnection>().Opens.ShouldBe(1);
            var connection = db.Database.GetDbConnection();
            await request.DisposeAsync();
            connection.State.ShouldBe(System.Data.ConnectionState.Closed);
        }

        await using var job = factory.Services.CreateAsyncScope();
        var jobDb = job.ServiceProvider.GetRequiredService<AppDbContext>();
        (await jobDb.Set<Domain.Organization.PartyOrganization>().CountAsync()).ShouldBeGreaterThan(0);
        jobDb.Database.GetDbConnection().State.ShouldBe(System.Data.ConnectionState.Closed);
        (await jobDb.Set<Domain.Organization.PartyOrganization>().CountAsync()).ShouldBeGreaterThan(0);
        job.ServiceProvider.GetRequiredService<RequestConnection>().Opens.ShouldBe(2);
    }

    [Fact]
    public async Task By_default_requests_borrow_connections_kept_open_and_open_none_once_warm()
    {
        using var factory = new ApiFactory();
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var memberId = await FirstMemberIdAsync(office);

        using var opens = new ConnectionOpenCounter(factory.SqliteFile!);
        (await office.GetAsync($"/api/v1/members?organizationId={DemoData.CommitteeId}&pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.GetAsync("/api/v1/members?search=nguyen&pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.GetAsync($"/api/v1/members/{memberId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await office.PostAsJsonAsync("/api/v1/members", new
        {
            fullName = "Trần Thị Thu Trang",
            sex = "FEMALE",
            dateOfBirth = "1987-03-11",
            placeOfBirth = "Cần Thơ",
            homeTown = "Cần Thơ",
            ethnicityCode = "01",
            generalEducation = "UPPER_SECONDARY",
            professionalLevel = "UNIVERSITY",
            politicalTheoryLevel = "INTERMEDIATE",
            position = "Chuyên viên",
            isProvincialCommitteeMember = false,
            admissionDecisionDate = "2010-05-19",
            ceremonyDate = "2010-06-02",
            fullMembershipDate = "2011-06-02",
            organizationId = DemoData.Cell(2),
            status = "FULL",
        }, HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        opens.Take().ShouldBe(0);

        // The write went through a borrowed connection: committed, indexed for search and audited.
        var id = (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var found = await office.GetFromJsonAsync<JsonElement>("/api/v1/members?search=thu%20trang&pageSize=5");
        found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);
        var audit = await factory.WithDbAsync(db => db.Set<Domain.Common.AuditEntry>().CountAsync(e => e.EntityKey == id.ToString() && e.Action == "Insert" && e.EntityType == "PartyMember"));
        audit.ShouldBe(1);
    }

    [Fact]
    public async Task A_borrowed_connection_comes_back_open_and_one_left_inside_a_transaction_is_closed_instead()
    {
        using var factory = new ApiFactory();
        _ = factory.CreateClient();

        System.Data.Common.DbConnection first;
        await using (var request = factory.Services.CreateAsyncScope())
        {
            request.ServiceProvider.GetRequiredService<RequestConnection>().Hold();
            var db = request.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Set<Domain.Organization.PartyOrganization>().CountAsync()).ShouldBeGreaterThan(0);
            first = db.Database.GetDbConnection();
            first.State.ShouldBe(System.Data.ConnectionState.Open);
        }

        first.State.ShouldBe(System.Data.ConnectionState.Open);
        System.Data.Common.DbConnection second;
        await using (var request = factory.Services.CreateAsyncScope())
        {
            request.ServiceProvider.GetRequiredService<RequestConnection>().Hold();
            var db = request.ServiceProvider.GetRequiredService<AppDbContext>();
            second = db.Database.GetDbConnection();
            second.ShouldBeSameAs(first);
            // Left inside a transaction that nothing ends (raw SQL): the connection must not serve another request.
            await using var command = second.CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE";
            await command.ExecuteNonQueryAsync();
        }

        second.State.ShouldBe(System.Data.ConnectionState.Closed);
        await using (var request = factory.Services.CreateAsyncScope())
        {
            request.ServiceProvider.GetRequiredService<RequestConnection>().Hold();
            var db = request.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Database.GetDbConnection().ShouldNotBeSameAs(first);
            // The write lock was released with the closed connection: a write goes through.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await transaction.CommitAsync();
        }
    }

    private static async Task<Guid> FirstMemberIdAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/members?organizationId={DemoData.CommitteeId}&pageSize=1");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Counts EF Core's "connection opened" events of requests on one database file (tests of other factories run alongside).</summary>
    private sealed class ConnectionOpenCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly HttpContextAccessor Accessor = new();
        private readonly string file;
        private readonly IDisposable allListeners;
        private readonly ConcurrentBag<IDisposable> subscriptions = [];
        private int opens;

        public ConnectionOpenCounter(string file)
        {
            this.file = file;
            allListeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        /// <summary>The opens counted since the last call.</summary>
        public int Take() => Interlocked.Exchange(ref opens, 0);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                subscriptions.Add(value.Subscribe(this, (name, _, _) => name == RelationalEventId.ConnectionOpened.Name));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            // Only opens made in a request's flow: the host's background scopes (the read audit's flush, jobs) open
            // their own connections at moments of their own.
            if (value.Value is ConnectionEndEventData data && string.Equals(data.Connection.DataSource, file, StringComparison.Ordinal)
                && Accessor.HttpContext is not null)
            {
                Interlocked.Increment(ref opens);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            allListeners.Dispose();
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Members;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Session 49: "what did this user do" (<c>GET /audit-entries?userId=</c>) scanned the whole audit table twice (the count
/// and the page): no index held the user. The audit table grows with every audited write and read, so the list by user
/// reads the user's range of <c>IX_AuditEntries_UserId_Id</c> instead, newest first, without a sort.
/// </summary>
public sealed class AuditEntryPlanTests(RequestStatementCountingApiFactory factory) : IClassFixture<RequestStatementCountingApiFactory>
{
    [Fact]
    public async Task The_list_by_user_reads_the_users_range_of_its_index()
    {
        var admin = factory.ClientAs("Admin", null);
        // One of the user's reads audited and flushed: a page with rows (a page past the list's end reads only its count).
        var first = await admin.GetFromJsonAsync<JsonElement>("/api/v1/members?pageSize=1");
        var id = first.GetProperty("items")[0].GetProperty("id").GetString();
        (await admin.GetAsync($"/api/v1/members/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await factory.Services.GetRequiredService<IReadAuditLog>().FlushAsync(CancellationToken.None);
        factory.Statements.Take();
        var response = await admin.GetAsync("/api/v1/audit-entries?userId=admin-user&pageSize=5");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var statements = factory.Statements.TakeWithParameters().Where(s => s.Sql.Contains("FROM \"AuditEntries\"", StringComparison.Ordinal)).ToList();
        statements.Count.ShouldBe(2, "the count and the page");
        foreach (var (sql, parameters) in statements)
        {
            var plan = string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)));
            plan.ShouldContain("IX_AuditEntries_UserId_Id (UserId=?)", Case.Sensitive, sql);
            plan.ShouldNotContain("USE TEMP B-TREE", Case.Sensitive, sql);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Members;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Application.Organization;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12, session 68: the lists whose rows count or look something up per row (a meeting's attendance, a review's
/// unmet checks, a body's current members, a mass organisation's latest member count) cut the page's keys first and
/// compute those columns for the page's rows alone (<c>PagedList.CreateAsync</c> with a key). Before, SQLite computed
/// them for every row it sorted and skipped: a year's meetings of a 1M register (48,000) took 5-7 s for any page past the
/// first hundreds, and a page past the end 6.5 s. A page past the end now reads only the count.
/// </summary>
public sealed class PagedProjectionTests(RequestStatementCountingApiFactory factory) : IClassFixture<RequestStatementCountingApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    [Theory]
    [InlineData("/api/v1/meetings?", "\"MeetingAttendances\"")]
    [InlineData("/api/v1/meetings?sort=heldOn&", "\"MeetingAttendances\"")]
    [InlineData("/api/v1/monthly-reviews?", "\"ReviewChecks\"")]
    [InlineData("/api/v1/monthly-reviews?sort=name&", "\"ReviewChecks\"")]
    [InlineData("/api/v1/elected-bodies?", "\"BodyMemberships\"")]
    [InlineData("/api/v1/elected-bodies?sort=-organization&", "\"BodyMemberships\"")]
    [InlineData("/api/v1/mass-organizations?", "\"MassOrganizationMemberCounts\"")]
    [InlineData("/api/v1/mass-organizations?sort=-establishedOn&", "\"MassOrganizationMemberCounts\"")]
    public async Task Pages_are_the_lists_slices_with_their_per_row_columns_computed_for_the_page_alone(string list, string perRowTable)
    {
        var whole = await GetAsync($"{list}pageSize=100");
        var total = whole.GetProperty("totalCount").GetInt32();
        var items = whole.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()).ToList();
        items.Count.ShouldBe(Math.Min(total, 100));
        items.Count.ShouldBeGreaterThanOrEqualTo(3, "the demo data has rows enough to page");

        // Every page of two over the first twenty rows (or all of them): the list's slice, in its order, with the same
        // per-row figures.
        const int size = 2;
        for (var page = 1; (page - 1) * size < Math.Min(total, 20); page++)
        {
            factory.Statements.Take();
            var body = await GetAsync($"{list}page={page}&pageSize={size}");
            var statements = factory.Statements.Take();

            body.GetProperty("totalCount").GetInt32().ShouldBe(total);
            body.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()).ShouldBe(items.Skip((page - 1) * size).Take(size), $"{list} page {page}");

            // The statement that computes the per-row column reads only the rows whose keys a LIMIT subquery chose.
            var perRow = statements.Where(s => s.Contains(perRowTable, StringComparison.Ordinal)).ToList();
            perRow.Count.ShouldBe(1, string.Join("\n---\n", statements));
            var keys = perRow[0].IndexOf(" IN (", StringComparison.Ordinal);
            keys.ShouldBeGreaterThan(0, perRow[0]);
            perRow[0].IndexOf("LIMIT", keys, StringComparison.Ordinal).ShouldBeGreaterThan(keys, perRow[0]);
        }

        // A page past the end: the total, no items, and no statement but the count's.
        factory.Statements.Take();
        var past = await GetAsync($"{list}page={(total / size) + 2}&pageSize={size}");
        var read = factory.Statements.Take();
        past.GetProperty("totalCount").GetInt32().ShouldBe(total);
        past.GetProperty("items").GetArrayLength().ShouldBe(0);
        read.ShouldNotContain(s => s.Contains(perRowTable, StringComparison.Ordinal) || s.Contains("LIMIT", StringComparison.Ordinal), string.Join("\n---\n", read));
    }

    [Fact]
    public void The_keyed_page_translates_on_SQL_Server_with_its_bounds_as_parameters()
    {
        using var context = SqlServerTranslation.Context();
        IAppDbContext db = context;
        var ordered = (from m in db.CellMeetings.AsNoTracking()
                       join o in db.Organizations on m.OrganizationId equals o.Id
                       select new { Meeting = m, o.Name })
            .OrderByDescending(r => r.Meeting.HeldOn).ThenBy(r => r.Name).ThenBy(r => r.Meeting.Id);
        var sql = PagedList<int>.KeyedPage(ordered, r => r.Meeting.Id, r => r.Meeting.Attendance.Count(), 40, 20).ToQueryString();

        sql.ShouldContain("[c].[Id] IN (", Case.Sensitive, sql);
        sql.ShouldContain("OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY", Case.Sensitive, sql);
        sql.ShouldContain("ORDER BY [c].[HeldOn] DESC", Case.Sensitive, sql);
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await admin.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

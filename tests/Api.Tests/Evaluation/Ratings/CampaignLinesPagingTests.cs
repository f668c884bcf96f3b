using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>
/// A campaign's member lines and a month's members not reviewed, a page at a time (ADR 0074): the pages, read at any
/// size, are the whole list once in its order (cells by folded name, then members in Vietnamese name order, the id
/// last), narrowed by the caller's scope and the filters, with the bounds of every paged list.
/// </summary>
public sealed class CampaignLinesPagingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    [Fact]
    public async Task The_campaigns_lines_are_paged_in_cell_then_name_order_and_every_page_size_reads_them_once()
    {
        var reference = await factory.WithDbAsync(async db =>
        {
            var rows = await (from r in db.Set<MemberRating>().Where(r => r.CampaignId == DemoRatings.CampaignId)
                              join m in db.Set<PartyMember>() on r.MemberId equals m.Id
                              join o in db.Set<PartyOrganization>() on r.CellId equals o.Id
                              select new { r.Id, r.CellId, o.NameFolded, CellName = o.Name, m.NameSortKey, m.FullName }).ToListAsync();
            return rows.OrderBy(x => x.NameFolded, StringComparer.Ordinal).ThenBy(x => x.CellName, StringComparer.Ordinal).ThenBy(x => x.CellId)
                .ThenBy(x => x.NameSortKey, StringComparer.Ordinal).ThenBy(x => x.Id).ToList();
        });
        reference.Select(x => x.CellId).Distinct().Count().ShouldBeGreaterThan(2, "the demo campaign spans several cells");
        var url = $"/api/v1/rating-campaigns/{DemoRatings.CampaignId}/member-ratings";

        foreach (var size in new[] { 1, 7, 29, 100 })
        {
            var lines = await admin.AllItemsAsync(url, size);
            lines.Select(l => l.GetProperty("id").GetGuid()).ToList().ShouldBe(reference.Select(x => x.Id).ToList(), $"page size {size}");
            lines.Select(l => l.GetProperty("cellName").GetString()!).ToList().ShouldBe(reference.Select(x => x.CellName).ToList());
            lines.Select(l => l.GetProperty("fullName").GetString()!).ToList().ShouldBe(reference.Select(x => x.FullName).ToList());
        }

        // "Chi bộ Thanh tra Sở" before "Chi bộ Văn phòng Sở" before … as folded, not as code points ("Chi bộ Cơ sở…" first).
        var cellOrder = reference.Select(x => x.CellName).Distinct().ToList();
        cellOrder.ShouldBe([.. cellOrder.OrderBy(n => n.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD), StringComparer.Ordinal)]);

        // A cell narrows the lines and the total; a secretary reads his cell's only; a member his own line.
        var cell = DemoData.Cell(1);
        var ofCell = await admin.AllItemsAsync($"{url}?cellId={cell}", 5);
        ofCell.Select(l => l.GetProperty("id").GetGuid()).ToList().ShouldBe(reference.Where(x => x.CellId == cell).Select(x => x.Id).ToList());
        var secretary = await factory.ClientAs("CellSecretary", cell).AllItemsAsync(url, 3);
        secretary.Select(l => l.GetProperty("id").GetGuid()).ToList().ShouldBe(reference.Where(x => x.CellId == cell).Select(x => x.Id).ToList());
        var own = ofCell[0];
        var member = factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(
            "member-paging", ["Member"], cell, extraClaims: [new Claim(ClaimNames.MemberId, own.GetProperty("memberId").GetGuid().ToString())]));
        (await member.AllItemsAsync(url)).ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(own.GetProperty("id").GetGuid());

        // Past the last page: no items, the same total; the bounds of every paged list.
        var past = await (await admin.GetAsync($"{url}?page={reference.Count + 1}&pageSize=1")).ReadAsync<JsonElement>();
        past.GetProperty("items").GetArrayLength().ShouldBe(0);
        past.GetProperty("totalCount").GetInt32().ShouldBe(reference.Count);
        await (await admin.GetAsync($"{url}?pageSize=101")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await admin.GetAsync($"{url}?page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await admin.GetAsync($"{url}?pageSize=x")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await admin.GetAsync($"/api/v1/rating-campaigns/{Guid.NewGuid()}/member-ratings")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "rating_campaign.not_found");
    }

    [Fact]
    public async Task The_members_not_reviewed_are_paged_by_cell_in_name_order_and_the_pages_are_the_whole_list()
    {
        foreach (var (year, month) in new[] { (EvaluationDemoData.Year, 11), (EvaluationDemoData.Year, 6), (2024, 3) })
        {
            var url = $"/api/v1/monthly-reviews/missing?year={year}&month={month}";
            var whole = await admin.AllItemsAsync(url);
            whole.Count.ShouldBeGreaterThan(2, $"{year}-{month}: the demo register's cells");
            foreach (var size in new[] { 1, 2, 5 })
            {
                var paged = await admin.AllItemsAsync(url, size);
                paged.Select(c => c.GetRawText()).ToList().ShouldBe(whole.Select(c => c.GetRawText()).ToList(), $"{year}-{month}, {size} cells a page");
            }

            var cells = await factory.WithDbAsync(db => db.Set<PartyOrganization>()
                .Where(o => o.Type == OrganizationType.PartyCell).Select(o => new { o.Id, o.NameFolded, o.Name }).ToListAsync());
            var folded = cells.ToDictionary(c => c.Id, c => c.NameFolded);
            var order = whole.Select(c => c.GetProperty("organizationId").GetGuid()).ToList();
            order.ShouldBe([.. order.OrderBy(id => folded[id], StringComparer.Ordinal).ThenBy(id => cells.Single(c => c.Id == id).Name, StringComparer.Ordinal).ThenBy(id => id)]);
            order.Distinct().Count().ShouldBe(order.Count);
            foreach (var cell in whole)
            {
                var notReviewed = cell.GetProperty("notReviewed").GetArrayLength();
                (cell.GetProperty("expected").GetInt32() - cell.GetProperty("reviewed").GetInt32()).ShouldBe(notReviewed);
            }
        }

        // The reviewed demo months: some reviewed, so the page's reviews are read for its members.
        var reviewedMonth = await admin.AllItemsAsync($"/api/v1/monthly-reviews/missing?year={EvaluationDemoData.Year}&month={EvaluationDemoData.ReviewedMonths[0]}", 1);
        reviewedMonth.Sum(c => c.GetProperty("reviewed").GetInt32()).ShouldBeGreaterThan(0);

        // A cell secretary's scope is his cell: one cell, one page.
        var secretary = await factory.ClientAs("CellSecretary", DemoData.Cell(2)).AllItemsAsync($"/api/v1/monthly-reviews/missing?year={EvaluationDemoData.Year}&month=11");
        secretary.ShouldHaveSingleItem().GetProperty("organizationId").GetGuid().ShouldBe(DemoData.Cell(2));

        await (await admin.GetAsync("/api/v1/monthly-reviews/missing?year=2020")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await admin.GetAsync("/api/v1/monthly-reviews/missing?year=2020&month=1&pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var past = await (await admin.GetAsync("/api/v1/monthly-reviews/missing?year=2020&month=1&page=999")).ReadAsync<JsonElement>();
        past.GetProperty("items").GetArrayLength().ShouldBe(0);
        past.GetProperty("totalCount").GetInt32().ShouldBeGreaterThan(2);
    }
}

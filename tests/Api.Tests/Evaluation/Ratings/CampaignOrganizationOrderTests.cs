using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Domain.Common;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>
/// A campaign's organisations, in its view and in the rating statistics, are listed the committee first and then its
/// cells in folded name order (<c>OrganizationOrder.InNameOrder</c>, as the campaign's member lines, ADR 0074): a cell
/// renamed "Chi bộ Đào tạo" comes between the "Cơ sở" and the "Phòng" cells, not after "Văn phòng" as the names' code
/// points would put it.
/// </summary>
public sealed class CampaignOrganizationOrderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Renamed = "Chi bộ Đào tạo";

    [Fact]
    public async Task The_committee_comes_first_then_its_cells_in_folded_name_order()
    {
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE Organizations SET Name = {Renamed}, NameFolded = {VietnameseText.Fold(Renamed)} WHERE Id = {DemoData.Cell(1)}"));
        var admin = factory.ClientAs("Admin", null);

        var view = await admin.GetAsync($"/api/v1/rating-campaigns/{DemoRatings.CampaignId}/organizations?pageSize=100");
        view.StatusCode.ShouldBe(HttpStatusCode.OK, await view.Content.ReadAsStringAsync());
        var fromView = (await view.ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .Select(o => (Id: o.GetProperty("organizationId").GetGuid(), Name: o.GetProperty("name").GetString()!)).ToList();

        var statistics = await admin.GetAsync($"/api/v1/statistics/ratings/organizations?year={DemoRatings.Year}&pageSize=100");
        statistics.StatusCode.ShouldBe(HttpStatusCode.OK, await statistics.Content.ReadAsStringAsync());
        var fromStatistics = (await statistics.ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .Select(o => (Id: o.GetProperty("organizationId").GetGuid(), Name: o.GetProperty("name").GetString()!)).ToList();

        foreach (var (list, where) in new[] { (fromView, "campaign view"), (fromStatistics, "rating statistics") })
        {
            list[0].Id.ShouldBe(DemoData.CommitteeId, where);
            var cells = list.Skip(1).ToList();
            cells.Count.ShouldBe(7, where);
            cells.Select(c => c.Name).ShouldBe(
                cells.OrderBy(c => VietnameseText.Fold(c.Name), StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).ToList(), where);
            var renamed = cells.FindIndex(c => c.Name == Renamed);
            renamed.ShouldBeInRange(0, cells.Count - 2, $"{where}: not last, where the code points of 'Đ' would put it");
        }
    }
}

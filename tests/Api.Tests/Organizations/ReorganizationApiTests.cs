using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Reports;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Organizations;

/// <summary>
/// The 2025 merger: cells move from the department's committee to the committee of the Department of Home Affairs on a
/// date, in one operation; figures before the date do not change (ADR 0020).
/// </summary>
public sealed class ReorganizationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/organizations/reorganizations";

    private HttpClient Admin => factory.ClientAs(Roles.Admin, null);

    private async Task<Guid> HomeAffairsAsync()
    {
        var existing = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Code == "DB-SNV").Select(o => (Guid?)o.Id).SingleOrDefaultAsync());
        if (existing is { } id)
        {
            return id;
        }

        var response = await Admin.PostAsJsonAsync(
            "/api/v1/organizations",
            new { code = "DB-SNV", name = "Đảng bộ Sở Nội vụ", type = "PARTY_COMMITTEE", establishedOn = "2025-02-28" },
            HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<OrganizationDto>()).Id;
    }

    private async Task<MembershipStatistics> StatisticsAsync(Guid organizationId, string asOf) =>
        (await Admin.GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?organizationId={organizationId}&asOf={asOf}", HttpExtensions.Json))!;

    [Fact]
    public async Task Cells_move_with_their_members_and_the_figures_before_the_date_are_unchanged()
    {
        var homeAffairs = await HomeAffairsAsync();
        var before2020 = await StatisticsAsync(DemoData.CommitteeId, "2020-12-31");
        var movementsBefore = await Admin.GetFromJsonAsync<MembershipMovements>(
            $"/api/v1/reports/membership-movements?organizationId={DemoData.CommitteeId}&from=2020-01-01&to=2020-12-31", HttpExtensions.Json);

        var response = await Admin.PostAsJsonAsync(
            Url, new { toParentId = homeAffairs, organizationIds = new[] { DemoData.Cell(1), DemoData.Cell(2) }, effectiveOn = "2025-03-01", decisionNumber = "25-QĐ/TU" }, HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.ReadAsync<ReorganizationResult>();
        result.Moved.Select(m => m.OrganizationId).ShouldBe([DemoData.Cell(1), DemoData.Cell(2)]);
        result.Moved.ShouldAllBe(m => m.FromParentId == DemoData.CommitteeId && m.ToParentId == homeAffairs);

        // Before the date: exactly the figures of before the move (the seed report's 137 members and 7 cells).
        var after2020 = await StatisticsAsync(DemoData.CommitteeId, "2020-12-31");
        after2020.Members.Total.ShouldBe(137);
        after2020.Members.Total.ShouldBe(before2020.Members.Total);
        after2020.Members.Women.ShouldBe(before2020.Members.Women);
        after2020.Organizations.Total.ShouldBe(before2020.Organizations.Total);
        var movementsAfter = await Admin.GetFromJsonAsync<MembershipMovements>(
            $"/api/v1/reports/membership-movements?organizationId={DemoData.CommitteeId}&from=2020-01-01&to=2020-12-31", HttpExtensions.Json);
        movementsAfter!.ClosingCount.ShouldBe(movementsBefore!.ClosingCount);
        movementsAfter.OpeningCount.ShouldBe(movementsBefore.OpeningCount);

        // The eve of the move: the new committee has nobody yet; from the date, the two cells' members.
        (await StatisticsAsync(homeAffairs, "2025-02-28")).Members.Total.ShouldBe(0);
        var moved = await StatisticsAsync(homeAffairs, "2025-03-01");
        var cellMembers = await factory.WithDbAsync(db => db.Set<Domain.Membership.MemberPlacement>()
            .CountAsync(p => (p.OrganizationId == DemoData.Cell(1) || p.OrganizationId == DemoData.Cell(2)) && p.StartsOn <= new DateOnly(2025, 3, 1) && (p.EndsOn == null || p.EndsOn > new DateOnly(2025, 3, 1))));
        moved.Members.Total.ShouldBeGreaterThan(0);
        moved.Members.Total.ShouldBeLessThanOrEqualTo(cellMembers);
        (await StatisticsAsync(DemoData.CommitteeId, "2025-03-01")).Organizations.Total.ShouldBe(before2020.Organizations.Total - 2);

        // The tree today: the cells are under the new committee; the move is dated history.
        var paths = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == DemoData.Cell(1)).Select(o => o.ParentId).SingleAsync());
        paths.ShouldBe(homeAffairs);
        var again = await Admin.PostAsJsonAsync(Url, new { toParentId = homeAffairs, organizationIds = new[] { DemoData.Cell(1) }, effectiveOn = "2025-04-01" }, HttpExtensions.Json);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "reorganization.already_under_parent");
    }

    [Fact]
    public async Task One_organisation_refused_moves_none_and_a_scope_that_does_not_cover_both_sides_is_not_found()
    {
        var homeAffairs = await HomeAffairsAsync();
        await factory.ShouldWriteNothingAsync(async () =>
        {
            var response = await Admin.PostAsJsonAsync(
                Url, new { toParentId = homeAffairs, organizationIds = new[] { DemoData.Cell(5), Guid.NewGuid() }, effectiveOn = "2025-03-01" }, HttpExtensions.Json);
            await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "reorganization.organization_not_found");
        });

        await factory.ShouldWriteNothingAsync(async () =>
        {
            // The department's office does not see the new committee: as if it did not exist.
            var office = factory.ClientAs(Roles.CommitteeOffice, DemoData.CommitteeId);
            var response = await office.PostAsJsonAsync(
                Url, new { toParentId = homeAffairs, organizationIds = new[] { DemoData.Cell(5) }, effectiveOn = "2025-03-01" }, HttpExtensions.Json);
            await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "reorganization.parent_not_found");
        });

        await factory.ShouldWriteNothingAsync(async () =>
        {
            var response = await Admin.PostAsJsonAsync(
                Url, new { toParentId = homeAffairs, organizationIds = new[] { DemoData.Cell(5) }, effectiveOn = "2025-02-27" }, HttpExtensions.Json);
            await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "reorganization.parent_inactive");
        });
    }
}

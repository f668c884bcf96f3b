using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Organizations;

/// <summary>The demo data of the embedded default reproduces the seed report's organisation (read-only tests: own database).</summary>
public sealed class DemoDataTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/organizations";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task Demo_data_is_the_committee_with_four_administrative_and_three_public_service_cells()
    {
        var cells = await office.GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?type=PARTY_CELL&pageSize=100", HttpExtensions.Json);

        cells!.TotalCount.ShouldBe(7);
        cells.Items.Count(c => c.UnitKind == UnitKind.AdministrativeAgency).ShouldBe(4);
        cells.Items.Count(c => c.UnitKind == UnitKind.PublicServiceUnit).ShouldBe(3);
        cells.Items.ShouldAllBe(c => c.ParentId == DemoData.CommitteeId && c.Depth == 1 && c.Active);
        cells.Items.First().TypeLabel.Vi.ShouldBe("Chi bộ");
    }

    [Fact]
    public async Task Tree_returns_the_committee_with_its_cells()
    {
        var tree = await office.GetFromJsonAsync<OrganizationTreeNode>($"{Url}/{DemoData.CommitteeId}/tree?activeOn=2020-01-01", HttpExtensions.Json);

        tree!.Organization.Code.ShouldBe("DB-SLDTBXH");
        tree.Children.Select(c => c.Organization.Code).ShouldBe(["CB-BTXH", "CB-CNMT", "CB-KHTC", "CB-LDVL", "CB-TT", "CB-TTDVVL", "CB-VP"]);
    }
}

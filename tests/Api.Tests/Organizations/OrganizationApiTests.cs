using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Organizations;

/// <summary>CRUD, paging, filtering, sorting, tree and rules of /api/v1/organizations over HTTP on a SQLite file.</summary>
public sealed class OrganizationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/organizations";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task Create_returns_201_with_location_etag_and_the_stored_organisation()
    {
        var response = await office.PostAsJsonAsync(Url, NewCell("CB-TEST-CREATE"), HttpExtensions.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.ReadAsync<OrganizationDto>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/organizations/{created.Id}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        created.Code.ShouldBe("CB-TEST-CREATE");
        created.Name.ShouldBe("Chi bộ Phòng Người có công");
        created.Type.ShouldBe(OrganizationType.PartyCell);
        created.ParentId.ShouldBe(DemoData.CommitteeId);
        created.Version.ShouldBe(1);

        var fetched = (await office.GetFromJsonAsync<OrganizationDto>(response.Headers.Location, HttpExtensions.Json))!;
        fetched.ShouldBe(created with { CreatedAt = fetched.CreatedAt, UpdatedAt = fetched.UpdatedAt });
    }

    [Fact]
    public async Task Create_with_a_code_already_in_use_is_409_and_writes_nothing()
    {
        (await office.PostAsJsonAsync(Url, NewCell("CB-TEST-DUP"), HttpExtensions.Json)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await office.PostAsJsonAsync(Url, NewCell("cb-test-dup"), HttpExtensions.Json);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "organization.code_taken");
        (await factory.WithDbAsync(db => Task.FromResult(db.Organizations.Count(o => o.Code == "CB-TEST-DUP")))).ShouldBe(1);
    }

    [Fact]
    public async Task A_cell_under_a_cell_is_refused_with_the_rule_that_forbids_it()
    {
        var response = await office.PostAsJsonAsync(Url, NewCell("CB-TEST-NESTED") with { ParentId = DemoData.Cell(1) }, HttpExtensions.Json);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "organization.invalid_parent");
        problem.GetProperty("detail").GetString()!.ShouldContain("chi bộ thuộc đảng bộ");
    }

    [Fact]
    public async Task A_cell_established_before_its_committee_is_refused()
    {
        var response = await office.PostAsJsonAsync(Url, NewCell("CB-TEST-EARLY") with { EstablishedOn = new DateOnly(2000, 1, 1) }, HttpExtensions.Json);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "organization.established_before_parent");
        problem.GetProperty("detail").GetString()!.ShouldContain("2008-03-15");
    }

    [Fact]
    public async Task Unknown_parent_is_refused()
    {
        var response = await office.PostAsJsonAsync(Url, NewCell("CB-TEST-ORPHAN") with { ParentId = Guid.NewGuid() }, HttpExtensions.Json);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "organization.parent_not_found");
    }

    [Fact]
    public async Task List_pages_with_total_count_and_caps_the_page_size()
    {
        var first = await office.GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?pageSize=3&page=1&sort=code", HttpExtensions.Json);
        var second = await office.GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?pageSize=3&page=2&sort=code", HttpExtensions.Json);

        first!.Items.Count.ShouldBe(3);
        first.Page.ShouldBe(1);
        first.PageSize.ShouldBe(3);
        first.TotalCount.ShouldBeGreaterThanOrEqualTo(8);
        second!.Items.Select(o => o.Code).ShouldNotContain(c => first.Items.Select(i => i.Code).Contains(c));
        string.CompareOrdinal(first.Items[^1].Code, second.Items[0].Code).ShouldBeLessThan(0);

        var tooBig = await office.GetAsync($"{Url}?pageSize=1000");
        var problem = await tooBig.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").GetProperty("pageSize").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task List_sorts_descending_and_filters_by_unit_kind_parent_and_search_without_accents()
    {
        var sorted = await office.GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?type=PARTY_CELL&sort=-code&pageSize=100", HttpExtensions.Json);
        sorted!.Items.Select(o => o.Code).ShouldBe(sorted.Items.Select(o => o.Code).OrderByDescending(c => c, StringComparer.Ordinal));

        var publicService = await office.GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?unitKind=PUBLIC_SERVICE_UNIT&type=PARTY_CELL&parentId={DemoData.CommitteeId}", HttpExtensions.Json);
        publicService!.Items.Select(o => o.Code).ShouldBe(["CB-BTXH", "CB-CNMT", "CB-TTDVVL"], ignoreOrder: true);

        var search = await office.GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?search=cai%20nghien%20MA%20TUY", HttpExtensions.Json);
        search!.Items.ShouldHaveSingleItem().Code.ShouldBe("CB-CNMT");

        var badSort = await office.GetAsync($"{Url}?sort=secret");
        await badSort.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Active_on_filter_and_dissolution_follow_the_dates()
    {
        var cell = await CreateAsync(NewCell("CB-TEST-DISSOLVE"));
        var dissolve = await office.PostJsonAsync($"{Url}/{cell.Id}/dissolve", new { dissolvedOn = "2024-06-30" }, "\"1\"");
        var dissolved = await dissolve.ReadAsync<OrganizationDto>();

        dissolved.DissolvedOn.ShouldBe(new DateOnly(2024, 6, 30));
        dissolved.Active.ShouldBeFalse();
        dissolved.Version.ShouldBe(2);
        dissolve.Headers.ETag!.Tag.ShouldBe("\"2\"");

        var before = await office.GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?activeOn=2024-06-29&search=CB-TEST-DISSOLVE", HttpExtensions.Json);
        var onTheDay = await office.GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?activeOn=2024-06-30&search=CB-TEST-DISSOLVE", HttpExtensions.Json);
        before!.TotalCount.ShouldBe(1);
        onTheDay!.TotalCount.ShouldBe(0);

        var again = await office.PostJsonAsync($"{Url}/{cell.Id}/dissolve", new { dissolvedOn = "2024-07-01" }, "\"2\"");
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "organization.already_dissolved");
    }

    [Fact]
    public async Task A_committee_with_active_cells_cannot_be_dissolved()
    {
        var admin = factory.ClientAs("Admin", null);
        var committee = await admin.GetFromJsonAsync<OrganizationDto>($"{Url}/{DemoData.CommitteeId}", HttpExtensions.Json);

        var response = await admin.PostJsonAsync($"{Url}/{DemoData.CommitteeId}/dissolve", new { dissolvedOn = "2026-01-01" }, $"\"{committee!.Version}\"");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "organization.has_active_children");
    }

    [Fact]
    public async Task Update_renames_and_moves_a_cell_with_its_subtree()
    {
        var sub = await CreateAsync(new CreateBody("DBBP-TEST-MOVE", "Đảng bộ bộ phận Khối sự nghiệp", null, "PARTY_SUB_COMMITTEE", "PUBLIC_SERVICE_UNIT", DemoData.CommitteeId, new DateOnly(2015, 1, 1)));
        // Established before the sub-committee: the move is valid only together with the corrected date.
        var cell = await CreateAsync(NewCell("CB-TEST-MOVE") with { EstablishedOn = new DateOnly(2012, 1, 15) });

        var moved = await office.PutJsonAsync(
            $"{Url}/{cell.Id}",
            new { name = "  Chi bộ   Trung tâm Công tác xã hội ", shortName = "CB CTXH", unitKind = "PUBLIC_SERVICE_UNIT", parentId = sub.Id, establishedOn = "2016-05-01" },
            "\"1\"");
        var updated = await moved.ReadAsync<OrganizationDto>();

        updated.Name.ShouldBe("Chi bộ Trung tâm Công tác xã hội");
        updated.ParentId.ShouldBe(sub.Id);
        updated.Depth.ShouldBe(2);
        updated.UnitKind.ShouldBe(UnitKind.PublicServiceUnit);
        updated.Version.ShouldBe(2);

        var tree = await office.GetFromJsonAsync<OrganizationTreeNode>($"{Url}/{sub.Id}/tree", HttpExtensions.Json);
        tree!.Children.ShouldHaveSingleItem().Organization.Id.ShouldBe(cell.Id);

        var subMovedUnderCell = await office.PutJsonAsync(
            $"{Url}/{sub.Id}",
            new { name = sub.Name, unitKind = "PUBLIC_SERVICE_UNIT", parentId = cell.Id, establishedOn = "2015-01-01" },
            "\"1\"");
        await subMovedUnderCell.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "organization.cycle");
    }

    [Fact]
    public async Task Reference_lists_carry_codes_and_both_labels()
    {
        var types = await office.GetFromJsonAsync<JsonElement>("/api/v1/reference/organization-types");

        types.EnumerateArray().Select(t => t.GetProperty("code").GetString()).ShouldBe(["PARTY_COMMITTEE", "PARTY_SUB_COMMITTEE", "PARTY_CELL"]);
        types[2].GetProperty("label").GetProperty("vi").GetString().ShouldBe("Chi bộ");
        types[2].GetProperty("label").GetProperty("en").GetString().ShouldBe("Party cell");
    }

    private async Task<OrganizationDto> CreateAsync(CreateBody body) =>
        await (await office.PostAsJsonAsync(Url, body, HttpExtensions.Json)).ReadAsync<OrganizationDto>();

    private static CreateBody NewCell(string code) =>
        new(code, "Chi bộ Phòng Người có công", "CB NCC", "PARTY_CELL", "ADMINISTRATIVE_AGENCY", DemoData.CommitteeId, new DateOnly(2018, 1, 15));

    internal sealed record CreateBody(string? Code, string? Name, string? ShortName, string? Type, string? UnitKind, Guid? ParentId, DateOnly? EstablishedOn);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>Tone placement in search and order; names recorded by their parts over HTTP.</summary>
public sealed class MemberNameApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/members";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Theory]
    [InlineData("Hoà", "CB-TONE-1")]
    [InlineData("hòa", "CB-TONE-2")]
    [InlineData("HOA", "CB-TONE-3")]
    public async Task Searching_either_tone_placement_finds_the_other(string search, string cellCode)
    {
        // A code of its own per case (it was a hash of the text modulo 100,000: string hashes differ per process, and
        // two cases could draw the same code, which the second then found taken).
        var cell = await CreateCellAsync(cellCode);
        await factory.AddMemberAsync(cell, "Nguyễn Thị Hòa");
        await factory.AddMemberAsync(cell, "Lê Thị Thuỷ");
        await factory.AddMemberAsync(cell, "Trần Văn Hùng");

        var page = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&search={Uri.EscapeDataString(search)}", HttpExtensions.Json);
        page!.Items.ShouldHaveSingleItem().FullName.ShouldBe("Nguyễn Thị Hòa");

        var thuy = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&search={Uri.EscapeDataString("Thủy")}", HttpExtensions.Json);
        thuy!.Items.ShouldHaveSingleItem().FullName.ShouldBe("Lê Thị Thuỷ");
    }

    [Fact]
    public async Task Old_and_new_placements_sort_as_one_name_between_their_neighbours()
    {
        var cell = await CreateCellAsync("CB-TONE-ORDER");
        foreach (var name in new[] { "Bùi Văn Hỏa", "Lê Văn Hoà", "Anh Văn Hòa", "Đỗ Văn Hoa" })
        {
            await factory.AddMemberAsync(cell, name);
        }

        var all = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&pageSize=100", HttpExtensions.Json);
        // Hoa < Hòa = Hoà (then by family name: Anh < Lê) < Hỏa.
        all!.Items.Select(m => m.FullName).ShouldBe(["Đỗ Văn Hoa", "Anh Văn Hòa", "Lê Văn Hoà", "Bùi Văn Hỏa"]);
    }

    [Fact]
    public async Task A_name_whose_family_name_is_last_is_recorded_by_parts_and_sorted_by_its_given_name()
    {
        var cell = await CreateCellAsync("CB-EDE");
        await factory.AddMemberAsync(cell, "Nguyễn Văn Minh");
        await factory.AddMemberAsync(cell, "Trần Thị Phương");
        var id = await factory.AddMemberAsync(cell, "Y Ngông Niê Kđăm", ethnicityCode: "12");

        var before = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&pageSize=100", HttpExtensions.Json);
        before!.Items.Select(m => m.FullName).ShouldBe(["Y Ngông Niê Kđăm", "Nguyễn Văn Minh", "Trần Thị Phương"]);

        var noIfMatch = await office.PutJsonAsync($"{Url}/{id}/name", new { familyName = "Niê Kđăm", middleName = "Y", givenName = "Ngông", order = "FAMILY_LAST" }, null);
        await noIfMatch.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");

        var response = await office.PutJsonAsync(
            $"{Url}/{id}/name",
            new { familyName = "Niê Kđăm", middleName = "Y", givenName = "Ngông", order = "FAMILY_LAST", birthName = "Y Ngông", alias = "Ama Hoà" },
            "\"1\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var member = await response.ReadAsync<MemberDto>();
        member.FullName.ShouldBe("Y Ngông Niê Kđăm");
        member.GivenName.ShouldBe("Ngông");
        member.FamilyName.ShouldBe("Niê Kđăm");
        member.NameOrder.ShouldBe(NameOrder.FamilyLast);
        member.BirthName.ShouldBe("Y Ngông");
        member.Alias.ShouldBe("Ama Hoà");
        member.Version.ShouldBe(2);

        var after = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&pageSize=100", HttpExtensions.Json);
        after!.Items.Select(m => m.FullName).ShouldBe(["Nguyễn Văn Minh", "Y Ngông Niê Kđăm", "Trần Thị Phương"]);

        var invalid = await office.PutJsonAsync($"{Url}/{id}/name", new { familyName = "Niê", givenName = "Ngông 2" }, "\"2\"");
        await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);
        (await viewer.PutJsonAsync($"{Url}/{id}/name", new { givenName = "Ngông" }, "\"2\"")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<Guid> CreateCellAsync(string code)
    {
        var response = await factory.ClientAs("Admin", null).PostAsJsonAsync("/api/v1/organizations", new
        {
            code,
            name = "Chi bộ " + code,
            type = "PARTY_CELL",
            unitKind = "ADMINISTRATIVE_AGENCY",
            parentId = DemoData.CommitteeId,
            establishedOn = "2009-01-01",
        });
        return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

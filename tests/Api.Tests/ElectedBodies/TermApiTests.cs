using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization.ElectedBodies;
using static PartyCommittee.Api.Tests.ElectedBodies.BodyApi;

namespace PartyCommittee.Api.Tests.ElectedBodies;

/// <summary>Terms of office over HTTP: creation, listing, update with If-Match, and their rules.</summary>
public sealed class TermApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly BodyApi api = new(factory);

    [Fact]
    public async Task Create_returns_201_with_location_and_etag_and_the_list_orders_by_start()
    {
        var (committee, _, _) = await api.NewCommitteeAsync("DBT-TERMS");
        var current = await api.CreateTermAsync(committee, "2020–2025", TermStart, TermEnd, 9);
        var response = await api.Office.PostAsJsonAsync(
            $"/api/v1/organizations/{committee}/terms",
            new { name = "2015–2020", congressNumber = 8, startsOn = "2015-04-10", endsOn = "2020-04-09" },
            HttpExtensions.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var previous = await response.ReadAsync<TermDto>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/terms/{previous.Id}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        previous.CongressNumber.ShouldBe(8);
        previous.Current.ShouldBeFalse();

        var list = await api.Office.GetFromJsonAsync<PagedList<TermDto>>($"/api/v1/organizations/{committee}/terms", HttpExtensions.Json);
        list!.Items.Select(t => t.Name).ShouldBe(["2015–2020", "2020–2025"]);
        var descending = await api.Office.GetFromJsonAsync<PagedList<TermDto>>($"/api/v1/organizations/{committee}/terms?sort=-startsOn", HttpExtensions.Json);
        descending!.Items[0].Id.ShouldBe(current.Id);

        var get = await api.Office.GetAsync($"/api/v1/terms/{current.Id}");
        get.Headers.ETag!.Tag.ShouldBe("\"1\"");
        (await get.ReadAsync<TermDto>()).ShouldBe(current);
    }

    [Fact]
    public async Task A_name_in_use_is_409_and_an_overlapping_term_is_422()
    {
        var (committee, _, _) = await api.NewCommitteeAsync("DBT-TERMX");
        await api.CreateTermAsync(committee);

        var sameName = await api.Office.PostAsJsonAsync($"/api/v1/organizations/{committee}/terms", new { name = "2020-2025", startsOn = "2010-01-01", endsOn = "2015-01-01" }, HttpExtensions.Json);
        await sameName.ShouldBeProblemAsync(HttpStatusCode.Conflict, "term.name_taken");

        var overlapping = await api.Office.PostAsJsonAsync($"/api/v1/organizations/{committee}/terms", new { name = "2024–2029", startsOn = "2024-01-01", endsOn = "2029-01-01" }, HttpExtensions.Json);
        var problem = await overlapping.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "term.overlaps");
        problem.GetProperty("detail").GetString()!.ShouldContain("2020–2025");

        var reversed = await api.Office.PostAsJsonAsync($"/api/v1/organizations/{committee}/terms", new { name = "2017", startsOn = "2017-01-01", endsOn = "2016-01-01" }, HttpExtensions.Json);
        await reversed.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "term.ends_before_start");

        var invalid = await api.Office.PostAsJsonAsync($"/api/v1/organizations/{committee}/terms", new { name = "", congressNumber = 0 }, HttpExtensions.Json);
        var validation = await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        validation.GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        validation.GetProperty("errors").TryGetProperty("startsOn", out _).ShouldBeTrue();
        validation.GetProperty("errors").TryGetProperty("congressNumber", out _).ShouldBeTrue();

        var unknown = await api.Office.PostAsJsonAsync($"/api/v1/organizations/{Guid.NewGuid()}/terms", new { name = "2020–2025", startsOn = "2020-04-10", endsOn = "2025-04-09" }, HttpExtensions.Json);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
    }

    [Fact]
    public async Task Update_needs_if_match_and_keeps_the_seats_inside_the_term()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-TERMU");
        await api.AddAsync(c.Executive, await api.MemberAsync(c.CellA, "Trịnh Văn Bô"), "SECRETARY");
        var url = $"/api/v1/terms/{c.Term.Id}";

        await (await api.Office.PutJsonAsync(url, new { name = "2020–2025", startsOn = TermStart, endsOn = TermEnd }, null))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");

        var updated = await (await api.Office.PutJsonAsync(url, new { name = "2020 – 2025", congressNumber = 9, startsOn = TermStart, endsOn = new DateOnly(2025, 9, 30) }, "\"1\"")).ReadAsync<TermDto>();
        updated.EndsOn.ShouldBe(new DateOnly(2025, 9, 30));
        updated.Version.ShouldBe(2);

        await (await api.Office.PutJsonAsync(url, new { name = "2020–2025", startsOn = TermStart, endsOn = TermEnd }, "\"1\""))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");

        await (await api.Office.PutJsonAsync(url, new { name = "2020–2025", startsOn = TermStart.AddDays(1), endsOn = TermEnd }, "\"2\""))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "term.memberships_outside");

        var stored = await api.Office.GetFromJsonAsync<TermDto>(url, HttpExtensions.Json);
        stored!.StartsOn.ShouldBe(TermStart);
        stored.Version.ShouldBe(2);
    }
}

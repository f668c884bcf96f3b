using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>Deny by default, role checks (403), object-level scope (404 out of scope) and token validation (401).</summary>
public sealed class SecurityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/organizations";

    [Theory]
    [InlineData("GET", "/api/v1/organizations")]
    [InlineData("GET", "/api/v1/organizations/0195a000-0000-7000-8000-000000000001")]
    [InlineData("POST", "/api/v1/organizations")]
    [InlineData("GET", "/api/v1/audit-entries")]
    [InlineData("GET", "/api/v1/reference/unit-kinds")]
    public async Task Every_api_endpoint_requires_a_token(string method, string url)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
    }

    [Fact]
    public async Task Expired_or_foreign_tokens_are_401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("old", ["Admin"], lifetime: TimeSpan.FromMinutes(-10)));
        await (await client.GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");

        var token = TestTokens.Create("forger", ["Admin"]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + "AAAA");
        await (await client.GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task Anonymous_health_and_swagger()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldContain("\"database\"");
        (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Viewer")]
    [InlineData("CellSecretary")]
    [InlineData("InspectionCommission")]
    [InlineData("Member")]
    [InlineData("IndicatorReporter")]
    public async Task Roles_without_organisation_work_cannot_create_organisations(string role)
    {
        var client = factory.ClientAs(role, DemoData.CommitteeId);

        var response = await client.PostAsJsonAsync(Url, new { code = "CB-FORBIDDEN", name = "Chi bộ X", type = "PARTY_CELL", unitKind = "ADMINISTRATIVE_AGENCY", parentId = DemoData.CommitteeId, establishedOn = "2020-01-01" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        (await factory.WithDbAsync(db => Task.FromResult(db.Organizations.Any(o => o.Code == "CB-FORBIDDEN")))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Member")]
    [InlineData("IndicatorReporter")]
    public async Task Roles_without_need_cannot_read_organisations(string role)
    {
        var response = await factory.ClientAs(role, DemoData.CommitteeId).GetAsync(Url);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task A_cell_secretary_sees_only_the_own_cell_and_gets_404_elsewhere()
    {
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));

        var list = await secretary.GetFromJsonAsync<PagedList<OrganizationDto>>(Url, HttpExtensions.Json);
        list!.Items.ShouldHaveSingleItem().Id.ShouldBe(DemoData.Cell(2));
        list.TotalCount.ShouldBe(1);

        (await secretary.GetAsync($"{Url}/{DemoData.Cell(2)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await secretary.GetAsync($"{Url}/{DemoData.Cell(3)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        await (await secretary.GetAsync($"{Url}/{DemoData.CommitteeId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        await (await secretary.GetAsync($"{Url}/{DemoData.CommitteeId}/tree")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
    }

    [Fact]
    public async Task Out_of_scope_changes_are_404_and_change_nothing()
    {
        var cellOffice = factory.ClientAs("CommitteeOffice", DemoData.Cell(1));

        var update = await cellOffice.PutJsonAsync($"{Url}/{DemoData.Cell(3)}", new { name = "Hijacked", unitKind = "ADMINISTRATIVE_AGENCY", parentId = DemoData.CommitteeId, establishedOn = "2010-06-01" }, "\"1\"");
        await update.ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");

        var create = await cellOffice.PostAsJsonAsync(Url, new { code = "CB-OUTSIDE", name = "Chi bộ X", type = "PARTY_CELL", unitKind = "ADMINISTRATIVE_AGENCY", parentId = DemoData.CommitteeId, establishedOn = "2020-01-01" });
        await create.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "organization.parent_not_found");

        var name = await factory.WithDbAsync(db => Task.FromResult(db.Organizations.Single(o => o.Id == DemoData.Cell(3)).Name));
        name.ShouldBe("Chi bộ Phòng Kế hoạch – Tài chính");
    }

    [Fact]
    public async Task Only_an_admin_creates_a_top_level_committee()
    {
        var body = new { code = "DB-NEW-ROOT", name = "Đảng bộ Sở Y tế", type = "PARTY_COMMITTEE", establishedOn = "2010-01-01" };

        var byOffice = await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId).PostAsJsonAsync(Url, body);
        await byOffice.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "organization.root_requires_admin");

        var byAdmin = await factory.ClientAs("Admin", null).PostAsJsonAsync(Url, body);
        byAdmin.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_token_without_organisation_scope_is_403_for_scoped_roles()
    {
        var response = await factory.ClientAs("Viewer", null).GetAsync(Url);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.scope_missing");
    }

    [Fact]
    public async Task Security_headers_are_set()
    {
        var response = await factory.CreateClient().GetAsync("/health/live");

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'none'");
    }
}

public sealed class CorsApiFactory() : ApiFactory(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://spa.example.vn" });

/// <summary>SPA clients on the configured origins may call the API and read the ETag; other origins may not.</summary>
public sealed class CorsTests(CorsApiFactory factory) : IClassFixture<CorsApiFactory>
{
    [Theory]
    [InlineData("https://spa.example.vn", true)]
    [InlineData("https://evil.example.com", false)]
    public async Task Preflight_allows_only_configured_origins(string origin, bool allowed)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/organizations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,if-match,content-type");

        var response = await factory.CreateClient().SendAsync(request);

        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins).ShouldBe(allowed);
        if (allowed)
        {
            origins!.Single().ShouldBe(origin);
        }
    }

    [Fact]
    public async Task Responses_expose_the_etag_to_the_spa()
    {
        var client = factory.ClientAs("Viewer", DemoData.CommitteeId);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/organizations/{DemoData.CommitteeId}");
        request.Headers.Add("Origin", "https://spa.example.vn");

        var response = await client.SendAsync(request);

        response.Headers.GetValues("Access-Control-Expose-Headers").Single().ShouldContain("ETag");
    }
}

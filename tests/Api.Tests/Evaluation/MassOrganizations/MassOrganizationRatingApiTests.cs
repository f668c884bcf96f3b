using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Indicators.Progress;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.MassOrganizations;

/// <summary>Mass-organisation ratings over HTTP: decision, correction, scope, roles, figures.</summary>
public sealed class MassOrganizationRatingApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly Guid TradeUnion = Guid.Parse("0195a000-0000-7000-8003-000000000001");
    private static readonly Guid YouthUnion = Guid.Parse("0195a000-0000-7000-8003-000000000005");

    private readonly HttpClient admin = factory.ClientAs("Admin", null);
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
    private readonly HttpClient secretary = factory.ClientAs("CellSecretary", DemoData.Cell(1));
    private readonly HttpClient viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<JsonElement>();
    }

    [Fact]
    public async Task The_demo_2020_ratings_give_100_percent_strong_after_the_youth_unions_correction()
    {
        var list = await OkAsync(await viewer.GetAsync($"/api/v1/mass-organization-ratings?year=2020&organizationId={DemoData.CommitteeId}&pageSize=100"));
        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(6);
        items.ShouldAllBe(i => i.GetProperty("strong").GetBoolean());
        var youth = items.Single(i => i.GetProperty("massOrganizationId").GetGuid() == YouthUnion);
        youth.GetProperty("level").GetString().ShouldBe("STRONG");
        var correction = youth.GetProperty("corrections")[0];
        correction.GetProperty("previousLevel").GetString().ShouldBe("FAIR");
        correction.GetProperty("correctedOn").GetString().ShouldBe("2021-01-15");

        var stats = await OkAsync(await viewer.GetAsync($"/api/v1/statistics/ratings?year=2020&organizationId={DemoData.CommitteeId}"));
        var mass = stats.GetProperty("massOrganizations");
        mass.GetProperty("rated").GetInt32().ShouldBe(6);
        mass.GetProperty("strong").GetInt32().ShouldBe(6);
        mass.GetProperty("strongPercent").GetDecimal().ShouldBe(100m);

        // The indicator source reads the same figure for the committee's subtree; none for a year nobody rated.
        using var scope = factory.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<IInternalIndicatorSource>().OfType<RatingShareIndicatorSource>().Single();
        (await source.ComputeAsync(InternalIndicators.MassOrganizationsStrong, DemoData.CommitteeId, 2020, new DateOnly(2020, 12, 31), CancellationToken.None))
            .ShouldBe(new YearFigure(100m, 12));
        (await source.ComputeAsync(InternalIndicators.MassOrganizationsStrong, DemoData.CommitteeId, 2019, new DateOnly(2019, 12, 31), CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task The_office_decides_once_a_year_and_corrects_with_a_date_and_a_reason_under_if_match()
    {
        var body = new { massOrganizationId = TradeUnion, year = 2023, level = "FAIR", decidedOn = "2023-12-20", decisionNumber = "70-QĐ/ĐU" };
        await (await secretary.PostJsonAsync("/api/v1/mass-organization-ratings", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await factory.ShouldWriteNothingAsync(async () =>
        {
            await (await office.PostJsonAsync("/api/v1/mass-organization-ratings", new { massOrganizationId = TradeUnion, year = 2023, level = "FAIR" }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
            await (await office.PostJsonAsync("/api/v1/mass-organization-ratings", body with { decidedOn = "2022-12-20" }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "mass_organization_rating.decided_outside_year");
            await (await office.PostJsonAsync("/api/v1/mass-organization-ratings", body with { massOrganizationId = Guid.NewGuid() }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "mass_organization_rating.organization_not_found");
        });

        var created = await OkAsync(await office.PostJsonAsync("/api/v1/mass-organization-ratings", body), HttpStatusCode.Created);
        created.GetProperty("strong").GetBoolean().ShouldBeFalse();
        var id = created.GetProperty("id").GetGuid();
        await (await office.PostJsonAsync("/api/v1/mass-organization-ratings", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "mass_organization_rating.exists");

        var correction = new { correctedOn = "2024-01-10", level = "STRONG", reason = "Bổ sung kết quả hoạt động quý IV" };
        await (await office.PostJsonAsync($"/api/v1/mass-organization-ratings/{id}/corrections", correction))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        await (await office.PostJsonAsync($"/api/v1/mass-organization-ratings/{id}/corrections", correction, "\"99\""))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        await (await office.PostJsonAsync($"/api/v1/mass-organization-ratings/{id}/corrections", correction with { reason = "" }, "\"1\""))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await office.PostJsonAsync($"/api/v1/mass-organization-ratings/{id}/corrections", correction with { correctedOn = "2023-12-19" }, "\"1\""))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "mass_organization_rating.correction_date_invalid");
        var corrected = await OkAsync(await office.PostJsonAsync($"/api/v1/mass-organization-ratings/{id}/corrections", correction, "\"1\""));
        corrected.GetProperty("level").GetString().ShouldBe("STRONG");
        corrected.GetProperty("strong").GetBoolean().ShouldBeTrue();
        corrected.GetProperty("corrections").GetArrayLength().ShouldBe(1);
        corrected.GetProperty("version").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task A_cell_does_not_see_the_committees_mass_organisations_ratings()
    {
        var id = MassRatingDemoData.MassRatingId(1);
        (await OkAsync(await viewer.GetAsync($"/api/v1/mass-organization-ratings/{id}"))).GetProperty("year").GetInt32().ShouldBe(2020);
        await (await secretary.GetAsync($"/api/v1/mass-organization-ratings/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "mass_organization_rating.not_found");
        var list = await OkAsync(await secretary.GetAsync("/api/v1/mass-organization-ratings?year=2020"));
        list.GetProperty("items").GetArrayLength().ShouldBe(0);
        await (await admin.GetAsync($"/api/v1/mass-organization-ratings/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "mass_organization_rating.not_found");
    }
}

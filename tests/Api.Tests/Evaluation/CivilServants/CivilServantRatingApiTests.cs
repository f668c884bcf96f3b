using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Indicators.Progress;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.CivilServants;

/// <summary>Civil-servant ratings over HTTP: CRUD with If-Match, uniqueness, link to the member, import, scope, roles, figures.</summary>
public sealed class CivilServantRatingApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
    private readonly HttpClient cellOffice = factory.ClientAs("CommitteeOffice", DemoData.Cell(1));
    private readonly HttpClient secretary = factory.ClientAs("CellSecretary", DemoData.Cell(1));
    private readonly HttpClient viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<JsonElement>();
    }

    private static MultipartFormDataContent Csv(string text, string name = "ratings.csv")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>The demo's civil-servant levels of 2020: the rated members (not exempt), then three non-members rated GOOD.</summary>
    private static (int Rated, int Good) DemoFigures()
    {
        var members = DemoMembers.All.Count(m => !m.Exempt);
        var good = Enumerable.Range(0, members).Count(n => MassRatingDemoData.LevelOf(n) is EvaluationLevel.Excellent or EvaluationLevel.Good);
        return (members + 3, good + 3);
    }

    [Fact]
    public async Task The_demo_2020_ratings_give_the_share_good_or_better_in_statistics_and_the_indicator_source()
    {
        var (rated, good) = DemoFigures();
        var expected = decimal.Round(good * 100m / rated, 2);
        expected.ShouldBeGreaterThanOrEqualTo(80m, "the demo meets the seed's target of 80%");

        var stats = await OkAsync(await viewer.GetAsync($"/api/v1/statistics/ratings?year=2020&organizationId={DemoData.CommitteeId}"));
        var civil = stats.GetProperty("civilServants");
        civil.GetProperty("rated").GetInt32().ShouldBe(rated);
        civil.GetProperty("membersRated").GetInt32().ShouldBe(rated - 3);
        civil.GetProperty("goodOrBetter").GetInt32().ShouldBe(good);
        civil.GetProperty("goodOrBetterPercent").GetDecimal().ShouldBe(expected);

        using var scope = factory.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<IInternalIndicatorSource>().OfType<RatingShareIndicatorSource>().Single();
        (await source.ComputeAsync(InternalIndicators.CivilServantsGoodOrBetter, DemoData.CommitteeId, 2020, new DateOnly(2020, 12, 31), CancellationToken.None))
            .ShouldBe(new YearFigure(expected, 12));
        (await source.ComputeAsync(InternalIndicators.CivilServantsGoodOrBetter, DemoData.CommitteeId, 2018, new DateOnly(2018, 12, 31), CancellationToken.None)).ShouldBeNull();

        // The member rating campaigns read the members' levels through the lookup.
        var lookup = scope.ServiceProvider.GetRequiredService<ICivilServantRatingLookup>();
        var levels = await lookup.ForMembersAsync([DemoMembers.Id(0), Guid.NewGuid()], 2020, CancellationToken.None);
        levels.Count.ShouldBeLessThanOrEqualTo(1);
        if (!DemoMembers.All[0].Exempt)
        {
            levels[DemoMembers.Id(0)].ShouldBe(MassRatingDemoData.LevelOf(0));
        }
    }

    [Fact]
    public async Task A_rating_linked_to_a_member_takes_his_name_is_unique_per_year_and_changes_under_if_match()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(1), "Trịnh Văn Công");
        await factory.ShouldWriteNothingAsync(async () =>
        {
            await (await office.PostJsonAsync("/api/v1/civil-servant-ratings", new { year = 2022, level = "GOOD" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
            await (await office.PostJsonAsync("/api/v1/civil-servant-ratings", new { memberId = member, year = 2022, level = "GOOD", fullName = "Trịnh Văn Khác" }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "civil_servant_rating.member_name_mismatch");
            await (await office.PostJsonAsync("/api/v1/civil-servant-ratings", new { memberId = Guid.NewGuid(), year = 2022, level = "GOOD" }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "civil_servant_rating.member_not_found");
            await (await office.PostJsonAsync("/api/v1/civil-servant-ratings", new { memberId = member, year = 2022, level = "GOOD", decidedOn = "2021-12-31" }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "civil_servant_rating.decided_outside_year");
            await (await secretary.PostJsonAsync("/api/v1/civil-servant-ratings", new { memberId = member, year = 2022, level = "GOOD" }))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        });

        var created = await OkAsync(await office.PostJsonAsync("/api/v1/civil-servant-ratings", new { memberId = member, year = 2022, level = "NOT_COMPLETED", decidedOn = "2022-12-20" }), HttpStatusCode.Created);
        created.GetProperty("fullName").GetString().ShouldBe("Trịnh Văn Công");
        created.GetProperty("organizationId").GetGuid().ShouldBe(DemoData.Cell(1));
        created.GetProperty("goodOrBetter").GetBoolean().ShouldBeFalse();
        created.GetProperty("ruleSet").GetString().ShouldBe("ND-90-2020");
        var id = created.GetProperty("id").GetGuid();
        await (await office.PostJsonAsync("/api/v1/civil-servant-ratings", new { memberId = member, year = 2022, level = "GOOD" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "civil_servant_rating.exists");

        // The cap of the member rating campaigns sees it.
        using (var scope = factory.Services.CreateScope())
        {
            var levels = await scope.ServiceProvider.GetRequiredService<ICivilServantRatingLookup>().ForMembersAsync([member], 2022, CancellationToken.None);
            levels[member].ShouldBe(EvaluationLevel.NotCompleted);
        }

        var update = new { memberId = member, year = 2022, level = "GOOD", decidedOn = "2022-12-20" };
        await (await office.PutJsonAsync($"/api/v1/civil-servant-ratings/{id}", update, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        await (await office.PutJsonAsync($"/api/v1/civil-servant-ratings/{id}", update, "\"7\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        var updated = await OkAsync(await office.PutJsonAsync($"/api/v1/civil-servant-ratings/{id}", update, "\"1\""));
        updated.GetProperty("level").GetString().ShouldBe("GOOD");
        updated.GetProperty("goodOrBetter").GetBoolean().ShouldBeTrue();

        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/civil-servant-ratings/{id}");
        delete.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
        (await office.SendAsync(delete)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await office.GetAsync($"/api/v1/civil-servant-ratings/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "civil_servant_rating.not_found");
    }

    [Fact]
    public async Task Scope_and_roles_a_cell_sees_its_own_ratings_a_viewer_none()
    {
        var other = MassRatingDemoData.NonMemberRatingId(1); // cell 2
        var own = MassRatingDemoData.NonMemberRatingId(0); // cell 1
        (await OkAsync(await secretary.GetAsync($"/api/v1/civil-servant-ratings/{own}"))).GetProperty("fullName").GetString().ShouldBe("Lê Thị Kiều");
        await (await secretary.GetAsync($"/api/v1/civil-servant-ratings/{other}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "civil_servant_rating.not_found");
        await (await viewer.GetAsync($"/api/v1/civil-servant-ratings/{own}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await cellOffice.PutJsonAsync(
                $"/api/v1/civil-servant-ratings/{other}",
                new { organizationId = DemoData.Cell(2), year = 2020, fullName = "Trần Văn Lực", dateOfBirth = "1988-09-03", level = "GOOD" },
                "\"1\""))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "civil_servant_rating.not_found");
        var list = await OkAsync(await secretary.GetAsync("/api/v1/civil-servant-ratings?year=2020&pageSize=100"));
        list.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("organizationId").GetGuid() == DemoData.Cell(1));
    }

    [Fact]
    public async Task An_import_dry_run_writes_nothing_a_file_with_an_error_writes_nothing_and_a_clean_file_is_applied()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(3), "Quách Văn Nhập");
        var card = await factory.WithDbAsync(db => Task.FromResult(db.Members.Where(m => m.Id == DemoMembers.Id(1)).Select(m => m.PartyCardNumber).First()));
        var clean = "year,memberId,partyCardNumber,fullName,dateOfBirth,cellCode,level,decidedOn\n"
            + $"2023,{member},,,,,hoàn thành tốt nhiệm vụ,20/12/2023\n"
            + $"2023,,{card},,,,EXCELLENT,2023-12-20\n"
            + "2023,,,Võ Thị Ngoài,1990-05-06,CB-VP,COMPLETED,\n";

        var dryRun = await factory.ShouldWriteNothingAsync(async () => await OkAsync(await office.PostAsync("/api/v1/civil-servant-ratings/import?dryRun=true", Csv(clean))));
        dryRun.GetProperty("created").GetInt32().ShouldBe(3);
        dryRun.GetProperty("applied").GetBoolean().ShouldBeFalse();

        var broken = clean
            + "2023,,,Võ Thị Ngoài,1990-05-06,CB-VP,GOOD,\n"
            + "2023,,99999999,,,,GOOD,\n"
            + "2023,,,Đỗ Văn Sai,1991-01-01,CB-VP,TOT,\n"
            + "2023,,,Đỗ Văn Sai,05/31/1991,CB-VP,GOOD,\n";
        var problem = await factory.ShouldWriteNothingAsync(async () =>
            await (await office.PostAsync("/api/v1/civil-servant-ratings/import", Csv(broken))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import.has_errors"));
        var rows = problem.GetProperty("import").GetProperty("results").EnumerateArray().ToList();
        string Code(int row) => rows.Single(r => r.GetProperty("row").GetInt32() == row).GetProperty("errors")[0].GetProperty("code").GetString()!;
        Code(5).ShouldBe("import.person_repeated");
        Code(6).ShouldBe("civil_servant_rating.member_not_found");
        Code(7).ShouldBe("import.value_invalid");
        Code(8).ShouldBe("import.date_invalid");
        rows.Single(r => r.GetProperty("row").GetInt32() == 7).GetProperty("errors")[0].GetProperty("messageVi").GetString().ShouldNotBeNullOrWhiteSpace();

        var applied = await OkAsync(await office.PostAsync("/api/v1/civil-servant-ratings/import", Csv(clean)));
        applied.GetProperty("applied").GetBoolean().ShouldBeTrue();
        applied.GetProperty("created").GetInt32().ShouldBe(3);
        var again = await OkAsync(await office.PostAsync("/api/v1/civil-servant-ratings/import", Csv(clean)));
        again.GetProperty("unchanged").GetInt32().ShouldBe(3, "importing the same file twice changes nothing");

        var list = await OkAsync(await admin.GetAsync($"/api/v1/civil-servant-ratings?year=2023&memberId={member}"));
        list.GetProperty("items")[0].GetProperty("level").GetString().ShouldBe("GOOD");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>Validation and error responses: RFC 9457, stable codes, field errors, language by Accept-Language, nothing written.</summary>
public sealed class ProblemTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/organizations";

    [Fact]
    public async Task Missing_and_invalid_fields_are_400_with_field_errors_and_codes()
    {
        var client = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, language: "en");

        var response = await client.PostAsJsonAsync(Url, new { code = "bad code!", shortName = new string('x', 65), type = "PARTY_CELL" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var errors = problem.GetProperty("errors");
        errors.GetProperty("code").GetArrayLength().ShouldBe(1);
        errors.GetProperty("name").GetArrayLength().ShouldBe(1);
        errors.GetProperty("shortName").GetArrayLength().ShouldBe(1);
        errors.GetProperty("establishedOn").GetArrayLength().ShouldBe(1);
        var details = problem.GetProperty("errorDetails").EnumerateArray().ToList();
        details.ShouldContain(d => d.GetProperty("field").GetString() == "code" && d.GetProperty("code").GetString() == "organization.code_invalid");
        details.ShouldContain(d => d.GetProperty("field").GetString() == "name" && d.GetProperty("code").GetString() == "field.not_empty");
        problem.GetProperty("title").GetString().ShouldBe("Bad request");
    }

    [Fact]
    public async Task Messages_are_vietnamese_by_default_and_english_on_request()
    {
        var vi = await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId).GetAsync($"{Url}/{Guid.NewGuid()}");
        var en = await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, language: "en-US,en;q=0.9").GetAsync($"{Url}/{Guid.NewGuid()}");

        var viProblem = await vi.ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        var enProblem = await en.ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        viProblem.GetProperty("title").GetString().ShouldBe("Không tìm thấy");
        viProblem.GetProperty("detail").GetString()!.ShouldStartWith("Không tìm thấy tổ chức đảng");
        enProblem.GetProperty("title").GetString().ShouldBe("Not found");
        enProblem.GetProperty("detail").GetString()!.ShouldStartWith("Party organisation");
    }

    [Fact]
    public async Task Malformed_json_and_unknown_enum_values_are_400_not_500()
    {
        var client = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

        var broken = await client.PostAsync(Url, new StringContent("{\"code\": ", Encoding.UTF8, "application/json"));
        await broken.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");

        var badEnum = await client.PostAsync(Url, new StringContent("{\"code\":\"CB-X\",\"type\":\"CHI_BO\"}", Encoding.UTF8, "application/json"));
        await badEnum.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");

        var badQuery = await client.GetAsync($"{Url}?type=CHI_BO");
        var problem = await badQuery.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errorDetails")[0].GetProperty("code").GetString().ShouldBe("field.enum_invalid");
    }

    [Fact]
    public async Task Wrong_media_type_is_415()
    {
        var response = await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId)
            .PostAsync(Url, new StringContent("code=CB-X", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "http.unsupported_media_type");
    }

    [Fact]
    public async Task Unknown_routes_are_404_problems()
    {
        var response = await factory.ClientAs("Admin", null).GetAsync("/api/v1/nothing-here");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "route.not_found");
    }
}

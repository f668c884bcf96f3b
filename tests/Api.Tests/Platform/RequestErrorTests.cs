using System.Net;
using System.Net.Http.Json;
using System.Text;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Requests that cannot be read are refused with a problem naming the field, in the shape the contract documents;
/// enum codes are exact; size limits are problems with their own codes; the Swagger UI examples work on the demo data.
/// </summary>
public sealed class RequestErrorTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/organizations";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, language: "en");

    public static TheoryData<string, string, string> Unreadable => new()
    {
        { """{"code": """, "code", "request.json_invalid" },
        { """{"code": "CB-X1", "name": "X", "type": "PARTY_CELL", "unitKind": "ADMINISTRATIVE_AGENCY", "parentId": "0195a000-0000-7000-8000-000000000001", "establishedOn": "31/12/2020"}""", "establishedOn", "field.malformed" },
        { """{"code": "CB-X1", "name": "X", "type": 2, "establishedOn": "2020-12-31"}""", "type", "field.enum_invalid" },
        { """{"code": "CB-X1", "name": "X", "type": "party_cell", "establishedOn": "2020-12-31"}""", "type", "field.enum_invalid" },
        { """{"code": "CB-X1", "name": "X", "type": "PARTY_CELL", "colour": "red", "establishedOn": "2020-12-31"}""", "colour", "field.unknown" },
        { """{"code": "CB-X1", "name": "X", "type": "PARTY_CELL", "parentId": "not-a-uuid", "establishedOn": "2020-12-31"}""", "parentId", "field.malformed" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task An_unreadable_body_is_a_400_validation_problem_naming_the_field(string body, string field, string code)
    {
        var before = await CountAsync();

        var response = await office.PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        problem.GetProperty("errors").GetProperty(field).GetArrayLength().ShouldBeGreaterThan(0, problem.ToString());
        var detail = problem.GetProperty("errorDetails").EnumerateArray().Single();
        detail.GetProperty("field").GetString().ShouldBe(field);
        detail.GetProperty("code").GetString().ShouldBe(code);
        detail.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Lower_case_enum_codes_are_refused_in_query_strings_naming_the_field()
    {
        (await office.GetAsync($"{Url}?type=PARTY_CELL")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await office.GetAsync($"{Url}?type=party_cell");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errorDetails")[0].GetProperty("field").GetString().ShouldBe("type");
        problem.GetProperty("errorDetails")[0].GetProperty("code").GetString().ShouldBe("field.enum_invalid");
        await (await office.GetAsync("/api/v1/members?sex=female")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task A_query_parameter_that_does_not_parse_is_named()
    {
        var response = await office.GetAsync($"{Url}?pageSize=ten");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        problem.GetProperty("errorDetails")[0].GetProperty("field").GetString().ShouldBe("pageSize");
        problem.GetProperty("errors").GetProperty("pageSize").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_body_too_large_is_413_request_too_large()
    {
        var body = $$"""{"code": "CB-BIG", "name": "{{new string('x', 1_100_000)}}"}""";

        var response = await office.PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too_large");
    }

    [Fact]
    public async Task A_uri_too_long_is_414_request_uri_too_long()
    {
        var response = await office.GetAsync($"{Url}?search={new string('a', 5000)}");

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong, "request.uri_too_long");
    }

    [Fact]
    public async Task A_wrong_media_type_is_415_and_an_empty_body_names_the_body()
    {
        var xml = await office.PostAsync(Url, new StringContent("<code/>", Encoding.UTF8, "application/xml"));
        await xml.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "http.unsupported_media_type");

        var empty = await office.PostAsync(Url, new StringContent(string.Empty, Encoding.UTF8, "application/json"));
        var problem = await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        problem.GetProperty("errorDetails")[0].GetProperty("field").GetString().ShouldBe("$");
    }

    [Fact]
    public async Task Validation_messages_name_the_fields_in_the_callers_language()
    {
        var body = new { code = "CB-NAMES", type = "PARTY_CELL", unitKind = "ADMINISTRATIVE_AGENCY", parentId = DemoData.CommitteeId, establishedOn = "2020-01-01", shortName = new string('x', 300) };

        var vi = await (await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId).PostAsJsonAsync(Url, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var en = await (await office.PostAsJsonAsync(Url, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        vi.GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("'Tên'");
        vi.GetProperty("errors").GetProperty("shortName")[0].GetString()!.ShouldContain("'Tên viết tắt'");
        en.GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("'Name'");
        en.GetProperty("errors").GetProperty("shortName")[0].GetString()!.ShouldContain("'Short name'");
    }

    private Task<int> CountAsync() => factory.WithDbAsync(db => Task.FromResult(db.Organizations.Count()));
}

using System.Text.Json.Nodes;
using PartyCommittee.Api.Tests.Infrastructure;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// What a client needs from the contract to use it as it is: every error response documented as a typed problem,
/// the validators' constraints in the schemas, the conditional headers, file media types, examples and metadata.
/// </summary>
public sealed class ContractShapeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private JsonNode? document;

    [Fact]
    public async Task Every_error_response_is_a_typed_problem_and_the_size_media_and_uri_errors_are_documented()
    {
        var doc = await DocumentAsync();
        foreach (var (where, operation) in Operations(doc))
        {
            var responses = operation["responses"]!.AsObject();
            var hasBody = operation["requestBody"] is not null;
            var hasQuery = operation["parameters"]?.AsArray().Any(p => p!["in"]!.GetValue<string>() == "query") == true;
            responses["414"].ShouldNotBeNull(where);
            responses["503"].ShouldNotBeNull(where);
            if (hasBody)
            {
                responses["413"].ShouldNotBeNull(where);
                responses["415"].ShouldNotBeNull(where);
            }

            if (hasBody || hasQuery)
            {
                responses["400"].ShouldNotBeNull(where);
            }

            foreach (var (status, response) in responses.Where(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture) >= 400))
            {
                var content = response!["content"]!.AsObject();
                content.Select(c => c.Key).ShouldBe(["application/problem+json"], $"{where} {status}");
                content["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>()
                    .ShouldBe(status == "400" ? "#/components/schemas/ValidationProblem" : "#/components/schemas/Problem", $"{where} {status}");
            }
        }

        var schemas = doc["components"]!["schemas"]!;
        schemas["ProblemDetails"].ShouldBeNull();
        schemas["HttpValidationProblemDetails"].ShouldBeNull();
        var problem = schemas["Problem"]!;
        foreach (var member in new[] { "type", "title", "status", "detail", "instance", "code", "traceId" })
        {
            problem["properties"]![member].ShouldNotBeNull(member);
            problem["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldContain(member);
        }

        var validation = schemas["ValidationProblem"]!;
        validation["properties"]!["errors"]!["additionalProperties"]!["items"]!["type"]!.GetValue<string>().ShouldBe("string");
        validation["properties"]!["errorDetails"]!["items"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/FieldError");
        schemas["FieldError"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["field", "code", "message"], ignoreOrder: true);
    }

    [Fact]
    public async Task Schemas_and_query_parameters_carry_the_validators_constraints()
    {
        var doc = await DocumentAsync();
        var schemas = doc["components"]!["schemas"]!;

        var create = schemas["CreateOrganizationCommand"]!["properties"]!;
        create["code"]!["pattern"]!.GetValue<string>().ShouldBe("^[A-Za-z0-9][A-Za-z0-9-]{1,31}$");
        create["name"]!["maxLength"]!.GetValue<int>().ShouldBeGreaterThan(0);
        create["shortName"]!["maxLength"]!.GetValue<int>().ShouldBeGreaterThan(0);
        create["establishedOn"]!["format"]!.GetValue<string>().ShouldBe("date");

        var member = schemas["CreateMemberCommand"]!["properties"]!;
        member["citizenId"]!["pattern"]!.GetValue<string>().ShouldBe("^[0-9]{12}$");
        member["partyCardNumber"]!["pattern"]!.GetValue<string>().ShouldBe("^[0-9]{8}$");
        member["fullName"]!["maxLength"]!.GetValue<int>().ShouldBeGreaterThan(0);
        member["religion"]!["maxLength"]!.GetValue<int>().ShouldBe(64);
        member["email"]!["format"]!.GetValue<string>().ShouldBe("email");
        schemas["CreateAdmissionCommand"]!["properties"]!["ethnicityCode"]!["minLength"]!.GetValue<int>().ShouldBe(2);
        schemas["CreateAdmissionCommand"]!["properties"]!["ethnicityCode"]!["maxLength"]!.GetValue<int>().ShouldBe(2);
        schemas["TermInput"]!["properties"]!["congressNumber"]!["minimum"]!.GetValue<int>().ShouldBe(1);
        schemas["TermInput"]!["properties"]!["congressNumber"]!["maximum"]!.GetValue<int>().ShouldBe(99);
        schemas["MemberStatusChange"]!["properties"]!["reason"]!["maxLength"]!.GetValue<int>().ShouldBe(512);

        var list = Parameters(doc, "/api/v1/organizations", "get");
        list["pageSize"]!["schema"]!["minimum"]!.GetValue<int>().ShouldBe(1);
        list["pageSize"]!["schema"]!["maximum"]!.GetValue<int>().ShouldBe(100);
        list["page"]!["schema"]!["minimum"]!.GetValue<int>().ShouldBe(1);
        list["search"]!["schema"]!["maxLength"]!.GetValue<int>().ShouldBe(100);
        Strings(list["sort"]!["schema"]!["enum"]!).ShouldBe(["code", "-code", "name", "-name", "type", "-type", "establishedOn", "-establishedOn", "dissolvedOn", "-dissolvedOn"]);
        Strings(list["type"]!["schema"]!["enum"]!).ShouldBe(["PARTY_COMMITTEE", "PARTY_SUB_COMMITTEE", "PARTY_CELL"]);

        // Enum lists in query parameters come from the enum types, so they cannot drift.
        var members = Parameters(doc, "/api/v1/members", "get");
        Strings(members["status"]!["schema"]!["enum"]!).ShouldBe(Enum.GetNames<Domain.Membership.MemberStatus>().Select(System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName));
        Parameters(doc, "/api/v1/calendar/working-days", "get")["days"]!["schema"]!["maximum"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Conditional_headers_are_declared_as_parameters_and_response_headers()
    {
        var doc = await DocumentAsync();
        foreach (var (where, operation) in Operations(doc))
        {
            var responses = operation["responses"]!.AsObject();
            var parameters = operation["parameters"]?.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!) ?? [];
            if (responses["428"] is not null)
            {
                parameters["If-Match"]["in"]!.GetValue<string>().ShouldBe("header", where);
                parameters["If-Match"]["required"]!.GetValue<bool>().ShouldBeTrue(where);
                responses[responses["200"] is not null ? "200" : "204"].ShouldNotBeNull(where);
            }

            if (responses["304"] is not null)
            {
                parameters["If-None-Match"]["in"]!.GetValue<string>().ShouldBe("header", where);
                responses["200"]!["headers"]!["ETag"].ShouldNotBeNull(where);
            }

            if (responses["201"] is { } created)
            {
                created["headers"]!["Location"].ShouldNotBeNull(where);
                created["headers"]!["ETag"].ShouldNotBeNull(where);
            }

            responses["429"]!["headers"]!["Retry-After"].ShouldNotBeNull(where);
            responses["503"]!["headers"]!["Retry-After"].ShouldNotBeNull(where);
        }

        Parameters(doc, "/api/v1/organizations/{id}", "put")["If-Match"].ShouldNotBeNull();
        Parameters(doc, "/api/v1/organizations/{id}", "get")["If-None-Match"].ShouldNotBeNull();
    }

    [Fact]
    public async Task The_export_declares_its_file_media_types_and_format_codes()
    {
        var doc = await DocumentAsync();
        var export = doc["paths"]!["/api/v1/members/export"]!["get"]!;
        var content = export["responses"]!["200"]!["content"]!.AsObject();
        content["text/csv"].ShouldNotBeNull();
        content["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"].ShouldNotBeNull();
        Strings(Parameters(doc, "/api/v1/members/export", "get")["format"]!["schema"]!["enum"]!).ShouldBe(["csv", "xlsx"]);
    }

    [Fact]
    public async Task The_document_has_examples_tag_descriptions_servers_licence_and_contact()
    {
        var doc = await DocumentAsync();
        doc["info"]!["license"]!["name"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        doc["info"]!["contact"]!["name"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        doc["servers"]!.AsArray().Count.ShouldBeGreaterThan(0);
        foreach (var tag in doc["tags"]!.AsArray())
        {
            tag!["description"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(tag["name"]!.GetValue<string>());
        }

        foreach (var (where, operation) in Operations(doc))
        {
            var id = operation["operationId"]!.GetValue<string>();
            if ((id.StartsWith("Create", StringComparison.Ordinal) || id.StartsWith("Update", StringComparison.Ordinal)) && operation["requestBody"]?["content"]?["application/json"] is { } json
                && id is not ("CreateElectedBody" or "UpdateAdmissionCandidate"))
            {
                json["example"].ShouldNotBeNull(where);
            }
        }
    }

    private async Task<JsonNode> DocumentAsync() =>
        document ??= JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

    private static IEnumerable<(string Where, JsonNode Operation)> Operations(JsonNode doc) =>
        doc["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => ($"{o.Key.ToUpperInvariant()} {p.Key}", o.Value!)));

    private static Dictionary<string, JsonNode> Parameters(JsonNode doc, string path, string method) =>
        doc["paths"]![path]![method]!["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);

    private static List<string> Strings(JsonNode array) => [.. array.AsArray().Select(v => v!.GetValue<string>())];
}

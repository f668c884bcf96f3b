using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Api.Tests.Contract;
using PartyCommittee.Api.Tests.Infrastructure;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>The fuzz test's own checks catch what they are there for (a checker that never fails proves nothing).</summary>
public sealed class ContractFuzzSelfTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly ContractDocument Schemas = new(JsonNode.Parse("""
        {"paths": {}, "components": {"schemas": {
          "Kind": {"type": "string", "enum": ["PARTY_CELL", "PARTY_COMMITTEE"]},
          "Thing": {"type": "object", "additionalProperties": false, "required": ["id", "on", "kind"],
            "properties": {"id": {"type": "string", "format": "uuid"}, "on": {"type": "string", "format": "date"},
              "kind": {"$ref": "#/components/schemas/Kind"}, "count": {"type": "integer", "format": "int32", "minimum": 0},
              "parent": {"oneOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}]},
              "tags": {"type": "array", "items": {"type": "string", "maxLength": 3}}}}}}}
        """)!);

    [Theory]
    [InlineData("""{"id": "0195a000-0000-7000-8000-000000000001", "on": "2020-12-31", "kind": "PARTY_CELL", "count": 3, "parent": null, "tags": ["a"]}""", null)]
    [InlineData("""{"on": "2020-12-31", "kind": "PARTY_CELL"}""", "required member 'id'")]
    [InlineData("""{"id": "x", "on": "2020-12-31", "kind": "PARTY_CELL"}""", "is not a uuid")]
    [InlineData("""{"id": "0195a000-0000-7000-8000-000000000001", "on": "31/12/2020", "kind": "PARTY_CELL"}""", "is not a date")]
    [InlineData("""{"id": "0195a000-0000-7000-8000-000000000001", "on": "2020-12-31", "kind": "party_cell"}""", "is not one of")]
    [InlineData("""{"id": "0195a000-0000-7000-8000-000000000001", "on": "2020-12-31", "kind": "PARTY_CELL", "extra": 1}""", "no value is allowed")]
    [InlineData("""{"id": "0195a000-0000-7000-8000-000000000001", "on": "2020-12-31", "kind": "PARTY_CELL", "count": -1}""", "below 0")]
    [InlineData("""{"id": "0195a000-0000-7000-8000-000000000001", "on": "2020-12-31", "kind": "PARTY_CELL", "count": 1.5}""", "expected integer")]
    [InlineData("""{"id": "0195a000-0000-7000-8000-000000000001", "on": "2020-12-31", "kind": "PARTY_CELL", "parent": 1}""", "oneOf")]
    [InlineData("""{"id": "0195a000-0000-7000-8000-000000000001", "on": "2020-12-31", "kind": "PARTY_CELL", "tags": ["abcd"]}""", "longer than 3")]
    public void The_schema_checker_accepts_what_the_schema_allows_and_names_what_it_does_not(string json, string? error)
    {
        var errors = new SchemaChecker(Schemas).Check(JsonNode.Parse(json), JsonNode.Parse("""{"$ref": "#/components/schemas/Thing"}""")!);

        if (error is null)
        {
            errors.ShouldBeEmpty();
        }
        else
        {
            errors.ShouldContain(e => e.Contains(error, StringComparison.Ordinal), string.Join("; ", errors));
        }
    }

    [Theory]
    [InlineData("^[0-9]{12}$")]
    [InlineData("^[0-9]{6}[A-Za-z]{1,4}$")]
    [InlineData("^[A-Za-z0-9][A-Za-z0-9-]{1,31}$")]
    [InlineData("^\\+?[0-9 .-]{8,20}$")]
    [InlineData("^[a-z0-9_]+(\\.[a-z0-9_]+)+$")]
    public void Strings_generated_for_a_pattern_match_it(string pattern)
    {
        var pcg = new PCG(1, 42);
        for (var i = 0; i < 50; i++)
        {
            PatternStrings.Generate(pattern, pcg).ShouldNotBeNull().ShouldMatch(pattern);
        }
    }

    [Fact]
    public async Task The_fuzzer_reports_undocumented_statuses_and_bodies_that_break_their_schema()
    {
        var client = factory.ClientAs("Admin", null);
        var root = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;

        // Break the contract on purpose: creating an organisation no longer documents 400, and an organisation
        // must carry a member the API never sends.
        var organizations = root["paths"]!["/api/v1/organizations"]!;
        organizations["post"]!["responses"]!.AsObject().Remove("400");
        root["paths"] = new JsonObject { ["/api/v1/organizations"] = organizations.DeepClone() };
        root["components"]!["schemas"]!["OrganizationDto"]!["required"]!.AsArray().Add("colour");
        using var database = new DatabaseWatch(factory.SqliteFile!, Settle);

        var report = await new FuzzRunner(new ContractDocument(root), client, database).RunAsync(7, 30);

        report.Violations.ShouldContain(v => v.StartsWith("undocumented 400 for CreateOrganization", StringComparison.Ordinal));
        report.Violations.ShouldContain(v => v.Contains("required member 'colour' is missing", StringComparison.Ordinal));
    }

    // The watch tests' holidays are dated 2034, outside the years the fuzzer generates (1990-2030): the fuzz tests of
    // this class share the factory and create holidays of their own.
    [Fact]
    public async Task The_database_watch_sees_a_write()
    {
        var admin = factory.ClientAs("Admin", null);
        await admin.GetAsync("/api/v1/organizations");
        using var database = new DatabaseWatch(factory.SqliteFile!, Settle);
        var before = database.Now();

        (await admin.PostAsync("/api/v1/calendar/holidays", new StringContent("""{"date": "2034-01-01", "nameVi": "Tết", "nameEn": "New Year"}""", System.Text.Encoding.UTF8, "application/json")))
            .StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);

        var after = database.Now();
        after.Hash.ShouldNotBe(before.Hash);
        before.Difference(after).ShouldContain("PublicHolidays");
    }

    [Fact]
    public async Task A_pinned_database_is_compared_as_it_was_when_pinned()
    {
        var admin = factory.ClientAs("Admin", null);
        await admin.GetAsync("/api/v1/organizations");
        using var database = new DatabaseWatch(factory.SqliteFile!, Settle);

        using (var quiet = await database.PinAsync())
        {
            (await admin.PostAsync("/api/v1/calendar/holidays", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode
                .ShouldBe(System.Net.HttpStatusCode.BadRequest);
            (await quiet.WrittenAsync()).ShouldBeNull();
        }

        using var pin = await database.PinAsync();
        (await admin.PostAsync("/api/v1/calendar/holidays", new StringContent("""{"date": "2034-01-02", "nameVi": "Tết", "nameEn": "New Year"}""", System.Text.Encoding.UTF8, "application/json")))
            .StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);

        // Compared after the write, the pin still holds the database without it, however often it is asked.
        (await pin.WrittenAsync()).ShouldNotBeNull().ShouldContain("PublicHolidays");
        (await pin.WrittenAsync()).ShouldNotBeNull().ShouldContain("PublicHolidays");
    }

    [Fact]
    public async Task The_fuzzer_reports_a_refusal_that_wrote()
    {
        var report = await FuzzThroughAsync(new CreatedAnsweredAsRefused(), "/api/v1/calendar/holidays", "post", 6);

        report.Violations.ShouldContain(v => v.StartsWith("a 422 wrote to the database (", StringComparison.Ordinal) && v.Contains("PublicHolidays: ", StringComparison.Ordinal), string.Join("\n", report.Violations));
    }

    [Fact]
    public async Task The_fuzzer_reports_a_request_that_cannot_be_valid_when_it_is_accepted()
    {
        var report = await FuzzThroughAsync(new EverythingAccepted(), "/api/v1/calendar/holidays/{id}", "put", 40);

        report.Violations.ShouldContain(v => v.StartsWith("accepted (204) a request that cannot be valid: PUT", StringComparison.Ordinal), string.Join("\n", report.Violations));
        report.Violations.ShouldNotContain(v => v.StartsWith("accepted", StringComparison.Ordinal) && v.Contains("[valid]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_mutations_held_to_a_refusal_break_the_served_schema_every_time()
    {
        // "body-wrong-type" and "body-missing-required" are in FuzzRequest.AlwaysInvalid: every body they build must
        // break its operation's schema (or not be JSON at all), or the rule would report a correct API.
        var document = new ContractDocument(JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!);
        var requests = new RequestFactory(document, new IdPools(), new PCG(3, 11));
        var checker = new SchemaChecker(document);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var operation in document.Operations.Where(o => o.RequestContent?["application/json"] is not null))
        {
            var schema = operation.RequestContent!["application/json"]!["schema"]!;
            for (var i = 0; i < 60; i++)
            {
                var request = requests.Next(operation, valid: false);
                if (request.Kind is not ("body-wrong-type" or "body-missing-required"))
                {
                    continue;
                }

                seen[request.Kind] = seen.GetValueOrDefault(request.Kind) + 1;
                JsonNode? body;
                try
                {
                    body = JsonNode.Parse(request.Body!);
                }
                catch (System.Text.Json.JsonException)
                {
                    continue; // not JSON: cannot be valid either
                }

                checker.Check(body, schema).ShouldNotBeEmpty($"{request.Kind} built a valid body for {operation}: {request.Body}");
            }
        }

        seen.GetValueOrDefault("body-wrong-type").ShouldBeGreaterThan(100);
        seen.GetValueOrDefault("body-missing-required").ShouldBeGreaterThan(100);
    }

    /// <summary>Answers every change with 204 before the API sees it (the document is still the API's).</summary>
    private sealed class EverythingAccepted : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.Method == HttpMethod.Get
                ? base.SendAsync(request, cancellationToken)
                : Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
    }

    /// <summary>Answers a creation as a refusal: the API wrote, the fuzzer is told 422.</summary>
    private sealed class CreatedAnsweredAsRefused : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != System.Net.HttpStatusCode.Created)
            {
                return response;
            }

            response.Dispose();
            return new HttpResponseMessage(System.Net.HttpStatusCode.UnprocessableEntity)
            {
                Content = new StringContent("""{"type": "about:blank", "title": "Refused", "status": 422, "code": "test.refused"}""", System.Text.Encoding.UTF8, "application/problem+json"),
            };
        }
    }

    /// <summary>
    /// The fuzzer as an administrator over one operation of the served document (<paramref name="path"/>,
    /// <paramref name="method"/>), through <paramref name="handler"/> in front of the API.
    /// </summary>
    private async Task<FuzzReport> FuzzThroughAsync(DelegatingHandler handler, string path, string method, int budget)
    {
        var client = factory.CreateDefaultClient(handler);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create("admin-user", ["Admin"], null));
        var root = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operation = root["paths"]![path]![method]!.DeepClone();
        root["paths"] = new JsonObject { [path] = new JsonObject { [method] = operation } };
        using var database = new DatabaseWatch(factory.SqliteFile!, Settle);
        return await new FuzzRunner(new ContractDocument(root), client, database).RunAsync(7, budget);
    }

    /// <summary>The read audit records the API still holds stored now, not during a later look.</summary>
    private Task Settle() => factory.Services.GetRequiredService<IReadAuditLog>().FlushAsync(CancellationToken.None);
}

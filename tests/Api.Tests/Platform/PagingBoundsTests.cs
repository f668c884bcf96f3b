using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Every paged list of the contract refuses a page past <see cref="PagedList{T}.MaxPage"/> (400, <c>paging.page_invalid</c>)
/// and answers its last page with no items: before, <c>page=2147483647&amp;pageSize=100</c> made the rows to skip
/// overflow and wrap around, and the member list answered with its first page under that page number.
/// </summary>
public sealed class PagingBoundsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_paged_list_refuses_a_page_past_the_last_and_answers_the_last_page_empty()
    {
        var admin = factory.ClientAs("Admin", null);
        var document = JsonNode.Parse(await admin.GetStringAsync("/swagger/v1/swagger.json"))!;
        var lists = document["paths"]!.AsObject()
            .Where(p => !p.Key.Contains('{', StringComparison.Ordinal) && p.Value!["get"] is JsonObject)
            .Select(p => (Path: p.Key, Parameters: p.Value!["get"]!["parameters"]?.AsArray().Select(x => x!).ToList() ?? []))
            .Where(p => p.Parameters.Any(x => (string?)x["name"] == "page" && (string?)x["in"] == "query")
                && !p.Parameters.Any(x => (bool?)x["required"] == true))
            .Select(p => p.Path)
            .ToList();
        lists.Count.ShouldBeGreaterThan(20);
        lists.ShouldContain("/api/v1/members");
        lists.ShouldContain("/api/v1/party-badges/eligible");

        foreach (var path in lists)
        {
            var beyond = await admin.GetAsync($"{path}?page={PagedList<object>.MaxPage + 1}&pageSize=100");
            var problem = await beyond.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
            problem.GetProperty("errorDetails").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldContain("paging.page_invalid", path);

            foreach (var page in new[] { PagedList<object>.MaxPage, int.MaxValue / 3 })
            {
                var response = await admin.GetAsync($"{path}?page={page}&pageSize={(page == PagedList<object>.MaxPage ? 100 : 1)}");
                var body = await response.Content.ReadAsStringAsync();
                if (page == PagedList<object>.MaxPage)
                {
                    response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{path}: {body}");
                    JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength().ShouldBe(0, path);
                }
                else
                {
                    response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{path}: {body}");
                }
            }
        }
    }

    /// <summary>
    /// Every 32-bit integer query parameter of the contract states both its bounds (read from the validator of the query
    /// it becomes), so that a generated client or a fuzzer knows them; the two found without them are refused past them.
    /// </summary>
    [Fact]
    public async Task Every_integer_query_parameter_states_its_bounds_and_is_refused_past_them()
    {
        var admin = factory.ClientAs("Admin", null);
        var document = JsonNode.Parse(await admin.GetStringAsync("/swagger/v1/swagger.json"))!;
        var unbounded = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().SelectMany(o => o.Value!["parameters"]?.AsArray().Select(x => (Operation: $"{o.Key} {p.Key}", Parameter: x!)) ?? []))
            .Where(x => (string?)x.Parameter["in"] == "query" && (string?)x.Parameter["schema"]?["format"] == "int32"
                && (x.Parameter["schema"]!["minimum"] is null || x.Parameter["schema"]!["maximum"] is null))
            .Select(x => $"{x.Operation} {x.Parameter["name"]}")
            .ToList();
        unbounded.ShouldBeEmpty();

        await (await admin.GetAsync("/api/v1/rating-campaigns?year=2147483647")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var series = await admin.GetAsync($"/api/v1/indicators/MEMBERS_GOOD_OR_BETTER_RATE/series?organizationId={DemoData.CommitteeId}&from=-2147483648&to=2024");
        (await series.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors").TryGetProperty("from", out _).ShouldBeTrue();
    }

    /// <summary>
    /// Every GET of the contract called without its query parameters: a query parameter the validator refuses to miss
    /// (400 naming it) is <c>required</c> in the contract, and a required one is refused when missing, so that a
    /// generated client cannot build a request the API always refuses (the missing reviews' year and month and the
    /// review summary's year were validated as required and described as optional).
    /// </summary>
    [Fact]
    public async Task A_query_parameter_is_required_in_the_contract_exactly_when_the_api_refuses_its_absence()
    {
        var admin = factory.ClientAs("Admin", null);
        var document = JsonNode.Parse(await admin.GetStringAsync("/swagger/v1/swagger.json"))!;
        var failures = new List<string>();
        var checkedOperations = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item!["get"] is not JsonObject get)
            {
                continue;
            }

            var parameters = get["parameters"]?.AsArray().Select(x => x!).ToList() ?? [];
            var query = parameters.Where(x => (string?)x["in"] == "query").ToDictionary(x => (string)x["name"]!, x => (bool?)x["required"] == true, StringComparer.OrdinalIgnoreCase);
            if (query.Count == 0)
            {
                continue;
            }

            var url = System.Text.RegularExpressions.Regex.Replace(path, "{([^}]+)}", m => m.Groups[1].Value == "code" ? "MEMBERS_GOOD_OR_BETTER_RATE" : Guid.NewGuid().ToString());
            var response = await admin.GetAsync(url);
            checkedOperations++;
            var body = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).ShouldBeLessThan(500, $"{path}: {body}");
            var refused = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (response.StatusCode == HttpStatusCode.BadRequest && JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors))
            {
                refused.UnionWith(errors.EnumerateObject().Select(e => e.Name).Where(query.ContainsKey));
            }

            failures.AddRange(refused.Where(name => !query[name]).Select(name => $"{path}: {name} is refused when missing but not required in the contract"));
            if (query.ContainsValue(true) && response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{path}: required query parameters missing, answered {(int)response.StatusCode}");
            }
        }

        checkedOperations.ShouldBeGreaterThan(50);
        failures.ShouldBeEmpty();
    }
}

using System.Text.Json.Nodes;
using CsCheck;

namespace PartyCommittee.Api.Tests.Contract;

/// <summary>Real identifiers from the API, by kind of resource, so that generated requests reach existing records.</summary>
public sealed class IdPools
{
    private static readonly Dictionary<string, string> ByResource = new(StringComparer.Ordinal)
    {
        ["organizations"] = "organization",
        ["members"] = "member",
        ["terms"] = "term",
        ["elected-bodies"] = "body",
        ["mass-organizations"] = "massOrganization",
        ["admissions"] = "admission",
        ["holidays"] = "holiday",
        ["transfers"] = "transfer",
        ["memberships"] = "membership",
        ["sponsors"] = "sponsor",
    };

    private readonly Dictionary<string, List<string>> pools = new(StringComparer.Ordinal);

    public int Count => pools.Values.Sum(p => p.Count);

    /// <summary>The pool of a path or body field: <c>organizationId</c>, <c>parentId</c> → organisations; <c>{id}</c> → the resource before it.</summary>
    public static string? PoolFor(string name, string path) => name switch
    {
        "organizationId" or "parentId" or "leadingOrganizationId" or "toOrganizationId" => "organization",
        "memberId" => "member",
        "termId" => "term",
        "membershipId" => "membership",
        "sponsorId" => "sponsor",
        "id" => path.Split('/') is var segments && Array.IndexOf(segments, "{id}") is var i and > 0 && ByResource.TryGetValue(segments[i - 1], out var pool) ? pool : null,
        _ => null,
    };

    public static string? PoolOfLocation(string location)
    {
        var segments = location.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && ByResource.TryGetValue(segments[^2], out var pool) ? pool : null;
    }

    public void Add(string? pool, string? id)
    {
        if (pool is null || id is null)
        {
            return;
        }

        if (!pools.TryGetValue(pool, out var list))
        {
            pools[pool] = list = [];
        }

        if (!list.Contains(id, StringComparer.Ordinal))
        {
            list.Add(id);
        }
    }

    public string? Pick(string? pool, PCG random) =>
        pool is not null && pools.TryGetValue(pool, out var list) && list.Count > 0 ? list[(int)random.Next((uint)list.Count)] : null;

    /// <summary>Reads the lists of the API (as the given client sees them) into the pools.</summary>
    public async Task LoadAsync(HttpClient client)
    {
        foreach (var (url, pool) in new[]
                 {
                     ("/api/v1/organizations?pageSize=100", "organization"),
                     ("/api/v1/members?pageSize=100&includeFormer=true", "member"),
                     ("/api/v1/elected-bodies?pageSize=100", "body"),
                     ("/api/v1/mass-organizations?pageSize=100", "massOrganization"),
                     ("/api/v1/admissions?pageSize=100", "admission"),
                     ("/api/v1/calendar/holidays?pageSize=100", "holiday"),
                     ("/api/v1/transfers?pageSize=100", "transfer"),
                 })
        {
            foreach (var item in await ItemsAsync(client, url))
            {
                Add(pool, item["id"]?.ToString());
            }
        }

        foreach (var organization in pools.GetValueOrDefault("organization", []).ToList())
        {
            foreach (var term in await ItemsAsync(client, $"/api/v1/organizations/{organization}/terms?pageSize=100"))
            {
                Add("term", term["id"]?.ToString());
            }
        }

        foreach (var body in pools.GetValueOrDefault("body", []).ToList())
        {
            Collect(await ReadAsync(client, $"/api/v1/elected-bodies/{body}"), "memberships", "membership");
        }
    }

    /// <summary>Ids of nested records (seats, sponsors) in a response.</summary>
    public void Collect(JsonNode? node, string member, string pool)
    {
        if (node is not JsonObject obj || obj[member] is not JsonArray items)
        {
            return;
        }

        foreach (var item in items.OfType<JsonNode>())
        {
            Add(pool, item["id"]?.ToString());
        }
    }

    private static async Task<IEnumerable<JsonNode>> ItemsAsync(HttpClient client, string url) =>
        (await ReadAsync(client, url))?["items"]?.AsArray().OfType<JsonNode>() ?? [];

    private static async Task<JsonNode?> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) : null;
    }
}

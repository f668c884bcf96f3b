using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PartyCommittee.Bench;

/// <summary>
/// Every GET of the contract once, over a running API on a bench register, with the widest arguments a caller may give:
/// the register's root, the bench year, the largest page, each documented sort on a deep page, a page past any list,
/// broad name searches. Prints one row per request (status, seconds, bytes) and flags a 5xx or a request over
/// <c>--slow</c> seconds: what a register of this size costs a caller who asks for the most, where the test suite's
/// small database cannot tell (issue 12, session 68).
/// </summary>
internal static class Sweep
{
    private static readonly string[] Searches = ["a", "th", "y", "nguyễn thị", "%", "_"];

    private static readonly JsonElement NoSchema = JsonDocument.Parse("{}").RootElement;

    public static async Task<int> RunAsync(Options options)
    {
        var spec = JsonDocument.Parse(await File.ReadAllTextAsync(options.Get("contract", "openapi/v1.json"))).RootElement;
        var root = options.Get("root", string.Empty);
        var year = options.Get("year", "2025");
        var member = options.Get("member", string.Empty);
        var slow = double.Parse(options.Get("slow", "5"), CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(options.Get("url", "http://127.0.0.1:5080")), Timeout = TimeSpan.FromSeconds(options.GetInt("timeout", 180)) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Get("token", string.Empty));

        Console.WriteLine("| status | seconds | bytes | request | |");
        Console.WriteLine("|---:|---:|---:|---|---|");
        var (requests, flagged) = (0, 0);
        foreach (var path in spec.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || Path(path.Name, root, member) is not { } url)
            {
                continue;
            }

            var parameters = get.TryGetProperty("parameters", out var p) ? p.EnumerateArray().Where(x => x.GetProperty("in").GetString() == "query").ToList() : [];
            foreach (var query in Variants(spec, parameters, root, year).Distinct())
            {
                var request = query.Length == 0 ? url : $"{url}?{query}";
                var watch = Stopwatch.StartNew();
                string status;
                long bytes = 0;
                try
                {
                    using var response = await http.GetAsync(request, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    bytes = await CountAsync(body);
                    status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    status = e.GetType().Name;
                }

                var seconds = watch.Elapsed.TotalSeconds;
                var flag = !int.TryParse(status, out var code) || code >= 500 || seconds > slow;
                (requests, flagged) = (requests + 1, flagged + (flag ? 1 : 0));
                Console.WriteLine(FormattableString.Invariant($"| {status} | {seconds:F2} | {bytes:N0} | `{request}` | {(flag ? "**flagged**" : string.Empty)} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"{requests} requests, {flagged} flagged (a 5xx, a failed request or over {slow} s)."));
        return 0;
    }

    /// <summary>The path with its identifiers: the root for an organisation, the bench member for a member; others skipped.</summary>
    private static string? Path(string template, string root, string member) => template switch
    {
        _ when !template.Contains('{', StringComparison.Ordinal) => template,
        _ when template.StartsWith("/api/v1/members/{id}", StringComparison.Ordinal) && member.Length > 0 => template.Replace("{id}", member, StringComparison.Ordinal),
        _ when template.StartsWith("/api/v1/organizations/{", StringComparison.Ordinal) => template.Replace("{id}", root, StringComparison.Ordinal).Replace("{organizationId}", root, StringComparison.Ordinal),
        _ => null,
    };

    /// <summary>The widest request, then one per documented sort on a deep page, a page past any list, broad searches, flags set.</summary>
    private static IEnumerable<string> Variants(JsonElement spec, List<JsonElement> parameters, string root, string year)
    {
        var widest = new Dictionary<string, string>();
        foreach (var parameter in parameters)
        {
            var name = parameter.GetProperty("name").GetString()!;
            if (Widest(name, Schema(spec, parameter), root, year) is { } value)
            {
                widest[name] = value;
            }
        }

        yield return Query(widest);
        foreach (var parameter in parameters)
        {
            var name = parameter.GetProperty("name").GetString()!;
            var schema = Schema(spec, parameter);
            if (name == "sort" && schema.TryGetProperty("enum", out var sorts))
            {
                foreach (var sort in sorts.EnumerateArray())
                {
                    yield return Query(new Dictionary<string, string>(widest) { ["sort"] = sort.GetString()!, ["page"] = "2000" });
                }
            }

            if (name == "page")
            {
                yield return Query(new Dictionary<string, string>(widest) { ["page"] = "5000" });
            }

            if (name == "search")
            {
                foreach (var search in Searches)
                {
                    yield return Query(new Dictionary<string, string>(widest) { ["search"] = search });
                }
            }

            if (name is "includeFormer" or "all" or "includeRetired")
            {
                yield return Query(new Dictionary<string, string>(widest) { [name] = "true" });
            }
        }
    }

    private static string? Widest(string name, JsonElement schema, string root, string year) => name switch
    {
        "organizationId" or "leadingOrganizationId" or "parentId" => root,
        "year" => year,
        "asOf" or "on" or "inForceOn" or "activeOn" or "roundDate" => $"{year}-12-31",
        "from" => $"{year}-01-01",
        "to" => $"{year}-12-31",
        "page" => "1",
        "pageSize" => schema.TryGetProperty("maximum", out var maximum) ? maximum.GetRawText() : "100",
        _ => null,
    };

    private static JsonElement Schema(JsonElement spec, JsonElement parameter)
    {
        var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            schema = spec.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema.ValueKind == JsonValueKind.Object ? schema : NoSchema;
    }

    private static string Query(Dictionary<string, string> values) =>
        string.Join('&', values.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));

    private static async Task<long> CountAsync(Stream body)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}

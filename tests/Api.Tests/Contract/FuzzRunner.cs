using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace PartyCommittee.Api.Tests.Contract;

/// <summary>What a fuzz pass saw.</summary>
public sealed class FuzzReport
{
    public int Operations { get; set; }

    public int Requests { get; set; }

    public int ValidRequests { get; set; }

    public SortedDictionary<int, int> Statuses { get; } = [];

    public SortedDictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

    public List<string> Violations { get; } = [];

    public string Summary(string name) =>
        $"{name}: {Operations} operations, {Requests} requests ({ValidRequests} valid, {Requests - ValidRequests} invalid), " +
        $"statuses {string.Join(", ", Statuses.Select(s => $"{s.Key}×{s.Value}"))}; {Violations.Count} violations";
}

/// <summary>
/// Sends generated requests for every operation of the contract and checks each answer against it: never a 5xx;
/// the status is documented for the operation; a JSON body validates against the documented schema of that status
/// and media type; and a request answered 4xx changed nothing in the database (row counts and content hash).
/// </summary>
public sealed class FuzzRunner(ContractDocument document, HttpClient client, DatabaseWatch database)
{
    private readonly SchemaChecker checker = new(document);

    public async Task<FuzzReport> RunAsync(ulong seed, int requestsPerOperation)
    {
        var ids = new IdPools();
        await ids.LoadAsync(client);
        var pcg = new PCG(7, seed);
        var factory = new RequestFactory(document, ids, pcg);
        var report = new FuzzReport();

        // Reads first, then changes, so that reads see the demo data and changes find real records; both in a fixed order.
        var operations = document.Operations.OrderBy(o => o.Method == "GET" ? 0 : o.Method == "DELETE" ? 2 : 1).ThenBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList();
        report.Operations = operations.Count;
        foreach (var operation in operations)
        {
            for (var i = 0; i < requestsPerOperation; i++)
            {
                var request = factory.Next(operation, valid: i % 2 == 0);
                await SendAsync(request, ids, report);
            }
        }

        return report;
    }

    private async Task SendAsync(FuzzRequest request, IdPools ids, FuzzReport report)
    {
        var etag = request.Headers.Any(h => h.Value == FuzzRequest.CurrentETag) ? await CurrentETagAsync(request) : null;
        using var pin = await database.PinAsync();
        using var message = request.ToMessage(etag);
        using var response = await client.SendAsync(message);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();

        report.Requests++;
        report.ValidRequests += request.Valid ? 1 : 0;
        report.Statuses[status] = report.Statuses.GetValueOrDefault(status) + 1;
        report.Kinds[request.Kind] = report.Kinds.GetValueOrDefault(request.Kind) + 1;

        var operation = request.Operation;
        if (status >= 500)
        {
            report.Violations.Add($"5xx {status}: {request} → {Shorten(text)}");
        }

        if (!operation.IsDocumented(status))
        {
            report.Violations.Add($"undocumented {status} for {operation.Id}: {request} → {Shorten(text)}");
        }
        else
        {
            CheckBody(request, response, status, text, report);
        }

        if (status < 400 && FuzzRequest.AlwaysInvalid.Contains(request.Kind))
        {
            report.Violations.Add($"accepted ({status}) a request that cannot be valid: {request}");
        }

        if (status is >= 400 and < 500 && await pin.WrittenAsync() is { } written)
        {
            report.Violations.Add($"a {status} wrote to the database ({written}): {request}");
        }

        if (status == (int)HttpStatusCode.Created)
        {
            var location = response.Headers.Location?.ToString() ?? string.Empty;
            ids.Add(IdPools.PoolOfLocation(location), location.Split('/').Last());
        }

        if (status is 200 or 201 && IsJson(response))
        {
            var node = JsonNode.Parse(text);
            ids.Collect(node, "memberships", "membership");
            ids.Collect(node, "sponsors", "sponsor");
        }
    }

    private void CheckBody(FuzzRequest request, HttpResponseMessage response, int status, string text, FuzzReport report)
    {
        var documented = request.Operation.Content(status);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (text.Length == 0 && mediaType is null)
        {
            if (documented is { Count: > 0 } && status is not 304 and not 204)
            {
                report.Violations.Add($"{status} without a body for {request.Operation.Id}, documented with {string.Join(", ", documented.Select(c => c.Key))}: {request}");
            }

            return;
        }

        if (documented is null || mediaType is null || documented[mediaType] is not { } media)
        {
            report.Violations.Add($"{status} {mediaType} not documented for {request.Operation.Id}: {request}");
            return;
        }

        if (!IsJson(response) || media["schema"] is not { } schema)
        {
            return;
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            report.Violations.Add($"{status} body is not JSON ({exception.Message}): {request}");
            return;
        }

        var errors = checker.Check(body, schema);
        if (errors.Count > 0)
        {
            report.Violations.Add($"{status} body of {request.Operation.Id} breaks its schema: {string.Join("; ", errors.Take(5))} — {request}");
        }
    }

    /// <summary>The ETag of the resource a guarded change addresses: the path up to its first identifier.</summary>
    private async Task<string?> CurrentETagAsync(FuzzRequest request)
    {
        var path = request.Url.Split('?')[0];
        var template = request.Operation.Path.Split('/');
        var segments = path.Split('/');
        var first = Array.FindIndex(template, s => s.StartsWith('{'));
        var resource = string.Join('/', segments.Take(first + 1));
        using var response = await client.GetAsync(resource);
        return response.Headers.ETag?.ToString();
    }

    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is { } type && (type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal));

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;

    public static ulong Seed(ulong fallback) =>
        ulong.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : fallback;

    public static int Budget(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_BUDGET"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var budget) && budget > 0 ? budget : fallback;
}

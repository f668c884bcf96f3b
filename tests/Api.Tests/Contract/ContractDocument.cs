using System.Text.Json.Nodes;

namespace PartyCommittee.Api.Tests.Contract;

/// <summary>The served OpenAPI document, read as JSON: its operations and their schemas, with <c>$ref</c> resolved on demand.</summary>
public sealed class ContractDocument(JsonNode root)
{
    public JsonNode Root { get; } = root;

    public IReadOnlyList<ContractOperation> Operations { get; } = [.. root["paths"]!.AsObject()
        .Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal))
        .SelectMany(p => p.Value!.AsObject().Select(o => new ContractOperation(o.Key.ToUpperInvariant(), p.Key, o.Value!.AsObject())))];

    /// <summary>The schema a <c>$ref</c> points at (only local references are used by the document).</summary>
    public JsonNode Resolve(JsonNode schema)
    {
        var seen = 0;
        while (schema is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference && seen++ < 32)
        {
            schema = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate(Root, (node, segment) => node[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]!);
        }

        return schema;
    }

    /// <summary>
    /// The schema a node stands for, through <c>$ref</c> and through the single-<c>allOf</c> wrapper the document puts
    /// around a referenced schema to give it its own description (<c>{"allOf": [{"$ref": …}], "description": …}</c>).
    /// </summary>
    public JsonNode Underlying(JsonNode schema)
    {
        schema = Resolve(schema);
        for (var depth = 0; depth < 8 && schema is JsonObject o && o["allOf"] is JsonArray { Count: 1 } allOf && o["type"] is null && o["properties"] is null; depth++)
        {
            schema = Resolve(allOf[0]!);
        }

        return schema;
    }
}

/// <summary>One operation of the contract.</summary>
public sealed class ContractOperation(string method, string path, JsonObject node)
{
    public string Method { get; } = method;

    public string Path { get; } = path;

    public JsonObject Node { get; } = node;

    public string Id => Node["operationId"]?.GetValue<string>() ?? $"{Method} {Path}";

    public IEnumerable<JsonNode> Parameters => Node["parameters"]?.AsArray().OfType<JsonNode>() ?? [];

    public JsonObject? RequestContent => Node["requestBody"]?["content"]?.AsObject();

    public JsonObject Responses => Node["responses"]!.AsObject();

    public bool IsDocumented(int status) => Responses.ContainsKey(status.ToString(System.Globalization.CultureInfo.InvariantCulture)) || Responses.ContainsKey("default");

    /// <summary>The documented schema for a status and media type; null when the status or media type is not documented.</summary>
    public JsonObject? Content(int status) =>
        (Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] ?? Responses["default"])?["content"]?.AsObject();

    public override string ToString() => $"{Method} {Path} ({Id})";
}

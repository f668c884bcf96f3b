using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace PartyCommittee.Api.Tests.Contract;

/// <summary>One generated request: what it is (valid or the mutation applied) and how to send it.</summary>
public sealed record FuzzRequest(ContractOperation Operation, string Kind, bool Valid, string Url, string? Body, string? ContentType, IReadOnlyList<(string Name, string Value)> Headers)
{
    /// <summary>
    /// Mutations that leave no valid reading of the request whatever the operation (JSON that does not parse, a media
    /// type the operation does not take, a body that is not an object, a missing, stale, wildcard or malformed
    /// If-Match, a URI over the limit, a property given a JSON kind its schema does not allow, a required property that
    /// cannot be null left out): the API must refuse them. The other mutations may happen to build a valid request (an
    /// optional or nullable field removed: "body-missing-optional", a number inside a range).
    /// </summary>
    public static readonly IReadOnlySet<string> AlwaysInvalid = new HashSet<string>(StringComparer.Ordinal)
    {
        "body-malformed-json", "body-wrong-content-type", "body-not-an-object", "body-wrong-type", "body-missing-required", "if-match-missing", "if-match-star", "if-match-stale", "if-match-malformed", "uri-too-long",
    };

    /// <summary>Placeholder of an If-Match the runner replaces with the resource's current ETag.</summary>
    public const string CurrentETag = "<current>";

    public HttpRequestMessage ToMessage(string? currentETag)
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), Url);
        if (Body is not null)
        {
            message.Content = ContentType?.StartsWith("multipart/", StringComparison.Ordinal) == true
                ? Multipart(Body)
                : new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            if (message.Content is ByteArrayContent && ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value == CurrentETag ? currentETag ?? "\"1\"" : value);
        }

        return message;
    }

    public override string ToString() => $"{Operation.Method} {Url} [{Kind}]{(Body is null ? string.Empty : " " + (Body.Length > 300 ? Body[..300] + "…" : Body))}";

    private static MultipartFormDataContent Multipart(string csv)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "members.csv");
        return content;
    }
}

/// <summary>
/// Generates requests for an operation from its schemas with CsCheck generators driven by one seeded PCG: valid
/// requests (values inside every documented constraint, real ids from the demo data for id fields) and invalid ones
/// (one mutation each: wrong types, out-of-range numbers and dates, overlong and hostile strings, malformed JSON,
/// unknown or missing fields, lower-case or numeric enum codes, wrong content types, bad If-Match, unknown ids).
/// </summary>
public sealed class RequestFactory(ContractDocument document, IdPools ids, PCG pcg)
{
    /// <summary>Strings that have broken APIs: emoji sequences, CJK extension B, NUL, RTL override, zero-width, SQL, markup, a lone surrogate.</summary>
    public static readonly string[] Hostile =
    [
        "👨‍👩‍👧‍👦 Nguyễn Văn 🇻🇳",
        "𠀀𠀁𪚥𫝀𠮷",
        "a\u0000b",
        "\u202Eabc\u202C",
        "a\u200Bb\u200D\uFEFFc",
        "' OR 1=1; DROP TABLE \"Members\"; --",
        "Robert'); DELETE FROM PartyOrganizations; --",
        "%' UNION SELECT * FROM sqlite_master --",
        "<script>alert(1)</script>",
        "../../../etc/passwd",
        "ｆｕｌｌｗｉｄｔｈ",
        "\t\r\n ",
        string.Empty,
        "\ud800",
        new string('ắ', 10_000),
    ];

    private static readonly Gen<int> Percent = Gen.Int[0, 99];
    private static readonly Gen<string> Language = Gen.OneOf("vi", "en", "en-US,en;q=0.9", "fr", "*");

    public FuzzRequest Next(ContractOperation operation, bool valid)
    {
        var path = operation.Path;
        var query = new List<(string Name, string Value)>();
        var headers = new List<(string Name, string Value)> { ("Accept-Language", Pick(Language)) };
        var body = (Text: (string?)null, Type: (string?)null);
        var parameters = operation.Parameters.ToList();
        var content = operation.RequestContent;

        var options = new List<string>();
        if (!valid)
        {
            options.AddRange(["unknown-query-parameter", "hostile-accept-language"]);
            if (parameters.Any(p => p["in"]!.GetValue<string>() == "path"))
            {
                options.AddRange(["unknown-id", "unknown-id"]);
            }

            if (parameters.Any(p => p["in"]!.GetValue<string>() == "query"))
            {
                options.AddRange(["query-wrong-type", "query-out-of-range", "query-overlong", "query-hostile", "query-hostile", "query-enum-lower-case", "uri-too-long"]);
            }

            if (parameters.Any(p => p["name"]!.GetValue<string>() == "If-Match"))
            {
                options.AddRange(["if-match-missing", "if-match-star", "if-match-stale", "if-match-malformed"]);
            }

            if (content?["application/json"] is not null)
            {
                options.AddRange(["body-wrong-type", "body-wrong-type", "body-missing-required", "body-unknown-property", "body-overlong", "body-out-of-range",
                    "body-hostile", "body-hostile", "body-hostile", "body-malformed-json", "body-malformed-json", "body-wrong-content-type", "body-enum-lower-case", "body-enum-number", "body-not-an-object", "body-empty"]);
            }

            if (content?["multipart/form-data"] is not null)
            {
                options.AddRange(["file-garbage", "file-hostile", "body-wrong-content-type", "body-empty"]);
            }
        }

        var mutation = valid ? "valid" : Pick(Gen.OneOf([.. options]));

        foreach (var parameter in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var location = parameter["in"]!.GetValue<string>();
            var schema = parameter["schema"] ?? new JsonObject();
            var required = parameter["required"]?.GetValue<bool>() == true;
            switch (location)
            {
                case "path":
                    var id = mutation == "unknown-id" && Chance(70) ? RandomGuid() : ids.Pick(IdPools.PoolFor(name, path), pcg) ?? RandomGuid();
                    path = path.Replace("{" + name + "}", id, StringComparison.Ordinal);
                    break;
                case "query":
                    if (required || Chance(45))
                    {
                        query.Add((name, QueryText(Value(schema, name, 0))));
                    }

                    break;
                case "header" when name == "If-Match":
                    headers.Add((name, FuzzRequest.CurrentETag));
                    break;
                default:
                    break;
            }
        }

        if (content?["application/json"]?["schema"] is { } bodySchema)
        {
            body = (Value(bodySchema, "$", 0)?.ToJsonString(Web) ?? "null", "application/json");
        }
        else if (content?["multipart/form-data"] is not null)
        {
            body = (ValidCsv(), "multipart/form-data");
            if (!query.Any(q => q.Name == "dryRun") && Chance(80))
            {
                query.Add(("dryRun", "true"));
            }
        }

        refinedKind = null;
        Mutate(mutation, operation, query, headers, ref body);
        var url = path + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query.Select(q => Uri.EscapeDataString(q.Name) + "=" + Uri.EscapeDataString(q.Value))));
        return new FuzzRequest(operation, refinedKind ?? mutation, valid, url, body.Text, body.Type, headers);
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>What a mutation turned out to be when the schema decided it (e.g. an optional field removed).</summary>
    private string? refinedKind;

    private void Mutate(string mutation, ContractOperation operation, List<(string Name, string Value)> query, List<(string Name, string Value)> headers, ref (string? Text, string? Type) body)
    {
        var queryParameters = operation.Parameters.Where(p => p["in"]!.GetValue<string>() == "query").ToList();
        switch (mutation)
        {
            case "unknown-query-parameter":
                query.Add(("unexpected" + Pick(Gen.Int[0, 9]), Pick(Gen.OneOf(Hostile))));
                break;
            case "hostile-accept-language":
                headers.RemoveAll(h => h.Name == "Accept-Language");
                headers.Add(("Accept-Language", Pick(Gen.OneOf("vi-VN-x-ÿ", "zz;q=abc", ";;;", "en;q=2", new string('a', 500)))));
                break;
            case "query-wrong-type":
            case "query-out-of-range":
            case "query-overlong":
            case "query-hostile":
            case "query-enum-lower-case":
                var parameter = queryParameters[(int)pcg.Next((uint)queryParameters.Count)];
                var name = parameter["name"]!.GetValue<string>();
                var schema = document.Underlying(parameter["schema"] ?? new JsonObject());
                query.RemoveAll(q => q.Name == name);
                query.Add((name, mutation switch
                {
                    "query-wrong-type" => Pick(Gen.OneOf("abc", "1.5", "-", "true", "[]", "{}", "2020-13-45", "0x10", "99999999999999999999", "NaN")),
                    "query-out-of-range" => OutOfRange(schema),
                    "query-overlong" => new string('x', (schema["maxLength"]?.GetValue<int>() ?? 200) + 1 + Pick(Gen.Int[0, 300])),
                    "query-enum-lower-case" => schema["enum"] is JsonArray e && e.Count > 0 ? e[(int)pcg.Next((uint)e.Count)]!.ToString().ToLowerInvariant() : "lower",
                    _ => Pick(Gen.OneOf(Hostile)) is { Length: < 3000 } h ? h : "ắắắ",
                }));
                break;
            case "uri-too-long":
                query.Add(("search", new string('q', 5000)));
                break;
            case "if-match-missing":
                headers.RemoveAll(h => h.Name == "If-Match");
                break;
            case "if-match-star":
            case "if-match-stale":
            case "if-match-malformed":
                headers.RemoveAll(h => h.Name == "If-Match");
                headers.Add(("If-Match", mutation switch
                {
                    "if-match-star" => "*",
                    "if-match-stale" => "\"987654\"",
                    _ => Pick(Gen.OneOf("W/\"1\"", "1", "\"abc\"", "\"1\", \"2\"", "\"-1\"", "\"99999999999999999999999\"")),
                }));
                break;
            case "body-malformed-json":
                body.Text = Pick(Gen.OneOf("{", "{\"a\":", "[1,2", "{'code': 'x'}", "{\"code\": \"x\",}", "nul", "{\"a\":1}}", "\u0000", "{\"code\": \"\\uZZZZ\"}", "{\"code\" \"x\"}"));
                break;
            case "body-wrong-content-type":
                body.Type = Pick(Gen.OneOf("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream", "text/csv"));
                body.Text ??= "x";
                break;
            case "body-empty":
                body.Text = string.Empty;
                break;
            case "body-not-an-object":
                body.Text = Pick(Gen.OneOf("null", "[]", "42", "\"text\"", "true", "[{}]"));
                break;
            case "file-garbage":
                body.Text = Pick(Gen.OneOf("\u0000\u0001\u0002PK\u0003\u0004", "fullName\n" + new string(',', 200), "\"unterminated", string.Empty));
                break;
            case "file-hostile":
                body.Text = string.Join(',', SheetHeaders) + "\n" + string.Join(',', SheetHeaders.Select(_ => "\"" + Pick(Gen.OneOf(Hostile)).Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
                break;
            case var m when m.StartsWith("body-", StringComparison.Ordinal) && body.Text is not null:
                body.Text = MutateJson(m, operation.RequestContent!["application/json"]!["schema"]!, body.Text);
                break;
            default:
                break;
        }
    }

    private string MutateJson(string mutation, JsonNode schema, string text)
    {
        var resolved = document.Underlying(schema);
        if (JsonNode.Parse(text) is not JsonObject obj || resolved["properties"] is not JsonObject properties || properties.Count == 0)
        {
            // No property to give a wrong kind: the body itself gets one its schema does not allow (or cannot be read).
            refinedKind = mutation == "body-missing-required" ? "body-missing-nothing" : null;
            return mutation != "body-wrong-type" ? text
                : Kinds(schema) is { } bodyKinds && WrongKinds.FirstOrDefault(w => !bodyKinds.Contains(w.Kind)) is { Value: { } wrongBody } ? wrongBody().ToJsonString()
                : "{";
        }

        var names = properties.Select(p => p.Key).ToList();
        var required = resolved["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
        var target = names[(int)pcg.Next((uint)names.Count)];
        var targetSchema = document.Underlying(properties[target]!);
        switch (mutation)
        {
            case "body-wrong-type":
                // A value of a JSON kind the property's schema does not allow (so the request cannot be valid: the rule
                // AlwaysInvalid holds it to a refusal); a body whose properties allow every kind is sent as an array.
                var typed = names.Select(n => (Name: n, Kinds: Kinds(properties[n]!))).Where(p => p.Kinds is { } kinds && WrongKinds.Any(w => !kinds.Contains(w.Kind))).ToList();
                if (typed.Count == 0)
                {
                    return "[]"; // the body's schema is an object here
                }

                var (field, allowed) = typed[(int)pcg.Next((uint)typed.Count)];
                var wrong = WrongKinds.Where(w => !allowed!.Contains(w.Kind)).ToList();
                obj[field] = wrong[(int)pcg.Next((uint)wrong.Count)].Value();
                break;
            case "body-missing-required":
                // A required property that cannot be null: its absence cannot be valid (the rule AlwaysInvalid). Without
                // one, a property is removed all the same, as a request that may be valid.
                var mandatory = required.Where(r => properties[r] is { } p && Kinds(p) is { } kinds && !kinds.Contains("null")).ToList();
                if (mandatory.Count > 0)
                {
                    obj.Remove(mandatory[(int)pcg.Next((uint)mandatory.Count)]);
                }
                else
                {
                    obj.Remove(required.Count > 0 ? required[(int)pcg.Next((uint)required.Count)] : target);
                    refinedKind = "body-missing-optional";
                }

                break;
            case "body-unknown-property":
                obj[Pick(Gen.OneOf("colour", "Code", "id", "version", "__proto__", "$type", target.ToUpperInvariant()))] = "x";
                break;
            case "body-overlong":
                var stringField = names.FirstOrDefault(n => IsString(document.Underlying(properties[n]!))) ?? target;
                var max = document.Underlying(properties[stringField]!)["maxLength"]?.GetValue<int>() ?? 1000;
                obj[stringField] = new string('x', max + 1 + Pick(Gen.Int[0, 2000]));
                break;
            case "body-out-of-range":
                obj[target] = JsonNode.Parse(JsonSerializer.Serialize(OutOfRange(targetSchema)));
                if (targetSchema["type"]?.ToString() is "integer" or "number" || IntegerLike(targetSchema))
                {
                    obj[target] = Pick(Gen.OneOf<JsonNode?>(JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(int.MaxValue), JsonValue.Create(long.MaxValue), JsonValue.Create(2147483648L)));
                }

                break;
            case "body-hostile":
                var textField = names.Where(n => IsString(document.Underlying(properties[n]!))).ToList();
                obj[textField.Count > 0 ? textField[(int)pcg.Next((uint)textField.Count)] : target] = Pick(Gen.OneOf(Hostile));
                break;
            case "body-enum-lower-case":
            case "body-enum-number":
                var enumField = names.FirstOrDefault(n => EnumValues(properties[n]!) is { Count: > 0 }) ?? target;
                obj[enumField] = mutation == "body-enum-number" ? JsonValue.Create(Pick(Gen.Int[0, 3])) : (EnumValues(properties[enumField]!).FirstOrDefault() ?? "x").ToLowerInvariant();
                break;
            default:
                break;
        }

        return obj.ToJsonString(Web);
    }

    /// <summary>A valid value for a schema: inside every documented constraint; ids from the demo data.</summary>
    public JsonNode? Value(JsonNode schemaNode, string name, int depth)
    {
        var schema = document.Underlying(schemaNode);
        if (schema["oneOf"] is JsonArray oneOf && oneOf.Count > 0)
        {
            var nonNull = oneOf.Where(s => s?["type"]?.ToString() != "null").ToList();
            return nonNull.Count == 0 || (nonNull.Count < oneOf.Count && Chance(15)) ? null : Value(nonNull[(int)pcg.Next((uint)nonNull.Count)]!, name, depth + 1);
        }

        if (schema["allOf"] is JsonArray { Count: > 0 } allOf)
        {
            return Value(allOf[0]!, name, depth + 1);
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[(int)pcg.Next((uint)values.Count)]?.DeepClone();
        }

        var types = schema["type"] is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : schema["type"] is { } one ? [one.GetValue<string>()] : ["string"];
        if (types.Contains("null") && (types.Count == 1 || Chance(15)))
        {
            return null;
        }

        var type = types.First(t => t != "null");
        return type switch
        {
            "object" when depth < 6 => Object(schema, depth),
            "object" => new JsonObject(),
            "array" => new JsonArray([.. Enumerable.Range(0, Pick(Gen.Int[0, 2])).Select(_ => Value(schema["items"] ?? new JsonObject(), name, depth + 1))]),
            "integer" or "number" => JsonValue.Create(Integer(schema)),
            "boolean" => JsonValue.Create(Chance(50)),
            _ => JsonValue.Create(Text(schema, name)),
        };
    }

    private JsonObject Object(JsonNode schema, int depth)
    {
        var result = new JsonObject();
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
        {
            if (required.Contains(property) || Chance(60))
            {
                result[property] = Value(propertySchema!, property, depth + 1);
            }
        }

        return result;
    }

    private string Text(JsonNode schema, string name)
    {
        var format = schema["format"]?.GetValue<string>();
        switch (format)
        {
            case "uuid":
                return Chance(8) ? RandomGuid() : ids.Pick(IdPools.PoolFor(name, string.Empty), pcg) ?? RandomGuid();
            case "date":
                return new DateOnly(Pick(Gen.Int[1990, 2030]), Pick(Gen.Int[1, 12]), Pick(Gen.Int[1, 28])).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case "date-time":
                return new DateTimeOffset(Pick(Gen.Int[2020, 2027]), Pick(Gen.Int[1, 12]), Pick(Gen.Int[1, 28]), 8, 0, 0, TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture);
            case "email":
                return "dang.vien" + Pick(Gen.Int[1, 999]) + "@soldtbxh.example";
            case "binary":
                return "x";
            default:
                break;
        }

        var min = schema["minLength"]?.GetValue<int>() ?? 0;
        var max = Math.Min(schema["maxLength"]?.GetValue<int>() ?? 40, Math.Max(min, 40));
        if (schema["maxLength"]?.GetValue<int>() is { } longest && schema["pattern"] is null && Chance(15))
        {
            // The boundary: exactly as long as allowed, in Vietnamese with its combining-heavy letters.
            return string.Concat(Enumerable.Repeat("Nguyễn Thị Ánh Tuyết ", (longest / 21) + 1))[..longest];
        }

        if (schema["pattern"]?.GetValue<string>() is { } pattern && PatternStrings.Generate(pattern, pcg) is { } matching && matching.Length >= min && matching.Length <= Math.Max(max, min))
        {
            return matching;
        }

        if (name == "ethnicityCode")
        {
            return Pick(Gen.OneOf("01", "05", "04", "02"));
        }

        var words = Pick(Gen.OneOf("Nguyễn Thị Minh Khai", "Trần Văn Ơn", "Chi bộ Văn phòng", "Sóc Trăng", "Đảng bộ", "Lê", "Quyết định 12-QĐ/ĐU", "Hội Cựu chiến binh"));
        var length = Pick(Gen.Int[Math.Max(min, 1), Math.Max(max, Math.Max(min, 1))]);
        var text = string.Concat(Enumerable.Repeat(words + " ", (length / (words.Length + 1)) + 1))[..length].Trim();
        return text.Length >= min ? text : new string('a', min);
    }

    private long Integer(JsonNode schema)
    {
        var min = Bound(schema["minimum"]) ?? Bound(schema["exclusiveMinimum"]) + 1 ?? 0;
        var max = Bound(schema["maximum"]) ?? Bound(schema["exclusiveMaximum"]) - 1 ?? Math.Max(min + 100, 100);
        return Pick(Gen.Int[0, 9]) switch
        {
            0 => min,
            1 => max,
            _ => min + Pick(Gen.Long[0, Math.Max(0, max - min)]),
        };
    }

    private string OutOfRange(JsonNode schema)
    {
        var format = schema["format"]?.GetValue<string>();
        if (format == "date")
        {
            return Pick(Gen.OneOf("0001-01-01", "9999-12-31", "1800-02-29", "2101-01-01", "1930-02-02"));
        }

        if (format == "uuid")
        {
            return Pick(Gen.OneOf(Guid.Empty.ToString(), RandomGuid()));
        }

        var below = Bound(schema["minimum"]) is { } min ? (min - 1).ToString(CultureInfo.InvariantCulture) : "-1";
        var above = Bound(schema["maximum"]) is { } max ? (max + 1).ToString(CultureInfo.InvariantCulture) : "2147483648";
        return Pick(Gen.OneOf(below, above, "-2147483649", "0"));
    }

    private static long? Bound(JsonNode? node) => node is null ? null : long.Parse(node.ToString(), CultureInfo.InvariantCulture);

    /// <summary>Values of each JSON kind, for a property that does not allow that kind.</summary>
    private static readonly (string Kind, Func<JsonNode> Value)[] WrongKinds =
    [
        ("number", () => JsonValue.Create(12345)), ("string", () => JsonValue.Create("text")), ("object", () => new JsonObject { ["x"] = 1 }),
        ("array", () => new JsonArray(1, 2)), ("boolean", () => JsonValue.Create(true)),
    ];

    /// <summary>
    /// The JSON kinds a schema allows ("integer" counts as "number"; null is never used as the wrong value), or null when
    /// the schema does not say (anything may be valid).
    /// </summary>
    private HashSet<string>? Kinds(JsonNode schemaNode)
    {
        var schema = document.Underlying(schemaNode);
        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray { Count: > 0 } choices)
        {
            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (var choice in choices)
            {
                if (Kinds(choice!) is not { } kinds)
                {
                    return null;
                }

                union.UnionWith(kinds);
            }

            return union;
        }

        if (schema["allOf"] is JsonArray { Count: > 0 } allOf && schema["type"] is null)
        {
            return Kinds(allOf[0]!);
        }

        var types = schema["type"] switch
        {
            JsonArray list => list.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => schema["enum"] is JsonArray { Count: > 0 } ? ["string"] : null,
        };
        return types?.Select(t => t == "integer" ? "number" : t).ToHashSet(StringComparer.Ordinal);
    }

    private bool IsString(JsonNode schema) =>
        schema["type"]?.ToJsonString().Contains("\"string\"", StringComparison.Ordinal) == true && schema["format"] is null && schema["enum"] is null;

    private static bool IntegerLike(JsonNode schema) => schema["type"]?.ToJsonString().Contains("integer", StringComparison.Ordinal) == true;

    private List<string> EnumValues(JsonNode schema)
    {
        var resolved = document.Underlying(schema);
        var candidates = new[] { resolved }.Concat(resolved["oneOf"]?.AsArray().OfType<JsonNode>().Select(document.Underlying) ?? []);
        return [.. candidates.SelectMany(c => c["enum"]?.AsArray().Select(v => v!.ToString()) ?? [])];
    }

    private string ValidCsv()
    {
        var row = SheetHeaders.Select(h => h switch
        {
            "fullName" => "Phạm Thị Thu " + Pick(Gen.Int[1, 999]),
            "sex" => Pick(Gen.OneOf("FEMALE", "MALE", "Nữ")),
            "dateOfBirth" => "1991-05-0" + Pick(Gen.Int[1, 9]),
            "ethnicityCode" => "01",
            "generalEducation" => "UPPER_SECONDARY",
            "professionalLevel" => "UNIVERSITY",
            "politicalTheoryLevel" => "ELEMENTARY",
            "admissionDecisionDate" => "2016-03-0" + Pick(Gen.Int[1, 9]),
            "cellCode" => "CB-VP",
            "status" => "FULL",
            "isProvincialCommitteeMember" => "false",
            _ => string.Empty,
        });
        return string.Join(',', SheetHeaders) + "\n" + string.Join(',', row) + "\n";
    }

    private static IReadOnlyList<string> SheetHeaders => Application.Membership.Members.MemberSheet.Headers;

    private static string QueryText(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValueKind() == JsonValueKind.True ? "true" : "false",
        _ => value.ToJsonString(),
    };

    private string RandomGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, pcg.Next64());
        BitConverter.TryWriteBytes(bytes[8..], pcg.Next64());
        return new Guid(bytes).ToString();
    }

    private bool Chance(int percent) => Pick(Percent) < percent;

    private T Pick<T>(Gen<T> gen) => gen.Generate(pcg, null, out _);
}

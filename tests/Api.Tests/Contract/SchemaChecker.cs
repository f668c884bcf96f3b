using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartyCommittee.Api.Tests.Contract;

/// <summary>
/// Validates a JSON value against a schema of the contract: the subset the document uses — <c>$ref</c>, <c>type</c>
/// (one or a list, <c>null</c> included), <c>enum</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties</c>,
/// <c>items</c>, <c>oneOf</c>/<c>anyOf</c>/<c>allOf</c>, formats (date, date-time, uuid, int32, int64, email), lengths,
/// pattern and numeric bounds. Unknown keywords are annotations and are ignored.
/// </summary>
public sealed class SchemaChecker(ContractDocument document)
{
    public IReadOnlyList<string> Check(JsonNode? value, JsonNode schema, string path = "$")
    {
        var errors = new List<string>();
        Validate(value, schema, path, errors, 0);
        return errors;
    }

    private void Validate(JsonNode? value, JsonNode schemaNode, string path, List<string> errors, int depth)
    {
        if (depth > 64)
        {
            errors.Add($"{path}: schema nesting too deep");
            return;
        }

        if (schemaNode is JsonValue boolean && boolean.TryGetValue<bool>(out var allowed))
        {
            if (!allowed)
            {
                errors.Add($"{path}: no value is allowed here");
            }

            return;
        }

        if (schemaNode is not JsonObject schema)
        {
            return;
        }

        if (schema["$ref"] is not null)
        {
            Validate(value, document.Resolve(schema), path, errors, depth + 1);
        }

        foreach (var part in schema["allOf"]?.AsArray().OfType<JsonNode>() ?? [])
        {
            Validate(value, part, path, errors, depth + 1);
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            var matches = oneOf.OfType<JsonNode>().Count(s => Check(value, s, path).Count == 0);
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of the oneOf schemas, not exactly one ({Show(value)})");
            }
        }

        if (schema["anyOf"] is JsonArray anyOf && !anyOf.OfType<JsonNode>().Any(s => Check(value, s, path).Count == 0))
        {
            errors.Add($"{path}: matches none of the anyOf schemas ({Show(value)})");
        }

        if (schema["type"] is { } type)
        {
            var types = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!types.Any(t => HasType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", types)}, got {Kind(value)} ({Show(value)})");
                return;
            }
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            errors.Add($"{path}: {Show(value)} is not one of {values.ToJsonString()}");
        }

        switch (value)
        {
            case JsonObject obj:
                CheckObject(obj, schema, path, errors, depth);
                break;
            case JsonArray array when schema["items"] is { } items:
                for (var i = 0; i < array.Count; i++)
                {
                    Validate(array[i], items, $"{path}[{i}]", errors, depth + 1);
                }

                break;
            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String:
                CheckString(scalar.GetValue<string>(), schema, path, errors);
                break;
            case JsonValue number when number.GetValueKind() == JsonValueKind.Number:
                CheckNumber(number, schema, path, errors);
                break;
            default:
                break;
        }
    }

    private void CheckObject(JsonObject obj, JsonObject schema, string path, List<string> errors, int depth)
    {
        foreach (var name in schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
        {
            if (!obj.ContainsKey(name))
            {
                errors.Add($"{path}: required member '{name}' is missing");
            }
        }

        var properties = schema["properties"]?.AsObject();
        foreach (var (name, member) in obj)
        {
            if (properties?[name] is { } propertySchema)
            {
                Validate(member, propertySchema, $"{path}.{name}", errors, depth + 1);
            }
            else if (schema["additionalProperties"] is { } additional)
            {
                Validate(member, additional, $"{path}.{name}", errors, depth + 1);
            }
        }
    }

    private static void CheckString(string text, JsonObject schema, string path, List<string> errors)
    {
        var length = text.EnumerateRunes().Count();
        if (schema["minLength"]?.GetValue<int>() is { } min && length < min)
        {
            errors.Add($"{path}: shorter than {min}");
        }

        if (schema["maxLength"]?.GetValue<int>() is { } max && length > max)
        {
            errors.Add($"{path}: longer than {max}");
        }

        if (schema["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{path}: '{text}' does not match {pattern}");
        }

        var valid = schema["format"]?.GetValue<string>() switch
        {
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && text.Contains('T', StringComparison.Ordinal),
            "uuid" => Guid.TryParseExact(text, "D", out _),
            "email" => text.Contains('@', StringComparison.Ordinal),
            _ => true,
        };
        if (!valid)
        {
            errors.Add($"{path}: '{text}' is not a {schema["format"]}");
        }
    }

    private static void CheckNumber(JsonValue number, JsonObject schema, string path, List<string> errors)
    {
        var value = number.GetValue<decimal>();
        if (schema["minimum"] is { } minimum && value < Number(minimum))
        {
            errors.Add($"{path}: {value} is below {minimum}");
        }

        if (schema["maximum"] is { } maximum && value > Number(maximum))
        {
            errors.Add($"{path}: {value} is above {maximum}");
        }

        var (low, high) = schema["format"]?.GetValue<string>() switch
        {
            "int32" => ((decimal)int.MinValue, (decimal)int.MaxValue),
            "int64" => (long.MinValue, long.MaxValue),
            _ => (decimal.MinValue, decimal.MaxValue),
        };
        if (value < low || value > high)
        {
            errors.Add($"{path}: {value} does not fit {schema["format"]}");
        }
    }

    private static decimal Number(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String ? decimal.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture) : node.GetValue<decimal>();

    private static bool HasType(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        "integer" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.Truncate(v.GetValue<decimal>()) == v.GetValue<decimal>(),
        _ => true,
    };

    private static string Kind(JsonNode? value) => value is null ? "null" : value.GetValueKind().ToString().ToLowerInvariant();

    private static string Show(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 80 ? text[..80] + "…" : text;
    }
}

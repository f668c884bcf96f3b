using System.Text.Json;
using System.Text.RegularExpressions;
using PartyCommittee.Api.Common;
using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Api.Errors;

/// <summary>
/// What could not be read in a request (malformed JSON, a value of the wrong type or form, an unknown property, a
/// query parameter that does not parse) as field errors: the field is the JSON path of the body
/// (<c>establishedOn</c>, <c>members[0].role</c>, <c>$</c> for the body itself) or the parameter's name.
/// </summary>
public static partial class RequestErrors
{
    /// <summary>The field errors of a 400 <see cref="BadHttpRequestException"/>.</summary>
    public static IReadOnlyList<ApiExceptionHandler.FieldError> Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return [FromJson(json)];
        }

        var message = exception.Message;
        var parameter = ParameterPattern().Match(message);
        var field = parameter.Success ? JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value) : "$";
        if (message.StartsWith("Required parameter", StringComparison.Ordinal))
        {
            return [new(field, "field.required", Messages.Format("field.required"))];
        }

        if (message.StartsWith("Implicit body inferred", StringComparison.Ordinal) || message.Contains("no body was provided", StringComparison.Ordinal))
        {
            return [new("$", "request.body_required", Messages.Format("request.body_required"))];
        }

        return [new(field, "field.malformed", Messages.Format("field.malformed"))];
    }

    private static ApiExceptionHandler.FieldError FromJson(JsonException exception)
    {
        var path = exception.Path ?? "$";
        if (exception is EnumCodeJsonException enumCode)
        {
            return new(Field(path), "field.enum_invalid", Messages.Format("field.enum_invalid", string.Join(", ", enumCode.Codes)));
        }

        var unmapped = UnmappedPattern().Match(exception.Message);
        if (unmapped.Success)
        {
            var name = unmapped.Groups["name"].Value;
            var parent = Field(path);
            var field = path.EndsWith("." + name, StringComparison.Ordinal) || path.EndsWith("['" + name + "']", StringComparison.Ordinal)
                ? parent
                : parent == "$" ? name : parent + "." + name;
            return new(field, "field.unknown", Messages.Format("field.unknown", name));
        }

        // A value of the wrong type or form (a date not YYYY-MM-DD, a string for a number) names its field; anything
        // else is JSON that does not parse, named where the parser stopped.
        return exception.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? new(Field(path), "field.malformed", Messages.Format("field.malformed"))
            : new(Field(path), "request.json_invalid", Messages.Format("request.json_invalid"));
    }

    /// <summary><c>$.members[0].role</c> → <c>members[0].role</c>; the root stays <c>$</c>.</summary>
    private static string Field(string path)
    {
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.StartsWith('$') && path.Length > 1 ? path[1..] : path;
        return string.IsNullOrEmpty(field) ? "$" : field;
    }

    [GeneratedRegex("parameter \"(?<type>[^\"]*) (?<name>[A-Za-z_][A-Za-z0-9_]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("^The JSON property '(?<name>.*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedPattern();
}

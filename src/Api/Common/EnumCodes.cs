using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyCommittee.Api.Common;

/// <summary>
/// The wire form of enums: UPPER_SNAKE_CASE codes (<c>PARTY_CELL</c>), the same in JSON bodies and query strings.
/// Codes are matched exactly: <c>party_cell</c>, <c>Party_Cell</c> or a number are refused, as the contract says.
/// </summary>
public static class EnumCodes<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> CodeByValue =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseUpper.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, T> ByCode =
        CodeByValue.ToFrozenDictionary(e => e.Value, e => e.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Codes { get; } = [.. Enum.GetValues<T>().Select(v => CodeByValue[v])];

    /// <summary>The value's code (looked up; a value outside the enum's names is converted as <see cref="Domain.Common.WireFormat.Code"/> does).</summary>
    public static string ToCode(T value) => CodeByValue.TryGetValue(value, out var code) ? code : Domain.Common.WireFormat.Code(value);

    public static bool TryParse(string? code, out T value) => ByCode.TryGetValue(code ?? string.Empty, out value);
}

/// <summary>Reads and writes every enum as its exact code (<see cref="EnumCodes{T}"/>); anything else is a JSON error naming the codes.</summary>
public sealed class EnumCodeConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(EnumCodeConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>The converter of one enum type.</summary>
public sealed class EnumCodeConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && EnumCodes<T>.TryParse(reader.GetString(), out var value))
        {
            return value;
        }

        throw new EnumCodeJsonException(EnumCodes<T>.Codes);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EnumCodes<T>.ToCode(value));

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EnumCodes<T>.TryParse(reader.GetString(), out var value) ? value : throw new EnumCodeJsonException(EnumCodes<T>.Codes);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(EnumCodes<T>.ToCode(value));
}

/// <summary>A JSON value that is not one of an enum's codes; the problem names the field (the exception's path) and the codes.</summary>
public sealed class EnumCodeJsonException : JsonException
{
    public EnumCodeJsonException()
    {
        Codes = [];
    }

    public EnumCodeJsonException(string message)
        : base(message)
    {
        Codes = [];
    }

    public EnumCodeJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
        Codes = [];
    }

    public EnumCodeJsonException(IReadOnlyCollection<string> codes)
        : base(string.Create(CultureInfo.InvariantCulture, $"Expected one of: {string.Join(", ", codes)}."))
    {
        Codes = codes;
    }

    /// <summary>The codes the field accepts.</summary>
    public IReadOnlyCollection<string> Codes { get; }
}

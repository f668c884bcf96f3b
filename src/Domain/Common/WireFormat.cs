using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace PartyCommittee.Domain.Common;

/// <summary>
/// The wire forms shared by every layer: dates as <c>yyyy-MM-dd</c> (invariant culture) and enum values as
/// UPPER_SNAKE_CASE codes (<c>PARTY_CELL</c>).
/// </summary>
public static class WireFormat
{
    public const string DatePattern = "yyyy-MM-dd";

    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// The code of an enum value, computed once per value (the conversion allocates; responses write many codes). A value
    /// outside the enum's names (a number) is converted each time rather than kept.
    /// </summary>
    public static string Code(Enum value)
    {
        if (CodeByValue.TryGetValue(value, out var code))
        {
            return code;
        }

        code = JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
        if (Enum.IsDefined(value.GetType(), value))
        {
            CodeByValue.TryAdd(value, code);
        }

        return code;
    }

    private static readonly ConcurrentDictionary<Enum, string> CodeByValue = new();
}

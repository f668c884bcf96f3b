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

    public static string Code(Enum value) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
}

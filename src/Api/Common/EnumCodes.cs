using System.Collections.Frozen;

namespace PartyCommittee.Api.Common;

/// <summary>
/// The wire form of enums: UPPER_SNAKE_CASE codes (<c>PARTY_CELL</c>), the same in JSON bodies and query strings.
/// </summary>
public static class EnumCodes<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByCode =
        Enum.GetValues<T>().ToFrozenDictionary(v => ToCode(v), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Codes => [.. Enum.GetValues<T>().Select(ToCode)];

    public static string ToCode(T value) => Domain.Common.WireFormat.Code(value);

    public static bool TryParse(string? code, out T value) => ByCode.TryGetValue(code?.Trim() ?? string.Empty, out value);
}

using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// A Vietnamese full name split the way lists are sorted: family name (first word), middle name(s), given name
/// (last word). "Nguyễn Thị Minh Khai" → family "Nguyễn", middle "Thị Minh", given "Khai".
/// </summary>
public sealed record PersonName(string FullName, string FamilyName, string MiddleName, string GivenName)
{
    public const int MaxLength = 128;

    /// <summary>Splits a full name after the name rule (<see cref="Names"/>) has checked and normalised it.</summary>
    public static PersonName Parse(string fullName)
    {
        var clean = Names.Normalize(fullName, NameKind.Person);
        var words = clean.Split(' ');
        return words.Length switch
        {
            0 => throw new ArgumentException("A name is required.", nameof(fullName)),
            1 => new PersonName(clean, string.Empty, string.Empty, words[0]),
            _ => new PersonName(clean, words[0], string.Join(' ', words[1..^1]), words[^1]),
        };
    }

    /// <summary>Search key: accents and case removed (see <see cref="VietnameseText.Fold"/>).</summary>
    public string Folded => VietnameseText.Fold(FullName);

    /// <summary>Ordering key: given name, then middle, then family name, in Vietnamese dictionary order.</summary>
    public string SortKey => string.Join("00", VietnameseText.SortKey(GivenName), VietnameseText.SortKey(MiddleName), VietnameseText.SortKey(FamilyName));
}

using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>In which order a full name writes its parts.</summary>
public enum NameOrder
{
    /// <summary>Family name, middle name(s), given name: "Nguyễn Thị Minh Khai" (Kinh and most names; Gia Rai "Rơ Mah Hiêng" with explicit parts).</summary>
    FamilyFirst,

    /// <summary>Middle name(s) (or the sex prefix Y / H'), given name, family name last: Ê Đê "Y Ngông Niê Kđăm", some Khmer names.</summary>
    FamilyLast,
}

/// <summary>
/// A Vietnamese full name split the way lists are sorted: family name, middle name(s), given name.
/// <see cref="Parse"/> takes the first word as the family name and the last as the given name ("Nguyễn Thị Minh Khai"
/// → family "Nguyễn", middle "Thị Minh", given "Khai"); <see cref="FromParts"/> records the parts explicitly, for names
/// whose family name is not the first word or has several words (Ê Đê, Gia Rai, some Khmer names).
/// </summary>
public sealed record PersonName(string FullName, string FamilyName, string MiddleName, string GivenName, NameOrder Order = NameOrder.FamilyFirst)
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

    /// <summary>
    /// A name from its parts (each checked by the name rule; the given name is required, the others may be empty), the
    /// full name written in <paramref name="order"/>: family, middle, given; or middle, given, family.
    /// </summary>
    public static PersonName FromParts(string? familyName, string? middleName, string givenName, NameOrder order)
    {
        var family = string.IsNullOrWhiteSpace(familyName) ? string.Empty : Names.Normalize(familyName, NameKind.Person);
        var middle = string.IsNullOrWhiteSpace(middleName) ? string.Empty : Names.Normalize(middleName, NameKind.Person);
        var given = Names.Normalize(givenName, NameKind.Person);
        string[] parts = order == NameOrder.FamilyLast ? [middle, given, family] : [family, middle, given];
        var full = string.Join(' ', parts.Where(p => p.Length > 0));
        return full.Length > MaxLength
            ? throw new DomainRuleException("member.name_too_long", "The full name is too long.", RuleViolationKind.Unprocessable, MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : new PersonName(full, family, middle, given, order);
    }

    /// <summary>
    /// The same name for search and sorting as <paramref name="fullName"/>: the same words, whatever the case, the
    /// Unicode form or the placement of the tone marks ("Hoà" and "Hòa").
    /// </summary>
    public bool IsSpelledAs(string fullName) =>
        string.Equals(
            VietnameseText.CanonicalTones(FullName).ToLowerInvariant(),
            VietnameseText.CanonicalTones(Names.Normalize(fullName, NameKind.Person)).ToLowerInvariant(),
            StringComparison.Ordinal);

    /// <summary>Search key: accents and case removed (see <see cref="VietnameseText.Fold"/>).</summary>
    public string Folded => VietnameseText.Fold(FullName);

    /// <summary>Ordering key: given name, then middle, then family name, in Vietnamese dictionary order.</summary>
    public string SortKey => string.Join("00", VietnameseText.SortKey(GivenName), VietnameseText.SortKey(MiddleName), VietnameseText.SortKey(FamilyName));
}

using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>The member's name: its parts and their order, the birth name and the alias, and the derived search and sort keys.</summary>
public sealed partial class PartyMember
{
    public const int OtherNameMaxLength = PersonName.MaxLength;

    /// <summary>In which order <see cref="FullName"/> writes the parts (family name first unless recorded otherwise).</summary>
    public NameOrder NameOrder { get; private set; }

    /// <summary>The name given at birth (tên khai sinh) when the member is known by another one.</summary>
    public string? BirthName { get; private set; }

    /// <summary>Another name the member uses (bí danh, tên gọi khác).</summary>
    public string? Alias { get; private set; }

    /// <summary>The name as recorded: its parts, their order, and the member's other names.</summary>
    public PersonName Name => new(FullName, FamilyName, MiddleName, GivenName, NameOrder);

    /// <summary>
    /// Records the name with explicit parts (for a family name that is not the first word, or has several words) and
    /// the birth name and alias (empty clears them). Lists then sort by <see cref="PersonName.GivenName"/>.
    /// </summary>
    public void SetName(PersonName name, string? birthName, string? alias)
    {
        ApplyName(name);
        BirthName = OtherName(birthName);
        Alias = OtherName(alias);
    }

    /// <summary>Recomputes the search and sort keys from the stored name (after the folding or sorting rules changed).</summary>
    /// <returns>Whether a key changed.</returns>
    public bool RefreshNameKeys()
    {
        var name = Name;
        var changed = NameFolded != name.Folded || NameSortKey != name.SortKey;
        NameFolded = name.Folded;
        NameSortKey = name.SortKey;
        return changed;
    }

    /// <summary>
    /// The full name from the record's form: the parts recorded explicitly are kept while the full name is spelled
    /// the same (case, Unicode form and tone placement aside); another name is split family-first.
    /// </summary>
    private void ApplyFullName(string fullName)
    {
        if (FullName.Length > 0 && GivenName.Length > 0 && Name.IsSpelledAs(fullName))
        {
            FullName = Names.Normalize(fullName, NameKind.Person);
            RefreshNameKeys();
            return;
        }

        ApplyName(PersonName.Parse(fullName));
    }

    private void ApplyName(PersonName name)
    {
        FullName = name.FullName;
        FamilyName = name.FamilyName;
        MiddleName = name.MiddleName;
        GivenName = name.GivenName;
        NameOrder = name.Order;
        NameFolded = name.Folded;
        NameSortKey = name.SortKey;
    }

    private static string? OtherName(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Names.Normalize(text, NameKind.Person);
}

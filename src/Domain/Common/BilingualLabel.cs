namespace PartyCommittee.Domain.Common;

/// <summary>A display label in Vietnamese (the default) and English.</summary>
public sealed record BilingualLabel(string Vi, string En)
{
    public string For(string twoLetterLanguage) =>
        string.Equals(twoLetterLanguage, "en", StringComparison.OrdinalIgnoreCase) ? En : Vi;
}

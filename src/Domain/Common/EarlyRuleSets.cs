using System.Globalization;

namespace PartyCommittee.Domain.Common;

/// <summary>
/// Versions for the years before the first text found for a kind of rules (ADR 0039, docs/rules-before-2016.md).
/// A step recorded with an event date before that text (a re-admission of 2010, a transfer of 2005) must not answer
/// <c>rules.none_in_force</c>: where no older text confirming the numbers was found, the kind gets a SETTING version in
/// force from the founding of the party (<see cref="EventDates.PartyFounded"/>), whose values are those of the first
/// text (a deployment may change them: <c>RuleSets:Settings:&lt;kind&gt;:&lt;parameter&gt;</c>) and whose source says
/// so ("setting: no text found; values of … applied"). Its code starts with <see cref="CodePrefix"/>.
/// </summary>
public static class EarlyRuleSets
{
    /// <summary>The code of a setting version is this prefix followed by the code of the text whose values it takes.</summary>
    public const string CodePrefix = "SETTING-BEFORE-";

    /// <summary>The source of the setting version in force before <paramref name="first"/> (named <paramref name="firstName"/>).</summary>
    public static RuleSource SettingBefore(RuleSource first, string firstName)
    {
        ArgumentNullException.ThrowIfNull(first);
        var from = first.EffectiveFrom.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return new RuleSource(
            CodePrefix + first.Code,
            $"Thiết lập: không tìm thấy văn bản quy định trước {firstName} ({from}); áp dụng giá trị của {firstName} "
            + $"(setting: no text found before {from}; values of {firstName} applied)",
            EventDates.PartyFounded);
    }

    /// <summary>True for a setting version (<see cref="SettingBefore"/>).</summary>
    public static bool IsSetting(RuleSource source) =>
        source is not null && source.Code.StartsWith(CodePrefix, StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="versions"/> (the texts) preceded by a setting version from <see cref="EventDates.PartyFounded"/>
    /// with the values of the earliest of them, named <paramref name="firstName"/>; <paramref name="withSource"/> copies
    /// a version with another source (<c>(v, s) =&gt; v with { Source = s }</c>).
    /// </summary>
    public static IReadOnlyList<T> WithSettingBefore<T>(IReadOnlyList<T> versions, string firstName, Func<T, RuleSource, T> withSource)
        where T : class, IRuleSet<T>
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(withSource);
        var first = versions.OrderBy(v => v.Source.EffectiveFrom).First();
        return first.Source.EffectiveFrom <= EventDates.PartyFounded
            ? versions
            : [withSource(first, SettingBefore(first.Source, firstName)), .. versions];
    }
}

namespace PartyCommittee.Domain.Common;

/// <summary>Where a versioned rule comes from and from when it applies. Responses name it so users see which rule was applied.</summary>
/// <param name="Code">Stable code, e.g. <c>QD24-2021</c>.</param>
/// <param name="Source">The document, e.g. "Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng".</param>
/// <param name="EffectiveFrom">First day it applies.</param>
public sealed record RuleSource(string Code, string Source, DateOnly EffectiveFrom);

public static class RuleSets
{
    /// <summary>The rule set in force on <paramref name="date"/>: the latest whose effective date is on or before it.</summary>
    public static T InForce<T>(IReadOnlyList<T> ruleSets, DateOnly date, Func<T, RuleSource> source)
    {
        var inForce = ruleSets.Where(r => source(r).EffectiveFrom <= date).MaxBy(r => source(r).EffectiveFrom);
        return inForce ?? throw new DomainRuleException(
            "rules.none_in_force",
            "No rule set is in force on that date.",
            RuleViolationKind.Unprocessable,
            date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}

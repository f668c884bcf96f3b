using System.Globalization;
using System.Reflection;

namespace PartyCommittee.Domain.Common;

/// <summary>
/// One version of a kind of rules (one regulation's parameters). A kind declares its statutory versions in
/// <see cref="Statutory"/>; the application registers that book, and tests may register another whose numbers differ.
/// </summary>
public interface IRuleSet<TSelf>
    where TSelf : class, IRuleSet<TSelf>
{
    /// <summary>The regulation, its code and the day it applies from.</summary>
    RuleSource Source { get; }

    /// <summary>Every version of the kind in force at some time, as the regulations give them.</summary>
    static abstract RuleBook<TSelf> Statutory { get; }
}

/// <summary>What the registry says of any book, without knowing its parameter type.</summary>
public interface IRuleBook
{
    /// <summary>The module that applies the rules (Membership, Organization, ...).</summary>
    string Module { get; }

    /// <summary>Stable code of the kind, e.g. <c>membership.admission</c>.</summary>
    string Kind { get; }

    BilingualLabel Title { get; }

    IReadOnlyList<RuleSetDescription> Describe();
}

/// <summary>One version as users see it: where it comes from, when it is in force, its parameters.</summary>
public sealed record RuleSetDescription(
    string Module,
    string Kind,
    BilingualLabel Title,
    string Code,
    string Source,
    DateOnly DocumentDate,
    DateOnly InForceFrom,
    DateOnly? InForceUntil,
    IReadOnlyDictionary<string, string> Parameters);

/// <summary>
/// The versions of one kind of rules, ordered by the day they apply from. The version in force on a date is the latest
/// that applies on or before it, until the day before the next one applies.
/// </summary>
public sealed class RuleBook<T> : IRuleBook
    where T : class, IRuleSet<T>
{
    public RuleBook(string module, string kind, BilingualLabel title, IEnumerable<T> versions)
    {
        Module = module;
        Kind = kind;
        Title = title;
        Versions = [.. versions.OrderBy(v => v.Source.EffectiveFrom)];
        if (Versions.Count == 0)
        {
            throw new ArgumentException("A rule book needs at least one version.", nameof(versions));
        }

        if (Versions.Select(v => v.Source.Code).Distinct(StringComparer.Ordinal).Count() != Versions.Count
            || Versions.Select(v => v.Source.EffectiveFrom).Distinct().Count() != Versions.Count)
        {
            throw new ArgumentException($"Rule book {kind}: codes and effective dates must be unique.", nameof(versions));
        }
    }

    public string Module { get; }

    public string Kind { get; }

    public BilingualLabel Title { get; }

    public IReadOnlyList<T> Versions { get; }

    /// <summary>The version in force on <paramref name="date"/>; refused (<c>rules.none_in_force</c>) before the first one.</summary>
    public T InForceOn(DateOnly date) => TryInForceOn(date) ?? throw new DomainRuleException(
        "rules.none_in_force",
        "No rule set is in force on that date.",
        RuleViolationKind.Unprocessable,
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The version in force on <paramref name="date"/>, or null before the first one (for display only).</summary>
    public T? TryInForceOn(DateOnly date) => Versions.LastOrDefault(v => v.Source.EffectiveFrom <= date);

    /// <summary>The version with <paramref name="code"/>, or null.</summary>
    public T? Find(string? code) => Versions.FirstOrDefault(v => string.Equals(v.Source.Code, code, StringComparison.Ordinal));

    /// <summary>The last day <paramref name="version"/> is in force (null while no successor is known).</summary>
    public DateOnly? InForceUntil(T version)
    {
        var index = Versions.ToList().IndexOf(version);
        return index >= 0 && index + 1 < Versions.Count ? Versions[index + 1].Source.EffectiveFrom.AddDays(-1) : null;
    }

    /// <summary>The same kind with other versions (tests, or a committee's own settings where a rule is one).</summary>
    public RuleBook<T> With(IEnumerable<T> versions) => new(Module, Kind, Title, versions);

    public IReadOnlyList<RuleSetDescription> Describe() => [.. Versions.Select(v => new RuleSetDescription(
        Module, Kind, Title, v.Source.Code, v.Source.Source, v.Source.DocumentDate ?? v.Source.EffectiveFrom, v.Source.EffectiveFrom, InForceUntil(v), Parameters(v)))];

    private static Dictionary<string, string> Parameters(T version) => typeof(T)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.Name != nameof(IRuleSet<T>.Source) && p.GetIndexParameters().Length == 0 && p.DeclaringType == typeof(T))
        .ToDictionary(
            p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..],
            p => Format(p.GetValue(version)),
            StringComparer.Ordinal);

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        Enum e => WireFormat.Code(e),
        DateOnly d => WireFormat.Date(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => string.Join(",", list.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? string.Empty,
    };

}

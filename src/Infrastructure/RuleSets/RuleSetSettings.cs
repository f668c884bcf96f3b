using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyCommittee.Application.RuleSets;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Infrastructure.RuleSets;

/// <summary>
/// Settings <c>RuleSets:Settings:&lt;kind&gt;:&lt;parameter&gt;</c> (e.g.
/// <c>RuleSets:Settings:membership.readmission:minMonthsOutside</c>): the values of the SETTING versions of a kind of
/// rules (<see cref="EarlyRuleSets"/>: the years before the first text found, where no text confirmed the numbers).
/// Only setting versions change; a version taken from a text is never changed by configuration. Parameters are the
/// numbers and flags <c>GET /api/v1/rule-sets</c> lists (integers, decimals, true/false); an unknown parameter, a value
/// that does not parse or a negative number stops the start-up. Without settings the values are those of the first
/// text (ADR 0039).
/// </summary>
public static class RuleSetSettings
{
    public const string SectionName = "RuleSets:Settings";

    /// <summary>Replaces the registered book of every kind that has settings by one whose setting versions carry them.</summary>
    public static IServiceCollection AddRuleSetSettings(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        if (!section.Exists())
        {
            return services;
        }

        foreach (var kind in RuleBooks.Kinds())
        {
            var book = (IRuleBook)kind.GetProperty(nameof(IRuleSet<EarlyRuleSetsMarker>.Statutory), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var settings = section.GetSection(book.Kind);
            if (!settings.Exists())
            {
                continue;
            }

            var apply = typeof(RuleSetSettings).GetMethod(nameof(Apply), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(kind);
            object configured;
            try
            {
                configured = apply.Invoke(null, [book, settings])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
            services.Replace(ServiceDescriptor.Singleton(typeof(RuleBook<>).MakeGenericType(kind), configured));
        }

        return services;
    }

    private static RuleBook<T> Apply<T>(RuleBook<T> book, IConfigurationSection settings)
        where T : class, IRuleSet<T>
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != nameof(IRuleSet<T>.Source))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var clone = typeof(T).GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not a record.");
        return book.With(book.Versions.Select(version =>
        {
            if (!EarlyRuleSets.IsSetting(version.Source))
            {
                return version;
            }

            var copy = (T)clone.Invoke(version, null)!;
            foreach (var child in settings.GetChildren())
            {
                if (!properties.TryGetValue(child.Key, out var property))
                {
                    throw new InvalidOperationException($"{SectionName}:{book.Kind}: {child.Key} is not a parameter of {book.Kind}.");
                }

                property.SetValue(copy, Parse(property.PropertyType, child.Value, $"{SectionName}:{book.Kind}:{child.Key}"));
            }

            return copy;
        }));
    }

    private static object? Parse(Type type, string? value, string key)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (string.IsNullOrWhiteSpace(value))
        {
            return Nullable.GetUnderlyingType(type) is not null ? null : throw new InvalidOperationException($"{key} needs a value.");
        }

        object parsed = target switch
        {
            _ when target == typeof(int) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 => i,
            _ when target == typeof(decimal) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d >= 0 => d,
            _ when target == typeof(bool) && bool.TryParse(value, out var b) => b,
            _ => throw new InvalidOperationException($"{key}: '{value}' is not a valid value (a number at least 0, or true/false)."),
        };
        return parsed;
    }

    /// <summary>Only to name the static member in <c>nameof</c>.</summary>
    private sealed class EarlyRuleSetsMarker : IRuleSet<EarlyRuleSetsMarker>
    {
        public RuleSource Source => throw new NotSupportedException();

        public static RuleBook<EarlyRuleSetsMarker> Statutory => throw new NotSupportedException();
    }
}

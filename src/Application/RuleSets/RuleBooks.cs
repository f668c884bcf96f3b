using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.RuleSets;

/// <summary>
/// The rule-set registry: every kind of versioned rules the domain declares (a type implementing
/// <see cref="IRuleSet{TSelf}"/>) is registered as a singleton <see cref="RuleBook{T}"/> holding its statutory
/// versions, and as an <see cref="IRuleBook"/> for <c>GET /api/v1/rule-sets</c>. Handlers take the book they need by
/// constructor and hand it to the aggregate, so a test (or a deployment) that registers another book changes the
/// rules applied, and the registry shows exactly what is applied.
/// </summary>
public static class RuleBooks
{
    public static IServiceCollection AddRuleBooks(this IServiceCollection services)
    {
        foreach (var kind in Kinds())
        {
            var bookType = typeof(RuleBook<>).MakeGenericType(kind);
            var statutory = kind.GetProperty(nameof(IRuleSet<DummyRuleSet>.Statutory), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            services.TryAdd(ServiceDescriptor.Singleton(bookType, statutory));
            services.AddSingleton(sp => (IRuleBook)sp.GetRequiredService(bookType));
        }

        return services;
    }

    /// <summary>The kinds of rules declared in the domain.</summary>
    public static IReadOnlyList<Type> Kinds() => [.. typeof(IRuleBook).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRuleSet<>)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Only to name the static member in <c>nameof</c>.</summary>
    private sealed class DummyRuleSet : IRuleSet<DummyRuleSet>
    {
        public RuleSource Source => throw new NotSupportedException();

        public static RuleBook<DummyRuleSet> Statutory => throw new NotSupportedException();
    }
}

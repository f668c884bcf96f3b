using FluentValidation;
using Mediator;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.RuleSets.ListRuleSets;

/// <summary>The rule sets the API applies, optionally of one module or kind, or only those in force on a date.</summary>
public sealed record ListRuleSetsQuery(string? Module = null, string? Kind = null, DateOnly? InForceOn = null) : IQuery<IReadOnlyList<RuleSetDto>>;

/// <summary>One version of a kind of rules.</summary>
/// <param name="Module">The module that applies it.</param>
/// <param name="Kind">Stable code of the kind of rules, e.g. <c>membership.admission</c>.</param>
/// <param name="Title">What the rules are about.</param>
/// <param name="Code">Stable code of the version, named by every response that applies it (e.g. <c>QD24-2021</c>).</param>
/// <param name="Source">The document it comes from.</param>
/// <param name="DocumentDate">The date of the document.</param>
/// <param name="InForceFrom">First day it applies.</param>
/// <param name="InForceUntil">Last day it applies (absent while it is the latest).</param>
/// <param name="Parameters">Its parameters by name, as text (numbers, enum codes, dates yyyy-MM-dd).</param>
public sealed record RuleSetDto(
    string Module,
    string Kind,
    BilingualLabel Title,
    string Code,
    string Source,
    DateOnly DocumentDate,
    DateOnly InForceFrom,
    DateOnly? InForceUntil,
    IReadOnlyDictionary<string, string> Parameters)
{
    public static RuleSetDto From(RuleSetDescription d) =>
        new(d.Module, d.Kind, d.Title, d.Code, d.Source, d.DocumentDate, d.InForceFrom, d.InForceUntil, d.Parameters);
}

public sealed class ListRuleSetsValidator : AbstractValidator<ListRuleSetsQuery>
{
    public ListRuleSetsValidator()
    {
        RuleFor(q => q.Module).MaximumLength(64);
        RuleFor(q => q.Kind).MaximumLength(64);
    }
}

public sealed class ListRuleSetsHandler(IEnumerable<IRuleBook> books) : IQueryHandler<ListRuleSetsQuery, IReadOnlyList<RuleSetDto>>
{
    public ValueTask<IReadOnlyList<RuleSetDto>> Handle(ListRuleSetsQuery query, CancellationToken cancellationToken)
    {
        var descriptions = books
            .Where(b => query.Module is null || string.Equals(b.Module, query.Module, StringComparison.OrdinalIgnoreCase))
            .Where(b => query.Kind is null || string.Equals(b.Kind, query.Kind, StringComparison.OrdinalIgnoreCase))
            .SelectMany(b => b.Describe())
            .Where(d => query.InForceOn is not { } day || (d.InForceFrom <= day && (d.InForceUntil is null || day <= d.InForceUntil)))
            .OrderBy(d => d.Module, StringComparer.Ordinal).ThenBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.InForceFrom)
            .Select(RuleSetDto.From)
            .ToList();
        return ValueTask.FromResult<IReadOnlyList<RuleSetDto>>(descriptions);
    }
}

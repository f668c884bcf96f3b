using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Architecture.Tests;

/// <summary>
/// Every problem or error code the code can raise has a message: the codes are found in the compiled assemblies (every
/// string literal shaped like a code, <c>module.snake_case</c>, whose module prefix the catalogue knows), so a module
/// that raises a new code and forgets its message fails here, wherever the code is raised.
/// </summary>
public partial class MessageCatalogTests
{
    /// <summary>Literals shaped like codes that are not problem codes (rule-set kinds, configuration keys, ...).</summary>
    private static readonly HashSet<string> NotCodes = new(StringComparer.Ordinal)
    {
        "membership.admission",
        "evaluation.annual_ratings",
        "inspection.discipline",
        "inspection.dues",
        "organization.body_composition",
        "organization.elections",
        "membership.transfer",
        "auth.token_failure",
        "auth.token.",
    };

    private static readonly Assembly[] Assemblies =
    [
        typeof(PartyCommittee.Domain.Common.Entity).Assembly,
        typeof(PartyCommittee.Application.DependencyInjection).Assembly,
        typeof(PartyCommittee.Infrastructure.DependencyInjection).Assembly,
        typeof(global::Program).Assembly,
    ];

    [GeneratedRegex(@"^[a-z][a-z0-9]*(_[a-z0-9]+)*(\.[a-z0-9]+(_[a-z0-9]+)*)+$")]
    private static partial Regex CodeShape();

    public static IReadOnlyList<string> CodeLiterals()
    {
        var prefixes = Messages.Codes.Select(c => c[..c.IndexOf('.', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var literals = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var assembly in Assemblies)
        {
            using var stream = File.OpenRead(assembly.Location);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var handle = MetadataTokens.UserStringHandle(1);
            while (!handle.IsNil)
            {
                var literal = reader.GetUserString(handle);
                if (CodeShape().IsMatch(literal) && prefixes.Contains(literal[..literal.IndexOf('.', StringComparison.Ordinal)]) && !NotCodes.Contains(literal))
                {
                    literals.Add(literal);
                }

                handle = reader.GetNextHandle(handle);
            }
        }

        return [.. literals];
    }

    [Fact]
    public void The_scan_finds_codes_in_every_layer_that_raises_them()
    {
        // Guards against a vacuous pass: known codes raised in the domain, a validator and the API are found.
        var found = CodeLiterals();
        found.Count.ShouldBeGreaterThan(100);
        found.ShouldContain("organization.has_active_children");
        found.ShouldContain("admission.step_out_of_order");
        found.ShouldContain("concurrency.if_match_required");
    }

    [Fact]
    public void Every_code_raised_has_a_message()
    {
        var catalog = Messages.Codes.ToHashSet(StringComparer.Ordinal);

        var missing = CodeLiterals().Where(c => !catalog.Contains(c)).ToList();

        missing.ShouldBeEmpty($"codes without a message in the catalogue: {string.Join(", ", missing)}");
    }
}

using System.Reflection;
using System.Reflection.Emit;

namespace PartyCommittee.Architecture.Tests;

/// <summary>
/// Which module may use which, checked in Domain, Application and Api at namespace level: a type in
/// <c>PartyCommittee.{Layer}.{Module}</c> may refer (through its base types, interfaces, fields, properties, method
/// signatures, generic arguments, attributes and the types its method bodies name in IL) only to its own module, to
/// <c>Common</c> and to the modules its rule allows, in any layer.
/// </summary>
public class ModuleDependencyTests
{
    /// <summary>The rules, as data: module → the modules it may use (besides itself and Common).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Common"] = [],
        ["Calendar"] = [],
        ["Organization"] = [],
        ["Membership"] = ["Organization", "Calendar"],
        ["RuleSets"] = ["Organization", "Membership", "Calendar"],
        ["Auditing"] = [],
        // The agenda endpoint reads the platform's due-item list (Application.Common.Agenda), no module directly.
        ["Agenda"] = [],
        // Reference serves the code lists of the domain modules (read-only catalogue).
        ["Reference"] = ["Organization", "Membership", "Calendar", "Evaluation"],
        // Api platform folders: the host's plumbing, usable by every module like Common.
        ["Security"] = ["Organization"],
        ["OpenApi"] = [],
        ["Hosting"] = [],
        ["Errors"] = [],
        // Planned modules: their rules are stated before their code exists.
        ["Inspection"] = ["Organization", "Membership", "Calendar"],
        // Evaluation: meetings and reviews of the members of cells, on working days; the rating campaigns (next) read discipline.
        ["Evaluation"] = ["Organization", "Membership", "Calendar", "Inspection"],
        ["Indicators"] = ["Organization", "Membership", "Calendar", "Evaluation"],
    };

    /// <summary>
    /// Uses the rules above refuse that the code has today (reported, not hidden): each entry is
    /// "from → to: the type that does it". Remove an entry when the dependency goes; a new one fails the test.
    /// </summary>
    public static readonly HashSet<string> KnownViolations = new(StringComparer.Ordinal)
    {
        // Elected bodies seat party members (domain and handlers), and dissolution counts members, open admissions and
        // transfers: Organization knows Membership. To go: a membership-side port (e.g. an IOrganizationDissolutionCheck
        // and a member lookup) that Membership implements.
        "Organization → Membership: PartyCommittee.Domain.Organization.Bodies.AppointmentContext",
        "Organization → Membership: PartyCommittee.Domain.Organization.ElectedBody",
        "Organization → Membership: PartyCommittee.Domain.Organization.Elections.Election",
        "Organization → Membership: PartyCommittee.Application.Organization.Elections.ElectionLookups",
        "Organization → Membership: PartyCommittee.Application.Organization.Elections.RecordElectionCandidates.RecordElectionCandidatesHandler",
        "Organization → Membership: PartyCommittee.Application.Organization.Elections.RecordElectionElectorate.RecordElectionElectorateHandler",
        "Organization → Membership: PartyCommittee.Application.Organization.DissolveOrganization.DissolveOrganizationHandler",
        "Organization → Membership: PartyCommittee.Application.Organization.ElectedBodies.AppointmentFacts",
        "Organization → Membership: PartyCommittee.Application.Organization.Elections.SeatElected.SeatElectedHandler",
        "Organization → Membership: PartyCommittee.Application.Organization.ElectedBodies.ElectedBodyViews",
        "Organization → Membership: PartyCommittee.Application.Organization.ElectedBodies.Timeline.BodyTimelineSource",
        // Seats end when their holder leaves: the body reacts to the member's events (ADR 0014).
        "Organization → Membership: PartyCommittee.Application.Organization.ElectedBodies.Reactions.SeatsFollowMember",
        "Organization → Membership: PartyCommittee.Application.Organization.ElectedBodies.Reactions.SeatsEndOnSuspension",
        // The organisation scope (platform security) reads the organisation tree.
        "Common → Organization: PartyCommittee.Application.Common.Security.OrganizationScope",
        "Common → Organization: PartyCommittee.Application.Common.Security.OrganizationScopeExtensions",
    };

    /// <summary>Platform folders every module may use, like Common.</summary>
    private static readonly string[] Platform = ["Common", "Security", "OpenApi", "Hosting", "Errors"];

    private static readonly (string Layer, Assembly Assembly, string[] Modules)[] Layers =
    [
        ("Domain", typeof(PartyCommittee.Domain.Common.Entity).Assembly, ["Common", "Organization", "Membership", "Calendar", "Indicators", "Inspection", "Evaluation"]),
        ("Application", typeof(PartyCommittee.Application.DependencyInjection).Assembly, ["Common", "Organization", "Membership", "Calendar", "RuleSets", "Auditing", "Indicators", "Inspection", "Evaluation"]),
        ("Api", typeof(global::Program).Assembly, ["Common", "Organization", "Membership", "Calendar", "Reference", "RuleSets", "Auditing", "Indicators", "Inspection", "Evaluation"]),
    ];

    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    static ModuleDependencyTests()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (value < 0x100)
            {
                OneByte[value] = code;
            }
            else if ((value & 0xff00) == 0xfe00)
            {
                TwoByte[value & 0xff] = code;
            }
        }
    }

    /// <summary>The module of a PartyCommittee type (<c>PartyCommittee.{Layer}.{Module}...</c>), or null.</summary>
    public static string? ModuleOf(Type type)
    {
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith("PartyCommittee.", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns.Split('.');
        return parts.Length >= 3 && parts[1] is "Domain" or "Application" or "Api" ? parts[2] : null;
    }

    /// <summary>Every use a rule refuses among <paramref name="types"/>: "from → to: type".</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<Type> types, IReadOnlyDictionary<string, string[]> allowed)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var from = ModuleOf(OuterMost(type));
            if (from is null || !allowed.TryGetValue(from, out var may))
            {
                continue;
            }

            foreach (var used in Referenced(type))
            {
                var to = ModuleOf(used);
                if (to is null || to == from || Platform.Contains(to) || may.Contains(to))
                {
                    continue;
                }

                found.Add($"{from} → {to}: {OuterMost(type).FullName}");
            }
        }

        return [.. found];
    }

    private static Type OuterMost(Type type)
    {
        var current = type;
        while (current.DeclaringType is not null)
        {
            current = current.DeclaringType;
        }

        return current;
    }

    /// <summary>The types <paramref name="type"/> names in its signatures, attributes and method bodies.</summary>
    public static IEnumerable<Type> Referenced(Type type)
    {
        var seen = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !seen.Add(t))
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }

            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var attribute in type.CustomAttributes)
        {
            Add(attribute.AttributeType);
        }

        foreach (var field in type.GetFields(all))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(all))
        {
            Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            foreach (var t in BodyTypes(method))
            {
                Add(t);
            }
        }

        return seen;
    }

    /// <summary>The types a method body names in IL (type, field and method tokens) and in its locals.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            OpCode code;
            if (il[position] == 0xfe)
            {
                code = TwoByte[il[position + 1]];
                position += 2;
            }
            else
            {
                code = OneByte[il[position]];
                position += 1;
            }

            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineField or OperandType.InlineMethod:
                    var token = BitConverter.ToInt32(il, position);
                    position += 4;
                    var resolved = new List<Type>();
                    try
                    {
                        var member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                        switch (member)
                        {
                            case Type t:
                                resolved.Add(t);
                                break;
                            case FieldInfo { DeclaringType: { } d }:
                                resolved.Add(d);
                                break;
                            case MethodBase { DeclaringType: { } d } m:
                                resolved.Add(d);
                                if (m is MethodInfo { IsGenericMethod: true } generic)
                                {
                                    resolved.AddRange(generic.GetGenericArguments());
                                }

                                break;
                        }
                    }
                    catch (ArgumentException)
                    {
                        // A token the module cannot resolve in this context (e.g. an open generic): nothing to check.
                    }

                    foreach (var t in resolved)
                    {
                        yield return t;
                    }

                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, position);
                    position += 4 + (4 * count);
                    break;
                default:
                    position += 4;
                    break;
            }
        }
    }

    private static Type[] TypesOf(Assembly assembly) => assembly.GetTypes();

    [Fact]
    public void Each_module_has_types_in_each_layer_it_is_checked_in()
    {
        foreach (var (layer, assembly, modules) in Layers)
        {
            var present = TypesOf(assembly).Select(ModuleOf).Where(m => m is not null).ToHashSet(StringComparer.Ordinal);
            foreach (var module in modules)
            {
                present.ShouldContain(module, $"{layer} has no type in module {module}");
            }

            present.Where(m => !Allowed.ContainsKey(m!)).ShouldBeEmpty($"{layer} has a module without a rule");
        }
    }

    [Fact]
    public void The_checker_sees_real_uses_across_modules()
    {
        // Non-vacuous: a Membership type that uses Organization is seen doing so (through IL as well as signatures).
        var membership = TypesOf(Layers[1].Assembly).Where(t => ModuleOf(t) == "Membership").SelectMany(Referenced);

        membership.Select(ModuleOf).ShouldContain("Organization");
    }

    [Fact]
    public void Modules_use_only_the_modules_their_rule_allows()
    {
        var violations = Layers.SelectMany(l => Violations(TypesOf(l.Assembly), Allowed)).Distinct().ToList();

        violations.Except(KnownViolations).ShouldBeEmpty();
        KnownViolations.Except(violations).ShouldBeEmpty("a known violation is gone: remove it from the list");
    }

    [Fact]
    public void The_ratings_of_the_evaluation_module_keep_to_its_rule_in_every_layer()
    {
        // The annual ratings (issue 10) live in Evaluation.Ratings in each layer, their timeline and agenda sources too.
        var ratings = Layers
            .Select(l => (l.Layer, Types: TypesOf(l.Assembly).Where(t => t.Namespace?.Contains(".Evaluation.Ratings", StringComparison.Ordinal) == true || t.Name.StartsWith("RatingCampaign", StringComparison.Ordinal)).ToList()))
            .ToList();

        foreach (var (layer, types) in ratings.Where(r => r.Layer is "Domain" or "Application"))
        {
            types.ShouldNotBeEmpty(layer);
            types.Select(ModuleOf).ShouldAllBe(m => m == "Evaluation", layer);
        }

        var all = ratings.SelectMany(r => r.Types).ToList();
        all.Select(t => t.FullName).ShouldContain("PartyCommittee.Application.Evaluation.Ratings.Timeline.RatingTimelineSource");
        all.Select(t => t.FullName).ShouldContain("PartyCommittee.Application.Evaluation.Ratings.Agenda.RatingCampaignDueItemSource");
        Violations(all, Allowed).ShouldBeEmpty();
        Allowed["Evaluation"].ShouldNotContain("Indicators", "the indicators read the ratings, not the reverse");
    }

    [Fact]
    public void The_checker_catches_a_planted_violation()
    {
        // Calendar may use nothing: a rule set that forbids Calendar → Organization and a planted type that does it.
        var violations = Violations([typeof(PartyCommittee.Application.Calendar.Planted.PlantedHolidayReader)], Allowed);

        violations.ShouldHaveSingleItem().ShouldStartWith("Calendar → Organization");
    }

    [Fact]
    public void The_checker_catches_a_use_found_only_in_a_method_body()
    {
        var violations = Violations([typeof(PartyCommittee.Application.Calendar.Planted.PlantedBodyOnlyUse)], Allowed);

        violations.ShouldHaveSingleItem().ShouldStartWith("Calendar → Membership");
    }
}

using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using FluentValidation.Validators;
using Mediator;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartyCommittee.Api.OpenApi;

/// <summary>
/// The rules of every FluentValidation validator of the application, by the member they check, so that the
/// contract's schemas carry the constraints the API enforces (a client that follows the schema is not refused).
/// Rules under a condition (<c>When</c>) are left out: the schema states what always holds.
/// </summary>
public sealed class ValidationRuleIndex
{
    private readonly List<(MemberInfo Member, IPropertyValidator Validator)> rules = [];

    public ValidationRuleIndex(IServiceProvider services)
    {
        var seen = new HashSet<Type>();
        foreach (var scan in AssemblyScanner.FindValidatorsInAssembly(typeof(Application.DependencyInjection).Assembly, includeInternalTypes: true))
        {
            foreach (var validator in services.GetServices(scan.InterfaceType).OfType<IValidator>())
            {
                if (!seen.Add(validator.GetType()))
                {
                    continue;
                }

                foreach (var rule in validator.CreateDescriptor().Rules)
                {
                    if (MemberOf(rule.Expression) is not { } member)
                    {
                        continue;
                    }

                    // A rule inside a When/Otherwise block carries the block's condition on the rule itself: its
                    // constraints still describe the value when it is sent, but it never makes the property required.
                    var conditional = rule.HasCondition || rule.HasAsyncCondition;
                    foreach (var component in rule.Components.Where(c => !c.HasCondition && !c.HasAsyncCondition
                                 && !(conditional && c.Validator is INotNullValidator or INotEmptyValidator)))
                    {
                        rules.Add((member, component.Validator));
                    }
                }
            }
        }
    }

    /// <summary>The unconditional rules on <paramref name="property"/> as a member of <paramref name="type"/> (or of a type it derives from).</summary>
    public IEnumerable<IPropertyValidator> For(Type type, PropertyInfo property) =>
        rules.Where(r => r.Member.Name == property.Name && r.Member.DeclaringType is { } declaring && declaring.IsAssignableFrom(type))
            .Select(r => r.Validator);

    /// <summary>Applies the rules to a property's schema; true when one of them makes the property required (NotNull, NotEmpty).</summary>
    public static bool Apply(OpenApiSchema schema, IEnumerable<IPropertyValidator> validators, Type propertyType)
    {
        var required = false;
        var isString = Nullable.GetUnderlyingType(propertyType) is null && propertyType == typeof(string);
        foreach (var validator in validators)
        {
            switch (validator)
            {
                case ILengthValidator length:
                    if (length.Min > 0)
                    {
                        schema.MinLength = Math.Max(schema.MinLength ?? 0, length.Min);
                    }

                    if (length.Max > 0)
                    {
                        schema.MaxLength = Math.Min(schema.MaxLength ?? int.MaxValue, length.Max);
                    }

                    break;
                case INotEmptyValidator:
                    required = true;
                    if (isString)
                    {
                        schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
                    }

                    break;
                case INotNullValidator:
                    required = true;
                    break;
                case IRegularExpressionValidator regex:
                    schema.Pattern = ToEcmaScript(regex.Expression);
                    break;
                case IEmailValidator:
                    schema.Format = "email";
                    break;
                case IBetweenValidator between when IsNumber(between.From) && IsNumber(between.To):
                    var exclusive = validator.Name.StartsWith("Exclusive", StringComparison.Ordinal);
                    SetMinimum(schema, between.From, exclusive);
                    SetMaximum(schema, between.To, exclusive);
                    break;
                case IComparisonValidator comparison when comparison.MemberToCompare is null && IsNumber(comparison.ValueToCompare):
                    switch (comparison.Comparison)
                    {
                        case Comparison.GreaterThan:
                            SetMinimum(schema, comparison.ValueToCompare, exclusive: true);
                            break;
                        case Comparison.GreaterThanOrEqual:
                            SetMinimum(schema, comparison.ValueToCompare, exclusive: false);
                            break;
                        case Comparison.LessThan:
                            SetMaximum(schema, comparison.ValueToCompare, exclusive: true);
                            break;
                        case Comparison.LessThanOrEqual:
                            SetMaximum(schema, comparison.ValueToCompare, exclusive: false);
                            break;
                        default:
                            break;
                    }

                    break;
                default:
                    break;
            }
        }

        return required;
    }

    /// <summary>The codes of an enum type as the API writes them.</summary>
    public static IEnumerable<string> Codes(Type enumType) =>
        Enum.GetNames(enumType).Select(JsonNamingPolicy.SnakeCaseUpper.ConvertName);

    /// <summary>.NET anchors that JSON Schema (ECMA-262) lacks become their equivalents; <c>\d</c> is ASCII there.</summary>
    private static string ToEcmaScript(string pattern) =>
        pattern.Replace(@"\z", "$", StringComparison.Ordinal)
            .Replace(@"\Z", "$", StringComparison.Ordinal)
            .Replace(@"\A", "^", StringComparison.Ordinal)
            .Replace(@"\d", "[0-9]", StringComparison.Ordinal);

    private static bool IsNumber(object? value) => value is int or long or short or byte or decimal or double or float;

    private static void SetMinimum(OpenApiSchema schema, object value, bool exclusive)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (exclusive)
        {
            schema.ExclusiveMinimum = text;
        }
        else
        {
            schema.Minimum = text;
        }
    }

    private static void SetMaximum(OpenApiSchema schema, object value, bool exclusive)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (exclusive)
        {
            schema.ExclusiveMaximum = text;
        }
        else
        {
            schema.Maximum = text;
        }
    }

    private static MemberInfo? MemberOf(LambdaExpression? expression)
    {
        var body = expression?.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } unary)
        {
            body = unary.Operand;
        }

        return (body as MemberExpression)?.Member;
    }
}

/// <summary>Request schemas carry the validators' constraints: lengths, patterns, ranges, required fields.</summary>
internal sealed class ValidationSchemaFilter(ValidationRuleIndex index) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } target || context.Type.IsEnum)
        {
            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!target.Properties!.TryGetValue(name, out var propertySchema))
            {
                continue;
            }

            var validators = index.For(context.Type, property).ToList();
            if (validators.Count == 0)
            {
                continue;
            }

            // A reference (an enum, an object) cannot take string or number keywords; it can still be required.
            var required = propertySchema is OpenApiSchema inline
                ? ValidationRuleIndex.Apply(inline, validators, property.PropertyType)
                : validators.Any(v => v is INotNullValidator or INotEmptyValidator);
            if (required)
            {
                target.Required ??= new HashSet<string>(StringComparer.Ordinal);
                target.Required.Add(name);
            }
        }
    }
}

/// <summary>
/// Query parameters carry the constraints of the query they become: the query is the one whose result the
/// operation returns (<c>IQuery&lt;PagedList&lt;OrganizationDto&gt;&gt;</c> for GET /organizations). Enum filters list the
/// enum's codes, <c>sort</c> lists the query's sort fields with and without '-', paging has its bounds, and a parameter the
/// validator requires is required.
/// </summary>
internal sealed class QueryValidationOperationFilter(ValidationRuleIndex index) : IOperationFilter
{
    private static readonly Dictionary<Type, Type> QueryByResult = typeof(Application.DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .SelectMany(t => t.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>))
            .Select(i => (Query: t, Result: i.GetGenericArguments()[0])))
        .GroupBy(q => q.Result)
        .Where(g => g.Count() == 1)
        .ToDictionary(g => g.Key, g => g.Single().Query);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var result = context.ApiDescription.SupportedResponseTypes.FirstOrDefault(r => r.StatusCode == StatusCodes.Status200OK)?.Type;
        if (result is null || !QueryByResult.TryGetValue(result, out var query) || operation.Parameters is null)
        {
            return;
        }

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var property = query.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || parameter.Schema is not OpenApiSchema schema)
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsEnum)
            {
                schema.Type = JsonSchemaType.String;
                schema.Format = null;
                schema.Enum = [.. ValidationRuleIndex.Codes(type).Select(c => (JsonNode)JsonValue.Create(c))];
            }
            else if (parameter.Name == "sort" && query.GetField("SortFields", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IEnumerable<string> { } fields)
            {
                var list = fields.ToList();
                if (list.Count > 0)
                {
                    schema.Enum = [.. list.SelectMany(f => new[] { f, "-" + f }).Select(f => (JsonNode)JsonValue.Create(f))];
                }
            }

            // A parameter the validator refuses to miss (NotNull, NotEmpty) is required, as the API answers (400).
            if (ValidationRuleIndex.Apply(schema, index.For(query, property), property.PropertyType))
            {
                parameter.Required = true;
            }
        }
    }
}

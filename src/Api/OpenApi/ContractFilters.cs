using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartyCommittee.Api.OpenApi;

/// <summary>
/// Makes the schemas say what clients can rely on (code generators read them literally):
/// a property is required when the API always sends it (non-nullable) or when a request must carry it
/// (<see cref="RequiredAttribute"/>); a nullable reference to an enum or object is <c>oneOf [ref, null]</c>
/// instead of the unsatisfiable <c>type: null + allOf [ref]</c> that the generator emits.
/// </summary>
internal sealed class NullabilityDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var schema in swaggerDoc.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Properties is not { Count: > 0 } properties)
            {
                continue;
            }

            var explicitlyRequired = new HashSet<string>(schema.Required ?? new HashSet<string>(), StringComparer.Ordinal);
            schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, property) in properties)
            {
                if (property is not OpenApiSchema inline)
                {
                    schema.Required.Add(name);
                    continue;
                }

                var nullableReference = inline.Type == JsonSchemaType.Null && inline.AllOf is { Count: 1 };
                if (explicitlyRequired.Contains(name))
                {
                    if (nullableReference)
                    {
                        inline.Type = null;
                    }
                    else if (inline.Type is { } type)
                    {
                        inline.Type = type & ~JsonSchemaType.Null;
                    }

                    continue;
                }

                if (nullableReference)
                {
                    inline.Type = null;
                    inline.OneOf = [inline.AllOf![0], new OpenApiSchema { Type = JsonSchemaType.Null }];
                    inline.AllOf = null;
                    continue;
                }

                if (inline.Type is not { } kind || !kind.HasFlag(JsonSchemaType.Null))
                {
                    schema.Required.Add(name);
                }
            }

            // `allOf` with one reference and nothing else is the reference itself (OpenAPI 3.1 lets $ref carry a description).
            foreach (var (name, single) in properties
                         .Where(p => p.Value is OpenApiSchema { AllOf: [OpenApiSchemaReference], Type: null, OneOf: null or { Count: 0 }, Properties: null or { Count: 0 } })
                         .Select(p => (p.Key, (OpenApiSchema)p.Value))
                         .ToList())
            {
                var reference = (OpenApiSchemaReference)single.AllOf![0];
                properties[name] = new OpenApiSchemaReference(reference.Reference.Id!, swaggerDoc) { Description = single.Description ?? reference.Description };
            }
        }
    }
}

/// <summary>Query parameters bound from strings list their allowed values (<see cref="AllowedValuesAttribute"/>) as an enum.</summary>
internal sealed class AllowedValuesParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var attribute = context.PropertyInfo?.GetCustomAttribute<AllowedValuesAttribute>()
            ?? context.ParameterInfo?.GetCustomAttribute<AllowedValuesAttribute>();
        if (attribute is null || parameter.Schema is not OpenApiSchema schema)
        {
            return;
        }

        schema.Enum = [.. attribute.Values.OfType<string>().Select(v => (JsonNode)JsonValue.Create(v))];
    }
}

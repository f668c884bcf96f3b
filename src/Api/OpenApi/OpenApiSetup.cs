using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using PartyCommittee.Api.Security;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartyCommittee.Api.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/swagger/v1/swagger.json";
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ValidationRuleIndex>();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Party Committee API",
                Version = "v1",
                Description = """
                    Back end of the party committee of the provincial Department of Labour, Invalids and Social Affairs
                    (Đảng ủy Sở Lao động – Thương binh và Xã hội): organisation and membership, evaluation, inspection and
                    the social indicators its resolutions target.

                    Errors are RFC 9457 problems (application/problem+json) with a stable `code` and a `traceId`;
                    titles and details follow Accept-Language (Vietnamese by default, `en` for English).
                    Changes to a resource require `If-Match` with the ETag from the last read (428 without it, 412 when stale).
                    """,
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from the configured OIDC authority (development: `dotnet user-jwts create --project src/Api --role <Role> --claim org_id=<organisation id>`).",
            });
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<QueryValidationOperationFilter>();
            options.OperationFilter<HttpContractOperationFilter>();
            options.ParameterFilter<AllowedValuesParameterFilter>();
            options.SchemaFilter<ValidationSchemaFilter>();
            options.OperationFilter<RequestExampleOperationFilter>();
            options.DocumentFilter<NullabilityDocumentFilter>();
            options.DocumentFilter<DocumentInfoFilter>();
            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
            options.CustomSchemaIds(SchemaId);
            foreach (var assembly in new[] { typeof(OpenApiSetup).Assembly, typeof(Application.DependencyInjection).Assembly, typeof(Domain.Common.Entity).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml, includeControllerXmlComments: false);
                }
            }
        });
        return services;
    }

    /// <summary>Nested and generic types get readable, unique schema names (PagedList of OrganizationDto → OrganizationDtoPagedList).</summary>
    private static string SchemaId(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.DeclaringType is { } outer && !outer.IsAbstract ? outer.Name + type.Name : type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return string.Concat(type.GetGenericArguments().Select(SchemaId)) + name;
    }
}

/// <summary>Documents the security of each operation from its endpoint metadata: the bearer requirement and the roles that may call it.</summary>
internal sealed class SecurityOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(OpenApiSetup.BearerScheme, context.Document)] = [],
        });

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        var roles = policies.SelectMany(p => Policies.RolesByPolicy.TryGetValue(p, out var r) ? r : []).Distinct().ToList();
        if (roles.Count > 0)
        {
            operation.Description = $"{operation.Description}\n\nRoles: {string.Join(", ", roles)}.".TrimStart();
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using PartyCommittee.Api.Hosting;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartyCommittee.Api.OpenApi;

/// <summary>
/// The HTTP side of every operation, by convention from its endpoint metadata, so that endpoints declare only what
/// is particular to them:
/// <list type="bullet">
/// <item>every error response it can give, each an RFC 9457 problem (<c>application/problem+json</c>) of the one
/// <c>Problem</c> schema, or <c>ValidationProblem</c> for 400: 400 when it reads a body or query parameters, 413 and
/// 415 when it reads a body, 414 always, 401 and 403 when secured, 429, 500 and 503 always;</item>
/// <item><c>If-Match</c> (required) on changes guarded by it (those that answer 428) and <c>If-None-Match</c> on reads
/// that answer 304;</item>
/// <item>response headers: <c>ETag</c> on versioned resources, <c>Location</c> on 201, <c>Retry-After</c> on 429 and 503;</item>
/// <item>the media types of file downloads (<c>Produces(200, contentType: "text/csv")</c>).</item>
/// </list>
/// </summary>
internal sealed class HttpContractOperationFilter : IOperationFilter
{
    public const string ProblemSchema = "Problem";
    public const string ValidationProblemSchema = "ValidationProblem";
    public const string FieldErrorSchema = "FieldError";
    public const string ProblemMediaType = "application/problem+json";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "The request is invalid: fields that break a rule (`validation.failed`) or a request that could not be read — malformed JSON, a value of the wrong type or form, an unknown property, an unknown enum code (`request.malformed`). `errors` and `errorDetails` name the fields.",
        [401] = "Missing or invalid bearer token (`auth.unauthenticated`).",
        [403] = "The caller's role may not do this, or the token names no organisation (`auth.forbidden`, `auth.scope_missing`).",
        [404] = "Not found, or outside the caller's organisation scope (`*.not_found`).",
        [409] = "The request conflicts with the current state, e.g. a code or name already taken (the code names the conflict).",
        [412] = "If-Match names an older version: someone changed the resource since it was read (`concurrency.stale_etag`). Read it again.",
        [413] = "The request body is too large (`request.too_large`).",
        [414] = "The request URI is too long (`request.uri_too_long`).",
        [415] = "The body's content type is not accepted (`http.unsupported_media_type`).",
        [422] = "A business rule refuses the request; the code names the rule.",
        [428] = "If-Match is missing, or is `*` or several tags (`concurrency.if_match_required`).",
        [429] = "Too many requests from this client (`rate_limit.exceeded`); retry after Retry-After seconds.",
        [500] = "Unexpected error (`server.error`); quote the traceId.",
        [503] = "The service is busy for a moment (`server.unavailable`); retry after Retry-After seconds.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var description = context.ApiDescription;
        if (description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true)
        {
            return;
        }

        EnsureProblemSchemas(context.SchemaRepository);
        var metadata = description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        operation.Parameters ??= [];
        AddFileMediaTypes(operation, metadata);

        var secured = !metadata.OfType<IAllowAnonymous>().Any();
        var hasBody = operation.RequestBody is not null;
        var readsQuery = operation.Parameters.Any(p => p.In == ParameterLocation.Query);
        var statuses = operation.Responses.Keys.Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToHashSet();
        if (hasBody || readsQuery)
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }

        if (hasBody)
        {
            statuses.Add(StatusCodes.Status413PayloadTooLarge);
            statuses.Add(StatusCodes.Status415UnsupportedMediaType);
        }

        if (secured)
        {
            statuses.Add(StatusCodes.Status401Unauthorized);
            statuses.Add(StatusCodes.Status403Forbidden);
        }

        statuses.UnionWith([StatusCodes.Status414UriTooLong, StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable]);

        var guarded = statuses.Contains(StatusCodes.Status428PreconditionRequired);
        var conditionalRead = statuses.Contains(StatusCodes.Status304NotModified);
        var versioned = guarded || conditionalRead || statuses.Contains(StatusCodes.Status201Created);

        var responses = new OpenApiResponses();
        foreach (var status in statuses.Order())
        {
            var key = status.ToString(CultureInfo.InvariantCulture);
            if (status >= 400)
            {
                responses[key] = Problem(status, context);
                continue;
            }

            var response = operation.Responses.TryGetValue(key, out var existing) && existing is OpenApiResponse concrete ? concrete : new OpenApiResponse { Description = "Not Modified" };
            if (versioned && status is 200 or 201 or 304)
            {
                AddHeader(response, "ETag", "The resource's version, to send back in If-Match (e.g. `\"3\"`).", new OpenApiSchema { Type = JsonSchemaType.String });
            }

            if (status == StatusCodes.Status201Created)
            {
                AddHeader(response, "Location", "The address of the created resource.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" });
            }

            responses[key] = response;
        }

        operation.Responses = responses;

        if (guarded && !operation.Parameters.Any(p => p.Name == "If-Match"))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag of the resource from your last read, e.g. `\"3\"` (with the quotes). Without it 428; when it is not the current version 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^\"[0-9]+\"$" },
                Example = JsonValue.Create("\"1\""),
            });
        }

        if (metadata.OfType<Common.IdempotentMetadata>().Any() && !operation.Parameters.Any(p => p.Name == Common.Idempotency.Header))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Common.Idempotency.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "A key you choose per logical request (1–128 printable ASCII characters, e.g. a UUID). A retry with the same key and the same request gets the first response again (header `Idempotency-Replayed: true`) and changes nothing; the same key with a different request is 422 `idempotency.key_reused`; while the first is still running 409 `idempotency.in_progress`. Keys are kept 24 hours, per caller.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 128, Pattern = "^[\\x21-\\x7E]+$" },
            });
        }

        if (conditionalRead && !operation.Parameters.Any(p => p.Name == "If-None-Match"))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = "The ETag of your copy; 304 without a body when it is still current.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }

    /// <summary>The problem schemas every error response refers to.</summary>
    private static void EnsureProblemSchemas(SchemaRepository repository)
    {
        if (repository.Schemas.ContainsKey(ProblemSchema))
        {
            return;
        }

        repository.AddDefinition(ProblemSchema, ProblemObject(
            "An RFC 9457 problem. `code` is stable and machine-readable (`organization.code_taken`); `title` and `detail` follow Accept-Language. Problems may carry further members (e.g. `import` on `import.has_errors`).",
            []));
        repository.AddDefinition(FieldErrorSchema, new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "One field that broke a rule or could not be read.",
            Required = new HashSet<string>(["field", "code", "message"], StringComparer.Ordinal),
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["field"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The field, camelCase, dotted for nested fields (`members[0].role`); `$` for the body itself." },
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable rule code, e.g. `field.not_empty`, `field.enum_invalid`, `organization.code_invalid`." },
                ["message"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Localised message." },
            },
        });
        repository.AddDefinition(ValidationProblemSchema, ProblemObject(
            "A 400 problem naming the fields: `errors` maps each field to its messages, `errorDetails` lists each failure with its code.",
            new Dictionary<string, IOpenApiSchema>
            {
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Field → messages.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
                ["errorDetails"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Description = "Each failure with its field, code and message.",
                    Items = new OpenApiSchemaReference(FieldErrorSchema),
                },
            }));
    }

    private static OpenApiSchema ProblemObject(string description, Dictionary<string, IOpenApiSchema> extra)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "`urn:party-committee:problem:` and the code." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Short, localised summary of the status." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Localised explanation of this occurrence." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request path." },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable machine-readable code.", Pattern = "^[a-z0-9_]+(\\.[a-z0-9_]+)+$" },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "W3C trace id; quote it when reporting a problem." },
        };
        foreach (var (name, schema) in extra)
        {
            properties[name] = schema;
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = description,
            Required = new HashSet<string>(properties.Keys, StringComparer.Ordinal),
            Properties = properties,
        };
    }

    private static OpenApiResponse Problem(int status, OperationFilterContext context)
    {
        var response = new OpenApiResponse
        {
            Description = Descriptions.TryGetValue(status, out var text) ? text : "A problem (see `code`).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemMediaType] = new()
                {
                    Schema = new OpenApiSchemaReference(status == StatusCodes.Status400BadRequest ? ValidationProblemSchema : ProblemSchema, context.Document),
                },
            },
        };
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
        {
            AddHeader(response, "Retry-After", "Seconds to wait before retrying.", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0" });
        }

        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            response.Description += string.Create(CultureInfo.InvariantCulture, $" JSON bodies up to {RequestLimits.MaxJsonBodyBytes} bytes, file uploads up to {RequestLimits.MaxFileBodyBytes}.");
        }

        if (status == StatusCodes.Status414UriTooLong)
        {
            response.Description += string.Create(CultureInfo.InvariantCulture, $" Path and query up to {RequestLimits.MaxTargetLength} characters.");
        }

        return response;
    }

    private static void AddHeader(OpenApiResponse response, string name, string description, OpenApiSchema schema)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = schema, Required = true };
    }

    /// <summary>Downloads declared with <c>Produces(status, contentType: "text/csv")</c> get their media types (a binary string), every one of them.</summary>
    private static void AddFileMediaTypes(OpenApiOperation operation, IList<object> metadata)
    {
        foreach (var produces in metadata.OfType<IProducesResponseTypeMetadata>()
                     .Where(p => p.StatusCode < 300 && (p.Type is null || p.Type == typeof(void)) && p.ContentTypes.Any()))
        {
            var key = produces.StatusCode.ToString(CultureInfo.InvariantCulture);
            if (!operation.Responses!.TryGetValue(key, out var existing) || existing is not OpenApiResponse response)
            {
                response = new OpenApiResponse { Description = "OK" };
                operation.Responses[key] = response;
            }

            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var contentType in produces.ContentTypes)
            {
                response.Content[contentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
            }
        }
    }
}

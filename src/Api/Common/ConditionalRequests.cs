using Microsoft.AspNetCore.Http.Metadata;
using PartyCommittee.Application.Common.Abstractions;

namespace PartyCommittee.Api.Common;

/// <summary>
/// The version a change is based on, from <c>If-Match</c>. An endpoint that changes an existing resource takes it as a
/// parameter; binding refuses a missing header (428) or an unusable one (428/412) before the handler runs, and the
/// contract declares the header as required wherever this parameter appears.
/// </summary>
public readonly record struct IfMatch(long Version) : IEndpointParameterMetadataProvider
{
    public static ValueTask<IfMatch> BindAsync(HttpContext context) => ValueTask.FromResult(new IfMatch(ETags.RequireIfMatch(context)));

    /// <summary>An endpoint taking this parameter answers 412 and 428 (and so the contract declares If-Match on it).</summary>
    public static void PopulateMetadata(System.Reflection.ParameterInfo parameter, EndpointBuilder builder)
    {
        foreach (var status in new[] { StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired })
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        }
    }
}

/// <summary>
/// Sets the <c>ETag</c> of every successful response carrying one versioned resource (<see cref="IVersioned"/>) and
/// answers a <c>GET</c> whose <c>If-None-Match</c> names the current version with 304. Added once to the API group.
/// </summary>
public sealed class ETagFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is IValueHttpResult { Value: IVersioned versioned } && result is IStatusCodeHttpResult { StatusCode: null or StatusCodes.Status200OK or StatusCodes.Status201Created })
        {
            var http = context.HttpContext;
            ETags.Set(http, versioned.Version);
            if (HttpMethods.IsGet(http.Request.Method) && ETags.IsNotModified(http, versioned.Version))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
        }

        return result;
    }
}

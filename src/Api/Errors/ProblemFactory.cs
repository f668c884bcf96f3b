using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Api.Errors;

/// <summary>
/// Builds every problem response of the API: RFC 9457 <c>application/problem+json</c> with <c>type</c>,
/// <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c>, <c>traceId</c> and the stable machine <c>code</c>.
/// Title and detail follow the request's language (Vietnamese unless <c>Accept-Language</c> asks for English).
/// </summary>
public static class ProblemFactory
{
    public const string TypePrefix = "urn:party-committee:problem:";

    public static ProblemDetailsContext Create(HttpContext context, int status, string code, string? fallbackDetail = null, IReadOnlyList<object>? arguments = null) =>
        Create(context, new ProblemDetails(), status, code, fallbackDetail, arguments);

    public static ProblemDetailsContext Create(HttpContext context, ProblemDetails problem, int status, string code, string? fallbackDetail = null, IReadOnlyList<object>? arguments = null)
    {
        problem.Status = status;
        problem.Type = TypePrefix + code;
        problem.Title = Messages.Title(status);
        problem.Detail = Messages.FormatOr(code, fallbackDetail, arguments);
        problem.Extensions["code"] = code;
        context.Response.StatusCode = status;
        return new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem };
    }

    /// <summary>Fills what every problem carries, including those ASP.NET Core writes itself (404, 405, 415).</summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        problem.Status ??= http.Response.StatusCode;
        var status = problem.Status.Value;
        if (!problem.Extensions.ContainsKey("code"))
        {
            var code = DefaultCode(status);
            problem.Extensions["code"] = code;
            problem.Type = TypePrefix + code;
            problem.Title = Messages.Title(status);
            problem.Detail ??= Messages.FormatOr(code, null);
        }

        problem.Instance ??= http.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
    }

    private static string DefaultCode(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "request.malformed",
        StatusCodes.Status401Unauthorized => "auth.unauthenticated",
        StatusCodes.Status403Forbidden => "auth.forbidden",
        StatusCodes.Status404NotFound => "route.not_found",
        StatusCodes.Status405MethodNotAllowed => "http.method_not_allowed",
        StatusCodes.Status406NotAcceptable => "http.not_acceptable",
        StatusCodes.Status413PayloadTooLarge => "request.too_large",
        StatusCodes.Status414UriTooLong => "request.uri_too_long",
        StatusCodes.Status415UnsupportedMediaType => "http.unsupported_media_type",
        StatusCodes.Status429TooManyRequests => "rate_limit.exceeded",
        StatusCodes.Status503ServiceUnavailable => "server.unavailable",
        _ => "server.error",
    };
}

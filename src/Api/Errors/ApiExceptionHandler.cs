using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Errors;

/// <summary>Turns every exception into a problem response. Anything unknown is a 500 that reveals nothing but the trace id.</summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client waits before retrying after a 503.</summary>
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var context = exception switch
        {
            ValidationException validation => Validation(httpContext, validation),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad => Malformed(httpContext, RequestErrors.Describe(bad)),
            BadHttpRequestException bad => ProblemFactory.Create(httpContext, bad.StatusCode, bad.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "request.too_large",
                StatusCodes.Status414UriTooLong => "request.uri_too_long",
                StatusCodes.Status415UnsupportedMediaType => "http.unsupported_media_type",
                _ => "request.malformed",
            }),
            DomainRuleException rule => ProblemFactory.Create(
                httpContext,
                rule.Kind == RuleViolationKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
                rule.Code,
                rule.Message,
                rule.Arguments),
            BadRequestException badRequest => WithFieldErrors(
                ProblemFactory.Create(httpContext, new ValidationProblemDetails(), StatusCodes.Status400BadRequest, badRequest.Code, badRequest.Message, badRequest.Arguments),
                []),
            NotFoundException notFound => ProblemFactory.Create(httpContext, StatusCodes.Status404NotFound, notFound.Code, notFound.Message, notFound.Arguments),
            ForbiddenException forbidden => ProblemFactory.Create(httpContext, StatusCodes.Status403Forbidden, forbidden.Code, forbidden.Message, forbidden.Arguments),
            ConflictException conflict => ProblemFactory.Create(httpContext, StatusCodes.Status409Conflict, conflict.Code, conflict.Message, conflict.Arguments),
            ContentTooLargeException tooLarge => ProblemFactory.Create(httpContext, StatusCodes.Status413PayloadTooLarge, tooLarge.Code, tooLarge.Message, tooLarge.Arguments),
            PreconditionFailedException stale => ProblemFactory.Create(httpContext, StatusCodes.Status412PreconditionFailed, stale.Code, stale.Message),
            PreconditionRequiredException => ProblemFactory.Create(httpContext, StatusCodes.Status428PreconditionRequired, "concurrency.if_match_required"),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ when TransientDatabaseErrors.Contains(exception) => Unavailable(httpContext),
            _ => null,
        };

        if (context is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            context = ProblemFactory.Create(httpContext, StatusCodes.Status500InternalServerError, "server.error");
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = context.ProblemDetails,
            Exception = exception,
        });
    }

    private static ProblemDetailsContext Validation(HttpContext httpContext, ValidationException exception) =>
        WithFieldErrors(
            ProblemFactory.Create(httpContext, new ValidationProblemDetails(), StatusCodes.Status400BadRequest, "validation.failed"),
            [.. exception.Errors.Select(f => new FieldError(FieldName(f.PropertyName), ErrorCode(f.ErrorCode), f.ErrorMessage))]);

    /// <summary>A request that could not be read: 400 <c>request.malformed</c> in the shape of a validation problem, naming the field.</summary>
    private static ProblemDetailsContext Malformed(HttpContext httpContext, IReadOnlyList<FieldError> fields) =>
        WithFieldErrors(ProblemFactory.Create(httpContext, new ValidationProblemDetails(), StatusCodes.Status400BadRequest, "request.malformed"), fields);

    /// <summary>Every 400 has <c>errors</c> (field → messages) and <c>errorDetails</c> (<c>[{field, code, message}]</c>), as the contract's ValidationProblem says.</summary>
    private static ProblemDetailsContext WithFieldErrors(ProblemDetailsContext context, IReadOnlyList<FieldError> fields)
    {
        var problem = (ValidationProblemDetails)context.ProblemDetails;
        foreach (var group in fields.GroupBy(f => f.Field, StringComparer.Ordinal))
        {
            problem.Errors[group.Key] = [.. group.Select(f => f.Message).Distinct(StringComparer.Ordinal)];
        }

        problem.Extensions["errorDetails"] = fields;
        return context;
    }

    /// <summary>The database is busy or unreachable for a moment (a lock, a timeout): 503 with Retry-After, not a 500.</summary>
    private static ProblemDetailsContext Unavailable(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ProblemFactory.Create(httpContext, StatusCodes.Status503ServiceUnavailable, "server.unavailable", null, [RetryAfterSeconds]);
    }

    /// <summary>FluentValidation's built-in codes (<c>NotEmptyValidator</c>) become <c>field.not_empty</c>.</summary>
    private static string ErrorCode(string code) =>
        code.Contains('.', StringComparison.Ordinal)
            ? code
            : "field." + JsonNamingPolicy.SnakeCaseLower.ConvertName(code.Replace("Validator", string.Empty, StringComparison.Ordinal));

    private static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);

    /// <summary>One failed field rule.</summary>
    /// <param name="Field">The field, camelCase, dotted for nested fields.</param>
    /// <param name="Code">Stable rule code, e.g. <c>field.not_empty</c> or <c>organization.code_invalid</c>.</param>
    /// <param name="Message">Localised message.</param>
    public sealed record FieldError(string Field, string Code, string Message);
}

using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Api.Errors;

/// <summary>Turns every exception into a problem response. Anything unknown is a 500 that reveals nothing but the trace id.</summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var context = exception switch
        {
            ValidationException validation => Validation(httpContext, validation),
            BadHttpRequestException bad => ProblemFactory.Create(httpContext, bad.StatusCode, bad.StatusCode == 415 ? "http.unsupported_media_type" : "request.malformed", null),
            DomainRuleException rule => ProblemFactory.Create(
                httpContext,
                rule.Kind == RuleViolationKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
                rule.Code,
                rule.Message,
                rule.Arguments),
            BadRequestException badRequest => ProblemFactory.Create(httpContext, StatusCodes.Status400BadRequest, badRequest.Code, badRequest.Message, badRequest.Arguments),
            NotFoundException notFound => ProblemFactory.Create(httpContext, StatusCodes.Status404NotFound, notFound.Code, notFound.Message, notFound.Arguments),
            ForbiddenException forbidden => ProblemFactory.Create(httpContext, StatusCodes.Status403Forbidden, forbidden.Code, forbidden.Message, forbidden.Arguments),
            ConflictException conflict => ProblemFactory.Create(httpContext, StatusCodes.Status409Conflict, conflict.Code, conflict.Message, conflict.Arguments),
            ContentTooLargeException tooLarge => ProblemFactory.Create(httpContext, StatusCodes.Status413PayloadTooLarge, tooLarge.Code, tooLarge.Message, tooLarge.Arguments),
            PreconditionFailedException stale => ProblemFactory.Create(httpContext, StatusCodes.Status412PreconditionFailed, stale.Code, stale.Message),
            PreconditionRequiredException => ProblemFactory.Create(httpContext, StatusCodes.Status428PreconditionRequired, "concurrency.if_match_required"),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
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

    private static ProblemDetailsContext Validation(HttpContext httpContext, ValidationException exception)
    {
        var failures = exception.Errors.ToList();
        var errors = failures
            .GroupBy(f => FieldName(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        var problem = new ValidationProblemDetails(errors);
        var context = ProblemFactory.Create(httpContext, problem, StatusCodes.Status400BadRequest, "validation.failed");
        problem.Extensions["errorDetails"] = failures
            .Select(f => new FieldError(FieldName(f.PropertyName), ErrorCode(f.ErrorCode), f.ErrorMessage))
            .ToArray();
        return context;
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

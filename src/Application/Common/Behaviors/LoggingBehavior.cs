using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using PartyCommittee.Application.Common.Abstractions;

namespace PartyCommittee.Application.Common.Behaviors;

/// <summary>Logs each message with its caller and duration, and traces it as an activity.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        using var activity = ApplicationTelemetry.Source.StartActivity(name);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, name, user.UserId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            LogFailed(logger, name, user.UserId, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Handled {MessageName} for {UserId} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string messageName, string? userId, double elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "{MessageName} for {UserId} failed after {ElapsedMs:0.0} ms with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string messageName, string? userId, double elapsedMs, string exceptionType);
}

public static class ApplicationTelemetry
{
    public const string SourceName = "PartyCommittee.Application";

    public static readonly ActivitySource Source = new(SourceName);
}

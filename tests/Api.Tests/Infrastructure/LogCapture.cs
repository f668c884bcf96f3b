using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// The warnings and errors a test host logged (every <see cref="ApiFactory"/> registers one: <see cref="ApiFactory.Logs"/>),
/// so that a test can check what an operator would see in the log, not only what the client got.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LoggedEntry> entries = new();

    public IReadOnlyCollection<LoggedEntry> Entries => entries;

    /// <summary>The entries of categories starting with <paramref name="categoryPrefix"/>, as "Level Category: message" lines.</summary>
    public IReadOnlyList<string> Of(string categoryPrefix) =>
        entries.Where(e => e.Category.StartsWith(categoryPrefix, StringComparison.Ordinal)).Select(e => e.ToString()).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                capture.entries.Enqueue(new LoggedEntry(category, logLevel, formatter(state, exception)));
            }
        }
    }
}

/// <summary>One entry of a <see cref="LogCapture"/>.</summary>
public sealed record LoggedEntry(string Category, LogLevel Level, string Message)
{
    public override string ToString() => $"{Level} {Category}: {Message}";
}

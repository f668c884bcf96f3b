using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyCommittee.Infrastructure.Persistence;
using Quartz;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// Merges the staged dated count changes into the main table (ADR 0082, <see cref="StagedCountChangesMerge"/>) on an
/// interval, chunk after chunk until none is left; one run at a time. SQLite only (scheduled there alone: SQL Server
/// never stages). A run stopped between two chunks leaves the rest staged, still counted by every reader, for the next.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class MergeStagedCountsJob(IServiceScopeFactory scopes, JobsOptions options, ILogger<MergeStagedCountsJob> logger) : IJob
{
    public const string Name = "merge-staged-counts";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var merged = await StagedCountChangesMerge.MergeAllAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), options.StagedCountsMergeChunk, cancellationToken);
            if (merged > 0)
            {
                LogMerged(logger, merged, clock.Elapsed.TotalSeconds);
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 5)
        {
            // SQLITE_BUSY past the command's timeout: a long write (an import's transaction) holds the file. What is
            // staged stays counted by every reader; the next run merges it.
            LogBusy(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Merged {Rows} staged dated count changes into the main table in {Seconds:0.0} s")]
    private static partial void LogMerged(ILogger logger, int rows, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The staged dated count changes wait for the next run: the database is busy")]
    private static partial void LogBusy(ILogger logger);
}

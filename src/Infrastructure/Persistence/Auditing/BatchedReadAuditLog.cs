using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Infrastructure.Persistence.Auditing;

/// <summary>Settings of the write-behind log of read audit records (section <c>Audit:Reads</c>).</summary>
public sealed class ReadAuditOptions
{
    public const string SectionName = "Audit:Reads";

    /// <summary>Longest time a record waits before its batch is stored, in milliseconds.</summary>
    public int FlushIntervalMilliseconds { get; init; } = 200;

    /// <summary>Most records stored in one transaction.</summary>
    public int MaxBatchSize { get; init; } = 1000;

    /// <summary>Records held before appenders wait (back-pressure; nothing is dropped).</summary>
    public int Capacity { get; init; } = 50_000;
}

/// <summary>
/// The per-instance write-behind log of read audit records: requests append to a bounded channel; this background
/// service stores them in batches, each in one transaction of its own DbContext and many rows per statement
/// (<see cref="AuditEntryInserts"/>: no change tracking, one statement per 1,000 rows on SQLite), so readers never wait for the
/// database writer and a burst of reads costs one insert batch instead of one transaction per read. Graceful shutdown
/// stores what is left; a crash of the process loses at most the records of the last flush interval (see
/// docs/benchmarks.md). This is per-instance work by nature (the records live in this process until stored), so it is a
/// hosted service and not a clustered Quartz job.
/// </summary>
public sealed partial class BatchedReadAuditLog(IServiceScopeFactory scopes, ReadAuditOptions options, ILogger<BatchedReadAuditLog> logger)
    : BackgroundService, IReadAuditLog
{
    private readonly Channel<AuditEntry> channel = Channel.CreateBounded<AuditEntry>(
        new BoundedChannelOptions(options.Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    private readonly SemaphoreSlim gate = new(1, 1);

    public ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        channel.Writer.TryWrite(entry) ? ValueTask.CompletedTask : channel.Writer.WriteAsync(entry, cancellationToken);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        // Under the gate, a batch the loop has taken is stored before this drains the rest.
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (channel.Reader.TryPeek(out _))
            {
                await StoreAsync(Take(), cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(1, options.FlushIntervalMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await channel.Reader.WaitToReadAsync(stoppingToken))
                {
                    return;
                }

                // Let a burst gather into one batch, unless the batch is already full.
                if (channel.Reader.Count < options.MaxBatchSize)
                {
                    await Task.Delay(interval, stoppingToken);
                }

                await FlushAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A batch is retried twice (StoreAsync) before it is given up and logged here.
                LogStoreFailed(logger, exception);
                await Task.Delay(interval, CancellationToken.None);
            }
        }
    }

    private List<AuditEntry> Take()
    {
        var batch = new List<AuditEntry>(Math.Min(channel.Reader.Count, options.MaxBatchSize));
        while (batch.Count < options.MaxBatchSize && channel.Reader.TryRead(out var entry))
        {
            batch.Add(entry);
        }

        return batch;
    }

    private async Task StoreAsync(List<AuditEntry> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await AuditEntryInserts.InsertAsync(db, batch, cancellationToken);
                return;
            }
            catch (Exception exception) when (attempt < 3 && exception is not OperationCanceledException)
            {
                LogStoreRetried(logger, batch.Count, attempt, exception);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing {Count} read audit records failed (attempt {Attempt}); retrying")]
    private static partial void LogStoreRetried(ILogger logger, int count, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing read audit records failed")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);
}

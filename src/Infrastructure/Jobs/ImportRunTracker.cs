using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// The import runs in progress on this instance. Quartz's shutdown does not wait for running jobs
/// (<c>WaitForJobsToComplete = false</c>): a run is cancelled by <see cref="IHostApplicationLifetime.ApplicationStopping"/>
/// instead, stops after its current batch and gives its lease back (<see cref="ImportDataValuesJob"/>). This service's
/// stop waits for those runs (within the host's shutdown timeout), so that the release is written before the host
/// disposes its services. The host cancels <c>ApplicationStopping</c> before it stops any hosted service, and a run is
/// counted before it claims a job and claims nothing once the stop has begun, so no run can take a lease that this wait
/// misses. Registered after Quartz's hosted service, so stopped before it (hosted services stop in reverse order).
/// </summary>
internal sealed class ImportRunTracker : IHostedService
{
    private readonly ConcurrentDictionary<TaskCompletionSource, byte> running = new();

    /// <summary>Counts a run as in progress until the returned handle is disposed.</summary>
    public IDisposable Enter()
    {
        var run = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        running.TryAdd(run, 0);
        return new Handle(this, run);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(running.Keys.Select(r => r.Task)).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The shutdown timeout: whatever lease was not given back expires by itself.
        }
    }

    private sealed class Handle(ImportRunTracker tracker, TaskCompletionSource run) : IDisposable
    {
        public void Dispose()
        {
            tracker.running.TryRemove(run, out _);
            run.TrySetResult();
        }
    }
}

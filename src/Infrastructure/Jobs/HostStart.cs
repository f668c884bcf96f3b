using Microsoft.Extensions.Hosting;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>Start-up work that must wait until the host has started (the scheduler and the endpoints are up).</summary>
internal static class HostStart
{
    /// <summary>Completes when <see cref="IHostApplicationLifetime.ApplicationStarted"/> fires; cancelled with <paramref name="stoppingToken"/>.</summary>
    public static async Task WaitForStartAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Indicators.ImportJobs;
using Quartz;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// Takes over import jobs that no scheduler holds any more. When an instance stops in the middle of a job, Quartz may
/// end the job's run (its one-shot trigger and its job are removed) while the import job's row is still
/// <c>RUNNING</c>; on SQLite, where the store is not clustered, no other instance would ever pick it up. Once this
/// instance's scheduler has started (and made its own recovery, which comes first), every import job still queued or
/// running, whose payload was stored whole, and which has no Quartz job under its id is scheduled again: the runner
/// resumes it after its last committed batch (row by row) or starts its passes again (all or nothing). A job that
/// Quartz still holds (running on another instance of a cluster, or recovered by Quartz itself) is left alone.
/// </summary>
internal sealed partial class ImportJobRecovery(
    ISchedulerFactory factory, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ImportJobRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await lifetime.WaitForStartAsync(stoppingToken);

            var scheduler = await factory.GetScheduler(stoppingToken);
            var status = await scheduler.GetStatus(stoppingToken);
            while (status is SchedulerStatus.Created or SchedulerStatus.Standby or SchedulerStatus.Unknown)
            {
                await Task.Delay(200, stoppingToken);
                status = await scheduler.GetStatus(stoppingToken);
            }

            if (status != SchedulerStatus.Running)
            {
                return;
            }

            var recovered = await RecoverAsync(scheduler, scopes, stoppingToken);
            if (recovered > 0)
            {
                LogRecovered(logger, recovered);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    /// <summary>
    /// Schedules again every unfinished import job that no Quartz job holds, every one given back by a stopping
    /// instance, and every running one whose lease has
    /// expired (its instance died or stalled: whatever the scheduler still holds for it is replaced by a fresh trigger;
    /// the run it starts takes the lease, and a run that still held it stops at its next batch). Returns how many.
    /// Called at start-up and by <see cref="ImportJobLeaseSweepJob"/> every <see cref="JobsOptions.LeaseSweepInterval"/>.
    /// </summary>
    public static async Task<int> RecoverAsync(IScheduler scheduler, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        List<(Guid Id, bool Expired)> unfinished;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            unfinished = [.. (await db.ImportJobs.AsNoTracking()
                .Where(j => (j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running) && j.PayloadBytes > 0)
                .OrderBy(j => j.CreatedAt)
                .Select(j => new
                {
                    j.Id,
                    // Running with an expired lease (its instance died or stalled), or given back by a stopping instance
                    // (QUEUED with LeaseUntil set: the time of the release; a job never run has none).
                    Expired = (j.Status == ImportJobStatus.Running && (j.LeaseUntil == null || j.LeaseUntil < now))
                        || (j.Status == ImportJobStatus.Queued && j.LeaseUntil != null),
                })
                .ToListAsync(cancellationToken)).Select(j => (j.Id, j.Expired))];
        }

        var recovered = 0;
        foreach (var (id, expired) in unfinished)
        {
            if (expired)
            {
                await QuartzImportJobScheduler.ScheduleAsync(scheduler, id, cancellationToken, replace: true);
                recovered++;
            }
            else if (!await scheduler.Exists(new JobKey(id.ToString(), ImportDataValuesJob.Group), cancellationToken))
            {
                await QuartzImportJobScheduler.ScheduleAsync(scheduler, id, cancellationToken);
                recovered++;
            }
        }

        return recovered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Took over {Count} unfinished import job(s) that no scheduler held")]
    private static partial void LogRecovered(ILogger logger, int count);
}

/// <summary>
/// The lease sweep (ADR 0029, "Leases and multi-row writes"): every <see cref="JobsOptions.LeaseSweepInterval"/>, on one
/// instance of the cluster at a time, running import jobs whose lease has expired are scheduled again, so that a job
/// whose instance died is taken over by a live instance within a lease and a sweep, without waiting for any restart.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ImportJobLeaseSweepJob(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ImportJobLeaseSweepJob> logger) : IJob
{
    public const string Name = "import-job-lease-sweep";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // This instance is stopping: the jobs it gives back are for the other instances' sweeps (or its own restart).
            return;
        }

        var recovered = await ImportJobRecovery.RecoverAsync(context.Scheduler, scopes, cancellationToken);
        if (recovered > 0)
        {
            LogRescheduled(logger, recovered);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease sweep: scheduled {Count} import job(s) again (lease expired, or no scheduler held them)")]
    private static partial void LogRescheduled(ILogger logger, int count);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Indicators.ImportJobs;
using PartyCommittee.Domain.Common;
using Quartz;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// Quartz's side of an import job: one durable-free job per import, asking for recovery, so that when the instance
/// running it stops (crash, deployment) another instance of the cluster runs it again; the runner resumes it.
/// A run first takes the job's lease (none is taken while another live run holds it), renews it every third of
/// <see cref="ImportJobOptions.LeaseDuration"/> from a scope of its own while it runs, and stops if it loses it; an
/// instance that dies stops renewing, and <see cref="ImportJobLeaseSweepJob"/> hands the job to another once the lease
/// has expired.
/// </summary>
internal sealed partial class ImportDataValuesJob(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ImportJobOptions options, ImportRunTracker runs, ILogger<ImportDataValuesJob> logger) : IJob
{
    public const string Group = "import-jobs";
    public const string JobIdKey = "importJobId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var jobId = Guid.Parse(context.MergedJobDataMap.GetString(JobIdKey)!);
        // Counted from the start, before the claim: the host's stop (ImportRunTracker) waits for every run that may hold
        // a lease, including one that is claiming while the stop begins.
        using var tracked = runs.Enter();
        // A stopping instance stops the run too (Quartz's shutdown without waiting does not cancel running jobs, which
        // would go on writing in a host that is going away). ApplicationStopping is cancelled before any hosted service
        // stops, so before ImportRunTracker waits and before Quartz shuts down.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        if (stopping.IsCancellationRequested)
        {
            // A trigger fired while this instance stops (a lease sweep that ran during the stop): take nothing; the job
            // stays as it is for another instance.
            return;
        }

        StoredCaller? caller;
        await using (var lookup = scopes.CreateAsyncScope())
        {
            var db = lookup.ServiceProvider.GetRequiredService<IAppDbContext>();
            caller = await db.ImportJobs.AsNoTracking().Where(j => j.Id == jobId)
                .Select(j => new StoredCaller(j.Owner, j.OwnerName, j.Roles.Split(',', StringSplitOptions.None)))
                .FirstOrDefaultAsync(CancellationToken.None);
        }

        if (caller is null)
        {
            return;
        }

        // The job's scope acts as the submitter: the audit trail and the stored values name it.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BackgroundCaller>().User = caller;
        var runner = scope.ServiceProvider.GetRequiredService<ImportJobRunner>();
        // The run's own identity: the scheduler instance and a fresh id (two runs on one instance never share a lease).
        var owner = $"{context.Scheduler.SchedulerInstanceId}/{Ids.NewVersion7():N}";
        // One short statement, not cancelled half way: either the lease is taken (and given back below if the stop came
        // meanwhile) or it is not.
        if (!await runner.ClaimAsync(jobId, owner, CancellationToken.None))
        {
            // Finished, or another live run holds the lease: nothing to do here.
            return;
        }

        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        var renewal = RenewAsync(jobId, owner, stopping, renewing.Token);
        try
        {
            stopping.Token.ThrowIfCancellationRequested();
            await runner.RunAsync(jobId, owner, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // A graceful stop (the host stopping, a Quartz interrupt) or a lost lease: the run stopped between two
            // batches. The lease is given back at once (the job QUEUED again, LeaseUntil = now) so that another
            // instance's lease sweep takes it without waiting for the lease to expire; a run whose lease was taken over
            // meanwhile gives nothing back (the release is guarded by the run's identity).
            await renewing.CancelAsync();
            await renewal;
            await ReleaseAsync(jobId, owner);
            return;
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }
    }

    private async Task ReleaseAsync(Guid jobId, string owner)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<ImportJobRunner>();
            if (await runner.ReleaseAsync(jobId, owner, CancellationToken.None))
            {
                LogReleased(logger, jobId);
            }
        }
        catch (Exception exception)
        {
            // The database is gone too: the lease expires by itself and the sweep hands the job over then.
            LogReleaseFailed(logger, exception, jobId);
        }
    }

    /// <summary>Renews the run's lease until the run ends; stops the run when the lease is lost (taken over after a stall).</summary>
    private async Task RenewAsync(Guid jobId, string owner, CancellationTokenSource run, CancellationToken cancellationToken)
    {
        var every = options.LeaseDuration / 3;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(every, cancellationToken);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var runner = scope.ServiceProvider.GetRequiredService<ImportJobRunner>();
                    if (!await runner.RenewAsync(jobId, owner, cancellationToken))
                    {
                        LogLeaseLost(logger, jobId);
                        await run.CancelAsync();
                        return;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A busy database (SQLite's single writer during a long batch): the batches renew it too; try again.
                    LogRenewalFailed(logger, exception, jobId);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the run ended
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId}: the lease was taken over by another run; this run stops")]
    private static partial void LogLeaseLost(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId}: stopped between two batches; its lease is given back for another instance to resume it")]
    private static partial void LogReleased(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId}: the lease could not be given back at the stop; it will expire")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId}: the lease could not be renewed this time")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, Guid jobId);
}

/// <summary>Schedules an import job on Quartz (the clustered ADO store: any instance may run it).</summary>
internal sealed class QuartzImportJobScheduler(ISchedulerFactory factory) : IImportJobScheduler
{
    public async Task ScheduleAsync(Guid jobId, CancellationToken cancellationToken) =>
        await ScheduleAsync(await factory.GetScheduler(cancellationToken), jobId, cancellationToken);

    /// <summary>
    /// Schedules the job once: a job already scheduled under its id (taken over by <see cref="ImportJobRecovery"/>) is
    /// left as it is, unless <paramref name="replace"/> (the lease sweep: whatever the scheduler holds under that id
    /// belongs to a run whose lease has expired, and a fresh trigger replaces it).
    /// </summary>
    public static async Task ScheduleAsync(IScheduler scheduler, Guid jobId, CancellationToken cancellationToken, bool replace = false)
    {
        var job = JobBuilder.Create<ImportDataValuesJob>()
            .WithIdentity(jobId.ToString(), ImportDataValuesJob.Group)
            .UsingJobData(ImportDataValuesJob.JobIdKey, jobId.ToString())
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(jobId.ToString(), ImportDataValuesJob.Group)
            .StartNow()
            .Build();
        try
        {
            if (replace)
            {
                await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
                return;
            }

            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Already scheduled: once is enough.
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Indicators.ImportJobs;
using Quartz;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// Quartz's side of an import job: one durable-free job per import, asking for recovery, so that when the instance
/// running it stops (crash, deployment) another instance of the cluster runs it again; the runner resumes it.
/// </summary>
internal sealed class ImportDataValuesJob(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime) : IJob
{
    public const string Group = "import-jobs";
    public const string JobIdKey = "importJobId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var jobId = Guid.Parse(context.MergedJobDataMap.GetString(JobIdKey)!);
        StoredCaller? caller;
        await using (var lookup = scopes.CreateAsyncScope())
        {
            var db = lookup.ServiceProvider.GetRequiredService<IAppDbContext>();
            caller = await db.ImportJobs.AsNoTracking().Where(j => j.Id == jobId)
                .Select(j => new StoredCaller(j.Owner, j.OwnerName, j.Roles.Split(',', StringSplitOptions.None)))
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (caller is null)
        {
            return;
        }

        // The job's scope acts as the submitter: the audit trail and the stored values name it.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BackgroundCaller>().User = caller;
        // A stopping instance stops the run too (Quartz's shutdown without waiting does not cancel running jobs, which
        // would go on writing in a host that is going away): the batch in progress rolls back, the job stays RUNNING
        // with the progress of its committed batches, and the next instance takes it over (ImportJobRecovery).
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<ImportJobRunner>().RunAsync(jobId, stopping.Token);
    }
}

/// <summary>Schedules an import job on Quartz (the clustered ADO store: any instance may run it).</summary>
internal sealed class QuartzImportJobScheduler(ISchedulerFactory factory) : IImportJobScheduler
{
    public async Task ScheduleAsync(Guid jobId, CancellationToken cancellationToken) =>
        await ScheduleAsync(await factory.GetScheduler(cancellationToken), jobId, cancellationToken);

    /// <summary>Schedules the job once: a job already scheduled under its id (taken over by <see cref="ImportJobRecovery"/>) is left as it is.</summary>
    public static async Task ScheduleAsync(IScheduler scheduler, Guid jobId, CancellationToken cancellationToken)
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
            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Already scheduled: once is enough.
        }
    }
}

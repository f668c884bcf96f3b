using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;
using Quartz;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// The backfill of the dated membership counts (ADR 0042) as a background job: chunk after chunk of members in id order
/// (<see cref="MembershipCountChangesBackfill.RunChunkAsync"/>, each chunk its own transaction and its progress in the
/// marker row), until the marker is gone or the instance stops. One run at a time in the cluster
/// (<see cref="DisallowConcurrentExecutionAttribute"/>, one job key, the clustered store on SQL Server); a run stopped
/// in the middle is resumed after the last committed chunk by the next run (Quartz's recovery, or the start-up check of
/// <see cref="MembershipCountsBackfillStarter"/>). Start-up and readiness do not wait for it; the statistics recount meanwhile.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class MembershipCountsBackfillJob(IServiceScopeFactory scopes, JobsOptions options, ILogger<MembershipCountsBackfillJob> logger) : IJob
{
    public const string Name = "membership-counts-backfill";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var members = 0;
        var chunks = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var chunk = await MembershipCountChangesBackfill.RunChunkAsync(db, options.DatedCountsBackfillChunk, cancellationToken);
            members += chunk.Members;
            chunks++;
            if (chunk.Finished)
            {
                if (members > 0)
                {
                    LogFinished(logger, members, chunks - 1, clock.Elapsed.TotalSeconds);
                }

                return;
            }

            if (chunks % 25 == 0)
            {
                LogProgress(logger, members, clock.Elapsed.TotalSeconds);
            }
        }
    }

    /// <summary>Schedules the job to run now unless it is already scheduled or running (in this instance or another of the cluster).</summary>
    public static Task<bool> ScheduleAsync(IScheduler scheduler, CancellationToken cancellationToken) =>
        PendingBackfillStarter.ScheduleOnceAsync<MembershipCountsBackfillJob>(scheduler, Name, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dated membership counts backfilled: {Members} member(s) in {Chunks} chunk(s), {Seconds:0.0} s")]
    private static partial void LogFinished(ILogger logger, int members, int chunks, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dated membership counts backfill: {Members} member(s) done in this run, {Seconds:0.0} s")]
    private static partial void LogProgress(ILogger logger, int members, double seconds);
}

/// <summary>
/// Start-up: once the scheduler runs, schedules <see cref="MembershipCountsBackfillJob"/> when a backfill is pending
/// (the marker row is there). The start-up itself does not wait for the backfill, and neither does readiness.
/// </summary>
internal sealed partial class MembershipCountsBackfillStarter(
    ISchedulerFactory factory, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<MembershipCountsBackfillStarter> logger)
    : PendingBackfillStarter(factory, scopes, lifetime)
{
    protected override Task<bool> PendingAsync(AppDbContext db, CancellationToken cancellationToken) =>
        MembershipCountChangesBackfill.Marker(db.Set<MembershipCountChange>().AsNoTracking()).AnyAsync(cancellationToken);

    protected override Task<bool> ScheduleAsync(IScheduler scheduler, CancellationToken cancellationToken) =>
        MembershipCountsBackfillJob.ScheduleAsync(scheduler, cancellationToken);

    protected override void Scheduled() => LogScheduled(logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dated membership counts: a backfill is pending; scheduled as a background job (statistics recount meanwhile)")]
    private static partial void LogScheduled(ILogger logger);
}

/// <summary>
/// Start-up of a backfill job: once the host has started and the scheduler runs, schedules the job when the database
/// says a backfill is pending. The start-up itself does not wait for the backfill, and neither does readiness.
/// </summary>
internal abstract class PendingBackfillStarter(ISchedulerFactory factory, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>Schedules <typeparamref name="TJob"/> to run now, recoverable, unless it is already scheduled or running (in this instance or another of the cluster).</summary>
    public static async Task<bool> ScheduleOnceAsync<TJob>(IScheduler scheduler, string name, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var key = new JobKey(name);
        if (await scheduler.Exists(key, cancellationToken))
        {
            return false;
        }

        var job = JobBuilder.Create<TJob>().WithIdentity(key).RequestRecovery().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(name).StartNow().Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another instance of the cluster scheduled it first.
            return false;
        }
    }

    /// <summary>Whether the backfill is pending.</summary>
    protected abstract Task<bool> PendingAsync(AppDbContext db, CancellationToken cancellationToken);

    /// <summary>Schedules the job; false when it was already scheduled.</summary>
    protected abstract Task<bool> ScheduleAsync(IScheduler scheduler, CancellationToken cancellationToken);

    /// <summary>Logs that the job was scheduled.</summary>
    protected abstract void Scheduled();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await lifetime.WaitForStartAsync(stoppingToken);

            bool pending;
            await using (var scope = scopes.CreateAsyncScope())
            {
                pending = await PendingAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }

            if (!pending)
            {
                return;
            }

            var scheduler = await factory.GetScheduler(stoppingToken);
            var status = await scheduler.GetStatus(stoppingToken);
            while (status is SchedulerStatus.Created or SchedulerStatus.Standby or SchedulerStatus.Unknown)
            {
                await Task.Delay(200, stoppingToken);
                status = await scheduler.GetStatus(stoppingToken);
            }

            if (status == SchedulerStatus.Running && await ScheduleAsync(scheduler, stoppingToken))
            {
                Scheduled();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }
}

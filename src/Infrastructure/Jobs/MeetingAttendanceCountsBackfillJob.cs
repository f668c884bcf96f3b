using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyCommittee.Application.Evaluation.Meetings;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Interceptors;
using Quartz;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// The backfill of the attendance counts kept with each meeting (ADR 0092) as a background job: chunk after chunk of
/// meetings without counts (<see cref="MeetingAttendanceRecount.RecountUncountedAsync"/>, each chunk one statement and
/// its own transaction), until none is left or the instance stops. The meetings without counts are the progress: a run
/// stopped in the middle leaves the rest to the next one, and the save pipeline's recount of a meeting meanwhile only
/// makes the job's work smaller. One run at a time in the cluster (<see cref="DisallowConcurrentExecutionAttribute"/>,
/// one job key). Start-up and readiness do not wait for it; the rating statistics test the attendances of a meeting
/// without counts one by one meanwhile.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class MeetingAttendanceCountsBackfillJob(IServiceScopeFactory scopes, JobsOptions options, ILogger<MeetingAttendanceCountsBackfillJob> logger) : IJob
{
    public const string Name = "meeting-attendance-counts-backfill";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var meetings = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var recounted = await MeetingAttendanceRecount.RecountUncountedAsync(db, options.MeetingCountsBackfillChunk, cancellationToken);
            if (recounted == 0)
            {
                if (meetings > 0)
                {
                    LogFinished(logger, meetings, clock.Elapsed.TotalSeconds);
                }

                return;
            }

            meetings += recounted;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting attendance counts backfilled: {Meetings} meeting(s), {Seconds:0.0} s")]
    private static partial void LogFinished(ILogger logger, int meetings, double seconds);
}

/// <summary>Start-up: schedules <see cref="MeetingAttendanceCountsBackfillJob"/> when a meeting has no counts (its partial index is not empty).</summary>
internal sealed partial class MeetingAttendanceCountsBackfillStarter(
    ISchedulerFactory factory, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<MeetingAttendanceCountsBackfillStarter> logger)
    : PendingBackfillStarter(factory, scopes, lifetime)
{
    protected override Task<bool> PendingAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Set<CellMeeting>().AnyAsync(m => EF.Property<int?>(m, MeetingAttendanceCounts.Expected) == null, cancellationToken);

    protected override Task<bool> ScheduleAsync(IScheduler scheduler, CancellationToken cancellationToken) =>
        PendingBackfillStarter.ScheduleOnceAsync<MeetingAttendanceCountsBackfillJob>(scheduler, MeetingAttendanceCountsBackfillJob.Name, cancellationToken);

    protected override void Scheduled() => LogScheduled(logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting attendance counts: meetings without them; a backfill is scheduled as a background job (statistics test their attendances meanwhile)")]
    private static partial void LogScheduled(ILogger logger);
}

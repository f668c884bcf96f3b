using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Indicators.ImportJobs;
using PartyCommittee.Infrastructure.Persistence;
using Quartz;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// Background work on Quartz.NET with its ADO job store in clustered mode, on the application's own database (ADR
/// 0029): every instance runs a scheduler, the instances share the QRTZ_ tables, a job runs on one of them, and the
/// jobs of an instance that stops checking in are recovered by another. Nothing is held in process memory.
/// </summary>
public static class BackgroundJobs
{
    /// <summary>The scheduler (when <c>Jobs:Enabled</c>) and its jobs: import jobs on demand, the purge on an interval.</summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Default")
            ?? (database.Provider == DatabaseProvider.Sqlite ? DatabaseOptions.DefaultSqliteConnectionString : null)
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        services.AddSingleton(options);
        services.AddSingleton<IImportJobScheduler, QuartzImportJobScheduler>();
        services.AddSingleton<ImportRunTracker>();

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s =>
            {
                // The instance name is the scheduler's (the cluster's) name; each instance gets an id of its own.
                s.InstanceName = options.SchedulerName;
                s.InstanceId = "AUTO";
                s.IdleWaitTime = options.IdleWaitTime;
            });
            quartz.UseDefaultThreadPool(options.ThreadCount);
            quartz.UsePersistentStore(store =>
            {
                store.ConfigureStore(s =>
                {
                    s.TablePrefix = options.TablePrefix;
                    s.MisfireThreshold = options.MisfireThreshold;
                    // The tables are created by the migration (QuartzSchemaSql); the store only checks them.
                    s.SchemaProvisioning = SchemaProvisioning.Validate;
                    s.StoreJobDataAsStrings = true;
                });
                // Clustered on SQL Server, the multi-instance deployment. Quartz refuses clustering on SQLite ("locking
                // problems"): a SQLite file is one machine's anyway, so there the store is persistent but not clustered,
                // and a job interrupted by a stop is recovered when the instance starts again.
                if (database.Provider == DatabaseProvider.SqlServer)
                {
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.CheckinInterval;
                        c.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
                    });
                }
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.SqlServer)
                {
                    store.UseSqlServer(connectionString);
                }
                else
                {
                    store.UseSqlite(connectionString);
                }
            });

            quartz.ScheduleJob<PurgeExpiredRecordsJob>(
                trigger => trigger.WithIdentity(PurgeExpiredRecordsJob.Name).StartNow().WithSimpleSchedule(s => s.WithInterval(options.PurgeInterval).RepeatForever()),
                job => job.WithIdentity(PurgeExpiredRecordsJob.Name));
            quartz.ScheduleJob<ImportJobLeaseSweepJob>(
                trigger => trigger.WithIdentity(ImportJobLeaseSweepJob.Name).StartNow().WithSimpleSchedule(s => s.WithInterval(options.LeaseSweepInterval).RepeatForever()),
                job => job.WithIdentity(ImportJobLeaseSweepJob.Name));
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                quartz.ScheduleJob<MergeStagedCountsJob>(
                    trigger => trigger.WithIdentity(MergeStagedCountsJob.Name).StartNow().WithSimpleSchedule(s => s.WithInterval(options.StagedCountsMergeInterval).RepeatForever()),
                    job => job.WithIdentity(MergeStagedCountsJob.Name));
                if (options.ChecksSqliteWal)
                {
                    quartz.ScheduleJob<CheckpointSqliteWalJob>(
                        trigger => trigger.WithIdentity(CheckpointSqliteWalJob.Name).StartAt(DateTimeOffset.UtcNow.Add(options.SqliteCheckpointInterval)).WithSimpleSchedule(s => s.WithInterval(options.SqliteCheckpointInterval).RepeatForever()),
                        job => job.WithIdentity(CheckpointSqliteWalJob.Name));
                }
            }
        });

        if (options.Enabled)
        {
            // Stopping does not wait for a running import: its batches are committed one by one, and the instance that
            // recovers it resumes after the last.
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
            // ...but a run stops between two batches and gives its lease back before the host goes away.
            services.AddHostedService(provider => provider.GetRequiredService<ImportRunTracker>());
            // Import jobs left unfinished by a stopped instance and no longer held by any scheduler are taken over.
            services.AddHostedService<ImportJobRecovery>();
            // A pending backfill of the dated membership counts runs as a job (ADR 0042); start-up does not wait for it.
            services.AddHostedService<MembershipCountsBackfillStarter>();
            // Meetings without their attendance counts (recorded before the columns, or by raw SQL) are recounted by a job (ADR 0092).
            services.AddHostedService<MeetingAttendanceCountsBackfillStarter>();
        }

        return services;
    }
}

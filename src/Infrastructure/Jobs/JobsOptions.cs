using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>Settings of the background scheduler (section <c>Jobs</c>).</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Run the scheduler in this instance (on by default; every instance of a cluster runs one).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The scheduler's name: instances sharing the database and this name form one cluster.</summary>
    public string SchedulerName { get; init; } = "party-committee";

    /// <summary>Prefix of the scheduler's tables (created by the migration, see Migrations/Sql/QuartzSchemaSql.cs).</summary>
    public string TablePrefix { get; init; } = "QRTZ_";

    /// <summary>How often an instance records that it is alive; an instance silent for longer is presumed dead and its jobs recovered.</summary>
    public TimeSpan CheckinInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Grace beyond the check-in interval before another instance recovers a silent one's jobs.</summary>
    public TimeSpan CheckinMisfireThreshold { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a trigger may be late before it counts as misfired.</summary>
    public TimeSpan MisfireThreshold { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an idle scheduler waits before looking for due triggers again.</summary>
    public TimeSpan IdleWaitTime { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Jobs run at once by one instance.</summary>
    public int ThreadCount { get; init; } = 2;

    /// <summary>How often expired idempotency records (and finished import jobs past their retention) are deleted.</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How often one instance of the cluster looks for running import jobs whose lease has expired, and schedules them again.</summary>
    public TimeSpan LeaseSweepInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Members recomputed per chunk (one transaction, one progress step) by the dated-counts backfill job (ADR 0042).</summary>
    public int DatedCountsBackfillChunk { get; init; } = 10_000;

    /// <summary>Meetings recounted per statement (one transaction) by the meeting attendance counts' backfill job (ADR 0092).</summary>
    public int MeetingCountsBackfillChunk { get; init; } = 1_000;

    /// <summary>How often the staged dated count changes are merged into the main table (SQLite, ADR 0082).</summary>
    public TimeSpan StagedCountsMergeInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Staged keys merged per transaction (ADR 0082).</summary>
    public int StagedCountsMergeChunk { get; init; } = StagedCountChangesMerge.DefaultChunk;

    /// <summary>
    /// SQLite: how often the WAL is checkpointed into the database file by <see cref="CheckpointSqliteWalJob"/>; while it
    /// runs, the connections that serve requests never checkpoint at their commit (ADR 0083). Zero: SQLite's default,
    /// every connection checkpoints at the commit that takes the WAL past 1,000 pages.
    /// </summary>
    public TimeSpan SqliteCheckpointInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether <see cref="CheckpointSqliteWalJob"/> runs in this instance (the scheduler on, the interval set; SQLite only).</summary>
    public bool ChecksSqliteWal => Enabled && SqliteCheckpointInterval > TimeSpan.Zero;

    /// <summary>How long a finished import job (its row and conflicts) is kept.</summary>
    public TimeSpan ImportJobRetention { get; init; } = TimeSpan.FromDays(30);
}

namespace PartyCommittee.Application.Indicators.ImportJobs;

/// <summary>Settings of the background import (section <c>ImportJobs</c>).</summary>
public sealed class ImportJobOptions
{
    public const string SectionName = "ImportJobs";

    /// <summary>A body larger than this (Content-Length) runs as a job even without <c>async=true</c>.</summary>
    public long AsyncThresholdBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Bytes of one job's payload (413 beyond).</summary>
    public long MaxBodyBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Rows of one job.</summary>
    public int MaxRows { get; init; } = 5_000_000;

    /// <summary>Rows per batch (one transaction and one progress update each).</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>Bytes per stored payload slice.</summary>
    public int ChunkBytes { get; init; } = 1024 * 1024;

    /// <summary>Conflicts kept per job (all are counted).</summary>
    public int MaxConflictsStored { get; init; } = 100_000;

    /// <summary>
    /// How long a running job's lease holds without renewal (a setting, not a rule: ADR 0029). The running instance
    /// renews it every third of this (and with each batch); an instance silent for longer is presumed dead and its job
    /// is taken over by the next lease sweep (<c>Jobs:LeaseSweepInterval</c>). Longer than the slowest batch's
    /// transaction, short enough that a takeover does not keep the province system waiting.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Logs, at the end of each row-by-row job, where its time went (read and parse, checks, look-ups of the stored
    /// values, writes, progress, commits: <see cref="DataValues.ImportTimings"/>). A diagnostic, off by default.
    /// </summary>
    public bool Profile { get; init; }
}

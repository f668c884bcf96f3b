using PartyCommittee.Application.Indicators.DataValues;

namespace PartyCommittee.Application.Indicators.ImportJobs;

/// <summary>Where an import job is.</summary>
public enum ImportJobStatus
{
    /// <summary>Stored and scheduled; no instance has started it yet.</summary>
    Queued,

    /// <summary>An instance is processing it (rows done and conflicts so far are readable).</summary>
    Running,

    /// <summary>Every row was read; the outcome says what was applied.</summary>
    Completed,

    /// <summary>The payload could not be read to its end, or processing failed; <c>error</c> says why.</summary>
    Failed,
}

/// <summary>
/// A bulk write run in the background (issue 11): the request's parameters, the caller it runs as, its progress and
/// outcome. The payload is kept beside it in <see cref="ImportJobPayloadChunk"/> rows until the job ends, so that any
/// instance can run it; the scheduler (Quartz.NET's clustered ADO store) hands it to one instance and, if that instance
/// dies, to another (recovery), which resumes after the last committed batch.
/// </summary>
public sealed class ImportJob
{
    public Guid Id { get; set; }

    /// <summary>The caller's client id (or subject): a reporter reads only its own jobs.</summary>
    public string Owner { get; set; } = string.Empty;

    /// <summary>The submitter's roles (comma separated), so that the job runs with the rights of the request.</summary>
    public string Roles { get; set; } = string.Empty;

    /// <summary>The submitter's name claim, for the audit trail.</summary>
    public string? OwnerName { get; set; }

    /// <summary>The request's language (vi or en): conflict messages are written in it.</summary>
    public string Culture { get; set; } = "vi";

    /// <summary><c>application/json</c> or <c>text/csv</c>.</summary>
    public string ContentType { get; set; } = string.Empty;

    public ImportStrategy Strategy { get; set; }

    public bool DryRun { get; set; }

    public bool Atomic { get; set; }

    public ImportJobStatus Status { get; set; }

    /// <summary>Size of the payload in bytes.</summary>
    public long PayloadBytes { get; set; }

    /// <summary>Rows read and settled so far (written, or checked in the check pass of an atomic job).</summary>
    public int RowsDone { get; set; }

    public int Imported { get; set; }

    public int Updated { get; set; }

    public int Ignored { get; set; }

    public int Deleted { get; set; }

    public int ConflictCount { get; set; }

    /// <summary>The outcome once completed (SUCCESS, WARNING, ERROR as in the synchronous summary).</summary>
    public ImportOutcome? Outcome { get; set; }

    /// <summary>Why the job failed (a stable code), when it did.</summary>
    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    /// <summary>Times an instance started it (more than one after a recovery).</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// The run holding the job's lease (the scheduler instance's id and the run's own id), or null before the first
    /// run. Only the holder writes the job's batches and progress; a run that finds another holder stops.
    /// </summary>
    public string? LeaseOwner { get; set; }

    /// <summary>
    /// Until when the lease holds (UTC). The running instance renews it; once it has passed (the instance died), the
    /// lease sweep schedules the job again and another instance takes it over (<see cref="ImportJobOptions.LeaseDuration"/>).
    /// </summary>
    public DateTime? LeaseUntil { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}

/// <summary>One slice of a job's payload (the payload is stored in slices, read back one at a time).</summary>
public sealed class ImportJobPayloadChunk
{
    public Guid JobId { get; set; }

    public int Sequence { get; set; }

    public byte[] Data { get; set; } = [];
}

/// <summary>A row of a job that was not applied, and why (all of them, paged at <c>/import-jobs/{id}/conflicts</c>).</summary>
public sealed class ImportJobConflict
{
    public Guid JobId { get; set; }

    public int Row { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;

    public string? Field { get; set; }
}

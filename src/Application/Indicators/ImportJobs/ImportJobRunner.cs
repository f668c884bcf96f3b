using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Indicators.DataValues;

namespace PartyCommittee.Application.Indicators.ImportJobs;

/// <summary>
/// Runs one import job (called by the scheduler's job in a scope of its own, as the submitter):
/// <list type="bullet">
/// <item>row by row (<c>atomic=false</c>): each batch is one transaction that writes its values, its conflicts and the
/// job's progress together, so a job taken over by another instance resumes after the last committed batch and counts
/// nothing twice;</item>
/// <item>all or nothing (<c>atomic=true</c>): a check pass reports progress batch by batch without writing; with no
/// conflict, a write pass applies every row in one transaction (re-checking each, so a period locked in between still
/// refuses the whole payload);</item>
/// <item>dry run: the check pass alone.</item>
/// </list>
/// The stored payload is deleted when the job ends.
/// <para>
/// A run first takes the job's lease (<see cref="ClaimAsync"/>): only when no other run holds it, or the holder's lease
/// has expired. Each batch's transaction renews it and checks that it still holds it, so a run whose lease was taken
/// over (its instance stalled past the lease) rolls its batch back and stops: a row is never written by two runs.
/// </para>
/// </summary>
public sealed partial class ImportJobRunner(
    IAppDbContext db, DataValueImporter importer, IDataValueParser parser, ImportJobOptions options, TimeProvider time, IImportJobBatchGate gate, ILogger<ImportJobRunner> logger)
{
    private string owner = string.Empty;

    /// <summary>
    /// Takes the job's lease for the run <paramref name="runOwner"/> (unique per run): when the job is unfinished and
    /// no lease holds it (none yet, or expired). Marks it running and counts the attempt. False: finished, or another
    /// run holds it (this one does nothing).
    /// </summary>
    public async Task<bool> ClaimAsync(Guid jobId, string runOwner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + options.LeaseDuration;
        var claimed = await db.ImportJobs
            .Where(j => j.Id == jobId && (j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running)
                && (j.LeaseOwner == null || j.LeaseUntil == null || j.LeaseUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(j => j.Status, ImportJobStatus.Running)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                    .SetProperty(j => j.StartedAt, j => j.StartedAt ?? now)
                    .SetProperty(j => j.LeaseOwner, runOwner)
                    .SetProperty(j => j.LeaseUntil, until),
                cancellationToken);
        return claimed == 1;
    }

    /// <summary>Extends the lease of <paramref name="runOwner"/>; false when the run no longer holds it (taken over, or the job ended).</summary>
    public async Task<bool> RenewAsync(Guid jobId, string runOwner, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow().UtcDateTime + options.LeaseDuration;
        return await db.ImportJobs.Where(j => j.Id == jobId && j.LeaseOwner == runOwner && j.Status == ImportJobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntil, until), cancellationToken) == 1;
    }

    /// <summary>
    /// Gives the job back after a stop (the host stopping, a Quartz interrupt): when <paramref name="runOwner"/> still
    /// holds it, it goes back to <see cref="ImportJobStatus.Queued"/> with its lease released (no owner, LeaseUntil =
    /// now, the time of the release), so that the next lease sweep of any instance schedules it at once instead of
    /// waiting for the lease to expire. The committed batches stay (row by row) and the run that takes it resumes after
    /// them; an atomic job kept nothing and starts again. False: the run no longer held it.
    /// </summary>
    public async Task<bool> ReleaseAsync(Guid jobId, string runOwner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.ImportJobs.Where(j => j.Id == jobId && j.LeaseOwner == runOwner && j.Status == ImportJobStatus.Running)
            .ExecuteUpdateAsync(
                s => s.SetProperty(j => j.Status, ImportJobStatus.Queued)
                    .SetProperty(j => j.LeaseOwner, (string?)null)
                    .SetProperty(j => j.LeaseUntil, now),
                cancellationToken) == 1;
    }

    /// <summary>Runs a job whose lease <paramref name="runOwner"/> holds (<see cref="ClaimAsync"/>).</summary>
    public async Task RunAsync(Guid jobId, string runOwner, CancellationToken cancellationToken)
    {
        owner = runOwner;
        // Read after the claim: the progress is the last committed batch's (a run that lost the lease commits no more).
        var job = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.LeaseOwner == runOwner, cancellationToken);
        if (job is null || job.Status is ImportJobStatus.Completed or ImportJobStatus.Failed)
        {
            return;
        }

        if (options.Profile)
        {
            ImportTimings.Current = new ImportTimings();
        }

        var culture = CultureInfo.GetCultureInfo(job.Culture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;

        try
        {
            var caller = await CallerAsync(job, cancellationToken);
            var request = new ImportRequest(job.Strategy, job.DryRun, job.Atomic);
            if (request is { Atomic: false, DryRun: false })
            {
                await RunRowByRowAsync(job, request, caller, cancellationToken);
            }
            else
            {
                await RunAllOrNothingAsync(job, request, caller, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is AppException or FluentValidation.ValidationException)
        {
            var (code, message) = exception switch
            {
                AppException app => (app.Code, Messages.Format(app.Code, [.. app.Arguments])),
                FluentValidation.ValidationException validation => (validation.Errors.FirstOrDefault()?.ErrorCode ?? "validation.failed", validation.Errors.FirstOrDefault()?.ErrorMessage ?? validation.Message),
                _ => ("import_job.failed", exception.Message),
            };
            await FinishAsync(jobId, ImportJobStatus.Failed, null, code, message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The instance is stopping (or the lease was lost): between batches, after the last commit. The caller gives
            // the lease back (ReleaseAsync) when it still holds it.
            throw;
        }
        catch (ImportLeaseLostException)
        {
            // Another run took the job over: this one's last batch was rolled back; nothing more to do here.
            LogLeaseLost(logger, jobId);
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, jobId);
            await FinishAsync(jobId, ImportJobStatus.Failed, null, "import_job.failed", Messages.Format("import_job.failed"));
        }
    }

    private async Task<ImportCaller> CallerAsync(ImportJob job, CancellationToken cancellationToken)
    {
        if (job.Roles.Split(',').Contains(Roles.Admin))
        {
            return new ImportCaller(job.Owner, null);
        }

        // The registration as it is now: a reporter suspended after submitting does not write.
        var reporter = await db.Reporters.AsNoTracking().FirstOrDefaultAsync(r => r.ClientId == job.Owner && r.IsActive, cancellationToken)
            ?? throw new ForbiddenException("reporter.not_registered", "The client is not registered as an active reporter.");
        return new ImportCaller(job.Owner, reporter);
    }

    private async Task RunRowByRowAsync(ImportJob job, ImportRequest request, ImportCaller caller, CancellationToken cancellationToken)
    {
        var session = await importer.StartAsync(request, caller, cancellationToken);
        var tally = new ImportTally { Rows = job.RowsDone, Imported = job.Imported, Updated = job.Updated, Ignored = job.Ignored, Deleted = job.Deleted, ConflictCount = job.ConflictCount };
        var rows = SkipAsync(Rows(job, cancellationToken), job.RowsDone, cancellationToken);
        var clock = ImportTimings.Start();
        var batches = 0;
        await foreach (var batch in DataValueImporter.BatchesAsync(rows, options.BatchSize, cancellationToken))
        {
            ImportTimings.Add("read+parse", clock);
            // A stop (the host stopping, a Quartz interrupt) is honoured between batches: the batch read is not started,
            // the committed ones stay, and the caller releases the lease (ImportDataValuesJob).
            cancellationToken.ThrowIfCancellationRequested();
            CheckRowLimit(tally, batch.Count);
            // The batch, once started, runs to its commit (a batch is bounded: ImportJobs:BatchSize rows), so a stop
            // never throws away a batch's work half done.
            var inner = 0L;
            var before = Copy(tally);
            var attempts = 0;
            session.BeginBatch();
            clock = ImportTimings.Start();
            await db.ExclusiveAsync([ImportDataValuesHandler.WriteLock], async ct =>
            {
                if (attempts++ > 0)
                {
                    // The execution strategy runs the batch again (SQL Server, a transient failure): the first attempt
                    // was rolled back, so the running figures and the keys seen go back to what they were before it;
                    // otherwise its rows would be counted twice and reported as keys repeated in the payload.
                    Restore(tally, before);
                    session.UndoBatch();
                }

                var step = ImportTimings.Add("begin+lock", clock);
                await importer.RefreshLocksAsync(session, ct);
                await importer.TakeChangeNumbersAsync(session, ct);
                ImportTimings.Add("locks+change number", step);
                var conflicts = await importer.ProcessAsync(session, batch, tally, write: true, ct);
                step = ImportTimings.Start();
                await RecordProgressAsync(job.Id, tally, conflicts, ct);
                inner = ImportTimings.Add("progress", step);
                return true;
            }, CancellationToken.None);
            clock = ImportTimings.Add("commit", inner);
            // Committed: the next batch is where a stop lands (the gate is a no-op outside tests).
            await gate.AfterBatchAsync(job.Id, ++batches, tally.Rows, cancellationToken);
        }

        await CompleteAsync(job.Id, request, tally, cancellationToken);
    }

    private async Task RunAllOrNothingAsync(ImportJob job, ImportRequest request, ImportCaller caller, CancellationToken cancellationToken)
    {
        // A run taken over from another instance starts again: nothing of an atomic job was kept.
        await db.ImportJobConflicts.Where(c => c.JobId == job.Id).ExecuteDeleteAsync(cancellationToken);
        var check = await importer.StartAsync(request with { DryRun = true }, caller, cancellationToken);
        var tally = new ImportTally();
        await foreach (var batch in DataValueImporter.BatchesAsync(Rows(job, cancellationToken), options.BatchSize, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckRowLimit(tally, batch.Count);
            var conflicts = await importer.ProcessAsync(check, batch, tally, write: false, cancellationToken);
            await RecordProgressAsync(job.Id, tally, conflicts, cancellationToken);
        }

        if (request.DryRun || tally.ConflictCount > 0)
        {
            await CompleteAsync(job.Id, request, tally, cancellationToken);
            return;
        }

        var written = new ImportTally();
        List<DataValueConflict>? refused = null;
        try
        {
            await db.ExclusiveAsync([ImportDataValuesHandler.WriteLock], async ct =>
            {
                // Each attempt (the execution strategy may run it again) starts from nothing: the session is new too.
                Restore(written, new ImportTally());
                var session = await importer.StartAsync(request, caller, ct);
                await importer.TakeChangeNumbersAsync(session, ct);
                var late = new List<DataValueConflict>();
                await foreach (var batch in DataValueImporter.BatchesAsync(Rows(job, ct), options.BatchSize, ct))
                {
                    late.AddRange(await importer.ProcessAsync(session, batch, written, write: late.Count == 0, ct));
                }

                if (late.Count > 0)
                {
                    throw new LateConflicts(late);
                }

                await RecordProgressAsync(job.Id, written, [], ct);
                if (!await FinishAsync(job.Id, ImportJobStatus.Completed, HandlerOutcome(request, written), null, null, written, ct))
                {
                    throw new ImportLeaseLostException();
                }

                return true;
            }, cancellationToken);
        }
        catch (LateConflicts late)
        {
            refused = late.Conflicts;
        }

        if (refused is not null)
        {
            // Something changed between the passes (a period approved, a value created): the transaction was rolled back.
            await RecordProgressAsync(job.Id, new ImportTally { Rows = written.Rows, ConflictCount = refused.Count }, refused, cancellationToken);
            await FinishAsync(job.Id, ImportJobStatus.Completed, ImportOutcome.Error, null, null, new ImportTally { Rows = written.Rows, ConflictCount = refused.Count }, cancellationToken);
        }
    }

    private static ImportTally Copy(ImportTally tally) => new()
    {
        Rows = tally.Rows, Imported = tally.Imported, Updated = tally.Updated, Ignored = tally.Ignored, Deleted = tally.Deleted,
        ConflictCount = tally.ConflictCount, HasLockedPeriod = tally.HasLockedPeriod,
    };

    private static void Restore(ImportTally tally, ImportTally before)
    {
        tally.Rows = before.Rows;
        tally.Imported = before.Imported;
        tally.Updated = before.Updated;
        tally.Ignored = before.Ignored;
        tally.Deleted = before.Deleted;
        tally.ConflictCount = before.ConflictCount;
        tally.HasLockedPeriod = before.HasLockedPeriod;
    }

    private void CheckRowLimit(ImportTally tally, int batch)
    {
        if (tally.Rows + batch > options.MaxRows)
        {
            throw new ContentTooLargeException("import.too_many_rows", "Too many rows.", options.MaxRows);
        }
    }

    /// <summary>
    /// Records the progress and renews the lease in one statement that only the lease's holder can make; for the
    /// row-by-row batches it runs in the batch's transaction, so a run that lost its lease rolls its batch back
    /// (<see cref="ImportLeaseLostException"/>).
    /// </summary>
    private async Task RecordProgressAsync(Guid jobId, ImportTally tally, IReadOnlyList<DataValueConflict> conflicts, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow().UtcDateTime + options.LeaseDuration;
        var held = await db.ImportJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.RowsDone, tally.Rows)
                .SetProperty(j => j.Imported, tally.Imported)
                .SetProperty(j => j.Updated, tally.Updated)
                .SetProperty(j => j.Ignored, tally.Ignored)
                .SetProperty(j => j.Deleted, tally.Deleted)
                .SetProperty(j => j.ConflictCount, tally.ConflictCount)
                .SetProperty(j => j.LeaseUntil, until),
            cancellationToken);
        if (held != 1)
        {
            throw new ImportLeaseLostException();
        }

        var room = options.MaxConflictsStored - (tally.ConflictCount - conflicts.Count);
        if (room > 0 && conflicts.Count > 0)
        {
            db.ImportJobConflicts.AddRange(conflicts.Take(room).Select(c => new ImportJobConflict { JobId = jobId, Row = c.Row, Code = c.Code, Message = c.Message, Field = c.Field }));
            await db.SaveChangesAsync(cancellationToken);
            DataValueImporter.Forget(db);
        }
    }

    private async Task CompleteAsync(Guid jobId, ImportRequest request, ImportTally tally, CancellationToken cancellationToken)
    {
        if (ImportTimings.Current is { } timings)
        {
            LogProfile(logger, jobId, tally.Rows, timings.ToString());
        }

        var outcome = HandlerOutcome(request, tally);
        var shown = outcome == ImportOutcome.Error ? new ImportTally { Rows = tally.Rows, ConflictCount = tally.ConflictCount } : tally;
        if (!await FinishAsync(jobId, ImportJobStatus.Completed, outcome, null, null, shown, cancellationToken))
        {
            throw new ImportLeaseLostException();
        }
    }

    private static ImportOutcome HandlerOutcome(ImportRequest request, ImportTally tally) =>
        tally.ConflictCount == 0 ? ImportOutcome.Success : request.Atomic ? ImportOutcome.Error : ImportOutcome.Warning;

    private async Task<bool> FinishAsync(Guid jobId, ImportJobStatus status, ImportOutcome? outcome, string? code, string? message, ImportTally? tally = null, CancellationToken cancellationToken = default)
    {
        // The end and the payload's removal in one transaction (the running one, if any: an atomic job's writes), so that
        // nobody sees a finished job whose payload is still there, or a payload gone from a job still running.
        return await db.ExclusiveAsync([], async ct =>
        {
            var finished = await MarkFinishedAsync(jobId, status, outcome, code, message, tally, ct);
            if (finished)
            {
                await db.ImportJobPayloadChunks.Where(c => c.JobId == jobId).ExecuteDeleteAsync(ct);
            }

            return finished;
        }, cancellationToken);
    }

    private async Task<bool> MarkFinishedAsync(Guid jobId, ImportJobStatus status, ImportOutcome? outcome, string? code, string? message, ImportTally? tally, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // One statement: a poll never sees the final status with the figures of the check pass. Only the lease's holder
        // finishes the job (a run that was taken over leaves it to the run that holds it now).
        int finished;
        if (tally is null)
        {
            finished = await db.ImportJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner).ExecuteUpdateAsync(
                s => s.SetProperty(j => j.Status, status)
                    .SetProperty(j => j.Outcome, outcome)
                    .SetProperty(j => j.ErrorCode, code)
                    .SetProperty(j => j.ErrorMessage, message)
                    .SetProperty(j => j.FinishedAt, now)
                    .SetProperty(j => j.LeaseUntil, (DateTime?)null),
                cancellationToken);
        }
        else
        {
            finished = await db.ImportJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner).ExecuteUpdateAsync(
                s => s.SetProperty(j => j.Status, status)
                    .SetProperty(j => j.Outcome, outcome)
                    .SetProperty(j => j.ErrorCode, code)
                    .SetProperty(j => j.ErrorMessage, message)
                    .SetProperty(j => j.FinishedAt, now)
                    .SetProperty(j => j.RowsDone, tally.Rows)
                    .SetProperty(j => j.Imported, tally.Imported)
                    .SetProperty(j => j.Updated, tally.Updated)
                    .SetProperty(j => j.Ignored, tally.Ignored)
                    .SetProperty(j => j.Deleted, tally.Deleted)
                    .SetProperty(j => j.ConflictCount, tally.ConflictCount)
                    .SetProperty(j => j.LeaseUntil, (DateTime?)null),
                cancellationToken);
        }

        return finished == 1;
    }

    private IAsyncEnumerable<DataValueInput> Rows(ImportJob job, CancellationToken cancellationToken) =>
        parser.ReadAsync(new StoredPayloadStream(db, job.Id), job.ContentType, cancellationToken);

    private static async IAsyncEnumerable<DataValueInput> SkipAsync(IAsyncEnumerable<DataValueInput> rows, int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var skipped = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (skipped++ >= count)
            {
                yield return row;
            }
        }
    }

    /// <summary>The run no longer holds the job's lease (another run took it over): its current transaction is rolled back.</summary>
    private sealed class ImportLeaseLostException() : Exception("The import job's lease is held by another run.");

    /// <summary>Unwinds the write pass of an atomic job that met a conflict the check pass did not.</summary>
    private sealed class LateConflicts(List<DataValueConflict> conflicts) : Exception("An atomic import job met conflicts while writing.")
    {
        public List<DataValueConflict> Conflicts { get; } = conflicts;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId}: its lease was taken over by another run; this run stops")]
    private static partial void LogLeaseLost(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId} profile ({Rows} rows): {Timings}")]
    private static partial void LogProfile(ILogger logger, Guid jobId, int rows, string timings);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}

/// <summary>A job's stored payload read back as a stream, one slice (one query) at a time.</summary>
internal sealed class StoredPayloadStream(IAppDbContext db, Guid jobId) : Stream
{
    private byte[] current = [];
    private int offset;
    private int next;
    private bool ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (offset == current.Length)
        {
            if (ended)
            {
                return 0;
            }

            var sequence = next++;
            var chunk = await db.ImportJobPayloadChunks.AsNoTracking()
                .Where(c => c.JobId == jobId && c.Sequence == sequence).Select(c => c.Data).FirstOrDefaultAsync(cancellationToken);
            if (chunk is null)
            {
                ended = true;
                return 0;
            }

            current = chunk;
            offset = 0;
        }

        var count = Math.Min(buffer.Length, current.Length - offset);
        current.AsMemory(offset, count).CopyTo(buffer);
        offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

namespace PartyCommittee.Application.Indicators.ImportJobs;

/// <summary>
/// Called by a row-by-row import run after each committed batch, before it reads the next one: the only place where a
/// stop (the host stopping, a Quartz interrupt, a lost lease) is honoured (issue 11, ADR 0043). The application's gate
/// (<see cref="OpenImportJobBatchGate"/>) does nothing; a test registers one that holds a run after batch N until the
/// run's stop token fires, so that a stop provably lands between batch N and batch N + 1, with no timing window.
/// </summary>
public interface IImportJobBatchGate
{
    /// <summary>
    /// After batch <paramref name="batch"/> (1 for the first batch of this run) of job <paramref name="jobId"/> has been
    /// committed with <paramref name="rowsDone"/> rows done in all. May return, or throw
    /// <see cref="OperationCanceledException"/>, once <paramref name="stopping"/> is cancelled; the run then stops.
    /// </summary>
    ValueTask AfterBatchAsync(Guid jobId, int batch, int rowsDone, CancellationToken stopping);
}

/// <summary>The gate of the application: every batch goes straight on to the next.</summary>
public sealed class OpenImportJobBatchGate : IImportJobBatchGate
{
    /// <inheritdoc />
    public ValueTask AfterBatchAsync(Guid jobId, int batch, int rowsDone, CancellationToken stopping) => ValueTask.CompletedTask;
}

using System.Collections.Concurrent;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// SQLite: the writers of one database file take their turn in this process's queue before they begin their write
/// transaction, instead of polling the file's lock (ADR 0098). Microsoft.Data.Sqlite answers a locked file by sleeping
/// 150 ms and trying again, and SQLite's own busy handler polls too: a waiting writer wakes while the writer before it
/// is in the middle of its next transaction and sleeps again. With two concurrent writers of one data value each, half
/// the requests answered in ~1 ms and the 99th percentile in 1.3 s (`bench/writes.sh`, session 66). Queued, a writer
/// waits for the transactions before it and no longer.
/// </summary>
/// <remarks>
/// One gate per connection string (a database file); SQLite has one writer at a time and is served by one API process
/// (several instances run on SQL Server, where no gate is taken). A unit of work that already holds the gate (an
/// exclusive unit saving its changes, an interceptor saving inside a save) goes on without waiting for itself; the
/// writes that do not go through the context's saves (the read audit's batches, the staged counts' merge, the bulk
/// inserts of a held unit) wait for the file's lock as before.
/// </remarks>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<int> Held = new();

    /// <summary>
    /// Waits for the file's turn (at most <paramref name="timeout"/>); re-entered by its holder without waiting. The caller
    /// marks the turn held in its own flow (<c>(await EnterAsync(…)).Hold()</c>): a value set inside this async method
    /// would not flow back to it.
    /// </summary>
    public static async ValueTask<Turn> EnterAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken) =>
        GateToWaitFor(connectionString) is not { } gate ? default
        : await gate.WaitAsync(timeout, cancellationToken) ? new Turn(gate) : throw NotFree(timeout);

    /// <inheritdoc cref="EnterAsync"/>
    public static Turn Enter(string connectionString, TimeSpan timeout) =>
        GateToWaitFor(connectionString) is not { } gate ? default
        : gate.Wait(timeout) ? new Turn(gate) : throw NotFree(timeout);

    /// <summary>The file's gate, or none when this flow already holds a turn.</summary>
    private static SemaphoreSlim? GateToWaitFor(string connectionString) =>
        Held.Value > 0 ? null : Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));

    private static TimeoutException NotFree(TimeSpan timeout) => new($"The database's writer was not free within {timeout.TotalSeconds:0} s.");

    /// <summary>A turn at the gate (nothing to give back when it was re-entered).</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        /// <summary>Marks the turn held in the caller's flow (what it awaits then re-enters without waiting); returns it.</summary>
        public Turn Hold()
        {
            if (gate is not null)
            {
                Held.Value++;
            }

            return this;
        }

        public void Dispose()
        {
            if (gate is not null)
            {
                Held.Value--;
                gate.Release();
            }
        }
    }
}

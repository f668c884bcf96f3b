using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Indicators.ImportJobs;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// An API host for the import job tests: on a given SQLite file that it does not delete when it stops (the next host
/// uses it), or on a file of its own (<paramref name="file"/> null); ten-row batches, a one-second lease sweep, and
/// optionally a batch gate (<see cref="HoldAfterBatch"/>), no scheduler (<paramref name="jobs"/> false: a host that
/// only reads, so that nothing can take a job between two others' runs) or services of the test's own.
/// </summary>
internal sealed class ImportJobInstance(
    string? file, IImportJobBatchGate? gate = null, bool jobs = true, string leaseDuration = "00:10:00", Action<IServiceCollection>? services = null)
    : ApiFactory(InstanceSettings(file, jobs, leaseDuration), useSqlite: file is null)
{
    public const int BatchSize = 10;

    /// <summary>A fresh path for a SQLite file shared by several hosts.</summary>
    public static string NewFile(string name)
    {
        var file = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"{name}-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return file;
    }

    /// <summary>Deletes a shared SQLite file once every host on it has stopped.</summary>
    public static void Delete(string file)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }
    }

    /// <summary>
    /// LABOUR_FORCE, monthly, 2021 and 2022, for the eleven district units, once per breakdown in
    /// <paramref name="breakdowns"/> ("" is the total): 264 rows per breakdown; values <paramref name="value"/> + month.
    /// </summary>
    public static (string Csv, int Rows) Payload(int value, params string[] breakdowns)
    {
        var csv = new StringBuilder("dataElement,period,orgUnit,disaggregation,value,comment\n");
        var rows = 0;
        foreach (var unit in new[] { "941", "942", "943", "944", "945", "946", "947", "948", "949", "950", "951" })
        {
            for (var year = 2021; year <= 2022; year++)
            {
                for (var month = 1; month <= 12; month++)
                {
                    foreach (var breakdown in breakdowns)
                    {
                        csv.Append("LABOUR_FORCE,").Append(year).Append(month.ToString("00")).Append(',').Append(unit).Append(',')
                            .Append(breakdown).Append(',').Append(value + month).Append(",\n");
                        rows++;
                    }
                }
            }
        }

        return (csv.ToString(), rows);
    }

    /// <summary>
    /// The payload chunks left. A job's payload is deleted in the transaction that records its end, so once every job
    /// reads finished there is none, at once.
    /// </summary>
    public Task<int> PayloadChunksLeftAsync() => WithDbAsync(db => db.ImportJobPayloadChunks.CountAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            if (gate is not null)
            {
                s.AddSingleton(gate);
            }

            services?.Invoke(s);
        });
    }

    private static Dictionary<string, string?> InstanceSettings(string? file, bool jobs, string leaseDuration)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ImportJobs:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs:Enabled"] = jobs ? "true" : "false",
            ["Jobs:IdleWaitTime"] = "00:00:01",
            ["ImportJobs:LeaseDuration"] = leaseDuration,
            ["Jobs:LeaseSweepInterval"] = "00:00:01",
        };
        if (file is not null)
        {
            settings["Database:Provider"] = "Sqlite";
            settings["ConnectionStrings:Default"] = $"Data Source={file}";
        }

        return settings;
    }
}

/// <summary>
/// A batch gate that holds the first run reaching batch <paramref name="heldBatch"/> (after its commit) until that run's
/// stop token fires (the host stopping, a Quartz interrupt, a lost lease): the stop then lands between batch N and
/// batch N + 1, whatever the machine's speed. Every other batch, and every later run, goes straight on.
/// </summary>
internal sealed class HoldAfterBatch(int heldBatch) : IImportJobBatchGate
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Instance, int Batch)> batches = new();
    private int held;

    /// <summary>
    /// The name of the instance whose run was held (<see cref="On"/>). Scheduler instance ids cannot tell two hosts apart
    /// on SQLite: Quartz generates an id only for a clustered store, so every SQLite host is "AUTO".
    /// </summary>
    public string? HeldOn { get; private set; }

    /// <summary>This gate as seen from the host named <paramref name="instance"/>: one hold for all hosts, each batch recorded with its host.</summary>
    public IImportJobBatchGate On(string instance) => new Named(this, instance);

    /// <summary>The batches committed after the hold, by host, in the order they were committed.</summary>
    public IReadOnlyList<(string Instance, int Batch)> BatchesAfterHold => [.. batches];

    /// <summary>Completed with the run's rows done when it is held.</summary>
    public TaskCompletionSource<int> Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The held run's stop token fired while it was held (rather than the safety timeout).</summary>
    public bool StoppedWhileHeld { get; private set; }

    public ValueTask AfterBatchAsync(Guid jobId, int batch, int rowsDone, CancellationToken stopping) =>
        AfterBatchAsync(null, batch, rowsDone, stopping);

    private async ValueTask AfterBatchAsync(string? instance, int batch, int rowsDone, CancellationToken stopping)
    {
        if (Volatile.Read(ref held) == 1)
        {
            batches.Enqueue((instance ?? "", batch));
        }

        if (batch != heldBatch || Interlocked.Exchange(ref held, 1) == 1)
        {
            return;
        }

        HeldOn = instance;
        Reached.TrySetResult(rowsDone);
        try
        {
            // Not a timing window: the safety limit of a test whose stop never reaches the run (then it fails).
            await Task.Delay(TimeSpan.FromMinutes(2), stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            StoppedWhileHeld = true;
        }
    }

    private sealed class Named(HoldAfterBatch gate, string instance) : IImportJobBatchGate
    {
        public ValueTask AfterBatchAsync(Guid jobId, int batch, int rowsDone, CancellationToken stopping) =>
            gate.AfterBatchAsync(instance, batch, rowsDone, stopping);
    }
}

/// <summary>
/// A batch gate that holds the first run reaching batch <paramref name="heldBatch"/> (after its commit) until the test
/// calls <see cref="Release"/> (or the run's stop token fires): the job is then provably RUNNING with exactly that
/// batch's rows done while the test reads its progress, whatever the machine's speed. Every other batch goes straight on.
/// </summary>
internal sealed class PauseAfterBatch(int heldBatch) : IImportJobBatchGate
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int held;

    /// <summary>Completed with the run's rows done when it is held.</summary>
    public TaskCompletionSource<int> Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets the held run go on.</summary>
    public void Release() => released.TrySetResult();

    public async ValueTask AfterBatchAsync(Guid jobId, int batch, int rowsDone, CancellationToken stopping)
    {
        if (batch != heldBatch || Interlocked.Exchange(ref held, 1) == 1)
        {
            return;
        }

        Reached.TrySetResult(rowsDone);
        // Not a timing window: the safety limit of a test that never releases the run (then it fails on its own checks).
        await released.Task.WaitAsync(TimeSpan.FromMinutes(2), stopping);
    }
}

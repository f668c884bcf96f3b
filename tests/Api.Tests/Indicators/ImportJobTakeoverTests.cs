using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Application.Indicators.ImportJobs;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Issue 12, job takeover: API hosts on one SQLite file. First test: instance A is stopped after the fourth batch of a
/// row-by-row job (a gate holds the run there until the stop reaches it: <see cref="HoldAfterBatch"/>); instance B,
/// started on the same database, finishes it. Each row is written once (values, change numbers, audit rows), the
/// progress goes on from where A left it, and the job's figures are those a single run would give. SQLite's Quartz store
/// is not clustered (Quartz refuses clustering on SQLite), so here B takes over when it starts (ImportJobRecovery); with
/// SQL Server's clustered store a live instance takes over by Quartz's cluster recovery (docs/background-jobs.md). Second
/// test: two live instances; the lease holder "crashes" after its third batch (its lease is left held, as a killed
/// process leaves it, and is never renewed or given back), and the other one, never restarted, takes the job over
/// through its lease sweep once the lease has expired.
/// </summary>
public sealed class ImportJobTakeoverTests
{
    [Fact]
    public async Task A_job_left_by_a_stopped_instance_is_finished_by_another_writing_every_row_once()
    {
        var file = ImportJobInstance.NewFile("takeover");
        var (csv, rows) = ImportJobInstance.Payload(2_000, "", "area:urban", "area:rural");
        var gate = new HoldAfterBatch(4);
        string location;
        int doneByA;
        try
        {
            var a = new ImportJobInstance(file, gate);
            try
            {
                var labour = a.ClientAs("IndicatorReporter", null, subject: "province-labour");
                var response = await labour.PostAsync("/api/v1/data-values?async=true&atomic=false", new StringContent(csv, Encoding.UTF8, "text/csv"));
                response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
                location = response.Headers.Location!.ToString();
                (await gate.Reached.Task.WaitAsync(TimeSpan.FromMinutes(3))).ShouldBe(4 * ImportJobInstance.BatchSize);
            }
            finally
            {
                // Instance A stops in the middle of the job (the host and its scheduler shut down, the run is stopped).
                await a.DisposeAsync();
            }

            gate.StoppedWhileHeld.ShouldBeTrue();
            await using (var inspector = new ImportJobInstance(file, jobs: false))
            {
                var left = await inspector.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == Guid.Parse(location.Split('/').Last())));
                doneByA = left.RowsDone;
                left.Status.ShouldBe(ImportJobStatus.Queued, "A was stopped gracefully: it gave the job back between two batches");
                left.LeaseOwner.ShouldBeNull();
                doneByA.ShouldBe(4 * ImportJobInstance.BatchSize);
                left.Imported.ShouldBe(doneByA, "A's progress counts exactly the rows it committed");
                (await inspector.WithDbAsync(db => db.DataValues.CountAsync(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6))).ShouldBe(doneByA);
            }

            var b = new ImportJobInstance(file);
            try
            {
                var labour = b.ClientAs("IndicatorReporter", null, subject: "province-labour");
                var deadline = DateTime.UtcNow.AddSeconds(180);
                var progress = new List<int>();
                JsonElement finished;
                while (true)
                {
                    finished = await labour.GetFromJsonAsync<JsonElement>(location);
                    progress.Add(finished.GetProperty("rowsDone").GetInt32());
                    if (finished.GetProperty("status").GetString() is "COMPLETED" or "FAILED")
                    {
                        break;
                    }

                    DateTime.UtcNow.ShouldBeLessThan(deadline, $"instance B did not finish the job: {finished}");
                    await Task.Delay(25);
                }

                ShouldBeASingleRunsResult(finished, rows);
                finished.GetProperty("attempts").GetInt32().ShouldBe(2);
                progress.ShouldAllBe(done => done >= doneByA, "the progress goes on from where instance A left it");
                await ShouldHaveEveryRowOnceAsync(b, rows, 2_000);
            }
            finally
            {
                await b.DisposeAsync();
            }
        }
        finally
        {
            ImportJobInstance.Delete(file);
        }
    }

    [Fact]
    public async Task A_live_instance_takes_over_a_job_whose_lease_expired_and_writes_every_row_once()
    {
        var file = ImportJobInstance.NewFile("lease");
        var (csv, rows) = ImportJobInstance.Payload(3_000, "", "area:urban", "area:rural");
        // One gate for both instances: whichever run takes the job (each may fire its trigger on SQLite's shared,
        // non-clustered store; the lease lets one run) is held after its third batch.
        var gate = new HoldAfterBatch(3);
        var first = new ImportJobInstance(file, gate.On("first"));
        var second = new ImportJobInstance(file, gate.On("second"));
        ImportJobInstance? survivor = null;
        try
        {
            var labour = first.ClientAs("IndicatorReporter", null, subject: "province-labour");
            _ = second.Services;
            var response = await labour.PostAsync("/api/v1/data-values?async=true&atomic=false", new StringContent(csv, Encoding.UTF8, "text/csv"));
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            var location = response.Headers.Location!.ToString();
            var jobId = Guid.Parse(location.Split('/').Last());
            (await gate.Reached.Task.WaitAsync(TimeSpan.FromMinutes(3))).ShouldBe(3 * ImportJobInstance.BatchSize);

            var held = await first.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
            held.Status.ShouldBe(ImportJobStatus.Running);
            held.RowsDone.ShouldBe(3 * ImportJobInstance.BatchSize);
            held.LeaseOwner.ShouldNotBeNull();
            // The host whose run holds the job is the one whose gate held it (either host's trigger may fire first).
            gate.HeldOn.ShouldBeOneOf("first", "second");
            var (dead, alive) = gate.HeldOn == "first" ? (first, second) : (second, first);
            var survivorName = gate.HeldOn == "first" ? "second" : "first";

            // The lease holder crashes: its lease stays as a killed process leaves it (RUNNING, held until it expires,
            // never renewed nor given back). The held run is then stopped with its host; it holds that lease no more, so
            // it can neither renew nor release it. The survivor is not restarted.
            // First a lease no one can take (ten minutes), so that nothing happens while the dead host stops; then, with
            // the host gone, the lease is made to expire in a second, as the crashed run's would.
            var crashed = "crashed/" + Guid.NewGuid().ToString("N");
            (await alive.WithDbAsync(db => db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseOwner, crashed)
                .SetProperty(j => j.LeaseUntil, DateTime.UtcNow.AddMinutes(10))))).ShouldBe(1);
            await dead.DisposeAsync();
            survivor = alive;
            gate.StoppedWhileHeld.ShouldBeTrue();
            // Read while the dead owner's ten-minute lease still holds, so that no sweep can take the job before the read.
            var left = await survivor.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
            left.Status.ShouldBe(ImportJobStatus.Running, "a crashed run gives nothing back");
            left.LeaseOwner.ShouldBe(crashed);
            left.RowsDone.ShouldBe(3 * ImportJobInstance.BatchSize, "the progress counts exactly the committed batches");
            left.Imported.ShouldBe(left.RowsDone);
            var expires = DateTime.UtcNow.AddSeconds(1);
            (await survivor.WithDbAsync(db => db.ImportJobs.Where(j => j.Id == jobId && j.LeaseOwner == crashed).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseUntil, expires)))).ShouldBe(1);

            var labourB = survivor.ClientAs("IndicatorReporter", null, subject: "province-labour");
            var deadline = DateTime.UtcNow.AddSeconds(180);
            JsonElement finished;
            while (true)
            {
                finished = await labourB.GetFromJsonAsync<JsonElement>(location);
                if (finished.GetProperty("status").GetString() is "COMPLETED" or "FAILED")
                {
                    break;
                }

                DateTime.UtcNow.ShouldBeLessThan(deadline, $"the survivor's lease sweep did not take the job over: {finished}");
                await Task.Delay(50);
            }

            ShouldBeASingleRunsResult(finished, rows);
            finished.GetProperty("attempts").GetInt32().ShouldBe(2);

            // The run that finished it took the lease only once it had expired, on the survivor: a run of its own, and
            // every batch after the hold committed there.
            var done = await survivor.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
            done.LeaseOwner.ShouldNotBeNull();
            done.LeaseOwner.ShouldNotBe(held.LeaseOwner);
            done.LeaseOwner.ShouldNotBe(crashed);
            var after = gate.BatchesAfterHold;
            after.Count.ShouldBe(((rows + ImportJobInstance.BatchSize - 1) / ImportJobInstance.BatchSize) - 3, "the batches after the third, each once");
            after.ShouldAllBe(b => b.Instance == survivorName);
            done.LeaseUntil.ShouldBeNull();
            done.FinishedAt!.Value.ShouldBeGreaterThanOrEqualTo(expires, "taken over only once the crashed run's lease had expired");
            await ShouldHaveEveryRowOnceAsync(survivor, rows, 3_000);
        }
        finally
        {
            if (survivor is null)
            {
                await first.DisposeAsync();
                await second.DisposeAsync();
            }
            else
            {
                await survivor.DisposeAsync();
            }

            ImportJobInstance.Delete(file);
        }
    }

    /// <summary>The job's result is a single run's: every row imported once, nothing updated or ignored, no conflict.</summary>
    private static void ShouldBeASingleRunsResult(JsonElement finished, int rows)
    {
        finished.GetProperty("status").GetString().ShouldBe("COMPLETED");
        finished.GetProperty("outcome").GetString().ShouldBe("SUCCESS");
        finished.GetProperty("rowsDone").GetInt32().ShouldBe(rows);
        finished.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(rows);
        finished.GetProperty("counts").GetProperty("updated").GetInt32().ShouldBe(0);
        finished.GetProperty("counts").GetProperty("ignored").GetInt32().ShouldBe(0);
        finished.GetProperty("conflictCount").GetInt32().ShouldBe(0);
    }

    /// <summary>Each row written exactly once: one value per key, one change number each, one audit row each, as the reporter.</summary>
    private static async Task ShouldHaveEveryRowOnceAsync(ImportJobInstance host, int rows, int value)
    {
        var values = await host.WithDbAsync(db => db.DataValues.AsNoTracking()
            .Where(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6).Select(v => new { v.Id, v.ChangeNumber, v.StoredBy, v.Value }).ToListAsync());
        values.Count.ShouldBe(rows);
        values.Select(v => v.ChangeNumber).Distinct().Count().ShouldBe(rows);
        values.ShouldAllBe(v => v.StoredBy == "province-labour" && v.Value > value && v.Value <= value + 12);
        var keys = values.Select(v => v.Id.ToString()).ToHashSet();
        var audits = await host.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "DataValue").Select(e => new { e.EntityKey, e.Action, e.UserId }).ToListAsync());
        var ours = audits.Where(e => keys.Contains(e.EntityKey)).ToList();
        ours.Count.ShouldBe(rows);
        ours.ShouldAllBe(e => e.Action == "Insert" && e.UserId == "province-labour");
        ours.Select(e => e.EntityKey).Distinct().Count().ShouldBe(rows);
        (await host.PayloadChunksLeftAsync()).ShouldBe(0);
    }
}

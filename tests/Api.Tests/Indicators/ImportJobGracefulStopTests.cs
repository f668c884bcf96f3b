using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Application.Indicators.ImportJobs;
using Quartz;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Issue 11/12 (ADR 0043), a graceful stop gives the lease back. The run is held after its third batch by a gate
/// (<see cref="HoldAfterBatch"/>) until its stop token fires, so the stop provably lands between batch 3 and batch 4
/// whatever the machine's speed: the job is QUEUED again with exactly three batches done and its lease released (no
/// owner, LeaseUntil = the time of the stop). The lease is ten minutes long, so nothing but the release can let another
/// run take the job within the test. The state left by the stop is read by a host with no scheduler, so that nothing can
/// take the job between the stop and the read.
/// </summary>
public sealed class ImportJobGracefulStopTests
{
    [Fact]
    public async Task A_stopping_instance_gives_the_lease_back_after_its_batch_and_another_finishes_the_job_with_exact_totals()
    {
        var file = ImportJobInstance.NewFile("graceful");
        var (csv, rows) = ImportJobInstance.Payload(4_000, "");
        var gate = new HoldAfterBatch(3);
        Guid jobId;
        string location;
        DateTime heldAt;
        try
        {
            var a = new ImportJobInstance(file, gate);
            try
            {
                var labour = a.ClientAs("IndicatorReporter", null, subject: "province-labour");
                var response = await labour.PostAsync("/api/v1/data-values?async=true&atomic=false", new StringContent(csv, Encoding.UTF8, "text/csv"));
                response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
                location = response.Headers.Location!.ToString();
                jobId = Guid.Parse(location.Split('/').Last());
                (await gate.Reached.Task.WaitAsync(TimeSpan.FromMinutes(3))).ShouldBe(3 * ImportJobInstance.BatchSize);
                heldAt = DateTime.UtcNow;
            }
            finally
            {
                // A graceful stop: ApplicationStopping cancels the held run, which gives the job back; the host then stops.
                await a.DisposeAsync();
            }

            var stoppedAt = DateTime.UtcNow;
            gate.StoppedWhileHeld.ShouldBeTrue("the host's stop reached the run held after its third batch");
            await using (var inspector = new ImportJobInstance(file, jobs: false))
            {
                var left = await inspector.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
                left.Status.ShouldBe(ImportJobStatus.Queued, "the stopping run gives the job back");
                left.LeaseOwner.ShouldBeNull();
                left.LeaseUntil.ShouldNotBeNull();
                left.LeaseUntil!.Value.ShouldBeGreaterThanOrEqualTo(heldAt, "released at the stop");
                left.LeaseUntil!.Value.ShouldBeLessThanOrEqualTo(stoppedAt, "released at the stop, not held for the ten minutes of the lease");
                left.RowsDone.ShouldBe(3 * ImportJobInstance.BatchSize, "exactly the three committed batches, not one more");
                left.Imported.ShouldBe(left.RowsDone);
                left.Attempts.ShouldBe(1);
                (await inspector.WithDbAsync(db => db.DataValues.CountAsync(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6))).ShouldBe(left.RowsDone,
                    "the committed batches stay, and none was cut in the middle");
            }

            var b = new ImportJobInstance(file);
            try
            {
                var finished = await WaitUntilFinishedAsync(b.ClientAs("IndicatorReporter", null, subject: "province-labour"), location);
                finished.GetProperty("attempts").GetInt32().ShouldBe(2);
                await ShouldHaveEveryRowOnceAsync(b, finished, rows);
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
    public async Task A_Quartz_interrupt_gives_the_lease_back_after_the_batch_and_the_instance_resumes_the_job_at_its_next_sweep()
    {
        var file = ImportJobInstance.NewFile("interrupt");
        var (csv, rows) = ImportJobInstance.Payload(5_000, "");
        var gate = new HoldAfterBatch(2);
        try
        {
            var a = new ImportJobInstance(file, gate);
            try
            {
                var labour = a.ClientAs("IndicatorReporter", null, subject: "province-labour");
                var response = await labour.PostAsync("/api/v1/data-values?async=true&atomic=false", new StringContent(csv, Encoding.UTF8, "text/csv"));
                response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
                var location = response.Headers.Location!.ToString();
                var jobId = Guid.Parse(location.Split('/').Last());
                (await gate.Reached.Task.WaitAsync(TimeSpan.FromMinutes(3))).ShouldBe(2 * ImportJobInstance.BatchSize);
                var scheduler = await a.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
                (await scheduler.Interrupt(new JobKey(jobId.ToString(), "import-jobs"))).ShouldBeTrue();

                // The lease is ten minutes long: only the release lets the lease sweep hand the job to a new run at once.
                var finished = await WaitUntilFinishedAsync(labour, location);
                gate.StoppedWhileHeld.ShouldBeTrue("the interrupt reached the run held after its second batch");
                finished.GetProperty("attempts").GetInt32().ShouldBe(2);
                await ShouldHaveEveryRowOnceAsync(a, finished, rows);
            }
            finally
            {
                await a.DisposeAsync();
            }
        }
        finally
        {
            ImportJobInstance.Delete(file);
        }
    }

    private static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            if (job.GetProperty("status").GetString() is "COMPLETED" or "FAILED")
            {
                return job;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"the released job was not taken over: {job}");
            await Task.Delay(25);
        }
    }

    /// <summary>The figures of a single run: every row imported once, one value, change number and audit row each.</summary>
    private static async Task ShouldHaveEveryRowOnceAsync(ImportJobInstance host, JsonElement finished, int rows)
    {
        finished.GetProperty("status").GetString().ShouldBe("COMPLETED");
        finished.GetProperty("outcome").GetString().ShouldBe("SUCCESS");
        finished.GetProperty("rowsDone").GetInt32().ShouldBe(rows);
        finished.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(rows);
        finished.GetProperty("counts").GetProperty("updated").GetInt32().ShouldBe(0);
        finished.GetProperty("counts").GetProperty("ignored").GetInt32().ShouldBe(0);
        finished.GetProperty("conflictCount").GetInt32().ShouldBe(0);
        var values = await host.WithDbAsync(db => db.DataValues.AsNoTracking()
            .Where(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6).Select(v => new { v.Id, v.ChangeNumber }).ToListAsync());
        values.Count.ShouldBe(rows);
        values.Select(v => v.ChangeNumber).Distinct().Count().ShouldBe(rows);
        var keys = values.Select(v => v.Id.ToString()).ToHashSet();
        var audits = await host.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "DataValue").Select(e => e.EntityKey).ToListAsync());
        audits.Count(keys.Contains).ShouldBe(rows, "one audit row per value, none twice");
        (await host.PayloadChunksLeftAsync()).ShouldBe(0);
    }
}

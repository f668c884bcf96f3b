using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Application.Indicators.ImportJobs;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Issue 11/12, a graceful stop gives the lease back: instance A is stopped (host disposed) in the middle of a row-by-row
/// job; the run stops between two batches, its committed batches stay, and the job is QUEUED again with its lease
/// released (no owner, LeaseUntil = the time of the stop). The lease is ten minutes long here, so instance B could not
/// take the job before it expired had A kept it: B finishes it at once with the figures of a single run.
/// </summary>
public sealed class ImportJobGracefulStopTests
{
    private sealed class Instance(string file) : ApiFactory(
        new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={file}",
            // One row per batch: the run lasts long enough to be stopped in the middle.
            ["ImportJobs:BatchSize"] = "1",
            ["Jobs:IdleWaitTime"] = "00:00:01",
            // A long lease: only a released lease lets the second instance take the job before the test's deadline.
            ["ImportJobs:LeaseDuration"] = "00:10:00",
            ["Jobs:LeaseSweepInterval"] = "00:00:01",
        },
        useSqlite: false);

    [Fact]
    public async Task A_stopping_instance_gives_the_lease_back_between_batches_and_another_finishes_the_job_with_exact_totals()
    {
        var file = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"graceful-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var csv = new StringBuilder("dataElement,period,orgUnit,disaggregation,value,comment\n");
        var rows = 0;
        foreach (var unit in new[] { "941", "942", "943", "944", "945", "946", "947", "948", "949", "950", "951" })
        {
            for (var year = 2013; year <= 2024; year++)
            {
                for (var month = 1; month <= 12; month++)
                {
                    csv.Append("LABOUR_FORCE,").Append(year).Append(month.ToString("00")).Append(',').Append(unit).Append(",,").Append(4_000 + month).Append(",\n");
                    rows++;
                }
            }
        }

        string location;
        Guid jobId;
        var a = new Instance(file);
        try
        {
            var labour = a.ClientAs("IndicatorReporter", null, subject: "province-labour");
            var response = await labour.PostAsync("/api/v1/data-values?async=true&atomic=false", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            location = response.Headers.Location!.ToString();
            jobId = Guid.Parse(location.Split('/').Last());
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (true)
            {
                var job = await a.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
                if (job is { Status: ImportJobStatus.Running, RowsDone: > 0, LeaseOwner: not null })
                {
                    break;
                }

                job.Status.ShouldNotBe(ImportJobStatus.Completed, "instance A finished the job before it could be stopped");
                DateTime.UtcNow.ShouldBeLessThan(deadline, "the job did not start");
                await Task.Delay(10);
            }
        }
        finally
        {
            // A graceful stop: the host stops (ApplicationStopping cancels the run) and is disposed.
            await a.DisposeAsync();
        }

        var stoppedAt = DateTime.UtcNow;
        var b = new Instance(file);
        try
        {
            var left = await b.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
            left.Status.ShouldBe(ImportJobStatus.Queued, "the stopping run gives the job back");
            left.LeaseOwner.ShouldBeNull();
            left.LeaseUntil.ShouldNotBeNull();
            left.LeaseUntil!.Value.ShouldBeLessThanOrEqualTo(stoppedAt, "released at the stop, not held for the ten minutes of the lease");
            left.RowsDone.ShouldBeGreaterThan(0);
            left.RowsDone.ShouldBeLessThan(rows, "instance A finished the job before it could be stopped");
            left.Imported.ShouldBe(left.RowsDone, "the progress counts exactly the committed batches");
            (await b.WithDbAsync(db => db.DataValues.CountAsync(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6 && v.Disaggregation == "total"))).ShouldBe(left.RowsDone,
                "the committed batches stay, and none was cut in the middle");

            var labour = b.ClientAs("IndicatorReporter", null, subject: "province-labour");
            var deadline = DateTime.UtcNow.AddSeconds(180);
            JsonElement finished;
            while (true)
            {
                finished = await labour.GetFromJsonAsync<JsonElement>(location);
                if (finished.GetProperty("status").GetString() is "COMPLETED" or "FAILED")
                {
                    break;
                }

                DateTime.UtcNow.ShouldBeLessThan(deadline, $"instance B did not take the released job: {finished}");
                await Task.Delay(25);
            }

            finished.GetProperty("status").GetString().ShouldBe("COMPLETED");
            finished.GetProperty("outcome").GetString().ShouldBe("SUCCESS");
            finished.GetProperty("rowsDone").GetInt32().ShouldBe(rows);
            finished.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(rows);
            finished.GetProperty("counts").GetProperty("updated").GetInt32().ShouldBe(0);
            finished.GetProperty("counts").GetProperty("ignored").GetInt32().ShouldBe(0);
            finished.GetProperty("conflictCount").GetInt32().ShouldBe(0);
            finished.GetProperty("attempts").GetInt32().ShouldBe(2);

            var values = await b.WithDbAsync(db => db.DataValues.AsNoTracking()
                .Where(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6 && v.Disaggregation == "total").Select(v => new { v.Id, v.ChangeNumber }).ToListAsync());
            values.Count.ShouldBe(rows);
            values.Select(v => v.ChangeNumber).Distinct().Count().ShouldBe(rows);
            var keys = values.Select(v => v.Id.ToString()).ToHashSet();
            var audits = await b.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "DataValue").Select(e => e.EntityKey).ToListAsync());
            audits.Count(keys.Contains).ShouldBe(rows, "one audit row per value, none twice");
            (await b.WithDbAsync(db => db.ImportJobPayloadChunks.CountAsync())).ShouldBe(0);
        }
        finally
        {
            await b.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Application.Indicators.ImportJobs;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Issue 12, job takeover: two API hosts on one SQLite file, one after the other. Instance A starts a row-by-row job and
/// is stopped (disposed) in the middle of it; instance B, started on the same database, finishes it. Each row is
/// written once (values, change numbers, audit rows), the progress goes on from where A left it, and the job's figures
/// are those a single run would give. SQLite's Quartz store is not clustered (Quartz refuses clustering on SQLite), so
/// here B takes over when it starts (ImportJobRecovery, after Quartz's own recovery); with SQL Server's clustered store
/// a live instance takes over by Quartz's cluster recovery (docs/background-jobs.md). The second test: B is already
/// running when A dies, and B's lease sweep takes the job over once A's lease has expired, without any restart.
/// </summary>
public sealed class ImportJobTakeoverTests
{
    /// <summary>An API host on a given SQLite file that it does not delete when it stops (the next host uses it).</summary>
    private sealed class Instance(string file) : ApiFactory(
        new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={file}",
            // One row per batch: the run lasts long enough to be stopped in the middle (a job of 20-row batches could end
            // between two polls on an idle machine with the multi-row writer).
            ["ImportJobs:BatchSize"] = "1",
            ["Jobs:IdleWaitTime"] = "00:00:01",
            // Short leases so that a takeover is quick here (the defaults are one minute and 15 seconds).
            ["ImportJobs:LeaseDuration"] = "00:00:03",
            ["Jobs:LeaseSweepInterval"] = "00:00:01",
        },
        useSqlite: false);

    [Fact]
    public async Task A_job_left_running_by_a_stopped_instance_is_finished_by_another_writing_every_row_once()
    {
        var file = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"takeover-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var csv = new StringBuilder("dataElement,period,orgUnit,disaggregation,value,comment\n");
        var rows = 0;
        foreach (var unit in new[] { "941", "942", "943", "944", "945", "946", "947", "948", "949", "950", "951" })
        {
            for (var year = 2013; year <= 2024; year++)
            {
                for (var month = 1; month <= 12; month++)
                {
                    foreach (var breakdown in new[] { "", "area:urban", "area:rural" })
                    {
                        csv.Append("LABOUR_FORCE,").Append(year).Append(month.ToString("00")).Append(',').Append(unit).Append(',').Append(breakdown).Append(',').Append(2_000 + month).Append(",\n");
                        rows++;
                    }
                }
            }
        }

        string location;
        int doneByA;
        var a = new Instance(file);
        try
        {
            var labour = a.ClientAs("IndicatorReporter", null, subject: "province-labour");
            var response = await labour.PostAsync("/api/v1/data-values?async=true&atomic=false", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            location = response.Headers.Location!.ToString();
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (true)
            {
                var job = await labour.GetFromJsonAsync<JsonElement>(location);
                if (job.GetProperty("status").GetString() == "RUNNING" && job.GetProperty("rowsDone").GetInt32() > 0)
                {
                    break;
                }

                job.GetProperty("status").GetString().ShouldNotBe("COMPLETED", "instance A finished the job before it could be stopped");
                DateTime.UtcNow.ShouldBeLessThan(deadline, $"the job did not start: {job}");
                await Task.Delay(10);
            }
        }
        finally
        {
            // Instance A stops in the middle of the job (the host and its scheduler shut down, the run is cancelled).
            await a.DisposeAsync();
        }

        var b = new Instance(file);
        try
        {
            var left = await b.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == Guid.Parse(location.Split('/').Last())));
            doneByA = left.RowsDone;
            // A was stopped gracefully: it gave the job back between two batches (ImportJobGracefulStopTests).
            left.Status.ShouldBe(ImportJobStatus.Queued);
            left.LeaseOwner.ShouldBeNull();
            doneByA.ShouldBeGreaterThan(0);
            doneByA.ShouldBeLessThan(rows, "instance A finished the job before it could be stopped");
            doneByA.ShouldBe(left.Imported, "A's progress counts exactly the rows it committed");
            (await b.WithDbAsync(db => db.DataValues.CountAsync(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6))).ShouldBe(doneByA);

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

            // The job's result is a single run's: every row imported once, nothing updated or ignored, no conflict.
            finished.GetProperty("status").GetString().ShouldBe("COMPLETED");
            finished.GetProperty("outcome").GetString().ShouldBe("SUCCESS");
            finished.GetProperty("rowsDone").GetInt32().ShouldBe(rows);
            finished.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(rows);
            finished.GetProperty("counts").GetProperty("updated").GetInt32().ShouldBe(0);
            finished.GetProperty("counts").GetProperty("ignored").GetInt32().ShouldBe(0);
            finished.GetProperty("conflictCount").GetInt32().ShouldBe(0);
            finished.GetProperty("attempts").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
            progress.ShouldAllBe(done => done >= doneByA, "the progress goes on from where instance A left it");

            // Each row written exactly once: one value per key, one change number each, one audit row each, as the reporter.
            var values = await b.WithDbAsync(db => db.DataValues.AsNoTracking()
                .Where(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6).Select(v => new { v.Id, v.ChangeNumber, v.StoredBy }).ToListAsync());
            values.Count.ShouldBe(rows);
            values.Select(v => v.ChangeNumber).Distinct().Count().ShouldBe(rows);
            values.ShouldAllBe(v => v.StoredBy == "province-labour");
            var keys = values.Select(v => v.Id.ToString()).ToHashSet();
            var audits = await b.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "DataValue").Select(e => new { e.EntityKey, e.Action, e.UserId }).ToListAsync());
            var ours = audits.Where(e => keys.Contains(e.EntityKey)).ToList();
            ours.Count.ShouldBe(rows);
            ours.ShouldAllBe(e => e.Action == "Insert" && e.UserId == "province-labour");
            ours.Select(e => e.EntityKey).Distinct().Count().ShouldBe(rows);
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

    [Fact]
    public async Task A_live_instance_takes_over_a_job_whose_lease_expired_and_writes_every_row_once()
    {
        var file = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"lease-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var csv = new StringBuilder("dataElement,period,orgUnit,disaggregation,value,comment\n");
        var rows = 0;
        foreach (var unit in new[] { "941", "942", "943", "944", "945", "946", "947", "948", "949", "950", "951" })
        {
            for (var year = 2013; year <= 2024; year++)
            {
                for (var month = 1; month <= 12; month++)
                {
                    foreach (var breakdown in new[] { "", "area:urban", "area:rural" })
                    {
                        csv.Append("LABOUR_FORCE,").Append(year).Append(month.ToString("00")).Append(',').Append(unit).Append(',').Append(breakdown).Append(',').Append(3_000 + month).Append(",\n");
                        rows++;
                    }
                }
            }
        }

        // Two live instances on one database; the job is submitted to the first. Whichever of them takes the job's
        // lease (each may fire its trigger on SQLite's shared, non-clustered store; the lease lets one run) dies in the
        // middle of it; the other one, never restarted, takes it over through its lease sweep.
        var first = new Instance(file);
        var second = new Instance(file);
        Instance? dead = null;
        Instance? survivor = null;
        try
        {
            var labour = first.ClientAs("IndicatorReporter", null, subject: "province-labour");
            var response = await labour.PostAsync("/api/v1/data-values?async=true&atomic=false", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            var location = response.Headers.Location!.ToString();
            var jobId = Guid.Parse(location.Split('/').Last());
            var deadline = DateTime.UtcNow.AddSeconds(120);
            string? leaseOfDead = null;
            while (true)
            {
                var job = await first.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
                if (job is { Status: ImportJobStatus.Running, RowsDone: > 0, LeaseOwner: not null })
                {
                    leaseOfDead = job.LeaseOwner;
                    break;
                }

                job.Status.ShouldNotBe(ImportJobStatus.Completed, "the job finished before an instance could be stopped");
                DateTime.UtcNow.ShouldBeLessThan(deadline, "the job did not start");
                await Task.Delay(10);
            }

            var firstId = (await first.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler()).SchedulerInstanceId;
            (dead, survivor) = leaseOfDead!.StartsWith(firstId + "/", StringComparison.Ordinal) ? (first, second) : (second, first);

            // The lease holder dies in the middle of the job: it stops renewing its lease. The other is not restarted.
            // Disposing a host is a graceful stop, which gives the lease back (ImportJobGracefulStopTests); a process that
            // dies gives nothing back, so the job is put back as a crash leaves it: RUNNING, held by the dead run's
            // lease until that expires.
            await dead.DisposeAsync();
            // (Unless the survivor's sweep has already taken the released job: then it goes on from there.)
            await survivor.WithDbAsync(db => db.ImportJobs.Where(j => j.Id == jobId && j.Status == ImportJobStatus.Queued).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ImportJobStatus.Running)
                .SetProperty(j => j.LeaseOwner, leaseOfDead)
                .SetProperty(j => j.LeaseUntil, DateTime.UtcNow.AddSeconds(3))));
            var labourB = survivor.ClientAs("IndicatorReporter", null, subject: "province-labour");
            var left = await survivor.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
            left.Status.ShouldBe(ImportJobStatus.Running, "the job finished before its instance was stopped");
            left.RowsDone.ShouldBe(left.Imported, "the progress counts exactly the committed rows");
            var leaseOfA = leaseOfDead;

            deadline = DateTime.UtcNow.AddSeconds(180);
            JsonElement finished;
            while (true)
            {
                finished = await labourB.GetFromJsonAsync<JsonElement>(location);
                if (finished.GetProperty("status").GetString() is "COMPLETED" or "FAILED")
                {
                    break;
                }

                DateTime.UtcNow.ShouldBeLessThan(deadline, $"instance B's lease sweep did not take the job over: {finished}");
                await Task.Delay(50);
            }

            finished.GetProperty("status").GetString().ShouldBe("COMPLETED");
            finished.GetProperty("outcome").GetString().ShouldBe("SUCCESS");
            finished.GetProperty("rowsDone").GetInt32().ShouldBe(rows);
            finished.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(rows);
            finished.GetProperty("counts").GetProperty("updated").GetInt32().ShouldBe(0);
            finished.GetProperty("counts").GetProperty("ignored").GetInt32().ShouldBe(0);
            finished.GetProperty("conflictCount").GetInt32().ShouldBe(0);
            finished.GetProperty("attempts").GetInt32().ShouldBeGreaterThanOrEqualTo(2);

            // The run that finished it is not A's: B took the lease over.
            var done = await survivor.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
            done.LeaseOwner.ShouldNotBe(leaseOfA);
            done.LeaseUntil.ShouldBeNull();

            // Each row written exactly once: one value per key, one change number each, one audit row each.
            var values = await survivor.WithDbAsync(db => db.DataValues.AsNoTracking()
                .Where(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6).Select(v => new { v.Id, v.ChangeNumber, v.Value }).ToListAsync());
            values.Count.ShouldBe(rows);
            values.Select(v => v.ChangeNumber).Distinct().Count().ShouldBe(rows);
            values.ShouldAllBe(v => v.Value > 3_000 && v.Value <= 3_012);
            var keys = values.Select(v => v.Id.ToString()).ToHashSet();
            var audits = await survivor.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "DataValue").Select(e => new { e.EntityKey, e.Action }).ToListAsync());
            var ours = audits.Where(e => keys.Contains(e.EntityKey)).ToList();
            ours.Count.ShouldBe(rows);
            ours.ShouldAllBe(e => e.Action == "Insert");
            (await survivor.WithDbAsync(db => db.ImportJobPayloadChunks.CountAsync())).ShouldBe(0);
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

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}

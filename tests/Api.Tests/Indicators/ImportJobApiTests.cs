using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Common.Idempotency;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Application.Indicators.ImportJobs;
using PartyCommittee.Infrastructure.Jobs;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>Issue 11, large payloads: 202 + an import job run by Quartz (ADO job store on the test's SQLite file), polled while it runs.</summary>
public sealed class ImportJobApiTests(ImportJobApiTests.Factory factory) : IClassFixture<ImportJobApiTests.Factory>
{
    private const string Url = "/api/v1/data-values";
    private readonly HttpClient labour = factory.ClientAs("IndicatorReporter", null, subject: "province-labour");

    /// <summary>
    /// One row per batch, so that every row is a batch boundary (the resumption test leaves a job after its second row).
    /// The progress test runs on a host of its own with a batch gate (<see cref="PauseAfterBatch"/>).
    /// </summary>
    public sealed class Factory() : ApiFactory(new Dictionary<string, string?> { ["ImportJobs:BatchSize"] = "1", ["Jobs:IdleWaitTime"] = "00:00:01" });

    private static JsonContent Batch(params object[] rows) => JsonContent.Create(new { dataValues = rows });

    private static object Row(string element, string period, decimal value, string unit = DemoDataSeeder.ProvinceCode, string? disaggregation = null) =>
        new { dataElement = element, period, orgUnit = unit, disaggregation, value, comment = (string?)null };

    private async Task<JsonElement> WaitAsync(HttpClient client, string location, Action<JsonElement>? seen = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            seen?.Invoke(job);
            if (job.GetProperty("status").GetString() is "COMPLETED" or "FAILED")
            {
                return job;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"the job did not end: {job}");
            await Task.Delay(25);
        }
    }

    [Theory]
    [InlineData("{\"dataValues\": [{\"dataElement\": \"JOBS_NEW\"}]}}")]
    [InlineData("{\"dataValues\": [")]
    [InlineData("{\"dataValues\": [1,]}")]
    [InlineData("   ")]
    public async Task An_async_write_whose_json_cannot_be_read_is_refused_at_once_and_leaves_no_job(string body)
    {
        await factory.ShouldWriteNothingAsync(async () =>
        {
            var jobs = await factory.WithDbAsync(db => db.Set<ImportJob>().CountAsync());
            var chunks = await factory.WithDbAsync(db => db.Set<ImportJobPayloadChunk>().CountAsync());
            using var content = new StringContent(body, Encoding.UTF8, "application/json");

            await (await labour.PostAsync($"{Url}?async=true", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");

            (await factory.WithDbAsync(db => db.Set<ImportJob>().CountAsync())).ShouldBe(jobs);
            (await factory.WithDbAsync(db => db.Set<ImportJobPayloadChunk>().CountAsync())).ShouldBe(chunks);
        });
    }

    [Fact]
    public async Task A_json_body_with_a_byte_order_mark_is_refused_alike_with_and_without_async()
    {
        foreach (var url in new[] { $"{Url}?async=true&dryRun=true", $"{Url}?dryRun=true" })
        {
            using var content = new ByteArrayContent([.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes("{\"dataValues\": [{\"dataElement\": \"JOBS_NEW\", \"period\": \"2019Q1\", \"orgUnit\": \"" + DemoDataSeeder.ProvinceCode + "\", \"value\": 10}]}")]);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

            await (await labour.PostAsync(url, content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        }
    }

    [Fact]
    public async Task An_async_write_answers_202_and_the_job_completes_with_its_figures()
    {
        var response = await labour.PostAsync($"{Url}?async=true", Batch(Row("JOBS_NEW", "2016Q1", 5_100), Row("JOBS_NEW", "2016Q2", 5_900), Row("JOBS_NEW", "2016Q3", 6_100, unit: "941")));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/api/v1/import-jobs/");
        var accepted = await response.ReadAsync<JsonElement>();
        accepted.GetProperty("status").GetString().ShouldBe("QUEUED");

        var job = await WaitAsync(labour, location);
        job.GetProperty("status").GetString().ShouldBe("COMPLETED");
        job.GetProperty("outcome").GetString().ShouldBe("SUCCESS");
        job.GetProperty("rowsDone").GetInt32().ShouldBe(3);
        job.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(3);
        job.GetProperty("attempts").GetInt32().ShouldBe(1);
        job.GetProperty("submittedBy").GetString().ShouldBe("province-labour");

        var stored = await factory.WithDbAsync(db => db.DataValues.Where(v => v.Period.StartsWith("2016Q") && v.DataElement == "JOBS_NEW").ToListAsync());
        stored.Count.ShouldBe(3);
        stored.ShouldAllBe(v => v.StoredBy == "province-labour");

        // Written by the job as the reporter who submitted it, in the audit trail too; the payload is gone.
        var id = stored[0].Id.ToString();
        (await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == id).Select(a => a.UserId).ToListAsync())).ShouldBe(["province-labour"]);
        // The payload is deleted in the transaction that records the job's end: gone as soon as the job reads finished.
        var jobId = Guid.Parse(accepted.GetProperty("id").GetString()!);
        (await factory.WithDbAsync(db => db.ImportJobPayloadChunks.CountAsync(c => c.JobId == jobId))).ShouldBe(0);
    }

    [Fact]
    public async Task Progress_is_readable_while_a_job_of_many_rows_runs_and_Prefer_respond_async_starts_one()
    {
        // The run is held after its third batch until the progress has been read: no race between the job and the
        // polls, whatever the machine's load (a gate, not a deadline).
        var gate = new PauseAfterBatch(3);
        await using var host = new ImportJobInstance(null, gate);
        var client = host.ClientAs("IndicatorReporter", null, subject: "province-labour");
        var (csv, rows) = ImportJobInstance.Payload(1_000, "", "area:urban", "area:rural");

        var request = new HttpRequestMessage(HttpMethod.Post, $"{Url}?atomic=false") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.Add("Prefer", "respond-async");
        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var location = response.Headers.Location!.ToString();
        (await gate.Reached.Task.WaitAsync(TimeSpan.FromMinutes(3))).ShouldBe(3 * ImportJobInstance.BatchSize);

        var running = await client.GetFromJsonAsync<JsonElement>(location);
        running.GetProperty("status").GetString().ShouldBe("RUNNING");
        running.GetProperty("rowsDone").GetInt32().ShouldBe(3 * ImportJobInstance.BatchSize);
        running.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(3 * ImportJobInstance.BatchSize);
        gate.Release();

        var job = await WaitAsync(client, location);
        job.GetProperty("outcome").GetString().ShouldBe("SUCCESS");
        job.GetProperty("rowsDone").GetInt32().ShouldBe(rows);
        job.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(rows);
        (await host.WithDbAsync(db => db.DataValues.CountAsync(v => v.DataElement == "LABOUR_FORCE" && v.UnitCode != DemoDataSeeder.ProvinceCode && v.Period.Length == 6))).ShouldBe(rows);
    }

    [Fact]
    public async Task A_replay_with_the_same_idempotency_key_returns_the_same_202_and_job()
    {
        HttpRequestMessage Request() => new(HttpMethod.Post, $"{Url}?async=true") { Content = Batch(Row("JOBS_NEW", "2017Q1", 4_000)), Headers = { { "Idempotency-Key", "job-2017Q1-0001" } } };
        var before = await factory.WithDbAsync(db => db.ImportJobs.CountAsync());
        var first = await labour.SendAsync(Request());
        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var body = await first.Content.ReadAsStringAsync();

        var replay = await labour.SendAsync(Request());
        replay.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        replay.Headers.GetValues("Idempotency-Replayed").ShouldBe(["true"]);
        replay.Headers.Location.ShouldBe(first.Headers.Location);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(body);

        (await factory.WithDbAsync(db => db.ImportJobs.CountAsync())).ShouldBe(before + 1);
        await WaitAsync(labour, first.Headers.Location!.ToString());
        (await factory.WithDbAsync(db => db.DataValues.CountAsync(v => v.DataElement == "JOBS_NEW" && v.Period == "2017Q1"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_job_records_locked_periods_and_scope_conflicts_per_row_and_an_atomic_job_writes_nothing()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        (await office.PostAsJsonAsync("/api/v1/period-locks", new { period = "2018Q4", approvedOn = "2019-01-20", decision = "01-BC/ĐU" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var perRow = await labour.PostAsync($"{Url}?async=true&atomic=false", Batch(Row("JOBS_NEW", "2018Q3", 5_500), Row("JOBS_NEW", "2018Q4", 5_600), Row("HH_POOR", "2018", 9_000)));
        var job = await WaitAsync(labour, perRow.Headers.Location!.ToString());
        job.GetProperty("outcome").GetString().ShouldBe("WARNING");
        job.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(1);
        job.GetProperty("conflictCount").GetInt32().ShouldBe(2);
        var conflicts = await labour.GetFromJsonAsync<JsonElement>($"{perRow.Headers.Location}/conflicts");
        conflicts.GetProperty("items").EnumerateArray().Select(c => (c.GetProperty("row").GetInt32(), c.GetProperty("code").GetString()))
            .ShouldBe([(2, "data_value.period_locked"), (3, "data_value.element_not_assigned")]);

        var atomic = await labour.PostAsync($"{Url}?async=true", Batch(Row("JOBS_NEW", "2018Q2", 5_400), Row("JOBS_NEW", "2018Q4", 5_600)));
        var refused = await WaitAsync(labour, atomic.Headers.Location!.ToString());
        refused.GetProperty("status").GetString().ShouldBe("COMPLETED");
        refused.GetProperty("outcome").GetString().ShouldBe("ERROR");
        refused.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(0);
        (await factory.WithDbAsync(db => db.DataValues.CountAsync(v => v.DataElement == "JOBS_NEW" && (v.Period == "2018Q2" || v.Period == "2018Q4")))).ShouldBe(0);
    }

    [Fact]
    public async Task A_reporter_reads_only_its_own_jobs_and_the_committee_office_reads_all()
    {
        var response = await labour.PostAsync($"{Url}?async=true&dryRun=true", Batch(Row("JOBS_NEW", "2015", 20_000)));
        var location = response.Headers.Location!.ToString();
        var job = await WaitAsync(labour, location);
        job.GetProperty("outcome").GetString().ShouldBe("SUCCESS");
        job.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        (await factory.WithDbAsync(db => db.DataValues.CountAsync(v => v.DataElement == "JOBS_NEW" && v.Period == "2015"))).ShouldBe(0);

        var poverty = factory.ClientAs("IndicatorReporter", null, subject: "province-poverty");
        await (await poverty.GetAsync(location)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "import_job.not_found");
        await (await poverty.GetAsync($"{location}/conflicts")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "import_job.not_found");
        var theirs = await poverty.GetFromJsonAsync<JsonElement>("/api/v1/import-jobs");
        theirs.GetProperty("items").EnumerateArray().ShouldAllBe(j => j.GetProperty("submittedBy").GetString() == "province-poverty");

        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        (await office.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync(location)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await labour.GetAsync($"/api/v1/import-jobs/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "import_job.not_found");

        var stranger = factory.ClientAs("IndicatorReporter", null, subject: "unknown-system");
        await (await stranger.PostAsync($"{Url}?async=true", Batch(Row("JOBS_NEW", "2015", 1)))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "reporter.not_registered");
    }

    [Fact]
    public async Task An_interrupted_job_resumes_after_its_last_committed_batch()
    {
        // As an instance that stopped after committing the first two rows would leave it: running, rowsDone 2.
        var id = Guid.CreateVersion7();
        var payload = "dataElement,period,orgUnit,disaggregation,value,comment\nJOBS_NEW,2014Q1,94,,100,\nJOBS_NEW,2014Q2,94,,200,\nJOBS_NEW,2014Q3,94,,300,\n"u8.ToArray();
        await factory.WithDbAsync(async db =>
        {
            db.ImportJobs.Add(new ImportJob
            {
                Id = id, Owner = "province-labour", Roles = "IndicatorReporter", ContentType = "text/csv", Atomic = false, Status = ImportJobStatus.Running,
                PayloadBytes = payload.Length, RowsDone = 2, Imported = 2, Attempts = 1, CreatedAt = DateTime.UtcNow, StartedAt = DateTime.UtcNow,
            });
            db.ImportJobPayloadChunks.Add(new ImportJobPayloadChunk { JobId = id, Sequence = 0, Data = payload });
            return await db.SaveChangesAsync();
        });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<BackgroundCaller>().User = new StoredCaller("province-labour", null, ["IndicatorReporter"]);
            var runner = scope.ServiceProvider.GetRequiredService<ImportJobRunner>();
            // The stopped instance left no lease (or an expired one): this run takes it; a second run does not while it holds.
            (await runner.ClaimAsync(id, "instance-b/run-1", CancellationToken.None)).ShouldBeTrue();
            (await runner.ClaimAsync(id, "instance-c/run-1", CancellationToken.None)).ShouldBeFalse();
            await runner.RunAsync(id, "instance-b/run-1", CancellationToken.None);
            // A run that does not hold the lease does nothing (the job is finished now, and was not its own).
            (await runner.ClaimAsync(id, "instance-c/run-2", CancellationToken.None)).ShouldBeFalse();
        }

        var job = await labour.GetFromJsonAsync<JsonElement>($"/api/v1/import-jobs/{id}");
        job.GetProperty("status").GetString().ShouldBe("COMPLETED");
        job.GetProperty("attempts").GetInt32().ShouldBe(2);
        job.GetProperty("rowsDone").GetInt32().ShouldBe(3);
        job.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(3);
        // Only the third row was written by this attempt: the first two were the stopped instance's.
        (await factory.WithDbAsync(db => db.DataValues.Where(v => v.DataElement == "JOBS_NEW" && v.Period.StartsWith("2014Q")).Select(v => v.Period).ToListAsync())).ShouldBe(["2014Q3"]);
    }

    [Fact]
    public async Task The_purge_deletes_only_expired_finished_idempotency_records()
    {
        var now = new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            db.Set<IdempotencyRecord>().AddRange(
                new IdempotencyRecord { Owner = "purge-test", Key = "expired", RequestHash = "h", StatusCode = 200, CreatedAt = now.AddHours(-25), ExpiresAt = now.AddHours(-1) },
                new IdempotencyRecord { Owner = "purge-test", Key = "expires-now", RequestHash = "h", StatusCode = 200, CreatedAt = now.AddHours(-24), ExpiresAt = now },
                new IdempotencyRecord { Owner = "purge-test", Key = "fresh", RequestHash = "h", StatusCode = 200, CreatedAt = now.AddHours(-23), ExpiresAt = now.AddSeconds(1) },
                new IdempotencyRecord { Owner = "purge-test", Key = "in-progress", RequestHash = "h", StatusCode = null, CreatedAt = now.AddHours(-25), ExpiresAt = now.AddHours(-1) });
            return await db.SaveChangesAsync();
        });

        var purged = await factory.WithDbAsync(db => PurgeExpiredRecordsJob.PurgeAsync(db, now, TimeSpan.FromDays(30), CancellationToken.None));

        purged.ShouldBe(2);
        (await factory.WithDbAsync(db => db.Set<IdempotencyRecord>().Where(r => r.Owner == "purge-test").Select(r => r.Key).OrderBy(k => k).ToListAsync()))
            .ShouldBe(["fresh", "in-progress"]);
    }

    [Fact]
    public async Task Data_protection_keys_are_stored_in_the_database_and_the_scheduler_in_its_tables()
    {
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("jobs-test");
        protector.Unprotect(protector.Protect("bí mật")).ShouldBe("bí mật");
        (await factory.WithDbAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBeGreaterThan(0);
        (await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml ?? string.Empty).FirstAsync())).ShouldContain("<key");

        // The purge job is registered in Quartz's own tables (created by the migration), not in memory.
        (await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT JOB_NAME AS Value FROM QRTZ_JOB_DETAILS").ToListAsync()))
            .ShouldContain(PurgeExpiredRecordsJob.Name);
    }
}

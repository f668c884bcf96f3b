using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Issue 11, ingestion by province systems: one bulk endpoint (JSON or CSV), strategies, dry run, atomic or per row,
/// coded conflicts, replays that change nothing, Idempotency-Key, locked periods, the reporter's scope, the change feed.
/// </summary>
public sealed class DataValueApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/data-values";
    private readonly HttpClient labour = factory.ClientAs("IndicatorReporter", null, subject: "province-labour");

    private static object Row(string element, string period, decimal value, string unit = DemoDataSeeder.ProvinceCode, string? disaggregation = null, string? comment = null) =>
        new { dataElement = element, period, orgUnit = unit, disaggregation, value, comment };

    private static JsonContent Batch(params object[] rows) => JsonContent.Create(new { dataValues = rows });

    private Task<int> CountAsync(string period) => factory.WithDbAsync(db => db.DataValues.CountAsync(v => v.Period == period && !v.IsDeleted));

    [Fact]
    public async Task A_province_system_pushes_values_and_a_replay_changes_nothing()
    {
        var first = await labour.PostAsync(Url, Batch(Row("JOBS_NEW", "2022Q1", 5_100), Row("JOBS_NEW", "2022Q2", 5_900, comment: "Số liệu sơ bộ")));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var summary = await first.ReadAsync<JsonElement>();
        summary.GetProperty("status").GetString().ShouldBe("SUCCESS");
        summary.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(2);

        var replay = await (await labour.PostAsync(Url, Batch(Row("JOBS_NEW", "2022Q1", 5_100), Row("JOBS_NEW", "2022Q2", 5_900, comment: "Số liệu sơ bộ")))).ReadAsync<JsonElement>();
        replay.GetProperty("counts").GetProperty("ignored").GetInt32().ShouldBe(2);
        replay.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(0);

        var correction = await (await labour.PostAsync(Url, Batch(Row("JOBS_NEW", "2022Q1", 5_150)))).ReadAsync<JsonElement>();
        correction.GetProperty("counts").GetProperty("updated").GetInt32().ShouldBe(1);

        var stored = await factory.WithDbAsync(db => db.DataValues.SingleAsync(v => v.DataElement == "JOBS_NEW" && v.Period == "2022Q1"));
        stored.Value.ShouldBe(5_150);
        stored.StoredBy.ShouldBe("province-labour");

        // The correction keeps the old value in the audit trail.
        var audit = await factory.ClientAs("Admin", null).GetFromJsonAsync<JsonElement>($"/api/v1/audit-entries?entityType=DataValue&entityKey={stored.Id}");
        audit.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("action").GetString() == "Update" && e.GetProperty("changes").GetRawText().Contains("5100"));
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_response_and_refuses_another_request()
    {
        var request = () => new HttpRequestMessage(HttpMethod.Post, Url) { Content = Batch(Row("JOBS_NEW", "2023Q1", 4_000)), Headers = { { "Idempotency-Key", "push-2023Q1-0001" } } };
        var first = await labour.SendAsync(request());
        var firstBody = await first.Content.ReadAsStringAsync();
        first.StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = await labour.SendAsync(request());
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.Headers.GetValues("Idempotency-Replayed").ShouldBe(["true"]);
        (await second.Content.ReadAsStringAsync()).ShouldBe(firstBody);

        var other = new HttpRequestMessage(HttpMethod.Post, Url) { Content = Batch(Row("JOBS_NEW", "2023Q1", 9_999)), Headers = { { "Idempotency-Key", "push-2023Q1-0001" } } };
        await (await labour.SendAsync(other)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency.key_reused");
        (await factory.WithDbAsync(db => db.DataValues.SingleAsync(v => v.DataElement == "JOBS_NEW" && v.Period == "2023Q1"))).Value.ShouldBe(4_000);

        var bad = new HttpRequestMessage(HttpMethod.Post, Url) { Content = Batch(Row("JOBS_NEW", "2023Q2", 1)), Headers = { { "Idempotency-Key", "khóa có dấu" } } };
        await (await labour.SendAsync(bad)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "idempotency.key_invalid");
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_apply_once()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => labour.SendAsync(new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = Batch(Row("JOBS_NEW", "2023Q3", 3_000)),
            Headers = { { "Idempotency-Key", "push-2023Q3-race" } },
        })));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        // Every answer is the first request's (replays carry Idempotency-Replayed) or "in progress": the rows were applied once.
        var bodies = await Task.WhenAll(responses.Where(r => r.StatusCode == HttpStatusCode.OK).Select(r => r.Content.ReadAsStringAsync()));
        bodies.Distinct().Count().ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK && !r.Headers.Contains("Idempotency-Replayed")).ShouldBe(1);
        (await CountAsync("2023Q3")).ShouldBe(1);
    }

    [Fact]
    public async Task A_reporter_writes_only_its_units_elements_and_existing_units_and_every_refusal_has_a_code()
    {
        var response = await labour.PostAsync($"{Url}?atomic=false", Batch(
            Row("JOBS_NEW", "2021", 23_900, unit: "941"),
            Row("HH_POOR", "2021", 8_000),
            Row("JOBS_NEW", "2021", 1, unit: "92"),
            Row("JOBS_NEW", "2021", 1, unit: "9999"),
            Row("JOBS_NEW", "2021M13", 1),
            Row("JOBS_NEW", "2021", 1.5m, unit: "942"),
            Row("WORKERS_TRAINED", "2021", 1, disaggregation: "ethnicity:khmer"),
            Row("NO_SUCH", "2021", 1),
            Row("JOBS_NEW", "2021", 23_900, unit: "941")));

        var summary = await response.ReadAsync<JsonElement>();
        summary.GetProperty("status").GetString().ShouldBe("WARNING");
        summary.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(1);
        var codes = summary.GetProperty("conflicts").EnumerateArray().ToDictionary(c => c.GetProperty("row").GetInt32(), c => c.GetProperty("code").GetString());
        codes.ShouldBe(new Dictionary<int, string?>
        {
            [2] = "data_value.element_not_assigned",
            [3] = "data_value.unit_not_valid_for_period",
            [4] = "data_value.unit_unknown",
            [5] = "period.invalid",
            [6] = "data_value.not_a_count",
            [7] = "data_value.disaggregation_not_allowed",
            [8] = "data_value.element_unknown",
            [9] = "data_value.duplicate_in_batch",
        });
    }

    [Fact]
    public async Task All_or_nothing_writes_nothing_when_a_row_conflicts_and_per_row_writes_the_rest()
    {
        var atomic = await labour.PostAsync(Url, Batch(Row("JOBS_NEW", "2024Q1", 5_000), Row("JOBS_NEW", "2024Q2", -3)));
        var problem = await atomic.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "data_value.import_has_conflicts");
        problem.GetProperty("import").GetProperty("status").GetString().ShouldBe("ERROR");
        (await CountAsync("2024Q1")).ShouldBe(0);

        var perRow = await (await labour.PostAsync($"{Url}?atomic=false", Batch(Row("JOBS_NEW", "2024Q1", 5_000), Row("JOBS_NEW", "2024Q2", -3)))).ReadAsync<JsonElement>();
        perRow.GetProperty("status").GetString().ShouldBe("WARNING");
        (await CountAsync("2024Q1")).ShouldBe(1);
    }

    [Fact]
    public async Task A_dry_run_counts_and_writes_nothing()
    {
        var before = await factory.WithDbAsync(db => db.DataValues.CountAsync());
        var summary = await (await labour.PostAsync($"{Url}?dryRun=true", Batch(Row("JOBS_NEW", "2024Q3", 6_000), Row("JOBS_NEW", "2020", 23_450)))).ReadAsync<JsonElement>();

        summary.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        summary.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(1);
        summary.GetProperty("counts").GetProperty("ignored").GetInt32().ShouldBe(1);
        (await factory.WithDbAsync(db => db.DataValues.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Strategies_create_update_and_delete_with_their_conflicts()
    {
        var create = await (await labour.PostAsync($"{Url}?strategy=CREATE&atomic=false", Batch(Row("JOBS_NEW", "2020", 1), Row("JOBS_NEW", "2025Q1", 10)))).ReadAsync<JsonElement>();
        create.GetProperty("conflicts")[0].GetProperty("code").GetString().ShouldBe("data_value.already_exists");

        var update = await (await labour.PostAsync($"{Url}?strategy=UPDATE&atomic=false", Batch(Row("JOBS_NEW", "2025Q2", 1)))).ReadAsync<JsonElement>();
        update.GetProperty("conflicts")[0].GetProperty("code").GetString().ShouldBe("data_value.not_found");

        var cursor = (await labour.GetFromJsonAsync<JsonElement>($"{Url}/changes?after=0&limit=1000")).GetProperty("nextCursor").GetInt64();
        var delete = await (await labour.PostAsync($"{Url}?strategy=DELETE", Batch(
            new { dataElement = "JOBS_NEW", period = "2025Q1", orgUnit = DemoDataSeeder.ProvinceCode },
            new { dataElement = "JOBS_NEW", period = "2018Q4", orgUnit = DemoDataSeeder.ProvinceCode }))).ReadAsync<JsonElement>();
        delete.GetProperty("counts").GetProperty("deleted").GetInt32().ShouldBe(1);
        delete.GetProperty("counts").GetProperty("ignored").GetInt32().ShouldBe(1);

        var feed = await labour.GetFromJsonAsync<JsonElement>($"{Url}/changes?after={cursor}");
        var change = feed.GetProperty("changes").EnumerateArray().Single();
        change.GetProperty("period").GetString().ShouldBe("2025Q1");
        change.GetProperty("deleted").GetBoolean().ShouldBeTrue();
        feed.GetProperty("nextCursor").GetInt64().ShouldBe(change.GetProperty("changeNumber").GetInt64());
        feed.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_locked_period_refuses_writes_with_409()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        (await office.PostAsJsonAsync("/api/v1/period-locks", new { period = "2019", approvedOn = "2020-02-01", decision = "05-BC/ĐU" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var refused = await labour.PostAsync(Url, Batch(Row("JOBS_NEW", "2019", 22_800)));
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "data_value.period_locked");
        (await factory.WithDbAsync(db => db.DataValues.SingleAsync(v => v.DataElement == "JOBS_NEW" && v.Period == "2019"))).Value.ShouldBe(22_760);

        var perRow = await (await labour.PostAsync($"{Url}?atomic=false", Batch(Row("JOBS_NEW", "2019", 22_800)))).ReadAsync<JsonElement>();
        perRow.GetProperty("conflicts")[0].GetProperty("code").GetString().ShouldBe("data_value.period_locked");
    }

    [Fact]
    public async Task Csv_is_read_with_the_same_rules_and_row_numbers_are_the_lines()
    {
        var csv = "dataElement,period,orgUnit,disaggregation,value,comment\n"
            + "UNEMPLOYED,2021,94,area:urban,3800,\n"
            + "LABOUR_FORCE,2021,94,area:urban,\"163,000\",có dấu phẩy\n";
        var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        var summary = await (await labour.PostAsync($"{Url}?atomic=false", content)).ReadAsync<JsonElement>();

        summary.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(1);
        var conflict = summary.GetProperty("conflicts")[0];
        conflict.GetProperty("row").GetInt32().ShouldBe(3);
        conflict.GetProperty("code").GetString().ShouldBe("data_value.value_invalid");
        conflict.GetProperty("field").GetString().ShouldBe("value");
    }

    [Fact]
    public async Task Other_bodies_and_unregistered_clients_are_refused()
    {
        await (await labour.PostAsync(Url, new StringContent("<dataValues/>", Encoding.UTF8, "application/xml"))).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "http.unsupported_media_type");
        await (await labour.PostAsync(Url, new StringContent("{\"dataValues\":[{\"dataElement\":1}]}", Encoding.UTF8, "application/json"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await labour.PostAsync(Url, Batch())).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var stranger = factory.ClientAs("IndicatorReporter", null, subject: "unknown-system");
        await (await stranger.PostAsync(Url, Batch(Row("JOBS_NEW", "2021", 1)))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "reporter.not_registered");
    }

    [Fact]
    public async Task Values_are_queried_by_element_period_unit_and_breakdown()
    {
        var page = await labour.GetFromJsonAsync<JsonElement>($"{Url}?dataElement=HH_POOR&period=2020&disaggregation=ethnicity:khmer");
        var item = page.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("value").GetDecimal().ShouldBe(5_080);
        item.GetProperty("orgUnit").GetString().ShouldBe(DemoDataSeeder.ProvinceCode);
        item.GetProperty("storedBy").GetString().ShouldBe("province-poverty");

        await (await labour.GetAsync($"{Url}?period=2020Q9")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Issue 11: the seed's 2020 resolution with its eleven targets (domain.md section 4) against the demo's 2019–2020
/// figures; resolutions, tasks and the agenda; poverty classification; series over years.
/// </summary>
public sealed class TargetProgressApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task Every_seed_target_of_2020_shows_its_progress_with_the_rule_that_decided_it()
    {
        var report = await office.GetFromJsonAsync<JsonElement>($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020");
        var targets = report.GetProperty("targets").EnumerateArray().Where(t => t.GetProperty("resolutionNumber").GetString() == "NQ-2020/ĐU").ToList();
        targets.Count.ShouldBe(12, "the eleven rows of domain.md section 4, the members' row being two targets (90% good, 20% excellent)");
        targets.ShouldAllBe(t => t.GetProperty("status").GetString() != "NO_DATA", "the demo holds the figures of every seed target (issue 11): reported values of 2019-2020 and the ratings, admissions and mass-organisation results the internal targets are computed from");

        JsonElement Find(string indicator, string disaggregation = "total") =>
            targets.Single(t => t.GetProperty("indicator").GetString() == indicator && t.GetProperty("disaggregation").GetString() == disaggregation);

        var poverty = Find("POVERTY_RATE");
        poverty.GetProperty("value").GetDecimal().ShouldBe(3.24m);
        poverty.GetProperty("previousYearValue").GetDecimal().ShouldBe(4.40m);
        poverty.GetProperty("measured").GetDecimal().ShouldBe(1.16m);
        poverty.GetProperty("status").GetString().ShouldBe("ACHIEVED");
        poverty.GetProperty("rule").GetString().ShouldBe("progress.year_met");

        Find("POVERTY_RATE", "ethnicity:khmer").GetProperty("measured").GetDecimal().ShouldBe(2.42m);
        Find("NEW_JOBS").GetProperty("status").GetString().ShouldBe("ACHIEVED");
        Find("LABOUR_EXPORT").GetProperty("status").GetString().ShouldBe("MISSED");
        Find("UNEMPLOYMENT_RATE", "area:urban").GetProperty("value").GetDecimal().ShouldBe(2.38m);
        Find("TRAINED_LABOUR_RATE").GetProperty("value").GetDecimal().ShouldBe(67.40m);
        Find("CERTIFIED_LABOUR_RATE").GetProperty("status").GetString().ShouldBe("ACHIEVED");

        var admitted = Find("NEW_MEMBERS_ADMITTED");
        admitted.GetProperty("origin").GetString().ShouldBe("COMPUTED");
        admitted.GetProperty("value").GetDecimal().ShouldBe(3);
        admitted.GetProperty("status").GetString().ShouldBe("ACHIEVED");

        var rated = Find("MEMBERS_GOOD_OR_BETTER_RATE");
        rated.GetProperty("origin").GetString().ShouldBe("COMPUTED");
        rated.GetProperty("status").GetString().ShouldBe("ACHIEVED");
        rated.GetProperty("rule").GetString().ShouldBe("progress.year_met");
        Find("MEMBERS_EXCELLENT_RATE").GetProperty("status").GetString().ShouldBe("ACHIEVED");
    }

    [Fact]
    public async Task During_the_year_a_flow_is_assessed_at_its_pace()
    {
        var labour = factory.ClientAs("IndicatorReporter", null, subject: "province-labour");
        (await labour.PostAsJsonAsync("/api/v1/data-values", new { dataValues = new[] { new { dataElement = "JOBS_NEW", period = "2020N9", orgUnit = "941", value = 9_000 } } })).EnsureSuccessStatusCode();
        var resolution = await CreateResolutionAsync(DemoData.CommitteeId, 2020);
        (await office.PostJsonAsync($"/api/v1/resolutions/{resolution.Id}/targets", new { indicator = "NEW_JOBS", orgUnit = "941", year = 2020, kind = "AT_LEAST", low = 12_000, text = "12.000 việc làm tại thành phố" }, resolution.ETag)).EnsureSuccessStatusCode();

        var report = await office.GetFromJsonAsync<JsonElement>($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020&asOf=2020-10-15");
        var city = report.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("orgUnit").GetString() == "941");
        city.GetProperty("monthsCovered").GetInt32().ShouldBe(9);
        city.GetProperty("measured").GetDecimal().ShouldBe(12_000);
        city.GetProperty("status").GetString().ShouldBe("ON_TRACK");
    }

    [Fact]
    public async Task A_series_compares_the_years()
    {
        var series = await office.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/POVERTY_RATE/series?orgUnit={DemoDataSeeder.ProvinceCode}&from=2019&to=2020&disaggregation=ethnicity:khmer");
        var points = series.GetProperty("points").EnumerateArray().ToList();
        points[0].GetProperty("value").GetDecimal().ShouldBe(7.55m);
        points[1].GetProperty("value").GetDecimal().ShouldBe(5.13m);
        points[1].GetProperty("changeFromPreviousYear").GetDecimal().ShouldBe(-2.42m);

        await (await office.GetAsync("/api/v1/indicators/POVERTY_RATE/series?from=2019&to=2020")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task A_household_is_classified_under_the_standard_of_its_period()
    {
        var admin = factory.ClientAs("Member", DemoData.Cell(1));
        var rural2020 = await (await admin.PostAsJsonAsync("/api/v1/poverty-standards/classify", new { period = "2020", area = "RURAL", incomePerPersonMonthly = 800_000, deprivations = 3 })).ReadAsync<JsonElement>();
        rural2020.GetProperty("classification").GetString().ShouldBe("POOR");
        rural2020.GetProperty("standard").GetProperty("code").GetString().ShouldBe("QD59-2015");
        rural2020.GetProperty("rule").GetString().ShouldBe("poverty.band_with_deprivations");

        var rural2024 = await (await admin.PostAsJsonAsync("/api/v1/poverty-standards/classify", new { period = "2024Q2", area = "RURAL", incomePerPersonMonthly = 800_000, deprivations = 2 })).ReadAsync<JsonElement>();
        rural2024.GetProperty("classification").GetString().ShouldBe("NEAR_POOR");
        rural2024.GetProperty("standard").GetProperty("povertyLine").GetDecimal().ShouldBe(1_500_000);

        await (await admin.PostAsJsonAsync("/api/v1/poverty-standards/classify", new { period = "2015", area = "RURAL", incomePerPersonMonthly = 1, deprivations = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Tasks_are_assigned_reported_and_overdue_ones_join_the_agenda()
    {
        var resolution = await CreateResolutionAsync(DemoData.CommitteeId, 2026);
        var owner = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/members?organizationId={DemoData.Cell(1)}&pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var withTask = await office.PostJsonAsync($"/api/v1/resolutions/{resolution.Id}/tasks", new { title = "Rà soát hộ nghèo cuối năm", ownerMemberId = owner, deadline = "2026-01-31" }, resolution.ETag);
        withTask.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await withTask.ReadAsync<JsonElement>();
        var task = body.GetProperty("tasks")[0];
        task.GetProperty("overdue").GetBoolean().ShouldBeTrue();

        var agenda = await office.GetFromJsonAsync<JsonElement>($"/api/v1/agenda?organizationId={DemoData.CommitteeId}&pageSize=100");
        agenda.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("subject").GetProperty("id").GetGuid() == task.GetProperty("id").GetGuid() && i.GetProperty("overdue").GetBoolean());

        var done = await office.PostJsonAsync($"/api/v1/resolutions/{resolution.Id}/tasks/{task.GetProperty("id").GetGuid()}/reports", new { reportedOn = "2026-02-10", state = "DONE", text = "Đã rà soát" }, $"\"{body.GetProperty("version").GetInt64()}\"");
        (await done.ReadAsync<JsonElement>()).GetProperty("tasks")[0].GetProperty("state").GetString().ShouldBe("DONE");

        // A member outside the organisation's subtree cannot own its task; another cell's secretary does not see it.
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));
        await (await secretary.GetAsync($"/api/v1/resolutions/{resolution.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "resolution.not_found");
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_bounds_are_checked()
    {
        var resolution = await CreateResolutionAsync(DemoData.CommitteeId, 2026);
        await (await office.PostJsonAsync($"/api/v1/resolutions/{resolution.Id}/targets", new { indicator = "NEW_JOBS", orgUnit = "92", year = 2026, kind = "AT_LEAST", low = 1, text = "x" }, "\"99\""))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        await (await office.PostJsonAsync($"/api/v1/resolutions/{resolution.Id}/targets", new { indicator = "NEW_JOBS", orgUnit = "92", year = 2026, kind = "RANGE", low = 5, high = 1, text = "x" }, resolution.ETag))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "resolution.target_bounds_invalid");
        await (await office.PostJsonAsync($"/api/v1/resolutions/{resolution.Id}/targets", new { indicator = "NEW_JOBS", orgUnit = "94", year = 2024, kind = "AT_LEAST", low = 1, text = "x" }, resolution.ETag))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "resolution.target_year_outside");
    }

    private async Task<(Guid Id, string ETag)> CreateResolutionAsync(Guid organizationId, int year)
    {
        var response = await office.PostAsJsonAsync("/api/v1/resolutions", new
        {
            organizationId,
            kind = "ACTION_PROGRAMME",
            header = new { number = $"{year % 100}-CTr/ĐU", issuedOn = $"{year}-01-05", issuer = "Ban Chấp hành Đảng bộ Sở", title = "Chương trình thử", fromYear = year, toYear = year },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>
/// Issues 10 and 11: the members' rating figures of the published demo campaign (2020) as the targets' computed values
/// (MEMBERS_GOOD_OR_BETTER_RATE, MEMBERS_EXCELLENT_RATE) and as the ratings section of the statistics — one computation.
/// </summary>
public sealed class RatingFiguresApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
    private readonly HttpClient viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);

    private sealed record DemoCounts(int Listed, int Rated, int GoodOrBetter, int Excellent, int Completed, int NotCompleted, int NotRatedExcused, int NotRatedNew);

    private Task<DemoCounts> CountsAsync(Guid? cell = null) => factory.WithDbAsync(async db =>
    {
        var lines = await db.Set<MemberRating>().AsNoTracking().Where(r => r.CampaignId == DemoRatings.CampaignId && (cell == null || r.CellId == cell)).ToListAsync();
        var rated = lines.Where(r => r.Rated).ToList();
        return new DemoCounts(
            lines.Count,
            rated.Count,
            rated.Count(r => r.DecidedLevel is EvaluationLevel.Excellent or EvaluationLevel.Good),
            rated.Count(r => r.DecidedLevel == EvaluationLevel.Excellent),
            rated.Count(r => r.DecidedLevel == EvaluationLevel.Completed),
            rated.Count(r => r.DecidedLevel == EvaluationLevel.NotCompleted),
            lines.Count(r => r.NotRatedReason == NotRatedReason.ExemptOrSuspended),
            lines.Count(r => r.NotRatedReason == NotRatedReason.AdmittedUnderSixMonths));
    });

    private static decimal Percent(int part, int whole) => decimal.Round(part * 100m / whole, 2);

    private async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<JsonElement>();
    }

    private static JsonElement Target(JsonElement report, string indicator) =>
        report.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("indicator").GetString() == indicator && t.GetProperty("resolutionNumber").GetString() == "NQ-2020/ĐU");

    [Fact]
    public async Task The_demo_2020_member_targets_show_the_published_campaigns_figures()
    {
        var counts = await CountsAsync();
        counts.Rated.ShouldBeGreaterThan(50);

        var report = await GetAsync(office, $"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020");
        var good = Target(report, "MEMBERS_GOOD_OR_BETTER_RATE");
        good.GetProperty("origin").GetString().ShouldBe("COMPUTED");
        good.GetProperty("monthsCovered").GetInt32().ShouldBe(12);
        good.GetProperty("value").GetDecimal().ShouldBe(Percent(counts.GoodOrBetter, counts.Rated));
        good.GetProperty("value").GetDecimal().ShouldBeGreaterThanOrEqualTo(90m, "the seed's picture: at least 90% GOOD or better");
        good.GetProperty("status").GetString().ShouldBe("ACHIEVED");
        good.GetProperty("rule").GetString().ShouldBe("progress.year_met");

        // EXCELLENT is a share of those GOOD or better ("trong đó có 20%"), the quota's denominator.
        var excellent = Target(report, "MEMBERS_EXCELLENT_RATE");
        excellent.GetProperty("value").GetDecimal().ShouldBe(Percent(counts.Excellent, counts.GoodOrBetter));
        excellent.GetProperty("value").GetDecimal().ShouldBe(20m, "the demo uses the whole quota and the seed's 20%");
        excellent.GetProperty("status").GetString().ShouldBe("ACHIEVED");
    }

    [Fact]
    public async Task The_statistics_ratings_section_gives_the_same_percentages_as_the_progress_and_the_demo_counts()
    {
        var counts = await CountsAsync();
        var stats = await GetAsync(viewer, $"/api/v1/statistics/ratings?year=2020&organizationId={DemoData.CommitteeId}");
        var ratings = stats.GetProperty("ratings");
        var report = await GetAsync(viewer, $"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020");

        ratings.GetProperty("goodOrBetterPercent").GetDecimal().ShouldBe(Target(report, "MEMBERS_GOOD_OR_BETTER_RATE").GetProperty("value").GetDecimal());
        ratings.GetProperty("excellentPercent").GetDecimal().ShouldBe(Target(report, "MEMBERS_EXCELLENT_RATE").GetProperty("value").GetDecimal());
        ratings.GetProperty("campaigns").GetInt32().ShouldBe(1);
        ratings.GetProperty("campaignsCounted").GetInt32().ShouldBe(1);
        ratings.GetProperty("listed").GetInt32().ShouldBe(counts.Listed);
        ratings.GetProperty("rated").GetInt32().ShouldBe(counts.Rated);
        ratings.GetProperty("goodOrBetter").GetInt32().ShouldBe(counts.GoodOrBetter);
        ratings.GetProperty("excellent").GetInt32().ShouldBe(counts.Excellent);

        var byLevel = ratings.GetProperty("byLevel").EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!);
        byLevel["EXCELLENT"].GetProperty("members").GetInt32().ShouldBe(counts.Excellent);
        byLevel["GOOD"].GetProperty("members").GetInt32().ShouldBe(counts.GoodOrBetter - counts.Excellent);
        byLevel["COMPLETED"].GetProperty("members").GetInt32().ShouldBe(counts.Completed);
        byLevel["COMPLETED"].GetProperty("percent").GetDecimal().ShouldBe(Percent(counts.Completed, counts.Rated));
        byLevel["NOT_COMPLETED"].GetProperty("members").GetInt32().ShouldBe(counts.NotCompleted);
        byLevel["NOT_COMPLETED"].GetProperty("members").GetInt32().ShouldBe(1, "the member reprimanded in 2020, capped");

        var notRated = ratings.GetProperty("notRatedByReason").EnumerateArray().ToDictionary(l => l.GetProperty("reason").GetString()!, l => l.GetProperty("members").GetInt32());
        (notRated["EXEMPT"] + notRated["SUSPENDED"]).ShouldBe(counts.NotRatedExcused);
        notRated["ADMITTED_UNDER_SIX_MONTHS"].ShouldBe(counts.NotRatedNew);
        ratings.GetProperty("notRated").GetInt32().ShouldBe(counts.Listed - counts.Rated);

        // The quota of the grassroots campaign: obeyed, with the rule set that sets it.
        var quota = ratings.GetProperty("quota").EnumerateArray().Single();
        quota.GetProperty("campaignId").GetGuid().ShouldBe(DemoRatings.CampaignId);
        quota.GetProperty("counted").GetBoolean().ShouldBeTrue();
        quota.GetProperty("ruleSetCode").GetString().ShouldBe("HD21-2019");
        quota.GetProperty("quotaPercent").GetInt32().ShouldBe(20);
        quota.GetProperty("excellent").GetInt32().ShouldBe(counts.Excellent);
        quota.GetProperty("goodOrBetter").GetInt32().ShouldBe(counts.GoodOrBetter);
        quota.GetProperty("limit").GetInt32().ShouldBe(counts.GoodOrBetter * 20 / 100);
        quota.GetProperty("excellent").GetInt32().ShouldBeLessThanOrEqualTo(quota.GetProperty("limit").GetInt32());

        var cap = ratings.GetProperty("caps").EnumerateArray().Single();
        cap.GetProperty("code").GetString().ShouldBe(RatingRules.CapDisciplined);
        cap.GetProperty("source").GetString().ShouldBe("HD21-2019");
        cap.GetProperty("maxLevel").GetString().ShouldBe("NOT_COMPLETED");
        cap.GetProperty("members").GetInt32().ShouldBe(1);

        // The committee and its 7 cells, each decided within what its members' results allow (the demo's corrections of
        // 31/12/2020 raised some members after the decisions).
        var organizations = ratings.GetProperty("organizations");
        organizations.GetProperty("organizations").GetInt32().ShouldBe(8);
        organizations.GetProperty("decided").GetInt32().ShouldBe(8);
        organizations.TryGetProperty("items", out _).ShouldBeFalse("the rows are a list of their own (ADR 0078)");
        var rows = await GetAsync(viewer, $"/api/v1/statistics/ratings/organizations?year=2020&organizationId={DemoData.CommitteeId}&pageSize=100");
        rows.GetProperty("totalCount").GetInt32().ShouldBe(8);
        var items = rows.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(8);
        items[0].GetProperty("organizationId").GetGuid().ShouldBe(DemoData.CommitteeId);
        items[0].GetProperty("rated").GetInt32().ShouldBe(counts.Rated);
        string[] order = ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"];
        items.ShouldAllBe(i => Array.IndexOf(order, i.GetProperty("decidedLevel").GetString()) >= Array.IndexOf(order, i.GetProperty("computedLevel").GetString()));
        organizations.GetProperty("byLevel").EnumerateArray().Sum(l => l.GetProperty("decided").GetInt32()).ShouldBe(8);
    }

    [Fact]
    public async Task A_cell_secretary_reads_his_cells_figures_equal_to_the_cells_indicator_and_nothing_outside()
    {
        var cell = DemoData.Cell(1);
        var counts = await CountsAsync(cell);
        var secretary = factory.ClientAs("CellSecretary", cell);

        var ratings = (await GetAsync(secretary, "/api/v1/statistics/ratings?year=2020")).GetProperty("ratings");
        ratings.GetProperty("rated").GetInt32().ShouldBe(counts.Rated);
        ratings.GetProperty("goodOrBetter").GetInt32().ShouldBe(counts.GoodOrBetter);
        ratings.GetProperty("goodOrBetterPercent").GetDecimal().ShouldBe(Percent(counts.GoodOrBetter, counts.Rated));
        ratings.GetProperty("organizations").GetProperty("organizations").GetInt32().ShouldBe(1);
        var items = (await GetAsync(secretary, "/api/v1/statistics/ratings/organizations?year=2020")).GetProperty("items").EnumerateArray().ToList();
        items.ShouldHaveSingleItem().GetProperty("organizationId").GetGuid().ShouldBe(cell);

        // The quota belongs to the committee's campaign, which the cell works in: shown, over the whole committee.
        ratings.GetProperty("quota").EnumerateArray().Single().GetProperty("goodOrBetter").GetInt32().ShouldBe((await CountsAsync()).GoodOrBetter);

        var series = await GetAsync(office, $"/api/v1/indicators/MEMBERS_GOOD_OR_BETTER_RATE/series?organizationId={cell}&from=2020&to=2020");
        series.GetProperty("points")[0].GetProperty("value").GetDecimal().ShouldBe(ratings.GetProperty("goodOrBetterPercent").GetDecimal());

        await (await secretary.GetAsync($"/api/v1/statistics/ratings?year=2020&organizationId={DemoData.Cell(2)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        await (await secretary.GetAsync($"/api/v1/statistics/ratings/organizations?year=2020&organizationId={DemoData.Cell(2)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        await (await secretary.GetAsync("/api/v1/statistics/ratings/organizations")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await factory.ClientAs("Member", cell).GetAsync("/api/v1/statistics/ratings/organizations?year=2020")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await factory.ClientAs("Member", cell).GetAsync("/api/v1/statistics/ratings?year=2020")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task A_year_without_a_campaign_has_no_figure()
    {
        var ratings = (await GetAsync(viewer, $"/api/v1/statistics/ratings?year=2019&organizationId={DemoData.CommitteeId}")).GetProperty("ratings");
        ratings.GetProperty("campaigns").GetInt32().ShouldBe(0);
        ratings.GetProperty("rated").GetInt32().ShouldBe(0);
        ratings.GetProperty("goodOrBetterPercent").ValueKind.ShouldBe(JsonValueKind.Null);
        ratings.GetProperty("excellentPercent").ValueKind.ShouldBe(JsonValueKind.Null);

        var series = await GetAsync(viewer, $"/api/v1/indicators/MEMBERS_EXCELLENT_RATE/series?organizationId={DemoData.CommitteeId}&from=2019&to=2020");
        series.GetProperty("points")[0].GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        series.GetProperty("points")[1].GetProperty("value").GetDecimal().ShouldBe(20m);
    }
}

/// <summary>
/// The figures as of a day: a campaign counts from its publication; a correction from its own date (in its own
/// database, since it changes the demo's figures).
/// </summary>
public sealed class RatingFiguresAsOfApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private async Task<decimal?> ValueAsync(string indicator, string asOf)
    {
        var report = await office.GetFromJsonAsync<JsonElement>($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020&asOf={asOf}");
        var value = report.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("indicator").GetString() == indicator).GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
    }

    [Fact]
    public async Task A_campaign_counts_from_its_publication_and_a_correction_from_its_date()
    {
        var (id, version, rated, good) = await factory.WithDbAsync(async db =>
        {
            var lines = await db.Set<MemberRating>().AsNoTracking().Where(r => r.CampaignId == DemoRatings.CampaignId && r.Rated).ToListAsync();
            var completed = lines.First(r => r.DecidedLevel == EvaluationLevel.Completed);
            return (completed.Id, completed.Version, lines.Count, lines.Count(r => r.DecidedLevel <= EvaluationLevel.Good));
        });
        var now = decimal.Round(good * 100m / rated, 2);

        // Published on 30 December 2020: the day before, no figure (NO_DATA); that day, the published figure; from
        // 31 December, the demo's corrections of that day (members raised to GOOD) count.
        (await ValueAsync("MEMBERS_GOOD_OR_BETTER_RATE", "2020-12-29")).ShouldBeNull();
        var published = (await ValueAsync("MEMBERS_GOOD_OR_BETTER_RATE", "2020-12-30")).ShouldNotBeNull();
        published.ShouldBeLessThan(now);
        (await ValueAsync("MEMBERS_GOOD_OR_BETTER_RATE", "2020-12-31")).ShouldBe(now);
        (await ValueAsync("MEMBERS_EXCELLENT_RATE", "2020-12-31")).ShouldBe(20m);

        // A COMPLETED member corrected to GOOD on 1 February 2021: the day before, the day, the day after.
        var corrected = await office.PostJsonAsync($"/api/v1/member-ratings/{id}/corrections", new { level = "GOOD", reason = "Rà soát lại kết quả", correctedOn = "2021-02-01" }, $"\"{version}\"");
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
        var after = decimal.Round((good + 1) * 100m / rated, 2);
        (await ValueAsync("MEMBERS_GOOD_OR_BETTER_RATE", "2021-01-31")).ShouldBe(now);
        (await ValueAsync("MEMBERS_GOOD_OR_BETTER_RATE", "2021-02-01")).ShouldBe(after);
        (await ValueAsync("MEMBERS_GOOD_OR_BETTER_RATE", "2021-02-02")).ShouldBe(after);

        // The statistics read today's figures: the correction counts, the same as today's progress.
        var stats = await office.GetFromJsonAsync<JsonElement>($"/api/v1/statistics/ratings?year=2020&organizationId={DemoData.CommitteeId}");
        stats.GetProperty("ratings").GetProperty("goodOrBetter").GetInt32().ShouldBe(good + 1);
        stats.GetProperty("ratings").GetProperty("goodOrBetterPercent").GetDecimal().ShouldBe(after);
    }
}

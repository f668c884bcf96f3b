using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>Ratings on the member timeline, campaign steps due on the agenda, and the evaluation code lists, over HTTP.</summary>
public sealed class RatingTimelineAndAgendaTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
    private readonly HttpClient secretary = factory.ClientAs("CellSecretary", DemoData.Cell(1));

    private HttpClient MemberClient(Guid memberId)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Create($"member-{memberId}", ["Member"], DemoData.Cell(1), extraClaims: [new Claim(ClaimNames.MemberId, memberId.ToString())]));
        return client;
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<JsonElement>();
    }

    private static string ETag(JsonElement body) => $"\"{body.GetProperty("version").GetInt64()}\"";

    private static List<JsonElement> Events(JsonElement timeline, string kind) =>
        [.. timeline.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == kind)];

    private async Task<List<JsonElement>> RatingItemsAsync(HttpClient client, string query)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await OkAsync(await client.GetAsync($"/api/v1/agenda?{query}&pageSize=100&page={page}"));
            var batch = body.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(batch.Where(i => i.GetProperty("source").GetString() == "RATING_CAMPAIGNS"));
            if (batch.Count < 100)
            {
                return items;
            }
        }
    }

    [Fact]
    public async Task The_published_rating_is_on_the_member_timeline_with_its_steps_rule_set_and_corrections_and_a_member_reads_only_his_own()
    {
        var lines = await admin.AllItemsAsync($"/api/v1/rating-campaigns/{DemoRatings.CampaignId}/member-ratings?cellId={DemoData.Cell(1)}");
        var line = lines.First(l => l.GetProperty("rated").GetBoolean() && l.GetProperty("decidedLevel").GetString() == "GOOD");
        var memberId = line.GetProperty("memberId").GetGuid();
        var ratingId = line.GetProperty("id").GetGuid();

        var timeline = await OkAsync(await admin.GetAsync($"/api/v1/members/{memberId}/timeline"));
        var self = Events(timeline, "rating.self_assessment").ShouldHaveSingleItem();
        self.GetProperty("date").GetString().ShouldBe("2020-12-07");
        self.GetProperty("source").GetString().ShouldBe("ratings");
        self.GetProperty("details").GetProperty("ruleSetCode").GetString().ShouldBe("HD21-2019");
        self.GetProperty("details").GetProperty("year").GetString().ShouldBe("2020");
        var proposal = Events(timeline, "rating.proposal").ShouldHaveSingleItem();
        proposal.GetProperty("details").GetProperty("level").GetString().ShouldBe("GOOD");
        var decision = Events(timeline, "rating.decision").ShouldHaveSingleItem();
        decision.GetProperty("details").GetProperty("level").GetString().ShouldBe("GOOD");
        decision.GetProperty("details").GetProperty("publishedOn").GetString().ShouldBe("2020-12-30");
        decision.GetProperty("details").GetProperty("ruleSetSource").GetString()!.ShouldContain("21-HD/BTCTW");
        string.CompareOrdinal(self.GetProperty("date").GetString(), decision.GetProperty("date").GetString()).ShouldBeLessThan(0);
        Events(timeline, "rating.correction").ShouldBeEmpty();

        // The demo campaign uses its whole EXCELLENT quota (20% of GOOD or better): lowering a GOOD member would exceed it,
        // so one EXCELLENT member is first corrected to GOOD (the quota is checked at every correction).
        var all = await admin.AllItemsAsync($"/api/v1/rating-campaigns/{DemoRatings.CampaignId}/member-ratings");
        var excellentId = all.First(l => l.GetProperty("decidedLevel").GetString() == "EXCELLENT" && l.GetProperty("memberId").GetGuid() != memberId).GetProperty("id").GetGuid();
        var excellent = await OkAsync(await office.GetAsync($"/api/v1/member-ratings/{excellentId}"));
        await OkAsync(await office.PostJsonAsync(
            $"/api/v1/member-ratings/{excellentId}/corrections", new { level = "GOOD", reason = "Rà soát lại kết quả", correctedOn = "2021-01-10" }, ETag(excellent)));

        // A dated correction with its reason joins the timeline; the decision stays as decided.
        var rating = await OkAsync(await office.GetAsync($"/api/v1/member-ratings/{ratingId}"));
        await OkAsync(await office.PostJsonAsync(
            $"/api/v1/member-ratings/{ratingId}/corrections", new { level = "COMPLETED", reason = "Phát hiện vi phạm sau khi công bố", correctedOn = "2021-01-11" }, ETag(rating)));
        timeline = await OkAsync(await admin.GetAsync($"/api/v1/members/{memberId}/timeline"));
        var correction = Events(timeline, "rating.correction").ShouldHaveSingleItem();
        correction.GetProperty("date").GetString().ShouldBe("2021-01-11");
        correction.GetProperty("details").GetProperty("fromLevel").GetString().ShouldBe("GOOD");
        correction.GetProperty("details").GetProperty("level").GetString().ShouldBe("COMPLETED");
        correction.GetProperty("details").GetProperty("reason").GetString().ShouldBe("Phát hiện vi phạm sau khi công bố");
        Events(timeline, "rating.decision").ShouldHaveSingleItem().GetProperty("details").GetProperty("level").GetString().ShouldBe("GOOD");

        // The member reads his own timeline, with his rating; another member's is not found, as a missing one.
        var me = MemberClient(memberId);
        var own = await OkAsync(await me.GetAsync($"/api/v1/members/{memberId}/timeline"));
        Events(own, "rating.decision").ShouldHaveSingleItem();
        var other = lines.First(l => l.GetProperty("memberId").GetGuid() != memberId).GetProperty("memberId").GetGuid();
        await (await me.GetAsync($"/api/v1/members/{other}/timeline")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        await (await me.GetAsync($"/api/v1/members/{Guid.NewGuid()}/timeline")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        // Other readers keep their scope: a secretary of another cell does not find him.
        var otherCell = factory.ClientAs("CellSecretary", DemoData.Cell(2));
        await (await otherCell.GetAsync($"/api/v1/members/{memberId}/timeline")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
    }

    [Fact]
    public async Task An_open_campaign_lists_its_next_step_and_missing_self_assessments_on_the_agenda_late_ones_flagged_never_refused()
    {
        var campaign = await OkAsync(await office.PostJsonAsync("/api/v1/rating-campaigns", new
        {
            organizationId = DemoData.CommitteeId, year = 2021, openedOn = "2021-12-01",
            plan = new { selfAssessment = "2021-12-06", cellReview = "2021-12-13", committeeAppraisal = "2021-12-20", decision = "2021-12-24", published = "2021-12-30" },
        }), HttpStatusCode.Created);
        var id = campaign.GetProperty("id").GetGuid();

        // Opened: the self-assessment step is due on its planned date.
        var opened = await RatingItemsAsync(office, $"organizationId={DemoData.CommitteeId}&asOf=2021-12-03");
        var step = opened.ShouldHaveSingleItem();
        step.GetProperty("kind").GetString().ShouldBe("SELF_ASSESSMENT");
        step.GetProperty("dueDate").GetString().ShouldBe("2021-12-06");
        step.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        step.GetProperty("workingDaysLeft").GetInt32().ShouldBe(1);
        step.GetProperty("subject").GetProperty("id").GetGuid().ShouldBe(id);
        step.GetProperty("ruleSet").GetProperty("code").GetString().ShouldBe("HD21-2019");

        campaign = await OkAsync(await office.PostJsonAsync($"/api/v1/rating-campaigns/{id}/steps", new { step = "SELF_ASSESSMENT", on = "2021-12-06" }, ETag(campaign)));

        // On the day the cell review is planned: due, not late.
        var onTime = await RatingItemsAsync(office, $"organizationId={DemoData.CommitteeId}&asOf=2021-12-13");
        var review = onTime.Single(i => i.GetProperty("kind").GetString() == "CELL_REVIEW");
        review.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        review.GetProperty("workingDaysLeft").GetInt32().ShouldBe(0);
        var missing = onTime.Where(i => i.GetProperty("kind").GetString() == "MISSING_SELF_ASSESSMENTS").ToList();
        missing.Count.ShouldBe(7);
        missing.ShouldAllBe(i => i.GetProperty("dueDate").GetString() == "2021-12-13");

        // A week later: late by 5 working days, still listed (never refused).
        var late = await RatingItemsAsync(office, $"organizationId={DemoData.CommitteeId}&asOf=2021-12-20");
        review = late.Single(i => i.GetProperty("kind").GetString() == "CELL_REVIEW");
        review.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        review.GetProperty("workingDaysLeft").GetInt32().ShouldBe(-5);

        // The cell's secretary sees his cell's missing self-assessments only, not the committee's step.
        var cell = await RatingItemsAsync(secretary, "asOf=2021-12-20");
        cell.ShouldHaveSingleItem().GetProperty("kind").GetString().ShouldBe("MISSING_SELF_ASSESSMENTS");
        cell[0].GetProperty("organizationId").GetGuid().ShouldBe(DemoData.Cell(1));
        var before = int.Parse(cell[0].GetProperty("subject").GetProperty("name").GetString()!.Split(": ")[^1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);

        // A member's self-assessment takes him off the count.
        var cellLines = await admin.AllItemsAsync($"/api/v1/rating-campaigns/{id}/member-ratings?cellId={DemoData.Cell(1)}");
        var total = int.Parse(cell[0].GetProperty("subject").GetProperty("name").GetString()!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        total.ShouldBe(cellLines.Count(l => l.GetProperty("rated").GetBoolean()), "missing / the cell's rated lines");
        before.ShouldBe(total, "nobody has assessed himself yet");
        var line = cellLines.First(l => l.GetProperty("rated").GetBoolean());
        var me = MemberClient(line.GetProperty("memberId").GetGuid());
        var rating = await OkAsync(await me.GetAsync($"/api/v1/member-ratings/{line.GetProperty("id").GetGuid()}"));
        await OkAsync(await me.PutJsonAsync($"/api/v1/member-ratings/{line.GetProperty("id").GetGuid()}/self-assessment", new { level = "GOOD", submittedOn = "2021-12-07" }, ETag(rating)));
        cell = await RatingItemsAsync(secretary, "asOf=2021-12-20");
        var after = int.Parse(cell.ShouldHaveSingleItem().GetProperty("subject").GetProperty("name").GetString()!.Split(": ")[^1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
        after.ShouldBe(before - 1);

        // A published campaign is not on the agenda.
        (await RatingItemsAsync(office, $"organizationId={DemoData.CommitteeId}&asOf=2020-12-31")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_evaluation_code_lists_are_published_with_bilingual_labels()
    {
        var member = MemberClient(DemoMembers.Id(0));
        var sets = (await OkAsync(await member.GetAsync("/api/v1/reference/rating-levels"))).EnumerateArray().ToList();
        sets.Select(s => s.GetProperty("ruleSetCode").GetString()).ShouldBe(["HD21-2019", "QD124-2023", "QD366-2025"]);
        var qd366 = sets[2];
        qd366.GetProperty("pointScale").GetBoolean().ShouldBeTrue();
        var levels = qd366.GetProperty("levels").EnumerateArray().ToList();
        levels.Select(l => l.GetProperty("code").GetString()).ShouldBe(["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"]);
        levels[0].GetProperty("fromPoints").GetInt32().ShouldBe(90);
        levels[1].GetProperty("fromPoints").GetInt32().ShouldBe(70);
        levels[1].GetProperty("belowPoints").GetInt32().ShouldBe(90);
        levels[3].GetProperty("belowPoints").GetInt32().ShouldBe(50);
        levels[0].GetProperty("label").GetProperty("vi").GetString().ShouldNotBeNullOrWhiteSpace();
        var groups = qd366.GetProperty("pointGroups").EnumerateArray().ToList();
        groups.Select(g => (g.GetProperty("code").GetString(), g.GetProperty("maxPoints").GetInt32())).ShouldBe([("GENERAL", 30), ("TASK_RESULTS", 70)]);
        groups.Sum(g => g.GetProperty("maxPoints").GetInt32()).ShouldBe(100);
        sets[0].GetProperty("pointGroups").GetArrayLength().ShouldBe(0);
        var hd21Level = sets[0].GetProperty("levels")[0];
        (!hd21Level.TryGetProperty("fromPoints", out var fromPoints) || fromPoints.ValueKind == JsonValueKind.Null).ShouldBeTrue();

        var caps = (await OkAsync(await member.GetAsync("/api/v1/reference/rating-caps"))).EnumerateArray().ToList();
        caps.Select(c => c.GetProperty("code").GetString()).ShouldContain("rating.cap.disciplined");
        caps.Single(c => c.GetProperty("code").GetString() == "rating.cap.sick_leave").GetProperty("maxLevel").GetString().ShouldBe("COMPLETED");
        caps.Single(c => c.GetProperty("code").GetString() == "rating.cap.degraded").GetProperty("maxLevel").GetString().ShouldBe("NOT_COMPLETED");

        var steps = (await OkAsync(await member.GetAsync("/api/v1/reference/rating-steps"))).EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        steps.ShouldBe(["OPEN", "SELF_ASSESSMENT", "CELL_REVIEW", "COMMITTEE_APPRAISAL", "DECISION", "PUBLISHED"]);
        var attendance = (await OkAsync(await member.GetAsync("/api/v1/reference/attendance-statuses"))).EnumerateArray().ToList();
        attendance.Select(s => s.GetProperty("code").GetString()).ShouldBe(["PRESENT", "EXCUSED", "ABSENT"]);
        attendance[0].GetProperty("label").GetProperty("en").GetString().ShouldNotBeNullOrWhiteSpace();

        var scales = (await OkAsync(await member.GetAsync("/api/v1/reference/mass-organization-rating-scales"))).EnumerateArray().ToList();
        scales.ShouldNotBeEmpty();
        scales.ShouldAllBe(s => s.GetProperty("strong").EnumerateArray().Any(x => x.GetString() == "STRONG"));
        var civil = (await OkAsync(await member.GetAsync("/api/v1/reference/civil-servant-rating-scales"))).EnumerateArray().ToList();
        civil.ShouldHaveSingleItem().GetProperty("goodOrBetter").EnumerateArray().Select(x => x.GetString()).ShouldBe(["EXCELLENT", "GOOD"]);
    }
}

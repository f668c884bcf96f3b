using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>The annual rating campaigns over HTTP: steps, self-assessment, caps, quota, organisation conditions, corrections, roles and scope.</summary>
public sealed class RatingCampaignApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
    private readonly HttpClient secretary = factory.ClientAs("CellSecretary", DemoData.Cell(1));
    private readonly HttpClient viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);

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

    private async Task<JsonElement> OpenAsync(int year, string openedOn, object? plan = null) =>
        await OkAsync(await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year, openedOn, plan }), HttpStatusCode.Created);

    private async Task<JsonElement> AdvanceAsync(JsonElement campaign, string step, string on) =>
        await OkAsync(await office.PostJsonAsync($"/api/v1/rating-campaigns/{campaign.GetProperty("id").GetGuid()}/steps", new { step, on }, ETag(campaign)));

    private async Task<List<JsonElement>> RatingsAsync(HttpClient client, JsonElement campaign) =>
        await client.AllItemsAsync($"/api/v1/rating-campaigns/{campaign.GetProperty("id").GetGuid()}/member-ratings");

    private async Task<JsonElement> RatingAsync(HttpClient client, Guid id) => await OkAsync(await client.GetAsync($"/api/v1/member-ratings/{id}"));

    [Fact]
    public async Task A_campaign_runs_its_steps_in_order_with_caps_quota_organisation_conditions_and_corrections()
    {
        var campaign = await OpenAsync(2021, "2021-12-01", new { selfAssessment = "2021-12-03" });
        campaign.GetProperty("ruleSetCode").GetString().ShouldBe("HD21-2019");
        campaign.GetProperty("step").GetString().ShouldBe("OPEN");
        campaign.GetProperty("listed").GetInt32().ShouldBeGreaterThan(100);
        var id = campaign.GetProperty("id").GetGuid();

        // Out of order, then on the planned date + 2 working days (Friday 3 → Tuesday 7 December 2021).
        await (await office.PostJsonAsync($"/api/v1/rating-campaigns/{id}/steps", new { step = "CELL_REVIEW", on = "2021-12-02" }, ETag(campaign)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "rating_campaign.step_out_of_order");
        await (await office.PostJsonAsync($"/api/v1/rating-campaigns/{id}/steps", new { step = "SELF_ASSESSMENT", on = "2021-12-07" }, "\"999\""))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        await (await office.PostJsonAsync($"/api/v1/rating-campaigns/{id}/steps", new { step = "SELF_ASSESSMENT", on = "2021-12-07" }))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        campaign = await AdvanceAsync(campaign, "SELF_ASSESSMENT", "2021-12-07");
        var self = campaign.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "SELF_ASSESSMENT");
        self.GetProperty("workingDaysLate").GetInt32().ShouldBe(2);

        // A member submits and reads his own; another member's is not found.
        var lines = await RatingsAsync(admin, campaign);
        var rated = lines.Where(l => l.GetProperty("rated").GetBoolean()).ToList();
        var mine = rated.First(l => l.GetProperty("cellId").GetGuid() == DemoData.Cell(1));
        var other = rated.First(l => l.GetProperty("cellId").GetGuid() == DemoData.Cell(1) && l.GetProperty("id").GetGuid() != mine.GetProperty("id").GetGuid());
        var me = MemberClient(mine.GetProperty("memberId").GetGuid());
        (await RatingsAsync(me, campaign)).Select(l => l.GetProperty("id").GetGuid()).ShouldBe([mine.GetProperty("id").GetGuid()]);
        await (await me.GetAsync($"/api/v1/member-ratings/{other.GetProperty("id").GetGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "rating.not_found");
        var otherRating = await RatingAsync(admin, other.GetProperty("id").GetGuid());
        await (await me.PutJsonAsync($"/api/v1/member-ratings/{other.GetProperty("id").GetGuid()}/self-assessment", new { level = "GOOD" }, ETag(otherRating)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "rating.not_found");
        var myRating = await RatingAsync(me, mine.GetProperty("id").GetGuid());
        myRating = await OkAsync(await me.PutJsonAsync($"/api/v1/member-ratings/{mine.GetProperty("id").GetGuid()}/self-assessment", new { level = "GOOD", comments = "Hoàn thành tốt nhiệm vụ được giao", submittedOn = "2021-12-08" }, ETag(myRating)));
        myRating.GetProperty("selfLevel").GetString().ShouldBe("GOOD");

        // Cell review: the secretary proposes for his cell only; a proposal above a cap is refused with its code.
        campaign = await AdvanceAsync(campaign, "CELL_REVIEW", "2021-12-10");
        await (await me.PutJsonAsync($"/api/v1/member-ratings/{mine.GetProperty("id").GetGuid()}/self-assessment", new { level = "GOOD" }, ETag(myRating)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "rating_campaign.step_closed");
        var capped = await factory.ShouldWriteNothingAsync(async () =>
            await (await secretary.PutJsonAsync($"/api/v1/member-ratings/{mine.GetProperty("id").GetGuid()}/proposal",
                new { level = "GOOD", concludedDegraded = false, underHalfTargets = false, sickLeaveMonths = 3, proposedOn = "2021-12-11" }, ETag(myRating)))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "rating.above_cap"));
        capped.GetRawText().ShouldContain("rating.cap.sick_leave");
        var foreign = rated.First(l => l.GetProperty("cellId").GetGuid() == DemoData.Cell(2));
        await (await secretary.PutJsonAsync($"/api/v1/member-ratings/{foreign.GetProperty("id").GetGuid()}/proposal",
            new { level = "GOOD", concludedDegraded = false, underHalfTargets = false, sickLeaveMonths = 0 }, "\"1\""))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "rating.not_found");
        myRating = await OkAsync(await secretary.PutJsonAsync($"/api/v1/member-ratings/{mine.GetProperty("id").GetGuid()}/proposal",
            new { level = "COMPLETED", concludedDegraded = false, underHalfTargets = false, sickLeaveMonths = 3, proposedOn = "2021-12-11" }, ETag(myRating)));
        myRating.GetProperty("caps").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldContain("rating.cap.sick_leave");
        myRating.GetProperty("maxLevel").GetString().ShouldBe("COMPLETED");

        await (await office.PostJsonAsync($"/api/v1/rating-campaigns/{id}/steps", new { step = "COMMITTEE_APPRAISAL", on = "2021-12-14" }, ETag(campaign)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "rating_campaign.proposals_missing");

        // Everyone else proposed GOOD, or at the cap the data gives (discipline of the year).
        var first2 = rated.First(l => l.GetProperty("cellId").GetGuid() == DemoData.Cell(2)).GetProperty("id").GetGuid();
        foreach (var line in rated.Where(l => l.GetProperty("id").GetGuid() != mine.GetProperty("id").GetGuid()))
        {
            var rating = await RatingAsync(admin, line.GetProperty("id").GetGuid());
            var level = rating.GetProperty("maxLevel").GetString() == "EXCELLENT" ? (line.GetProperty("id").GetGuid() == first2 ? "NOT_COMPLETED" : "GOOD") : rating.GetProperty("maxLevel").GetString();
            await OkAsync(await admin.PutJsonAsync($"/api/v1/member-ratings/{line.GetProperty("id").GetGuid()}/proposal",
                new { level, concludedDegraded = false, underHalfTargets = false, sickLeaveMonths = 0, proposedOn = "2021-12-12" }, ETag(rating)));
        }

        campaign = await OkAsync(await office.GetAsync($"/api/v1/rating-campaigns/{id}"));
        campaign = await AdvanceAsync(campaign, "COMMITTEE_APPRAISAL", "2021-12-14");
        campaign = await AdvanceAsync(campaign, "DECISION", "2021-12-15");

        // Decisions at the proposed levels, then EXCELLENT up to the quota; one more is refused with the figures.
        var good = new List<Guid>();
        foreach (var line in rated)
        {
            var rating = await RatingAsync(admin, line.GetProperty("id").GetGuid());
            var level = rating.GetProperty("proposedLevel").GetString();
            await OkAsync(await office.PutJsonAsync($"/api/v1/member-ratings/{line.GetProperty("id").GetGuid()}/decision", new { level, decidedOn = "2021-12-16" }, ETag(rating)));
            if (level == "GOOD")
            {
                good.Add(line.GetProperty("id").GetGuid());
            }
        }

        var allowed = good.Count * 20 / 100;
        allowed.ShouldBeGreaterThan(0);
        foreach (var ratingId in good.Take(allowed - 1))
        {
            var rating = await RatingAsync(admin, ratingId);
            await OkAsync(await office.PutJsonAsync($"/api/v1/member-ratings/{ratingId}/decision", new { level = "EXCELLENT", decidedOn = "2021-12-16" }, ETag(rating)));
        }

        // The last place asked for by six decisions at once: the quota's count and the write run under the campaign's
        // lock, so exactly one takes it and the others are refused with the figures.
        var contenders = good.Skip(allowed - 1).Take(6).Select(g => $"{g}").ToArray();
        contenders.Length.ShouldBe(6);
        var etags = await Task.WhenAll(contenders.Select(async c => ETag(await RatingAsync(admin, Guid.Parse(c)))));
        var answers = await Task.WhenAll(contenders.Select((c, i) =>
            office.PutJsonAsync($"/api/v1/member-ratings/{c}/decision", new { level = "EXCELLENT", decidedOn = "2021-12-16" }, etags[i])));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var winner = Guid.Parse(contenders[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK)]);
        foreach (var lost in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            (await lost.ShouldBeProblemAsync(HttpStatusCode.Conflict, "rating.quota_exceeded")).GetRawText().ShouldContain($"{allowed + 1}");
        }

        // Organisation conditions: cell 2 has a member NOT_COMPLETED, so it cannot be EXCELLENT.
        campaign = await OkAsync(await office.GetAsync($"/api/v1/rating-campaigns/{id}"));
        campaign.GetProperty("quota").GetProperty("excellent").GetInt32().ShouldBe(allowed);
        var cell2 = (await OkAsync(await office.GetAsync($"/api/v1/rating-campaigns/{id}/organizations?organizationId={DemoData.Cell(2)}"))).GetProperty("items").EnumerateArray().Single();
        cell2.GetProperty("maxLevel").GetString().ShouldNotBe("EXCELLENT");
        await (await office.PutJsonAsync($"/api/v1/rating-campaigns/{id}/organization-ratings", new { organizationId = DemoData.Cell(2), level = "EXCELLENT", decidedOn = "2021-12-16" }, ETag(campaign)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "rating.organization_condition");
        campaign = await OkAsync(await office.PutJsonAsync($"/api/v1/rating-campaigns/{id}/organization-ratings", new { organizationId = DemoData.Cell(2), level = "GOOD", decidedOn = "2021-12-16" }, ETag(campaign)));
        (await OkAsync(await office.GetAsync($"/api/v1/rating-campaigns/{id}/organizations?organizationId={DemoData.Cell(2)}"))).GetProperty("items").EnumerateArray().Single()
            .GetProperty("level").GetString().ShouldBe("GOOD");
        (campaign.GetProperty("committee").TryGetProperty("level", out var committeeLevel) ? committeeLevel.ValueKind : JsonValueKind.Null)
            .ShouldBe(JsonValueKind.Null, "the committee is not decided yet");

        // Publication; afterwards only a dated correction with a reason changes a result.
        campaign = await AdvanceAsync(campaign, "PUBLISHED", "2021-12-20");
        var published = await RatingAsync(admin, winner);
        await (await office.PutJsonAsync($"/api/v1/member-ratings/{winner}/decision", new { level = "GOOD" }, ETag(published)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "rating_campaign.step_closed");
        await (await office.PostJsonAsync($"/api/v1/member-ratings/{winner}/corrections", new { level = "GOOD", correctedOn = "2021-12-22" }, ETag(published)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var corrected = await OkAsync(await office.PostJsonAsync($"/api/v1/member-ratings/{winner}/corrections", new { level = "GOOD", reason = "Phát hiện sai sót sau khi công bố", correctedOn = "2021-12-22" }, ETag(published)));
        corrected.GetProperty("decidedLevel").GetString().ShouldBe("GOOD");
        corrected.GetProperty("corrections").GetArrayLength().ShouldBe(1);
        corrected.GetProperty("corrections")[0].GetProperty("fromLevel").GetString().ShouldBe("EXCELLENT");

        // The lines' counts (ADR 0110) followed every write of the campaign: self-assessments, proposals, decisions, the correction.
        (await RatingLineCountsReference.MismatchesAsync(factory)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Opening_validates_refuses_a_cell_and_a_second_campaign_and_writes_nothing()
    {
        await factory.ShouldWriteNothingAsync(async () =>
        {
            await (await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, openedOn = "2022-12-01" }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
            await (await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year = 2022, openedOn = "2022-12-01", extra = 1 }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
            await (await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.Cell(1), year = 2022, openedOn = "2022-12-01" }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "rating_campaign.not_grassroots");
            await (await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year = 2022, openedOn = "2021-12-01" }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "date.too_early");
            await (await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year = 2022, openedOn = "2022-12-01", plan = new { selfAssessment = "2022-12-10", cellReview = "2022-12-05" } }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "rating_campaign.plan_out_of_order");
            await (await secretary.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year = 2022, openedOn = "2022-12-01" }))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        });

        await OpenAsync(2022, "2022-12-01");
        await (await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year = 2022, openedOn = "2022-12-02" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "rating_campaign.exists");
    }

    [Fact]
    public async Task Scope_and_roles_a_cell_sees_its_committee_campaign_and_only_its_members_a_viewer_no_results()
    {
        var campaign = await OpenAsync(2023, "2023-12-01");
        campaign.GetProperty("ruleSetCode").GetString().ShouldBe("QD124-2023");
        var id = campaign.GetProperty("id").GetGuid();

        (await OkAsync(await secretary.GetAsync($"/api/v1/rating-campaigns/{id}"))).GetProperty("id").GetGuid().ShouldBe(id);
        (await OkAsync(await viewer.GetAsync($"/api/v1/rating-campaigns/{id}"))).GetProperty("year").GetInt32().ShouldBe(2023);
        var lines = await RatingsAsync(secretary, campaign);
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => l.GetProperty("cellId").GetGuid() == DemoData.Cell(1));
        await (await viewer.GetAsync($"/api/v1/rating-campaigns/{id}/member-ratings")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        // A cell-scoped office token cannot step the committee's campaign (out of scope: not found).
        var cellOffice = factory.ClientAs("CommitteeOffice", DemoData.Cell(1));
        await (await cellOffice.PostJsonAsync($"/api/v1/rating-campaigns/{id}/steps", new { step = "SELF_ASSESSMENT", on = "2023-12-02" }, ETag(campaign)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "rating_campaign.not_found");
        await (await secretary.PostJsonAsync($"/api/v1/rating-campaigns/{id}/steps", new { step = "SELF_ASSESSMENT", on = "2023-12-02" }, ETag(campaign)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await office.GetAsync($"/api/v1/rating-campaigns/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "rating_campaign.not_found");
    }

    [Fact]
    public async Task A_member_who_moved_cells_during_the_year_is_listed_by_the_receiving_cell_with_the_previous_one_named()
    {
        // Two active members of cell 2, one moved to cell 1 on 1 March 2024 through the aggregate and the save pipeline.
        var (moved, stayed) = await factory.WithDbAsync(async db =>
        {
            var inCell2 = await db.Set<PartyMember>().Include(m => m.Placements).Include(m => m.StatusHistory)
                .Where(m => m.Placements.Any(p => p.OrganizationId == DemoData.Cell(2) && p.EndsOn == null && p.StartsOn < new DateOnly(2024, 1, 1)))
                .OrderBy(m => m.Id).Take(20).ToListAsync();
            var active = inCell2.Where(m => m.Status is MemberStatus.Full or MemberStatus.Probationary).ToList();
            active.Count.ShouldBeGreaterThanOrEqualTo(2);
            active[0].MoveToCell(await db.Set<PartyOrganization>().SingleAsync(o => o.Id == DemoData.Cell(1)), new DateOnly(2024, 3, 1));
            await db.SaveChangesAsync();
            return (active[0].Id, active[1].Id);
        });
        var cell2Name = await factory.WithDbAsync(db => db.Set<PartyOrganization>().Where(o => o.Id == DemoData.Cell(2)).Select(o => o.Name).SingleAsync());

        var campaign = await OpenAsync(2024, "2024-12-01");
        var lines = await RatingsAsync(admin, campaign);
        var movedLine = lines.Single(l => l.GetProperty("memberId").GetGuid() == moved);
        movedLine.GetProperty("cellId").GetGuid().ShouldBe(DemoData.Cell(1));
        movedLine.GetProperty("arrangement").GetString().ShouldBe("MOVED_CELLS");
        (await RatingAsync(admin, movedLine.GetProperty("id").GetGuid())).GetProperty("otherOrganization").GetString().ShouldBe(cell2Name);

        var stayedLine = lines.Single(l => l.GetProperty("memberId").GetGuid() == stayed);
        stayedLine.GetProperty("cellId").GetGuid().ShouldBe(DemoData.Cell(2));
        stayedLine.GetProperty("arrangement").GetString().ShouldBe("REGULAR");
    }

    [Fact]
    public async Task Under_quy_dinh_366_the_score_gives_the_level()
    {
        var campaign = await OpenAsync(2025, "2025-12-01");
        campaign.GetProperty("ruleSetCode").GetString().ShouldBe("QD366-2025");
        campaign.GetProperty("pointScale").GetBoolean().ShouldBeTrue();
        campaign = await AdvanceAsync(campaign, "SELF_ASSESSMENT", "2025-12-02");
        var line = (await RatingsAsync(admin, campaign)).First(l => l.GetProperty("rated").GetBoolean() && l.GetProperty("cellId").GetGuid() == DemoData.Cell(1));
        var me = MemberClient(line.GetProperty("memberId").GetGuid());
        var rating = await RatingAsync(me, line.GetProperty("id").GetGuid());
        var url = $"/api/v1/member-ratings/{line.GetProperty("id").GetGuid()}/self-assessment";
        await (await me.PutJsonAsync(url, new { level = "GOOD", submittedOn = "2025-12-03" }, ETag(rating))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "rating.score_required");
        await (await me.PutJsonAsync(url, new { level = "EXCELLENT", score = 85, submittedOn = "2025-12-03" }, ETag(rating))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "rating.level_differs_from_score");
        await (await me.PutJsonAsync(url, new { score = 120, submittedOn = "2025-12-03" }, ETag(rating))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        rating = await OkAsync(await me.PutJsonAsync(url, new { score = 85, submittedOn = "2025-12-03" }, ETag(rating)));
        rating.GetProperty("selfLevel").GetString().ShouldBe("GOOD");
        rating.GetProperty("selfScore").GetDecimal().ShouldBe(85m);
        rating.GetProperty("selfPoints").ValueKind.ShouldBe(JsonValueKind.Null);

        // Points per criteria group: above a group's maximum is refused and writes nothing; within, they are kept in
        // the rule set's order (groups matched without regard to case) and their sum is the score.
        await (await me.PutJsonAsync(url, new { points = new object[] { new { group = "GENERAL", points = 31 }, new { group = "TASK_RESULTS", points = 60 } }, submittedOn = "2025-12-04" }, ETag(rating)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "rating.points_above_group_max");
        rating = await RatingAsync(me, line.GetProperty("id").GetGuid());
        rating.GetProperty("selfScore").GetDecimal().ShouldBe(85m);
        rating = await OkAsync(await me.PutJsonAsync(url, new { points = new object[] { new { group = "task_results", points = 62.5m }, new { group = "GENERAL", points = 28 } }, submittedOn = "2025-12-04" }, ETag(rating)));
        rating.GetProperty("selfScore").GetDecimal().ShouldBe(90.5m);
        rating.GetProperty("selfLevel").GetString().ShouldBe("EXCELLENT");
        var points = rating.GetProperty("selfPoints").EnumerateArray().ToList();
        points.Select(p => p.GetProperty("group").GetString()).ShouldBe(["GENERAL", "TASK_RESULTS"]);
        points.Select(p => p.GetProperty("points").GetDecimal()).ShouldBe([28m, 62.5m]);
        (await RatingAsync(me, line.GetProperty("id").GetGuid())).GetProperty("selfPoints").GetArrayLength().ShouldBe(2);
    }
}

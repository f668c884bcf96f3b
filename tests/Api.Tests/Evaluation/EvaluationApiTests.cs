using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation;

/// <summary>The evaluation module over HTTP: demo figures, meetings, coverage, monthly reviews, roles and scope.</summary>
public sealed class EvaluationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
    private readonly HttpClient secretary = factory.ClientAs("CellSecretary", DemoData.Cell(1));
    private readonly HttpClient viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);

    private HttpClient MemberClient(Guid memberId)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Create("member-user", ["Member"], DemoData.Cell(1), extraClaims: [new Claim(ClaimNames.MemberId, memberId.ToString())]));
        return client;
    }

    private async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<JsonElement>();
    }

    [Fact]
    public async Task The_demo_year_2020_gives_the_seed_figures()
    {
        var stats = await GetJsonAsync(viewer, $"/api/v1/statistics/ratings?year=2020&organizationId={DemoData.CommitteeId}");

        var meetings = stats.GetProperty("meetings");
        meetings.GetProperty("cells").GetInt32().ShouldBe(7);
        meetings.GetProperty("regularHeld").GetInt32().ShouldBe(84);
        meetings.GetProperty("regularMissing").GetInt32().ShouldBe(0);
        meetings.GetProperty("attendanceRate").GetDecimal().ShouldBeGreaterThan(90m);

        var models = stats.GetProperty("models");
        models.GetProperty("registered").GetInt32().ShouldBe(14);
        var byKind = models.GetProperty("byKind").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!, k => k.GetProperty("registered").GetInt32());
        byKind["SKILFUL_MASS_MOBILISATION"].ShouldBe(7);
        byKind["HO_CHI_MINH_STUDY_AND_FOLLOWING"].ShouldBe(7);

        var dissemination = stats.GetProperty("dissemination");
        dissemination.GetProperty("documents").GetInt32().ShouldBe(EvaluationDemoData.Documents.Length);
        dissemination.GetProperty("fullyDisseminated").GetInt32().ShouldBe(EvaluationDemoData.Documents.Length, "every document reached 100% of members");

        var reviews = stats.GetProperty("monthlyReviews");
        reviews.GetProperty("missing").GetInt32().ShouldBeGreaterThan(0, "only November and December are reviewed in the demo");
        var ratings = stats.GetProperty("ratings");
        ratings.GetProperty("campaignsCounted").GetInt32().ShouldBe(1, "the published 2020 campaign");
        ratings.GetProperty("goodOrBetterPercent").GetDecimal().ShouldBeGreaterThanOrEqualTo(90m, "at least 90% GOOD or better");
        ratings.GetProperty("excellentPercent").GetDecimal().ShouldBe(20m, "of which 20% EXCELLENT");
    }

    [Fact]
    public async Task Coverage_of_a_committee_document_is_100_percent_for_the_committee_and_for_a_cell()
    {
        var document = EvaluationDemoData.DocumentId(5);
        var all = await GetJsonAsync(office, $"/api/v1/documents/{document}/coverage?asOf=2020-12-31");
        all.GetProperty("total").GetProperty("complete").GetBoolean().ShouldBeTrue();
        all.GetProperty("total").GetProperty("percent").GetDecimal().ShouldBe(100m);
        all.GetProperty("cells").GetArrayLength().ShouldBe(7);

        // Before the June meetings nobody received the congress resolution.
        var before = await GetJsonAsync(office, $"/api/v1/documents/{document}/coverage?asOf=2020-05-31");
        before.GetProperty("total").GetProperty("received").GetInt32().ShouldBe(0);
        before.GetProperty("total").GetProperty("complete").GetBoolean().ShouldBeFalse();

        // The cell secretary reads the committee's document, for his cell by default.
        var mine = await GetJsonAsync(secretary, $"/api/v1/documents/{document}/coverage?asOf=2020-12-31");
        mine.GetProperty("total").GetProperty("organizationId").GetGuid().ShouldBe(DemoData.Cell(1));
        await (await secretary.GetAsync($"/api/v1/documents/{document}/coverage?organizationId={DemoData.Cell(2)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
    }

    [Fact]
    public async Task A_meeting_records_exactly_the_counted_members_and_one_regular_meeting_a_month()
    {
        var cell = DemoData.Cell(3);
        var roster = await factory.WithDbAsync(db => db.RosterOnAsync([cell], new DateOnly(2021, 3, 10), CancellationToken.None));
        var expected = roster.Where(r => r.IsExpected).Select(r => r.MemberId).ToList();
        var cellSecretary = factory.ClientAs("CellSecretary", cell);
        object Body(IEnumerable<Guid> members, string kind = "REGULAR") => new
        {
            organizationId = cell, heldOn = "2021-03-10", kind, agenda = "Sinh hoạt tháng 3", chairMemberId = expected[0], secretaryMemberId = expected[1],
            attendance = members.Select(m => new { memberId = m, status = "PRESENT" }).ToArray(), documentIds = new[] { EvaluationDemoData.DocumentId(1) },
        };

        await factory.ShouldWriteNothingAsync(async () =>
        {
            await (await cellSecretary.PostJsonAsync("/api/v1/meetings", Body(expected.Skip(1)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "meeting.attendance_missing");
            await (await cellSecretary.PostJsonAsync("/api/v1/meetings", Body([.. expected, DemoMembers.Id(0)]))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "meeting.attendee_not_in_cell");
            await (await cellSecretary.PostJsonAsync("/api/v1/meetings", new { organizationId = cell, kind = "REGULAR" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        });

        var created = await cellSecretary.PostJsonAsync("/api/v1/meetings", Body(expected));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var meeting = await created.ReadAsync<JsonElement>();
        meeting.GetProperty("figures").GetProperty("counted").GetInt32().ShouldBe(roster.Count);
        meeting.GetProperty("figures").GetProperty("attendanceRate").GetDecimal().ShouldBe(100m);

        await (await cellSecretary.PostJsonAsync("/api/v1/meetings", Body(expected))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "meeting.regular_exists");
        (await cellSecretary.PostJsonAsync("/api/v1/meetings", Body(expected, "THEMATIC"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        // Scope and role: another cell's secretary does not see it; the office reads it but does not record meetings.
        var id = meeting.GetProperty("id").GetGuid();
        await (await secretary.GetAsync($"/api/v1/meetings/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "meeting.not_found");
        (await office.GetAsync($"/api/v1/meetings/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await office.PostJsonAsync("/api/v1/meetings", Body(expected))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await cellSecretary.PutJsonAsync($"/api/v1/meetings/{id}", Body(expected), null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }

    [Fact]
    public async Task A_member_reads_his_own_reviews_only_and_another_members_review_is_not_found()
    {
        var reviews = await GetJsonAsync(office, $"/api/v1/monthly-reviews?organizationId={DemoData.Cell(1)}&year=2020&month=12&pageSize=100");
        var items = reviews.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBeGreaterThan(10);
        var mine = items[0];
        var other = items[1];
        var me = MemberClient(mine.GetProperty("memberId").GetGuid());

        (await me.GetAsync($"/api/v1/monthly-reviews/{mine.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await me.GetAsync($"/api/v1/monthly-reviews/{other.GetProperty("id").GetGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "monthly_review.not_found");
        var list = await GetJsonAsync(me, "/api/v1/monthly-reviews?year=2020");
        list.GetProperty("items").EnumerateArray().ShouldAllBe(r => r.GetProperty("memberId").GetGuid() == mine.GetProperty("memberId").GetGuid());
        list.GetProperty("totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(2, "November and December (another test may review October)");

        var summary = await GetJsonAsync(me, $"/api/v1/members/{mine.GetProperty("memberId").GetGuid()}/monthly-reviews/summary?year=2020");
        var reviewed = summary.GetProperty("monthsReviewed").GetInt32();
        reviewed.ShouldBeGreaterThanOrEqualTo(2);
        summary.GetProperty("monthsNotReviewed").GetArrayLength().ShouldBe(12 - reviewed);
        await (await me.GetAsync($"/api/v1/members/{other.GetProperty("memberId").GetGuid()}/monthly-reviews/summary?year=2020")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        await (await me.PostJsonAsync("/api/v1/monthly-reviews", new { meetingId = EvaluationDemoData.MeetingId(1, 12), memberId = other.GetProperty("memberId").GetGuid(), level = "GOOD" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task Reviews_follow_the_template_in_force_and_a_used_template_cannot_change()
    {
        var meeting = EvaluationDemoData.MeetingId(1, 10);
        var missing = await GetJsonAsync(secretary, "/api/v1/monthly-reviews/missing?year=2020&month=10");
        missing.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var cellRow = missing.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        var unreviewed = cellRow.GetProperty("notReviewed").EnumerateArray().Select(m => m.GetProperty("memberId").GetGuid()).ToList();
        cellRow.GetProperty("reviewed").GetInt32().ShouldBe(0);
        var memberId = unreviewed[0];

        await (await secretary.PostJsonAsync("/api/v1/monthly-reviews", new { meetingId = meeting, memberId, level = "GOOD", checks = new[] { new { criterionCode = "XYZ", met = true } } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "monthly_review.criterion_unknown");
        await (await secretary.PostJsonAsync("/api/v1/monthly-reviews", new { meetingId = meeting, memberId = DemoMembers.Id(40), level = "GOOD" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "monthly_review.member_not_in_cell");
        var created = await secretary.PostJsonAsync("/api/v1/monthly-reviews", new { meetingId = meeting, memberId, level = "EXCELLENT", checks = new[] { new { criterionCode = "HCM", met = true } } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.ReadAsync<JsonElement>()).GetProperty("templateId").GetGuid().ShouldBe(EvaluationDemoData.TemplateId);
        await (await secretary.PostJsonAsync("/api/v1/monthly-reviews", new { meetingId = meeting, memberId, level = "GOOD" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "monthly_review.exists");

        var template = await office.GetAsync($"/api/v1/review-templates/{EvaluationDemoData.TemplateId}");
        var etag = template.Headers.ETag!.Tag;
        var body = new { organizationId = DemoData.CommitteeId, name = "Sửa", effectiveFrom = "2020-01-01", criteria = new[] { new { code = "A", text = "Tiêu chí" } } };
        await (await office.PutJsonAsync($"/api/v1/review-templates/{EvaluationDemoData.TemplateId}", body, etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "review_template.in_use");
        await (await secretary.PostJsonAsync("/api/v1/review-templates", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        var superseding = await office.PostJsonAsync("/api/v1/review-templates", new { organizationId = DemoData.CommitteeId, name = "Mẫu 2021", effectiveFrom = "2021-01-01", criteria = new[] { new { code = "A", text = "Tiêu chí" } } });
        superseding.StatusCode.ShouldBe(HttpStatusCode.Created);
        var inForce = await GetJsonAsync(office, $"/api/v1/review-templates?organizationId={DemoData.Cell(1)}&inForceOn=2020-12-31");
        inForce.EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(EvaluationDemoData.TemplateId);
        var old = await GetJsonAsync(office, $"/api/v1/review-templates/{EvaluationDemoData.TemplateId}");
        old.GetProperty("effectiveUntil").GetString().ShouldBe("2020-12-31");
    }

    [Fact]
    public async Task A_register_holds_a_number_once_per_issuer_whatever_its_accents_case_and_spacing()
    {
        // Found by the contract fuzz as a cell's secretary: the 409 was answered but not in the contract, and no test held it.
        object Entry(string number, string issuer) => new
        {
            organizationId = DemoData.Cell(4), number, issuedOn = "2021-02-01", issuer, kind = "RESOLUTION", title = "Nghị quyết chuyên đề",
        };
        var first = await admin.PostJsonAsync("/api/v1/documents", Entry("12-NQ/CB", "Chi bộ Văn phòng Sở"));
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        await (await admin.PostJsonAsync("/api/v1/documents", Entry(" 12-nq/cb ", "chi bo van phong  so"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "document.number_taken");

        var other = await admin.PostJsonAsync("/api/v1/documents", Entry("12-NQ/CB", "Đảng ủy Sở"));
        other.StatusCode.ShouldBe(HttpStatusCode.Created, "another issuer's number 12");
        var body = await other.ReadAsync<JsonElement>();
        var retitled = await admin.PutJsonAsync($"/api/v1/documents/{body.GetProperty("id").GetGuid()}", Entry("12-NQ/CB", "Chi bộ Văn phòng Sở"), $"\"{body.GetProperty("version").GetInt64()}\"");
        await retitled.ShouldBeProblemAsync(HttpStatusCode.Conflict, "document.number_taken");
        (await GetJsonAsync(admin, $"/api/v1/documents/{body.GetProperty("id").GetGuid()}")).GetProperty("issuer").GetString().ShouldBe("Đảng ủy Sở", "the refused change wrote nothing");
    }

    [Fact]
    public async Task A_catch_up_completes_the_coverage_and_is_recorded_once()
    {
        var document = await admin.PostJsonAsync("/api/v1/documents", new
        {
            organizationId = DemoData.Cell(2), number = "05-NQ/CB", issuedOn = "2021-01-04", issuer = "Chi bộ Thanh tra Sở", kind = "RESOLUTION", title = "Nghị quyết chi bộ năm 2021",
        });
        document.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await document.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var coverage = await GetJsonAsync(office, $"/api/v1/documents/{id}/coverage?asOf=2021-01-31");
        coverage.GetProperty("total").GetProperty("received").GetInt32().ShouldBe(0);
        var first = coverage.GetProperty("missing").GetProperty("items")[0].GetProperty("memberId").GetGuid();

        var cellSecretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));
        (await cellSecretary.PostJsonAsync($"/api/v1/documents/{id}/catch-ups", new { memberId = first, receivedOn = "2021-01-10" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await cellSecretary.PostJsonAsync($"/api/v1/documents/{id}/catch-ups", new { memberId = first, receivedOn = "2021-01-11" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "document.already_received");
        await (await cellSecretary.PostJsonAsync($"/api/v1/documents/{id}/catch-ups", new { memberId = first, receivedOn = "2021-01-03" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "document.received_before_issue");
        await (await secretary.PostJsonAsync($"/api/v1/documents/{id}/catch-ups", new { memberId = first, receivedOn = "2021-01-10" })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "document.not_found");

        var after = await GetJsonAsync(office, $"/api/v1/documents/{id}/coverage?asOf=2021-01-31");
        after.GetProperty("total").GetProperty("received").GetInt32().ShouldBe(1);
        (await GetJsonAsync(office, $"/api/v1/documents/{id}/coverage?asOf=2021-01-09")).GetProperty("total").GetProperty("received").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Models_are_registered_by_cells_and_the_agenda_lists_months_without_a_regular_meeting()
    {
        var models = await GetJsonAsync(viewer, "/api/v1/emulation-models?year=2020&kind=SKILFUL_MASS_MOBILISATION&pageSize=100");
        models.GetProperty("totalCount").GetInt32().ShouldBe(7);
        await (await viewer.PostJsonAsync("/api/v1/emulation-models", new { organizationId = DemoData.Cell(1), year = 2021, kind = "OTHER", title = "Mô hình", target = "Thử" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await secretary.PostJsonAsync("/api/v1/emulation-models", new { organizationId = DemoData.Cell(2), year = 2021, kind = "OTHER", title = "Mô hình", target = "Thử" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "emulation_model.organization_not_found");

        var agenda = await GetJsonAsync(office, $"/api/v1/agenda?organizationId={DemoData.Cell(4)}&asOf=2021-02-15&pageSize=100");
        var items = agenda.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("module").GetString() == "Evaluation").ToList();
        items.Select(i => i.GetProperty("kind").GetString()).ShouldAllBe(k => k == "REGULAR_MEETING");
        items.Select(i => i.GetProperty("dueDate").GetString()).ShouldBe(["2021-01-31", "2021-02-28"]);
        items[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        items[1].GetProperty("overdue").GetBoolean().ShouldBeFalse();
        items[0].GetProperty("ruleSet").GetProperty("code").GetString().ShouldBe("DLD-2011-D24");
    }

    [Fact]
    public async Task Reviews_and_attended_meetings_appear_on_the_member_timeline()
    {
        var reviews = await GetJsonAsync(office, $"/api/v1/monthly-reviews?organizationId={DemoData.Cell(1)}&year=2020&month=12&pageSize=1");
        var memberId = reviews.GetProperty("items")[0].GetProperty("memberId").GetGuid();
        var timeline = await office.GetFromJsonAsync<JsonElement>($"/api/v1/members/{memberId}/timeline", HttpExtensions.Json);
        var kinds = timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        kinds.Count(k => k == "evaluation.monthly_review").ShouldBeGreaterThanOrEqualTo(2);
        kinds.ShouldContain("evaluation.meeting_attended");
    }
}

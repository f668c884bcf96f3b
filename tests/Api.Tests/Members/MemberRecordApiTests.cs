using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Members.GetMemberTimeline;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// The member record over HTTP: exemption and suspension as dated conditions (timeline, statistics), re-admission,
/// corrections by decision, dated qualifications in historical statistics, the national form's fields and sheets.
/// </summary>
public sealed class MemberRecordApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/members";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
    private readonly HttpClient secretary = factory.ClientAs("CellSecretary", DemoData.Cell(3));

    private static string ETag(HttpResponseMessage response) => response.Headers.ETag!.Tag;

    private async Task<string> VersionAsync(Guid id) => ETag(await office.GetAsync($"{Url}/{id}"));

    [Fact]
    public async Task The_cell_exempts_a_member_who_stays_full_and_shows_in_the_timeline_and_statistics()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(3), "Lý Thị Miễn");
        var body = new { kind = "EXEMPTION", ground = "AGE", startsOn = "2024-01-02", decisionNumber = "7-NQ/CB", reason = "Tuổi cao" };

        await (await office.PostJsonAsync($"{Url}/{id}/exemptions", body, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        var response = await secretary.PostJsonAsync($"{Url}/{id}/exemptions", body, "\"1\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var member = await response.ReadAsync<MemberDto>();

        member.Status.ShouldBe(MemberStatus.Full);
        var condition = member.Conditions.ShouldHaveSingleItem();
        condition.ShouldSatisfyAllConditions(
            c => c.Kind.ShouldBe(MemberConditionKind.Exemption), c => c.Ground.ShouldBe(ExemptionGround.Age), c => c.EndsOn.ShouldBeNull(), c => c.InForce.ShouldBeTrue());

        var timeline = await office.GetFromJsonAsync<MemberTimeline>($"{Url}/{id}/timeline", HttpExtensions.Json);
        timeline!.Events.Single(e => e.Kind == "membership.condition_started").ShouldSatisfyAllConditions(
            e => e.Date.ShouldBe(new DateOnly(2024, 1, 2)), e => e.DocumentNumber.ShouldBe("7-NQ/CB"), e => e.Title.ShouldContain("Miễn công tác"));

        var cell = await office.GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?organizationId={DemoData.Cell(3)}", HttpExtensions.Json);
        cell!.Members.ByCondition.Single(c => c.Code == "EXEMPTION").Count.ShouldBeGreaterThanOrEqualTo(1);
        cell.Members.ByStatus.Select(s => s.Code).ShouldNotContain("EXEMPT_FROM_ACTIVITIES");
        var before = await office.GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?organizationId={DemoData.Cell(3)}&asOf=2024-01-01", HttpExtensions.Json);
        (cell.Members.ByCondition.Single(c => c.Code == "EXEMPTION").Count - before!.Members.ByCondition.Single(c => c.Code == "EXEMPTION").Count).ShouldBe(1);
    }

    [Fact]
    public async Task An_exemption_for_another_reason_needs_an_end_within_the_rule_set()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(3), "Lý Văn Đi Xa");
        var open = await secretary.PostJsonAsync($"{Url}/{id}/exemptions", new { kind = "EXEMPTION", ground = "OTHER", startsOn = "2024-03-01" }, "\"1\"");
        var problem = await open.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.exemption_too_long");
        problem.GetProperty("detail").GetString()!.ShouldContain("HD01-2021");

        var ok = await secretary.PostJsonAsync($"{Url}/{id}/exemptions", new { kind = "EXEMPTION", ground = "OTHER", startsOn = "2024-03-01", endsOn = "2025-02-28" }, "\"1\"");
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var ended = await secretary.PostJsonAsync($"{Url}/{id}/exemptions/end", new { lastDay = "2024-06-30", decisionNumber = "9-NQ/CB" }, ETag(ok));
        (await ended.ReadAsync<MemberDto>()).Conditions.Single().EndsOn.ShouldBe(new DateOnly(2024, 6, 30));
    }

    [Fact]
    public async Task A_removed_member_is_readmitted_after_36_months_once()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(3), "Lý Văn Trở Lại");
        var removed = await office.PostJsonAsync(
            $"{Url}/{id}/status-changes", new { status = "NAME_REMOVED", effectiveOn = "2020-01-02", decisionNumber = "4-QĐ/ĐU", leavingReason = "NO_DUES_OR_ACTIVITIES" }, "\"1\"");
        removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());

        var early = await office.PostJsonAsync($"{Url}/{id}/readmission", new { decisionDate = "2023-01-01", decisionNumber = "8-QĐ/ĐU", organizationId = DemoData.Cell(3) }, ETag(removed));
        (await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.readmission_too_early")).GetProperty("detail").GetString()!.ShouldContain("2023-01-02");

        var readmitted = await office.PostJsonAsync(
            $"{Url}/{id}/readmission", new { decisionDate = "2023-01-02", decisionNumber = "8-QĐ/ĐU", organizationId = DemoData.Cell(3), ceremonyDate = "2023-02-01" }, ETag(removed));
        readmitted.StatusCode.ShouldBe(HttpStatusCode.OK, await readmitted.Content.ReadAsStringAsync());
        var member = await readmitted.ReadAsync<MemberDto>();
        member.Status.ShouldBe(MemberStatus.Probationary);
        member.Seniority.ShouldBeNull();
        member.ReadmissionDecisionDate.ShouldBe(new DateOnly(2023, 1, 2));
        member.CeremonyDate.ShouldBe(new DateOnly(2023, 2, 1));

        var recognized = await office.PostJsonAsync($"{Url}/{id}/full-membership", new { recognizedOn = "2024-02-01", decisionNumber = "9-QĐ/ĐU" }, ETag(readmitted));
        recognized.StatusCode.ShouldBe(HttpStatusCode.OK, await recognized.Content.ReadAsStringAsync());
        var full = await (await office.GetAsync($"{Url}/{id}")).ReadAsync<MemberDto>();
        full.Seniority!.CountedFrom.ShouldBe(new DateOnly(2010, 5, 19));
        full.Seniority.DaysExcluded.ShouldBe(new DateOnly(2023, 1, 2).DayNumber - new DateOnly(2020, 1, 2).DayNumber);
    }

    [Fact]
    public async Task The_name_changes_only_by_a_decision_listed_with_the_record()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(3), "Lý Thị Cũ");
        var record = await (await office.GetAsync($"{Url}/{id}")).ReadAsync<JsonObject>();
        foreach (var name in new[] { "id", "familyName", "middleName", "givenName", "sexLabel", "birthYear", "ageYears", "ethnicity", "generalEducationLabel", "professionalLevelLabel",
            "politicalTheoryLevelLabel", "seniorityYears", "seniority", "readmissionDecisionDate", "readmissionDecisionNumber", "organizationId", "organizationName", "status",
            "statusLabel", "statusSince", "conditions", "academicTitleLabel", "personalDataMasked", "version", "nameOrder", "birthName", "alias", "readmissionRuleSet" })
        {
            record.Remove(name);
        }

        record["fullName"] = "Lý Thị Mới";
        await (await office.PutJsonAsync($"{Url}/{id}", record, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.identity_change_needs_decision");

        var corrected = await office.PostJsonAsync(
            $"{Url}/{id}/corrections",
            new { fullName = "Lý Thị Mới", dateOfBirth = "1985-03-03", decisionNumber = "21-QĐ/BTCTU", decisionDate = "2024-05-06", decisionIssuer = "Ban Tổ chức Tỉnh ủy" },
            "\"1\"");
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
        (await corrected.ReadAsync<MemberDto>()).FullName.ShouldBe("Lý Thị Mới");

        var list = await office.GetFromJsonAsync<JsonElement>($"{Url}/{id}/corrections", HttpExtensions.Json);
        list.EnumerateArray().Select(c => (c.GetProperty("field").GetString(), c.GetProperty("newValue").GetString())).ShouldBe(
            [("FULL_NAME", "Lý Thị Mới"), ("DATE_OF_BIRTH", "1985-03-03")]);
        var masked = await factory.ClientAs("Viewer", DemoData.CommitteeId).GetFromJsonAsync<JsonElement>($"{Url}/{id}/corrections", HttpExtensions.Json);
        masked.EnumerateArray().Single(c => c.GetProperty("field").GetString() == "DATE_OF_BIRTH").GetProperty("newValue").ValueKind.ShouldBe(JsonValueKind.Null);

        var timeline = await office.GetFromJsonAsync<MemberTimeline>($"{Url}/{id}/timeline", HttpExtensions.Json);
        timeline!.Events.Count(e => e.Kind == "membership.correction").ShouldBe(2);
        timeline.Events.Single(e => e.Kind == "membership.correction" && e.Details["field"] == "FullName").Title.ShouldContain("Lý Thị Mới");
    }

    [Fact]
    public async Task Historical_statistics_use_the_political_theory_in_force_on_the_date()
    {
        var cell = await CreateCellAsync("CB-REC-HS");
        var id = await factory.AddMemberAsync(cell, "Lý Văn Học");
        var record = await (await office.GetAsync($"{Url}/{id}")).ReadAsync<JsonObject>();
        foreach (var name in new[] { "id", "familyName", "middleName", "givenName", "sexLabel", "birthYear", "ageYears", "ethnicity", "generalEducationLabel", "professionalLevelLabel",
            "politicalTheoryLevelLabel", "seniorityYears", "seniority", "readmissionDecisionDate", "readmissionDecisionNumber", "organizationId", "organizationName", "status",
            "statusLabel", "statusSince", "conditions", "academicTitleLabel", "personalDataMasked", "version", "nameOrder", "birthName", "alias", "readmissionRuleSet" })
        {
            record.Remove(name);
        }

        record["politicalTheoryLevel"] = "ADVANCED";
        record["changesEffectiveOn"] = "2024-06-01";
        record["familyRelations"] = new JsonArray(new JsonObject { ["relation"] = "Mẹ", ["fullName"] = "Nguyễn Thị Mẹ", ["birthYear"] = 1960 });
        record["youthUnionJoinedOn"] = "2000-03-26";
        var updated = await office.PutJsonAsync($"{Url}/{id}", record, "\"1\"");
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());

        async Task<IReadOnlyList<CountBy>> TheoryOn(string date) =>
            (await office.GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?organizationId={cell}&asOf={date}", HttpExtensions.Json))!.Members.ByPoliticalTheoryLevel;
        (await TheoryOn("2024-05-31")).Single().Code.ShouldBe("INTERMEDIATE");
        (await TheoryOn("2024-06-01")).Single().Code.ShouldBe("ADVANCED");

        // Family relations are personal data: masked for a viewer.
        (await office.GetFromJsonAsync<MemberDto>($"{Url}/{id}", HttpExtensions.Json))!.FamilyRelations!.Single().FullName.ShouldBe("Nguyễn Thị Mẹ");
        var viewer = await factory.ClientAs("Viewer", DemoData.CommitteeId).GetFromJsonAsync<JsonElement>($"{Url}/{id}", HttpExtensions.Json);
        viewer.GetProperty("familyRelations").ValueKind.ShouldBe(JsonValueKind.Null);
        viewer.GetProperty("youthUnionJoinedOn").GetString().ShouldBe("2000-03-26");
    }

    [Fact]
    public async Task The_supplementary_sheet_is_one_per_year()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(3), "Lý Thị Bổ Sung");
        (await office.PostJsonAsync($"{Url}/{id}/supplementary-sheets", new { year = 2024, content = "Không thay đổi", declaredOn = "2024-12-20" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var replaced = await office.PostJsonAsync($"{Url}/{id}/supplementary-sheets", new { year = 2024, content = "Bổ nhiệm Phó Trưởng phòng", declaredOn = "2025-01-05" });
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        await (await office.PostJsonAsync($"{Url}/{id}/supplementary-sheets", new { year = 2009, content = "x", declaredOn = "2024-12-20" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.supplementary_sheet_year_invalid");

        var sheets = await office.GetFromJsonAsync<JsonElement>($"{Url}/{id}/supplementary-sheets", HttpExtensions.Json);
        sheets.EnumerateArray().Select(s => (s.GetProperty("year").GetInt32(), s.GetProperty("content").GetString())).ShouldBe([(2024, "Bổ nhiệm Phó Trưởng phòng")]);
    }

    private async Task<Guid> CreateCellAsync(string code)
    {
        var response = await factory.ClientAs("Admin", null).PostAsJsonAsync("/api/v1/organizations", new
        {
            code,
            name = "Chi bộ " + code,
            type = "PARTY_CELL",
            unitKind = "ADMINISTRATIVE_AGENCY",
            parentId = DemoData.CommitteeId,
            establishedOn = "2009-01-01",
        });
        return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

using System.Net;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Inspection;

/// <summary>
/// <c>/api/v1/inspections</c>, <c>/api/v1/inspection-programmes</c>, <c>/api/v1/statistics/inspection</c>: success,
/// validation, scope and role; the demo 2020 programme and cases; the agenda and the member timeline.
/// </summary>
public sealed class InspectionApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Cases = "/api/v1/inspections";
    private const string Programmes = "/api/v1/inspection-programmes";

    /// <summary>Demo members: index 45 is in cell 3, 12 (commission member) and 20 in cell 1, 46 in cell 3.</summary>
    private static readonly Guid SubjectMember = DemoMembers.Id(45);
    private static readonly Guid Leader = DemoMembers.Id(12);
    private static readonly Guid Colleague = DemoMembers.Id(20);

    private HttpClient Commission => factory.ClientAs("InspectionCommission", DemoData.CommitteeId);

    private HttpClient Office => factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private static object NewCase(
        string decidedBy = "INSPECTION_COMMISSION", object[]? subjects = null, object[]? team = null, string topic = "QD37-2021", string decidedOn = "2024-03-04") => new
        {
            organizationId = DemoData.CommitteeId,
            kind = "THEMATIC_SUPERVISION",
            decidedBy,
            topicCode = topic,
            decidedOn,
            decisionNumber = "15-QĐ/UBKT",
            content = "Giám sát đảng viên chấp hành Quy định 37-QĐ/TW",
            coveredFrom = "2023-01-01",
            coveredTo = "2023-12-31",
            scheduleFrom = decidedOn,
            scheduleTo = "2024-04-30",
            subjects = subjects ?? [new { type = "MEMBER", memberId = SubjectMember }],
            team = team ?? [new { memberId = Leader, isLeader = true }, new { memberId = Colleague, isLeader = false }],
        };

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string ETag(JsonElement resource) => $"\"{resource.GetProperty("version").GetInt64()}\"";

    private static Guid Id(JsonElement resource) => resource.GetProperty("id").GetGuid();

    /// <summary>Every item of the due list, read a page of <paramref name="pageSize"/> at a time; each page's total the same.</summary>
    private static async Task<List<JsonElement>> DueItemsAsync(HttpClient client, string query, int pageSize)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await OkAsync(await client.GetAsync($"{Cases}/due?{query}&page={page}&pageSize={pageSize}"));
            (body.GetProperty("page").GetInt32(), body.GetProperty("pageSize").GetInt32()).ShouldBe((page, pageSize));
            var total = body.GetProperty("totalCount").GetInt32();
            var read = body.GetProperty("items").EnumerateArray().ToList();
            read.Count.ShouldBe(Math.Clamp(total - ((page - 1) * pageSize), 0, pageSize), $"page {page} of {pageSize}");
            items.AddRange(read);
            if (items.Count >= total)
            {
                return items;
            }
        }
    }

    private static async Task<JsonElement> StepAsync(HttpClient client, JsonElement c, string step, string on, object? vote = null) =>
        await OkAsync(await client.PostJsonAsync($"{Cases}/{Id(c)}/steps", new { step, on, documentNumber = "x", vote }, ETag(c)));

    [Fact]
    public async Task A_case_runs_from_its_decision_through_every_step_to_its_conclusion_and_follow_up()
    {
        var created = await OkAsync(await Commission.PostJsonAsync(Cases, NewCase()), HttpStatusCode.Created);
        created.GetProperty("stage").GetString().ShouldBe("DECISION");
        created.GetProperty("nextStep").GetString().ShouldBe("NOTICE");
        created.GetProperty("nextStepDueOn").GetString().ShouldBe("2024-03-11");
        created.GetProperty("topic").GetProperty("code").GetString().ShouldBe("QD37-2021");
        created.GetProperty("subjects")[0].GetProperty("organizationId").GetGuid().ShouldBe(DemoData.Cell(3));

        // Out of order, then without and with a stale If-Match.
        await (await Commission.PostJsonAsync($"{Cases}/{Id(created)}/steps", new { step = "VERIFICATION", on = "2024-03-05" }, ETag(created)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.step_out_of_order");
        (await Commission.PostJsonAsync($"{Cases}/{Id(created)}/steps", new { step = "NOTICE", on = "2024-03-05" })).StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        (await Commission.PostJsonAsync($"{Cases}/{Id(created)}/steps", new { step = "NOTICE", on = "2024-03-05" }, "\"99\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        var c = await StepAsync(Commission, created, "NOTICE", "2024-03-12");
        var notice = c.GetProperty("steps")[1];
        notice.GetProperty("late").GetBoolean().ShouldBeTrue("the notice was due on 2024-03-11");
        notice.GetProperty("workingDaysLate").GetInt32().ShouldBe(1);
        c = await StepAsync(Commission, c, "SELF_REPORT", "2024-03-20");
        c = await StepAsync(Commission, c, "VERIFICATION", "2024-04-01");
        c = await StepAsync(Commission, c, "DRAFT_REPORT", "2024-04-10");
        c = await StepAsync(Commission, c, "MEETING", "2024-04-15", new { @for = 5, against = 0, abstaining = 0 });
        c.GetProperty("steps")[5].GetProperty("vote").GetProperty("for").GetInt32().ShouldBe(5);

        var subjectId = c.GetProperty("subjects")[0].GetProperty("id").GetGuid();
        c = await OkAsync(await Commission.PostJsonAsync($"{Cases}/{Id(c)}/conclusion", new
        {
            on = "2024-04-20",
            documentNumber = "16-TB/UBKT",
            findings = new[] { new { subjectId, violation = true, severity = "VIOLATION_BELOW_DISCIPLINE", article = "Điều 2", description = "Chưa gương mẫu" } },
            recommendations = new[] { new { text = "Kiểm điểm trước chi bộ", owner = "Đảng viên được giám sát", dueOn = "2024-05-31" } },
        }, ETag(c)));
        c.GetProperty("stage").GetString().ShouldBe("CONCLUSION");
        c.GetProperty("nextStep").GetString().ShouldBe("FOLLOW_UP");
        var recommendation = c.GetProperty("recommendations")[0];
        recommendation.GetProperty("status").GetString().ShouldBe("OVERDUE", "its due date has passed and it is not done");

        c = await OkAsync(await Commission.PostJsonAsync($"{Cases}/{Id(c)}/follow-up", new
        {
            recommendationId = recommendation.GetProperty("id").GetGuid(), on = "2024-06-03", note = "Đã kiểm điểm", evidence = "BB-05", done = true,
        }, ETag(c)));
        c.GetProperty("closedOn").GetString().ShouldBe("2024-06-03");
        c.GetProperty("recommendations")[0].GetProperty("status").GetString().ShouldBe("DONE");
        c.GetProperty("recommendations")[0].GetProperty("doneLate").GetBoolean().ShouldBeTrue();

        // The member's timeline shows the case.
        var timeline = await OkAsync(await Office.GetAsync($"/api/v1/members/{SubjectMember}/timeline"));
        var kinds = timeline.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("source").GetString() == "inspection").Select(e => e.GetProperty("kind").GetString()).ToList();
        kinds.ShouldContain("inspection.decision");
        kinds.ShouldContain("inspection.conclusion");
    }

    [Fact]
    public async Task A_team_member_may_not_inspect_himself_or_his_own_cell_and_nothing_is_written()
    {
        await factory.ShouldWriteNothingAsync(async () =>
        {
            await (await Commission.PostJsonAsync(Cases, NewCase(team: [new { memberId = SubjectMember, isLeader = true }])))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.team_member_is_subject");
            await (await Commission.PostJsonAsync(Cases, NewCase(subjects: [new { type = "CELL", organizationId = DemoData.Cell(1) }])))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.team_member_in_subject_cell");
        });
    }

    [Fact]
    public async Task Invalid_requests_are_refused_with_field_errors()
    {
        await (await Commission.PostJsonAsync(Cases, new { organizationId = DemoData.CommitteeId, kind = "THEMATIC_SUPERVISION" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await Commission.PostJsonAsync(Cases, new { organizationId = DemoData.CommitteeId, colour = "red" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await Commission.PostJsonAsync(Programmes, new { organizationId = DemoData.CommitteeId, year = 2024, issuedBy = "INSPECTION_COMMISSION", issuedOn = "2024-01-05", items = new[] { new { kind = "PARTY_FINANCE", subjectType = "CELL", organizationId = DemoData.Cell(2), topicCode = "PARTY_FINANCE", quarter = 5 } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await Commission.PostJsonAsync(Cases, NewCase(topic: "QD47-2011")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.topic_unknown");
        await (await Commission.GetAsync($"{Cases}?kind=nope")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task The_standing_committee_records_its_meeting_and_conclusion_through_the_office()
    {
        var c = await OkAsync(await Office.PostJsonAsync(Cases, NewCase(decidedBy: "STANDING_COMMITTEE", decidedOn: "2024-03-05")), HttpStatusCode.Created);
        await (await Office.PostJsonAsync($"{Cases}/{Id(c)}/steps", new { step = "NOTICE", on = "2024-03-06" }, ETag(c)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.step_not_for_role");
        c = await StepAsync(Commission, c, "NOTICE", "2024-03-06");
        c = await StepAsync(Commission, c, "SELF_REPORT", "2024-03-07");
        c = await StepAsync(Commission, c, "VERIFICATION", "2024-03-08");
        c = await StepAsync(Commission, c, "DRAFT_REPORT", "2024-03-11");
        await (await Commission.PostJsonAsync($"{Cases}/{Id(c)}/steps", new { step = "MEETING", on = "2024-03-12", vote = new { @for = 3, against = 0, abstaining = 0 } }, ETag(c)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.step_not_for_role");
        c = await StepAsync(Office, c, "MEETING", "2024-03-12", new { @for = 3, against = 0, abstaining = 0 });
        c.GetProperty("stage").GetString().ShouldBe("MEETING");
        await (await Commission.PostJsonAsync(Cases, NewCase(decidedBy: "STANDING_COMMITTEE")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.step_not_for_role");
    }

    [Fact]
    public async Task A_cell_secretary_sees_the_cases_on_his_cell_only_and_changes_none()
    {
        var demo = DemoDataSeeder.InspectionCaseId(1); // the TW4 supervision of cell 2
        var own = factory.ClientAs("CellSecretary", DemoData.Cell(2));
        var other = factory.ClientAs("CellSecretary", DemoData.Cell(3));

        (await OkAsync(await own.GetAsync($"{Cases}/{demo}"))).GetProperty("topic").GetProperty("code").GetString().ShouldBe("NQ04-TW4-XII");
        await (await other.GetAsync($"{Cases}/{demo}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspection.not_found");
        var list = await OkAsync(await own.GetAsync($"{Cases}?year=2020"));
        list.GetProperty("items").EnumerateArray().Select(Id).ShouldBe([demo]);
        await (await own.PostJsonAsync(Cases, NewCase())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await own.GetAsync($"{Programmes}/{DemoDataSeeder.InspectionProgrammeId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspection.programme_not_found");
    }

    [Fact]
    public async Task A_case_naming_a_programme_that_does_not_exist_is_refused_as_unprocessable_and_writes_nothing()
    {
        // Found by the contract fuzz: a programme named in the body answered 404, which the contract does not document for
        // opening a case; a body's references are 422, as an organisation or a member named in it.
        var before = (await OkAsync(await Commission.GetAsync($"{Cases}?pageSize=1"))).GetProperty("totalCount").GetInt32();
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(NewCase()))!.AsObject();
        body["programmeId"] = Guid.NewGuid();
        await (await Commission.PostJsonAsync(Cases, body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.programme_not_found");
        (await OkAsync(await Commission.GetAsync($"{Cases}?pageSize=1"))).GetProperty("totalCount").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task A_viewer_sees_the_statistics_only_and_a_member_nothing()
    {
        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);
        await (await viewer.GetAsync(Cases)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await viewer.GetAsync(Programmes)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        (await viewer.GetAsync("/api/v1/statistics/inspection?year=2020")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var agenda = await OkAsync(await viewer.GetAsync("/api/v1/agenda?asOf=2021-01-04&pageSize=100"));
        agenda.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("module").GetString() == "Inspection");

        var member = factory.ClientAs("Member", DemoData.Cell(1));
        await (await member.GetAsync($"{Cases}/{DemoDataSeeder.InspectionCaseId(1)}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await member.GetAsync("/api/v1/statistics/inspection?year=2020")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task The_2020_statistics_count_the_demo_programme_and_cases()
    {
        var s = await OkAsync(await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync($"/api/v1/statistics/inspection?organizationId={DemoData.CommitteeId}&year=2020"));
        s.GetProperty("asOf").GetString().ShouldBe("2020-12-31");
        var i = s.GetProperty("inspection");
        i.GetProperty("programmes").GetInt32().ShouldBe(1);
        i.GetProperty("plannedItems").GetInt32().ShouldBe(6);
        i.GetProperty("cases").GetInt32().ShouldBe(5);
        i.GetProperty("concluded").GetInt32().ShouldBe(4);
        int Count(string section, string code) => i.GetProperty(section).EnumerateArray().Single(e => e.GetProperty("code").GetString() == code).GetProperty("count").GetInt32();
        Count("byKind", "THEMATIC_SUPERVISION").ShouldBe(2);
        Count("byKind", "THEMATIC_INSPECTION").ShouldBe(2);
        Count("byKind", "PARTY_FINANCE").ShouldBe(1);
        foreach (var topic in new[] { "NQ04-TW4-XII", "CT05-2016", "QD47-2011", "QD109-2018", "PARTY_FINANCE" })
        {
            Count("byTopic", topic).ShouldBe(1);
        }

        Count("subjectsByType", "CELL").ShouldBe(3);
        Count("subjectsByType", "CELL_COMMITTEE").ShouldBe(1);
        Count("subjectsByType", "MEMBER").ShouldBe(1);
        i.GetProperty("findings").GetInt32().ShouldBe(4);
        i.GetProperty("violationsFound").GetInt32().ShouldBe(1);
        var r = i.GetProperty("recommendations");
        (r.GetProperty("total").GetInt32(), r.GetProperty("done").GetInt32(), r.GetProperty("open").GetInt32(), r.GetProperty("overdue").GetInt32()).ShouldBe((5, 4, 0, 1));

        var cell = await OkAsync(await factory.ClientAs("CellSecretary", DemoData.Cell(3)).GetAsync("/api/v1/statistics/inspection?year=2020"));
        cell.GetProperty("inspection").GetProperty("cases").GetInt32().ShouldBe(1);
        await (await factory.ClientAs("CellSecretary", DemoData.Cell(3)).GetAsync($"/api/v1/statistics/inspection?organizationId={DemoData.Cell(2)}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        await (await Commission.GetAsync("/api/v1/statistics/inspection?year=1800")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Overdue_recommendations_and_case_steps_are_on_the_agenda_and_the_due_list()
    {
        var due = await OkAsync(await Commission.GetAsync($"{Cases}/due?organizationId={DemoData.CommitteeId}&asOf=2021-01-04&overdueOnly=true&pageSize=100"));
        var items = due.GetProperty("items").EnumerateArray().ToList();
        due.GetProperty("totalCount").GetInt32().ShouldBe(items.Count);
        items.ShouldContain(e => e.GetProperty("kind").GetString() == "RECOMMENDATION" && e.GetProperty("inspectionId").GetGuid() == DemoDataSeeder.InspectionCaseId(2));
        items.ShouldContain(e => e.GetProperty("kind").GetString() == "DRAFT_REPORT" && e.GetProperty("inspectionId").GetGuid() == DemoDataSeeder.InspectionCaseId(4));
        items.ShouldAllBe(e => e.GetProperty("overdue").GetBoolean());

        var agenda = await OkAsync(await Commission.GetAsync($"/api/v1/agenda?organizationId={DemoData.Cell(3)}&asOf=2021-01-04&pageSize=100"));
        var item = agenda.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("source").GetString() == "INSPECTION_RECOMMENDATIONS");
        item.GetProperty("module").GetString().ShouldBe("Inspection");
        item.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        item.GetProperty("workingDaysLeft").GetInt32().ShouldBeLessThan(0);
    }

    [Fact]
    public async Task The_due_list_holds_each_open_cases_next_step_and_open_recommendations_as_their_records_show_them()
    {
        // Cases waiting for the notice (due from the decision), the self-report (from the notice) and the conclusion
        // (from the meeting), beside the demo cases with their recommendations: the due list reads projected columns
        // (ADR 0067), the case records the aggregate; both must give the same items.
        await OkAsync(await Commission.PostJsonAsync(Cases, NewCase()), HttpStatusCode.Created);
        var noticed = await StepAsync(Commission, await OkAsync(await Commission.PostJsonAsync(Cases, NewCase()), HttpStatusCode.Created), "NOTICE", "2024-03-08");
        var met = await StepAsync(Commission, await OkAsync(await Commission.PostJsonAsync(Cases, NewCase()), HttpStatusCode.Created), "NOTICE", "2024-03-06");
        foreach (var (step, on) in new[] { ("SELF_REPORT", "2024-03-13"), ("VERIFICATION", "2024-03-20"), ("DRAFT_REPORT", "2024-04-02") })
        {
            met = await StepAsync(Commission, met, step, on);
        }

        met = await StepAsync(Commission, met, "MEETING", "2024-04-09", new { @for = 3, against = 0, abstaining = 0 });
        noticed.GetProperty("nextStep").GetString().ShouldBe("SELF_REPORT");
        met.GetProperty("nextStep").GetString().ShouldBe("CONCLUSION");

        var records = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var list = await OkAsync(await Commission.GetAsync($"{Cases}?organizationId={DemoData.CommitteeId}&page={page}&pageSize=100"));
            records.AddRange(list.GetProperty("items").EnumerateArray());
            if (records.Count >= list.GetProperty("totalCount").GetInt32())
            {
                break;
            }
        }

        static DateOnly Day(JsonElement e) => DateOnly.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var asOf in new[] { new DateOnly(2020, 6, 30), new DateOnly(2021, 1, 4), new DateOnly(2024, 3, 20), new DateOnly(2024, 6, 30) })
        {
            var expected = new List<(DateOnly Due, Guid Case, Guid? Recommendation, string Kind, bool Overdue)>();
            foreach (var c in records.Where(c => Day(c.GetProperty("decidedOn")) <= asOf
                && (c.GetProperty("closedOn").ValueKind == JsonValueKind.Null || Day(c.GetProperty("closedOn")) > asOf)))
            {
                if (c.GetProperty("nextStep").GetString() is { } next && next != "FOLLOW_UP" && c.GetProperty("nextStepDueOn").ValueKind != JsonValueKind.Null)
                {
                    var due = Day(c.GetProperty("nextStepDueOn"));
                    expected.Add((due, Id(c), null, next, asOf > due));
                }

                foreach (var r in c.GetProperty("recommendations").EnumerateArray()
                    .Where(r => r.GetProperty("doneOn").ValueKind == JsonValueKind.Null || Day(r.GetProperty("doneOn")) > asOf))
                {
                    var due = Day(r.GetProperty("dueOn"));
                    expected.Add((due, Id(c), Id(r), "RECOMMENDATION", asOf > due));
                }
            }

            var items = (await DueItemsAsync(Commission, $"organizationId={DemoData.CommitteeId}&asOf={asOf:yyyy-MM-dd}", pageSize: 100))
                .Select(i => (Day(i.GetProperty("dueDate")), i.GetProperty("inspectionId").GetGuid(),
                    i.GetProperty("recommendationId").ValueKind == JsonValueKind.Null ? (Guid?)null : i.GetProperty("recommendationId").GetGuid(),
                    i.GetProperty("kind").GetString()!, i.GetProperty("overdue").GetBoolean()))
                .ToList();
            items.ShouldBe([.. expected.OrderBy(e => e.Due).ThenBy(e => e.Case).ThenBy(e => e.Recommendation)], $"as of {asOf}");
            if (asOf == new DateOnly(2024, 3, 20))
            {
                items.Select(i => i.Item4).ShouldContain("NOTICE");
                items.Select(i => i.Item4).ShouldContain("SELF_REPORT");
                items.Select(i => i.Item4).ShouldContain("CONCLUSION");
            }

            if (asOf == new DateOnly(2021, 1, 4))
            {
                items.Select(i => i.Item4).ShouldContain("RECOMMENDATION");
            }
        }
    }

    [Fact]
    public async Task A_programme_is_issued_read_and_amended_with_its_etag_and_a_second_one_is_refused()
    {
        var body = new
        {
            organizationId = DemoData.CommitteeId, year = 2025, issuedBy = "STANDING_COMMITTEE", documentNumber = "05-CTr/ĐU", issuedOn = "2024-12-20",
            items = new object[]
            {
                new { kind = "THEMATIC_INSPECTION", subjectType = "CELL", organizationId = DemoData.Cell(4), topicCode = "QD37-2021", quarter = 2 },
                new { kind = "REGULAR_SUPERVISION", subjectType = "MEMBER", memberId = SubjectMember, topicCode = "CT05-2016", quarter = 3 },
            },
        };
        var created = await OkAsync(await Office.PostJsonAsync(Programmes, body), HttpStatusCode.Created);
        created.GetProperty("items").GetArrayLength().ShouldBe(2);
        created.GetProperty("items")[1].GetProperty("organizationId").GetGuid().ShouldBe(DemoData.Cell(3), "a member item names his cell");
        await (await Office.PostJsonAsync(Programmes, body)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "inspection.programme_exists");

        var read = await Commission.GetAsync($"{Programmes}/{Id(created)}");
        read.Headers.ETag!.Tag.ShouldBe(ETag(created));
        var amended = await OkAsync(await Office.PutJsonAsync($"{Programmes}/{Id(created)}", new { year = 2025, issuedBy = "STANDING_COMMITTEE", issuedOn = "2024-12-20", items = Array.Empty<object>() }, ETag(created)));
        amended.GetProperty("items").GetArrayLength().ShouldBe(0);
        amended.GetProperty("version").GetInt64().ShouldBeGreaterThan(created.GetProperty("version").GetInt64());
        (await Office.PutJsonAsync($"{Programmes}/{Id(created)}", new { year = 2025, issuedBy = "STANDING_COMMITTEE", issuedOn = "2024-12-20", items = Array.Empty<object>() }, ETag(created)))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        // The list gives each programme's header with its items counted (ADR 0076), the same header as its record.
        var list = await OkAsync(await Commission.GetAsync($"{Programmes}?year=2020"));
        var demo = list.GetProperty("items").EnumerateArray().Single();
        Id(demo).ShouldBe(DemoDataSeeder.InspectionProgrammeId);
        demo.GetProperty("itemCount").GetInt32().ShouldBe(6);
        demo.TryGetProperty("items", out _).ShouldBeFalse("the list carries no items");
        var record = await OkAsync(await Commission.GetAsync($"{Programmes}/{DemoDataSeeder.InspectionProgrammeId}"));
        record.GetProperty("items").GetArrayLength().ShouldBe(6);
        foreach (var field in new[] { "organizationId", "organizationName", "year", "issuedBy", "issuedByLabel", "documentNumber", "issuedOn", "version", "createdAt", "updatedAt" })
        {
            demo.GetProperty(field).GetRawText().ShouldBe(record.GetProperty(field).GetRawText(), field);
        }

        var ours = (await OkAsync(await Office.GetAsync($"{Programmes}?year=2025&pageSize=100"))).GetProperty("items").EnumerateArray().Single(p => Id(p) == Id(created));
        ours.GetProperty("itemCount").GetInt32().ShouldBe(0, "amended to no items");
        ours.GetProperty("version").GetInt64().ShouldBe(amended.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task The_due_list_is_paged_and_its_pages_of_any_size_read_the_one_list_once_in_order()
    {
        // Issue 12: at 1.1M members the due list answered 14,000 items at once (3.6 MB). Pages of 1, 2 and 3 items must
        // read exactly the list one page of 100 holds, in its order, on dates with steps and recommendations due.
        await OkAsync(await Commission.PostJsonAsync(Cases, NewCase()), HttpStatusCode.Created);
        await StepAsync(Commission, await OkAsync(await Commission.PostJsonAsync(Cases, NewCase()), HttpStatusCode.Created), "NOTICE", "2024-03-08");
        foreach (var query in new[]
        {
            $"organizationId={DemoData.CommitteeId}&asOf=2021-01-04",
            $"organizationId={DemoData.CommitteeId}&asOf=2024-03-20",
            $"organizationId={DemoData.CommitteeId}&asOf=2024-03-20&overdueOnly=true",
            "asOf=2021-01-04",
        })
        {
            static string Key(JsonElement i) => $"{i.GetProperty("dueDate").GetString()}|{i.GetProperty("inspectionId").GetGuid()}|{i.GetProperty("kind").GetString()}|{i.GetProperty("recommendationId")}";
            var whole = (await DueItemsAsync(Commission, query, 100)).Select(Key).ToList();
            whole.Count.ShouldBeGreaterThan(query.Contains("overdueOnly", StringComparison.Ordinal) ? 0 : 1, query);
            foreach (var size in new[] { 1, 2, 3 })
            {
                (await DueItemsAsync(Commission, query, size)).Select(Key).ShouldBe(whole, $"{query}, pages of {size}");
            }
        }

        var beyond = await OkAsync(await Commission.GetAsync($"{Cases}/due?organizationId={DemoData.CommitteeId}&asOf=2021-01-04&page=1000&pageSize=100"));
        beyond.GetProperty("items").GetArrayLength().ShouldBe(0);
        beyond.GetProperty("totalCount").GetInt32().ShouldBeGreaterThan(0);
        await (await Commission.GetAsync($"{Cases}/due?pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await Commission.GetAsync($"{Cases}/due?pageSize=101")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await Commission.GetAsync($"{Cases}/due?page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await Commission.GetAsync($"{Cases}/due?page=x")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
    }
}

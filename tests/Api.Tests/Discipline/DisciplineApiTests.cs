using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Dues;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Discipline;
using PartyCommittee.Application.Inspection.Discipline.Figures;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Members.GetMemberTimeline;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Discipline;

/// <summary>/api/v1/disciplinary-actions over HTTP: proposal, decision and its effects, limitation, roles, scope, validation.</summary>
public sealed class DisciplineApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/disciplinary-actions";

    private readonly HttpClient commission = factory.ClientAs("InspectionCommission", DemoData.CommitteeId);
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private static object MemberProposal(Guid memberId, string form = "REPRIMAND", string body = "COMMITTEE", string violationOn = "2023-03-01", string proposedOn = "2023-05-02") => new
    {
        subjectKind = "MEMBER",
        memberId,
        form,
        body,
        violation = "Vi phạm Quy định 37-QĐ/TW về những điều đảng viên không được làm",
        violationOn,
        proposedOn,
    };

    private static object Decision(string form = "REPRIMAND", string body = "COMMITTEE", string decidedOn = "2023-06-05", bool selfDetected = false, bool remedied = false) =>
        new { form, body, decidedOn, decisionNumber = "12-QĐ/ĐU", selfDetected, remedied };

    private async Task<DisciplinaryActionDto> ProposeAsync(object proposal)
    {
        var response = await commission.PostJsonAsync(Url, proposal);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<DisciplinaryActionDto>();
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, DisciplinaryActionDto action, object decision) =>
        client.PostJsonAsync($"{Url}/{action.Id}/decision", decision, $"\"{action.Version}\"");

    [Fact]
    public async Task A_reprimand_proposed_by_the_commission_and_decided_by_the_committee_names_its_rule_set_and_appears_on_the_timeline()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(3), "Trần Văn Kỷ", admittedOn: new DateOnly(2012, 4, 2));
        var action = await ProposeAsync(MemberProposal(member));
        action.Status.ShouldBe(DisciplineStatus.Proposed);
        action.SubjectCategory.ShouldBe(DisciplineSubjectCategory.FullMember);
        action.OrganizationId.ShouldBe(DemoData.Cell(3));
        action.LimitationLastDay.ShouldBe(new DateOnly(2028, 2, 29));

        var decided = await (await DecideAsync(office, action, Decision())).ReadAsync<DisciplinaryActionDto>();
        decided.Status.ShouldBe(DisciplineStatus.Decided);
        decided.RuleSet.Code.ShouldBe("QD69-2022");
        decided.AppealDueOn.ShouldBe(new DateOnly(2023, 7, 5));
        decided.Version.ShouldBeGreaterThan(action.Version);

        var timeline = await office.GetFromJsonAsync<MemberTimeline>($"/api/v1/members/{member}/timeline", HttpExtensions.Json);
        var decidedEvent = timeline!.Events.Single(e => e.Kind == "discipline.decided");
        decidedEvent.Date.ShouldBe(new DateOnly(2023, 6, 5));
        decidedEvent.DocumentNumber.ShouldBe("12-QĐ/ĐU");
        timeline.Events.ShouldContain(e => e.Kind == "discipline.proposed" && e.Date == new DateOnly(2023, 5, 2));
    }

    [Fact]
    public async Task Expulsion_makes_the_member_expelled_through_the_status_rules()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(4), "Lê Văn Khai", admittedOn: new DateOnly(2014, 4, 2));
        var action = await ProposeAsync(MemberProposal(member, "EXPULSION"));

        (await DecideAsync(office, action, Decision("EXPULSION"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var record = await office.GetFromJsonAsync<MemberDto>($"/api/v1/members/{member}", HttpExtensions.Json);
        record!.Status.ShouldBe(MemberStatus.Expelled);
    }

    [Fact]
    public async Task Dismissal_from_post_ends_the_members_seats_in_elected_bodies_and_a_member_without_a_post_cannot_be_dismissed()
    {
        var holder = DemoMembers.Id(30);
        var action = await ProposeAsync(MemberProposal(holder, "DISMISSAL_FROM_POST"));
        (await DecideAsync(office, action, Decision("DISMISSAL_FROM_POST", decidedOn: "2024-03-01"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var executive = await office.GetFromJsonAsync<ElectedBodyDto>($"/api/v1/elected-bodies/{Guid.Parse("0195a000-0000-7000-8002-000000000011")}", HttpExtensions.Json);
        executive!.Memberships.Single(m => m.MemberId == holder).EndsOn.ShouldBe(new DateOnly(2024, 3, 1));
        (await office.GetFromJsonAsync<MemberDto>($"/api/v1/members/{holder}", HttpExtensions.Json))!.Status.ShouldBe(MemberStatus.Full);

        var member = await factory.AddMemberAsync(DemoData.Cell(4), "Lê Văn Chức", admittedOn: new DateOnly(2014, 4, 2));
        var without = await ProposeAsync(MemberProposal(member, "DISMISSAL_FROM_POST"));
        await factory.ShouldWriteNothingAsync(async () =>
            await (await DecideAsync(office, without, Decision("DISMISSAL_FROM_POST"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "discipline.no_post_held"));
    }

    [Fact]
    public async Task A_decision_after_the_limitation_period_is_refused_naming_the_rule_and_writes_nothing()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(5), "Phạm Văn Hạn", admittedOn: new DateOnly(2014, 4, 2));
        var action = await ProposeAsync(MemberProposal(member, violationOn: "2018-05-02", proposedOn: "2023-04-03"));

        var problem = await factory.ShouldWriteNothingAsync(async () =>
            await (await DecideAsync(office, action, Decision(decidedOn: "2023-05-02"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "discipline.limitation_expired"));
        problem.GetProperty("detail").GetString()!.ShouldContain("QD69-2022");

        (await DecideAsync(office, action, Decision(decidedOn: "2023-05-01"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_probationary_member_cannot_be_expelled_nor_an_organisation_with_members_dissolved()
    {
        var probationary = await factory.AddMemberAsync(DemoData.Cell(6), "Võ Thị Dự", MemberStatus.Probationary, admittedOn: new DateOnly(2023, 1, 2));
        await (await commission.PostJsonAsync(Url, MemberProposal(probationary, "EXPULSION")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "discipline.form_not_allowed");

        var dissolution = await ProposeAsync(new
        {
            subjectKind = "ORGANIZATION",
            organizationId = DemoData.Cell(7),
            form = "DISSOLUTION",
            body = "SUPERIOR_COMMITTEE",
            violation = "Mất sức chiến đấu",
            violationOn = "2023-03-01",
            proposedOn = "2023-05-02",
        });
        await factory.ShouldWriteNothingAsync(async () =>
            await (await DecideAsync(office, dissolution, Decision("DISSOLUTION", "SUPERIOR_COMMITTEE"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "organization.has_active_members"));
    }

    [Fact]
    public async Task The_cell_records_its_own_decisions_and_the_committee_office_the_committees()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(2), "Đỗ Văn Cấp", admittedOn: new DateOnly(2010, 4, 2));
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));
        var action = await ProposeAsync(MemberProposal(member, "WARNING", "CELL"));

        await (await DecideAsync(secretary, action, Decision("WARNING", "COMMITTEE"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "discipline.body_not_yours");
        await (await DecideAsync(office, action, Decision("WARNING", "CELL"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "discipline.body_not_yours");
        (await DecideAsync(secretary, action, Decision("WARNING", "CELL"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await DecideAsync(commission, action, Decision())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await office.PostJsonAsync(Url, MemberProposal(member))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await factory.ClientAs("Member", DemoData.Cell(2)).GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task Outside_the_scope_an_action_is_not_found_and_its_member_is_not_found_in_a_proposal()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(1), "Ngô Văn Phạm", admittedOn: new DateOnly(2010, 4, 2));
        var action = await ProposeAsync(MemberProposal(member));
        var otherSecretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));

        await (await otherSecretary.GetAsync($"{Url}/{action.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "discipline.not_found");
        await (await DecideAsync(otherSecretary, action, Decision(body: "CELL"))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "discipline.not_found");
        var cellCommission = factory.ClientAs("InspectionCommission", DemoData.Cell(2));
        await (await cellCommission.PostJsonAsync(Url, MemberProposal(member))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "discipline.member_not_found");
        (await factory.ClientAs("CellSecretary", DemoData.Cell(1)).GetAsync($"{Url}/{action.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Invalid_requests_are_refused_before_anything_is_written()
    {
        await factory.ShouldWriteNothingAsync(async () =>
        {
            await (await commission.PostJsonAsync(Url, new { subjectKind = "MEMBER", form = "REPRIMAND", body = "CELL", violation = "x", violationOn = "2023-01-01", proposedOn = "2023-01-02" }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
            await (await commission.PostJsonAsync(Url, new { subjectKind = "MEMBER", memberId = DemoMembers.Id(1), form = "REPRIMAND", body = "CELL", violation = "x", violationOn = "2099-01-01", proposedOn = "2023-01-02" }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
            await (await office.GetAsync($"{Url}?form=reprimand")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        });

        var member = await factory.AddMemberAsync(DemoData.Cell(3), "Hồ Văn Điều", admittedOn: new DateOnly(2010, 4, 2));
        var action = await ProposeAsync(MemberProposal(member));
        await (await office.PostJsonAsync($"{Url}/{action.Id}/decision", Decision())).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        await (await office.PostJsonAsync($"{Url}/{action.Id}/decision", Decision(), "\"99\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
    }

    [Fact]
    public async Task A_member_reads_his_own_decided_actions_and_no_one_elses()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(5), "Châu Văn Riêng", admittedOn: new DateOnly(2010, 4, 2));
        var action = await ProposeAsync(MemberProposal(member));
        (await DecideAsync(office, action, Decision())).StatusCode.ShouldBe(HttpStatusCode.OK);

        var own = await factory.ClientAsMember(member, DemoData.Cell(5)).GetFromJsonAsync<List<DisciplinaryActionDto>>($"{Url}/mine", HttpExtensions.Json);
        own!.Select(a => a.Id).ShouldBe([action.Id]);
        var other = await factory.ClientAsMember(DemoMembers.Id(3), DemoData.Cell(1)).GetFromJsonAsync<List<DisciplinaryActionDto>>($"{Url}/mine", HttpExtensions.Json);
        other!.ShouldNotContain(a => a.Id == action.Id);
        (await factory.ClientAs("Member", DemoData.Cell(5)).GetFromJsonAsync<List<DisciplinaryActionDto>>($"{Url}/mine", HttpExtensions.Json))!.ShouldBeEmpty();
        await (await office.GetAsync($"{Url}/mine")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task The_demo_years_figures_count_its_one_reprimand_and_viewers_read_them()
    {
        var figures = await factory.ClientAs("Viewer", DemoData.CommitteeId).GetFromJsonAsync<DisciplineFiguresDto>($"{Url}/figures?year=2020", HttpExtensions.Json);
        figures!.Decided.ShouldBe(1);
        figures.MembersDisciplined.ShouldBe(1);
        figures.ByForm.Single(f => f.Form == DisciplineForm.Reprimand).Members.ShouldBe(1);
        figures.ByForm.Single(f => f.Form == DisciplineForm.Expulsion).Members.ShouldBe(0);

        var otherCell = DemoData.Cell(1) == (await office.GetFromJsonAsync<DisciplinaryActionDto>($"{Url}/{DemoDisciplineAndDues.DisciplinaryActionId}", HttpExtensions.Json))!.OrganizationId
            ? DemoData.Cell(2) : DemoData.Cell(1);
        (await office.GetFromJsonAsync<DisciplineFiguresDto>($"{Url}/figures?year=2020&organizationId={otherCell}", HttpExtensions.Json))!.Decided.ShouldBe(0);
        await (await factory.ClientAs("Viewer", DemoData.Cell(2)).GetAsync($"{Url}/figures?year=2020&organizationId={DemoData.Cell(3)}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        await (await office.GetAsync($"{Url}/figures?year=1800")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    /// <summary>
    /// What the evaluation does with the one query: under Hướng dẫn 21 (2019) a member disciplined in the year is rated at
    /// most NOT_COMPLETED; under Quy định 124 (2023) not when the violation was self-detected and remedied.
    /// </summary>
    [Fact]
    public async Task The_evaluation_caps_read_the_discipline_records_of_the_year()
    {
        static string Cap(DisciplineYearRecord record, int ruleYear) =>
            !record.Disciplined ? "NONE" : ruleYear >= 2023 && record.SelfDetectedAndRemedied ? "NONE" : "NOT_COMPLETED";

        var plain = await factory.AddMemberAsync(DemoData.Cell(6), "Quách Văn Xếp", admittedOn: new DateOnly(2010, 4, 2));
        var remedied = await factory.AddMemberAsync(DemoData.Cell(6), "Quách Văn Sửa", admittedOn: new DateOnly(2010, 4, 2));
        var clean = await factory.AddMemberAsync(DemoData.Cell(6), "Quách Văn Sạch", admittedOn: new DateOnly(2010, 4, 2));
        (await DecideAsync(office, await ProposeAsync(MemberProposal(plain)), Decision(decidedOn: "2023-12-29"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await DecideAsync(office, await ProposeAsync(MemberProposal(remedied)), Decision(decidedOn: "2023-06-05", selfDetected: true, remedied: true))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = factory.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<IDisciplineRecords>();
        var plain2023 = await records.ForYearAsync(DisciplineSubject.Member(plain), 2023, CancellationToken.None);
        plain2023.Disciplined.ShouldBeTrue();
        plain2023.Actions.Single().Form.ShouldBe(DisciplineForm.Reprimand);
        Cap(plain2023, 2023).ShouldBe("NOT_COMPLETED");
        Cap(await records.ForYearAsync(DisciplineSubject.Member(plain), 2024, CancellationToken.None), 2024).ShouldBe("NONE");

        var remedied2023 = await records.ForYearAsync(DisciplineSubject.Member(remedied), 2023, CancellationToken.None);
        remedied2023.SelfDetectedAndRemedied.ShouldBeTrue();
        Cap(remedied2023, 2023).ShouldBe("NONE");
        Cap(remedied2023, 2019).ShouldBe("NOT_COMPLETED");
        Cap(await records.ForYearAsync(DisciplineSubject.Member(clean), 2023, CancellationToken.None), 2023).ShouldBe("NONE");

        var demo = await records.ForYearAsync(DisciplineSubject.Member(DemoMembers.Id(DemoDisciplineAndDues.DisciplinedMember)), 2020, CancellationToken.None);
        demo.Disciplined.ShouldBeTrue();
        demo.SelfDetectedAndRemedied.ShouldBeFalse();
    }

    [Fact]
    public async Task The_list_filters_by_member_year_and_form_in_scope()
    {
        var list = await office.GetFromJsonAsync<PagedList<DisciplinaryActionDto>>(
            $"{Url}?year=2020&form=REPRIMAND&memberId={DemoMembers.Id(DemoDisciplineAndDues.DisciplinedMember)}", HttpExtensions.Json);
        list!.Items.Single().Id.ShouldBe(DemoDisciplineAndDues.DisciplinaryActionId);
        list.Items.Single().DecisionNumber.ShouldBe("01-QĐ/CB");
        (await office.GetFromJsonAsync<PagedList<DisciplinaryActionDto>>($"{Url}?year=2020&form=EXPULSION", HttpExtensions.Json))!.TotalCount.ShouldBe(0);
    }
}

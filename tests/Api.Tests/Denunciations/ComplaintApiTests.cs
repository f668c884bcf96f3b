using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Inspection.Complaints;
using PartyCommittee.Application.Inspection.Discipline;
using PartyCommittee.Application.Inspection.Topics;
using PartyCommittee.Domain.Inspection.Complaints;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Denunciations;

/// <summary>
/// /api/v1/discipline-complaints, the changes of a decided action and the organisations' topics over HTTP: the filing
/// period, the settling level and its recorder, the effect on the discipline (an expulsion annulled restores the member).
/// </summary>
public sealed class ComplaintApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/discipline-complaints";
    private const string Actions = "/api/v1/disciplinary-actions";

    private readonly HttpClient commission = factory.ClientAs("InspectionCommission", DemoData.CommitteeId);
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private async Task<DisciplinaryActionDto> DecidedAsync(Guid member, string form, string body, string decidedOn = "2023-06-05")
    {
        var proposed = await (await commission.PostJsonAsync(Actions, new
        {
            subjectKind = "MEMBER", memberId = member, form, body, violation = "Vi phạm Quy định 37-QĐ/TW", violationOn = "2023-03-01", proposedOn = "2023-05-02",
        })).ReadAsync<DisciplinaryActionDto>();
        var recorder = body == "CELL" ? factory.ClientAs("CellSecretary", DemoData.CommitteeId) : office;
        var response = await recorder.PostJsonAsync($"{Actions}/{proposed.Id}/decision", new { form, body, decidedOn, decisionNumber = "12-QĐ/ĐU" }, $"\"{proposed.Version}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<DisciplinaryActionDto>();
    }

    private async Task<ComplaintDto> FileAsync(Guid actionId, string receivedOn)
    {
        var response = await commission.PostJsonAsync(Url, new { disciplinaryActionId = actionId, complainantName = "Người khiếu nại", receivedOn, content = "Đề nghị xem xét lại" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ComplaintDto>();
    }

    private static async Task<ComplaintDto> StepAsync(HttpClient client, ComplaintDto current, object step)
    {
        var response = await client.PostJsonAsync($"{Url}/{current.Id}/steps", step, $"\"{current.Version}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ComplaintDto>();
    }

    private async Task<ComplaintDto> VerifiedAsync(Guid actionId, string settler)
    {
        var complaint = await FileAsync(actionId, "2023-06-20");
        complaint = await StepAsync(commission, complaint, new { step = "ACCEPT", on = "2023-06-21", settler });
        complaint = await StepAsync(commission, complaint, new { step = "ASSIGN", on = "2023-06-22", assigneeId = DemoMembers.Id(1) });
        return await StepAsync(commission, complaint, new { step = "VERIFY", on = "2023-07-20" });
    }

    private Task<MemberStatus> StatusAsync(Guid member) => factory.WithDbAsync(db => db.Set<PartyMember>().AsNoTracking().Where(m => m.Id == member).Select(m => m.Status).SingleAsync());

    [Fact]
    public async Task A_complaint_withdrawing_an_expulsion_restores_the_membership_through_the_member_rules()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(4), "Lê Văn Khiếu", admittedOn: new DateOnly(2014, 4, 2));
        var action = await DecidedAsync(member, "EXPULSION", "COMMITTEE");
        (await StatusAsync(member)).ShouldBe(MemberStatus.Expelled);

        var complaint = await VerifiedAsync(action.Id, "SUPERIOR_LEVEL");
        await (await commission.PostJsonAsync($"{Url}/{complaint.Id}/steps", new { step = "SETTLE", on = "2023-08-01", outcome = "WITHDRAWN", decisionNumber = "5-QĐ/TU" }, $"\"{complaint.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "complaint.step_not_for_role");
        complaint = await StepAsync(office, complaint, new { step = "SETTLE", on = "2023-08-01", outcome = "WITHDRAWN", decisionNumber = "5-QĐ/TU" });
        complaint.Status.ShouldBe(ComplaintStatus.Settled);
        complaint.Outcome.ShouldBe(ComplaintOutcome.Withdrawn);
        complaint.SettlementPeriod.ShouldBe("SETTINGS:Inspection:Complaints");

        var withdrawn = await office.GetFromJsonAsync<DisciplinaryActionDto>($"{Actions}/{action.Id}", HttpExtensions.Json);
        withdrawn!.Status.ShouldBe(DisciplineStatus.Withdrawn);
        withdrawn.AmendmentNumber.ShouldBe("5-QĐ/TU");
        (await StatusAsync(member)).ShouldBe(MemberStatus.Full);
    }

    [Fact]
    public async Task A_complaint_changing_an_expulsion_into_a_warning_amends_the_action_and_restores_the_member()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(4), "Lê Văn Đổi", admittedOn: new DateOnly(2014, 4, 2));
        var action = await DecidedAsync(member, "EXPULSION", "COMMITTEE");
        var complaint = await VerifiedAsync(action.Id, "SUPERIOR_LEVEL");
        await StepAsync(office, complaint, new { step = "SETTLE", on = "2023-08-01", outcome = "CHANGED", newForm = "WARNING", decisionNumber = "6-QĐ/TU" });

        var changed = await office.GetFromJsonAsync<DisciplinaryActionDto>($"{Actions}/{action.Id}", HttpExtensions.Json);
        changed!.Form.ShouldBe(DisciplineForm.Warning);
        changed.PreviousForm.ShouldBe(DisciplineForm.Expulsion);
        changed.Status.ShouldBe(DisciplineStatus.Decided);
        (await StatusAsync(member)).ShouldBe(MemberStatus.Full);
    }

    [Fact]
    public async Task A_complaint_about_a_committee_decision_is_settled_above_it_and_a_late_one_is_recorded_not_accepted()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(5), "Lê Văn Trễ", admittedOn: new DateOnly(2014, 4, 2));
        var action = await DecidedAsync(member, "WARNING", "COMMITTEE");
        var complaint = await FileAsync(action.Id, "2023-06-20");
        await (await commission.PostJsonAsync($"{Url}/{complaint.Id}/steps", new { step = "ACCEPT", on = "2023-06-21", settler = "STANDING_COMMITTEE" }, $"\"{complaint.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "complaint.settler_not_competent");

        var late = await FileAsync(action.Id, "2023-09-01");
        late.Status.ShouldBe(ComplaintStatus.NotAccepted);
        late.NotAcceptedReason.ShouldBe(ComplaintRefusal.FiledLate);
        late.FiledWorkingDaysLate.ShouldBeGreaterThan(0);
        late.RuleSet.Code.ShouldBe("QD22-2021");
        late.FilingDueOn.ShouldBeLessThan(new DateOnly(2023, 9, 1));
    }

    [Fact]
    public async Task Complaints_are_out_of_scope_missing_and_not_for_viewers_nor_secretaries()
    {
        (await factory.ClientAs("InspectionCommission", DemoData.Cell(1)).GetAsync($"{Url}/{DemoDenunciations.ComplaintId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await office.GetAsync($"{Url}/{DemoDenunciations.ComplaintId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ClientAs("CellSecretary", DemoData.Cell(2)).GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await commission.PostJsonAsync(Url, new { disciplinaryActionId = Guid.NewGuid(), complainantName = "Ai đó", receivedOn = "2023-06-20", content = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "complaint.action_not_found");
        await (await commission.PostJsonAsync(Url, new { disciplinaryActionId = DemoDisciplineAndDues.DisciplinaryActionId, receivedOn = "2023-06-20", content = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task A_remedy_and_a_competent_change_are_recorded_on_a_decided_action_with_if_match()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(6), "Lê Văn Sửa", admittedOn: new DateOnly(2014, 4, 2));
        var action = await DecidedAsync(member, "REPRIMAND", "CELL");
        (await office.PostJsonAsync($"{Actions}/{action.Id}/remedy", new { remedied = true })).StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        var remedied = await (await office.PostJsonAsync($"{Actions}/{action.Id}/remedy", new { remedied = true }, $"\"{action.Version}\"")).ReadAsync<DisciplinaryActionDto>();
        remedied.Remedied.ShouldBeTrue();

        var secretary = factory.ClientAs("CellSecretary", DemoData.CommitteeId);
        await (await secretary.PostJsonAsync($"{Actions}/{action.Id}/amendment", new { form = "WARNING", body = "COMMITTEE", decidedOn = "2023-07-01", decisionNumber = "3-QĐ" }, $"\"{remedied.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "discipline.amendment_not_for_role");
        var amended = await (await office.PostJsonAsync($"{Actions}/{action.Id}/amendment", new { form = "WARNING", body = "COMMITTEE", decidedOn = "2023-07-01", decisionNumber = "3-QĐ" }, $"\"{remedied.Version}\""))
            .ReadAsync<DisciplinaryActionDto>();
        amended.Form.ShouldBe(DisciplineForm.Warning);
        amended.PreviousForm.ShouldBe(DisciplineForm.Reprimand);
        await (await office.PostJsonAsync($"{Actions}/{action.Id}/amendment", new { withdraw = true, form = "WARNING", body = "COMMITTEE", decidedOn = "2023-07-02", decisionNumber = "4-QĐ" }, $"\"{amended.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task An_organisations_topic_is_offered_below_it_until_retired_and_its_code_is_unique()
    {
        var created = await commission.PostJsonAsync("/api/v1/inspection-topics", new
        {
            organizationId = DemoData.CommitteeId, code = "ORG-TEST-1", nameVi = "Chủ đề thử", nameEn = "Test topic", addedOn = "2024-01-02",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var topic = await created.ReadAsync<InspectionTopicDto>();
        var forCell = await commission.GetFromJsonAsync<List<InspectionTopicDto>>($"/api/v1/inspection-topics?organizationId={DemoData.Cell(2)}&on=2024-03-01", HttpExtensions.Json);
        forCell.ShouldNotBeNull();
        forCell.ShouldContain(t => t.Code == "ORG-TEST-1" && !t.Statutory);
        forCell.ShouldContain(t => t.Code == "QD37-2021" && t.Statutory);

        await (await commission.PostJsonAsync("/api/v1/inspection-topics", new { organizationId = DemoData.CommitteeId, code = "org-test-1", nameVi = "Trùng", nameEn = "Dup", addedOn = "2024-01-02" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "inspection.topic_exists");
        await (await commission.PostJsonAsync("/api/v1/inspection-topics", new { organizationId = DemoData.CommitteeId, code = "QD37-2021", nameVi = "Sai", nameEn = "Wrong", addedOn = "2024-01-02" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.topic_code_invalid");

        (await commission.PostJsonAsync($"/api/v1/inspection-topics/{topic.Id}/retirement", new { retiredOn = "2024-06-01" }, $"\"{topic.Version}\"")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await commission.GetFromJsonAsync<List<InspectionTopicDto>>($"/api/v1/inspection-topics?organizationId={DemoData.Cell(2)}", HttpExtensions.Json);
        after!.ShouldNotContain(t => t.Code == "ORG-TEST-1");
        (await factory.ClientAs("InspectionCommission", DemoData.Cell(1)).PostJsonAsync($"/api/v1/inspection-topics/{DemoDenunciations.TopicId}/retirement", new { retiredOn = "2024-06-01" }, "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

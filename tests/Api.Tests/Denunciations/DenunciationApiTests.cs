using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Denunciations;
using PartyCommittee.Application.Inspection.Denunciations.Figures;
using PartyCommittee.Domain.Inspection.Denunciations;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Denunciations;

/// <summary>/api/v1/denunciations over HTTP: register, steps, the time limit, who may, scope, validation, If-Match, counts, agenda.</summary>
public sealed class DenunciationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/denunciations";

    private readonly HttpClient commission = factory.ClientAs("InspectionCommission", DemoData.CommitteeId);
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private static object Denunciation(Guid memberId, string? name = "Phạm Văn Tín", string? address = "Phường Ba", string receivedOn = "2022-03-07") => new
    {
        organizationId = DemoData.CommitteeId,
        subjectKind = "MEMBER",
        memberId,
        receivedOn,
        denouncerName = name,
        denouncerAddress = address,
        content = "Tố cáo đảng viên sử dụng tài sản công vào việc riêng",
    };

    private async Task<DenunciationDto> RegisterAsync(object body)
    {
        var response = await commission.PostJsonAsync(Url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<DenunciationDto>();
    }

    private async Task<DenunciationDto> StepAsync(DenunciationDto current, object step, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await commission.PostJsonAsync($"{Url}/{current.Id}/steps", step, $"\"{current.Version}\"");
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<DenunciationDto>();
    }

    [Fact]
    public async Task A_denunciation_goes_from_receipt_to_conclusion_under_the_rule_set_in_force_on_receipt()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(3), "Trần Văn Tố", admittedOn: new DateOnly(2012, 4, 2));
        var denunciation = await RegisterAsync(Denunciation(member));
        denunciation.Status.ShouldBe(DenunciationStatus.Received);
        denunciation.RuleSet.Code.ShouldBe("QD22-2021");
        denunciation.SubjectOrganizationId.ShouldBe(DemoData.Cell(3));
        denunciation.DueOn.ShouldBeGreaterThan(new DateOnly(2022, 7, 1));

        denunciation = await StepAsync(denunciation, new { step = "ACCEPT", on = "2022-03-08", settler = "INSPECTION_COMMISSION" });
        denunciation = await StepAsync(denunciation, new { step = "ASSIGN", on = "2022-03-09", assigneeId = DemoMembers.Id(1) });
        denunciation.AssigneeName.ShouldNotBeNull();
        denunciation = await StepAsync(denunciation, new { step = "VERIFY", on = "2022-04-20" });
        denunciation = await StepAsync(denunciation, new { step = "CONCLUDE", on = "2022-05-10", result = "PARTLY_FOUNDED", conclusionNumber = "7-KL/UBKT" });
        denunciation.Status.ShouldBe(DenunciationStatus.Concluded);
        denunciation.Result.ShouldBe(DenunciationResult.PartlyFounded);
        denunciation.Late.ShouldBeFalse();

        await (await commission.PostJsonAsync($"{Url}/{denunciation.Id}/steps", new { step = "VERIFY", on = "2022-05-11" }, $"\"{denunciation.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "denunciation.step_out_of_order");
    }

    [Fact]
    public async Task A_conclusion_after_the_time_limit_is_recorded_late_with_the_working_days()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(3), "Trần Văn Muộn", admittedOn: new DateOnly(2012, 4, 2));
        var denunciation = await RegisterAsync(Denunciation(member, receivedOn: "2022-01-04"));
        denunciation = await StepAsync(denunciation, new { step = "ACCEPT", on = "2022-01-05", settler = "CELL" });
        denunciation = await StepAsync(denunciation, new { step = "ASSIGN", on = "2022-01-06", assigneeId = DemoMembers.Id(1) });
        denunciation = await StepAsync(denunciation, new { step = "VERIFY", on = "2022-02-20" });
        var due = denunciation.DueOn;
        denunciation = await StepAsync(denunciation, new { step = "CONCLUDE", on = due.AddDays(7).ToString("yyyy-MM-dd"), result = "UNFOUNDED", conclusionNumber = "8-KL" });
        denunciation.Late.ShouldBeTrue();
        denunciation.WorkingDaysLate.ShouldBeInRange(4, 5);
    }

    [Fact]
    public async Task An_anonymous_denunciation_is_registered_but_only_recorded_as_not_accepted()
    {
        var denunciation = await RegisterAsync(Denunciation(DemoMembers.Id(30), name: null));
        await (await commission.PostJsonAsync($"{Url}/{denunciation.Id}/steps", new { step = "ACCEPT", on = "2022-03-08", settler = "INSPECTION_COMMISSION" }, $"\"{denunciation.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "denunciation.not_admissible");
        denunciation = await StepAsync(denunciation, new { step = "REFUSE", on = "2022-03-08", reason = "ANONYMOUS" });
        denunciation.Status.ShouldBe(DenunciationStatus.NotAccepted);
        denunciation.NotAcceptedReason.ShouldBe(DenunciationRefusal.Anonymous);
    }

    [Fact]
    public async Task The_extension_is_limited_by_the_rule_set_and_steps_need_a_fresh_if_match()
    {
        var denunciation = await RegisterAsync(Denunciation(DemoMembers.Id(31)));
        (await commission.PostJsonAsync($"{Url}/{denunciation.Id}/steps", new { step = "ACCEPT", on = "2022-03-08", settler = "INSPECTION_COMMISSION" }))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        denunciation = await StepAsync(denunciation, new { step = "ACCEPT", on = "2022-03-08", settler = "INSPECTION_COMMISSION" });
        (await commission.PostJsonAsync($"{Url}/{denunciation.Id}/steps", new { step = "VERIFY", on = "2022-03-09" }, "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        await (await commission.PostJsonAsync($"{Url}/{denunciation.Id}/steps", new { step = "EXTEND", on = "2022-03-09", workingDays = 31 }, $"\"{denunciation.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "denunciation.extension_too_long");
        var extended = await StepAsync(denunciation, new { step = "EXTEND", on = "2022-03-09", workingDays = 30, note = "Cần xác minh thêm" });
        extended.ExtensionWorkingDays.ShouldBe(30);
        extended.DueOn.ShouldBeGreaterThan(denunciation.DueOn);
    }

    [Fact]
    public async Task Invalid_bodies_are_refused_with_field_errors_and_write_nothing()
    {
        await factory.ShouldWriteNothingAsync(async () =>
        {
            var noContent = new { organizationId = DemoData.CommitteeId, subjectKind = "MEMBER", memberId = DemoMembers.Id(30), receivedOn = "2022-03-07" };
            await (await commission.PostJsonAsync(Url, noContent)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
            var both = new { organizationId = DemoData.CommitteeId, subjectKind = "ORGANIZATION", memberId = DemoMembers.Id(30), subjectOrganizationId = DemoData.Cell(2), receivedOn = "2022-03-07", content = "x" };
            await (await commission.PostJsonAsync(Url, both)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
            var future = Denunciation(DemoMembers.Id(30), receivedOn: "2099-01-01");
            await (await commission.PostJsonAsync(Url, future)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        });
    }

    [Fact]
    public async Task Out_of_scope_is_missing_and_roles_other_than_the_commission_do_not_register()
    {
        var cellCommission = factory.ClientAs("InspectionCommission", DemoData.Cell(1));
        (await cellCommission.GetAsync($"{Url}/{DemoDenunciations.DenunciationId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await office.GetAsync($"{Url}/{DemoDenunciations.DenunciationId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await cellCommission.PostJsonAsync(Url, Denunciation(DemoMembers.Id(30)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.organization_not_found");
        (await office.PostJsonAsync(Url, Denunciation(DemoMembers.Id(30)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ClientAs("CellSecretary", DemoData.Cell(1)).GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ClientAs("Member", DemoData.CommitteeId).GetAsync($"{Url}/figures?year=2020")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_viewer_sees_the_counts_of_the_demo_year_and_the_agenda_lists_the_overdue_complaint()
    {
        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);
        var figures = await viewer.GetFromJsonAsync<DenunciationFiguresDto>($"{Url}/figures?organizationId={DemoData.CommitteeId}&year=2020", HttpExtensions.Json);
        figures!.Denunciations.Received.ShouldBeGreaterThanOrEqualTo(1);
        figures.Denunciations.PartlyFounded.ShouldBeGreaterThanOrEqualTo(1);
        figures.Complaints.Open.ShouldBeGreaterThanOrEqualTo(1);
        figures.Complaints.Overdue.ShouldBeGreaterThanOrEqualTo(1);

        var agenda = await office.GetFromJsonAsync<PagedList<DueItemDto>>($"/api/v1/agenda?organizationId={DemoData.CommitteeId}&asOf=2021-01-29&pageSize=100", HttpExtensions.Json);
        var complaint = agenda!.Items.Single(i => i.Subject.Id == DemoDenunciations.ComplaintId);
        complaint.Source.ShouldBe("DISCIPLINE_COMPLAINTS");
        complaint.Overdue.ShouldBeTrue();
        (await viewer.GetFromJsonAsync<PagedList<DueItemDto>>($"/api/v1/agenda?organizationId={DemoData.CommitteeId}&asOf=2021-01-29&pageSize=100", HttpExtensions.Json))!
            .Items.ShouldNotContain(i => i.Source == "DISCIPLINE_COMPLAINTS");
    }

    [Fact]
    public async Task The_denouncer_is_stored_as_given_and_the_demo_denunciation_was_concluded_partly_founded()
    {
        var demo = await office.GetFromJsonAsync<DenunciationDto>($"{Url}/{DemoDenunciations.DenunciationId}", HttpExtensions.Json);
        demo!.Status.ShouldBe(DenunciationStatus.Concluded);
        demo.Result.ShouldBe(DenunciationResult.PartlyFounded);
        demo.ConcludedOn.ShouldBe(new DateOnly(2020, 5, 15));
        var stored = await factory.WithDbAsync(db => db.Set<Denunciation>().AsNoTracking().SingleAsync(d => d.Id == DemoDenunciations.DenunciationId));
        stored.DenouncerName.ShouldBe("Nguyễn Văn Bình");
    }
}

using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Admission;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Agenda;

/// <summary><c>GET /api/v1/agenda</c>: admission steps joined as the first source, scope, roles and validation.</summary>
public sealed class AgendaApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/agenda";

    private readonly AdmissionApi office = new(factory);

    [Fact]
    public async Task The_agenda_lists_an_overdue_admission_ceremony_with_its_working_days_and_rule_set()
    {
        var cell = DemoData.Cell(1);
        var admission = await office.ResolveAsync(await office.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, "Phan Thị Diễm")), "2024-01-08");
        admission = await office.DecideAsync(admission, "2024-02-05");

        var agenda = await office.Client.GetFromJsonAsync<PagedList<DueItemDto>>(
            $"{Url}?organizationId={cell}&asOf=2024-03-26&pageSize=100", HttpExtensions.Json);
        var item = agenda!.Items.Single(i => i.Subject.Id == admission.Id);
        item.Module.ShouldBe("Membership");
        item.Source.ShouldBe("ADMISSION_STEPS");
        item.Kind.ShouldBe("CEREMONY");
        item.Subject.Kind.ShouldBe("ADMISSION_CASE");
        item.Subject.Name.ShouldBe("Phan Thị Diễm");
        item.DueDate.ShouldBe(new DateOnly(2024, 3, 25)); // 30 working days after 2024-02-05 (Tết: 9 and 12-15 February off)
        item.WorkingDaysLeft.ShouldBe(-1);
        item.Overdue.ShouldBeTrue();
        item.RuleSet!.Code.ShouldBe("QD24-2021");
        agenda.Items.Select(i => i.DueDate).ShouldBeInOrder();
    }

    [Fact]
    public async Task An_organisation_outside_the_scope_is_not_found()
    {
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));

        await (await secretary.GetAsync($"{Url}?organizationId={DemoData.Cell(3)}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        (await secretary.GetAsync($"{Url}?organizationId={DemoData.Cell(2)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_member_may_not_read_the_agenda()
    {
        var member = factory.ClientAs("Member", DemoData.Cell(1));

        await (await member.GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_refused()
    {
        await (await office.Client.GetAsync($"{Url}?pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>Proposed interruptions between transfers on the committee's agenda: listed to decide, gone once answered, scoped.</summary>
public sealed class GapProposalAgendaApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Members = "/api/v1/members";

    private HttpClient Office => factory.ClientAs(Roles.CommitteeOffice, DemoData.CommitteeId);

    private Task<string> ETagAsync(Guid memberId) =>
        factory.WithDbAsync(async db => $"\"{await db.Members.Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync()}\"");

    /// <summary>A full member of cell 3 transferred officially to cell 4 (letter of 3 March 2025, last day 15 April), presented on <paramref name="receivedOn"/>.</summary>
    private Task<(Guid MemberId, Guid TransferId)> LateTransferAsync(string fullName, DateOnly receivedOn) =>
        factory.WithDbAsync(async db =>
        {
            var cell = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(3));
            var target = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(4));
            var admitted = new DateOnly(2000, 9, 1);
            var member = PartyMember.Register(
                Guid.CreateVersion7(),
                new MemberProfile(fullName, Sex.Female, new DateOnly(1976, 5, 4), null, null, Ethnicities.Kinh, null, null,
                    GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Advanced, null, null, null, null, false, null, null),
                new AdmissionRecord(admitted, "02-QĐ/ĐU", admitted, admitted.AddYears(1)),
                cell,
                MemberStatus.Full,
                cell.EstablishedOn > admitted.AddYears(1) ? cell.EstablishedOn : admitted.AddYears(1),
                null);
            db.Members.Add(member);
            var today = new DateOnly(2025, 11, 1);
            var transfer = Transfer.Request(
                Guid.CreateVersion7(),
                new TransferRequest(TransferKind.Official, TransferDirection.Internal, TransferPurpose.Work, null, new DateOnly(2025, 3, 3), null, "26-QĐ/ĐU"),
                member, cell, target, false, today, TransferRuleSet.Statutory);
            transfer.Send(new DateOnly(2025, 3, 3), member, today);
            transfer.Receive(receivedOn, member, target, today);
            db.Transfers.Add(transfer);
            await db.SaveChangesAsync();
            return (member.Id, transfer.Id);
        });

    /// <summary>Every agenda item of the gap proposals' source, all pages.</summary>
    private static async Task<List<DueItemDto>> GapItemsAsync(HttpClient client, string query)
    {
        var items = new List<DueItemDto>();
        for (var page = 1; ; page++)
        {
            var response = await client.GetAsync($"/api/v1/agenda?{query}&pageSize={PagedList<object>.MaxPageSize}&page={page}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var list = (await response.Content.ReadFromJsonAsync<PagedList<DueItemDto>>(HttpExtensions.Json))!;
            items.AddRange(list.Items.Where(i => i.Source == "SENIORITY_GAP_PROPOSALS"));
            if (page * list.PageSize >= list.TotalCount)
            {
                return items;
            }
        }
    }

    [Fact]
    public async Task A_late_presentation_is_on_the_committee_s_agenda_until_confirmed()
    {
        var (memberId, transferId) = await LateTransferAsync("Đoàn Thị Chờ Quyết Định", new DateOnly(2025, 4, 21));

        var items = await GapItemsAsync(Office, $"organizationId={DemoData.CommitteeId}&asOf=2025-05-05");
        items.Single(i => i.Subject.Id == transferId).ShouldSatisfyAllConditions(
            i => i.Module.ShouldBe("Membership"),
            i => i.Kind.ShouldBe("GAP_DECISION"),
            i => i.OrganizationId.ShouldBe(DemoData.CommitteeId),
            i => i.Subject.Kind.ShouldBe("TRANSFER"),
            i => i.Subject.Name.ShouldBe("Đoàn Thị Chờ Quyết Định"),
            i => i.DueDate.ShouldBe(new DateOnly(2025, 4, 21)),
            i => i.Overdue.ShouldBeFalse(),
            i => i.WorkingDaysLeft.ShouldBeLessThan(0),
            i => i.RuleSet!.Code.ShouldBe("QD24-2021"));

        // Not before the presentation (the interruption is not known yet).
        (await GapItemsAsync(Office, $"organizationId={DemoData.CommitteeId}&asOf=2025-04-20")).ShouldNotContain(i => i.Subject.Id == transferId);

        var confirmed = await Office.PostJsonAsync(
            $"{Members}/{memberId}/seniority-gaps/proposals/{transferId}/confirm", new { decisionNumber = "44-QĐ/ĐU", decidedOn = "2025-05-05" }, await ETagAsync(memberId));
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        (await GapItemsAsync(Office, $"organizationId={DemoData.CommitteeId}&asOf=2025-05-05")).ShouldNotContain(i => i.Subject.Id == transferId);
    }

    [Fact]
    public async Task A_dismissed_proposal_leaves_the_agenda()
    {
        var (memberId, transferId) = await LateTransferAsync("Đoàn Thị Đã Giải Trình", new DateOnly(2025, 4, 22));
        (await GapItemsAsync(Office, "asOf=2025-05-05")).ShouldContain(i => i.Subject.Id == transferId);

        var dismissed = await Office.PostJsonAsync(
            $"{Members}/{memberId}/seniority-gaps/proposals/{transferId}/dismiss", new { reason = "Đi công tác nước ngoài", decidedOn = "2025-05-05" }, await ETagAsync(memberId));
        dismissed.StatusCode.ShouldBe(HttpStatusCode.OK, await dismissed.Content.ReadAsStringAsync());
        (await GapItemsAsync(Office, "asOf=2025-05-05")).ShouldNotContain(i => i.Subject.Id == transferId);
    }

    [Fact]
    public async Task The_committee_decides_a_cell_s_agenda_and_other_subtrees_do_not_list_it()
    {
        var (_, transferId) = await LateTransferAsync("Đoàn Thị Phạm Vi Chương Trình", new DateOnly(2025, 4, 23));

        (await GapItemsAsync(factory.ClientAs(Roles.CellSecretary, DemoData.Cell(4)), "asOf=2025-05-05")).ShouldNotContain(i => i.Subject.Id == transferId);
        (await GapItemsAsync(factory.ClientAs(Roles.CellSecretary, DemoData.Cell(1)), "asOf=2025-05-05")).ShouldNotContain(i => i.Subject.Id == transferId);
        (await GapItemsAsync(Office, $"organizationId={DemoData.Cell(1)}&asOf=2025-05-05")).ShouldNotContain(i => i.Subject.Id == transferId);
        (await GapItemsAsync(Office, "asOf=2025-05-05")).ShouldContain(i => i.Subject.Id == transferId && i.OrganizationId == DemoData.CommitteeId);
    }
}

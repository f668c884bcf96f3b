using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Transfers;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Members.SeniorityGapProposals;
using PartyCommittee.Application.Membership.Members.SeniorityGaps;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>Interruptions between transfers proposed from the dates over HTTP: listed, confirmed once, dismissed, scoped.</summary>
public sealed class SeniorityGapProposalApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Members = "/api/v1/members";
    private const string Queue = "/api/v1/seniority-gap-proposals";

    private HttpClient Office => factory.ClientAs(Roles.CommitteeOffice, DemoData.CommitteeId);

    private Task<string> ETagAsync(Guid memberId) =>
        factory.WithDbAsync(async db => $"\"{await db.Members.Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync()}\"");

    /// <summary>
    /// A full member of cell 3 transferred officially to cell 4: letter of Monday 3 March 2025, so the 30th working day is
    /// Tuesday 15 April (Hùng Kings' day, 7 April, excluded); presented on <paramref name="receivedOn"/>.
    /// </summary>
    private Task<(Guid MemberId, Guid TransferId)> LateTransferAsync(string fullName, DateOnly receivedOn) =>
        factory.WithDbAsync(async db =>
        {
            var cell = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(3));
            var target = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(4));
            var transfer = db.AddReceivedTransfer(cell, target, fullName, new DateOnly(2025, 3, 3), receivedOn);
            await db.SaveChangesAsync();
            return (transfer.MemberId, transfer.Id);
        });

    private async Task<List<SeniorityGapProposalDto>> QueueAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<SeniorityGapProposalDto>>(Queue, HttpExtensions.Json))!;

    [Fact]
    public async Task A_late_presentation_is_proposed_confirmed_once_and_seniority_follows()
    {
        var (memberId, transferId) = await LateTransferAsync("Đoàn Văn Chuyển Muộn", new DateOnly(2025, 4, 21));

        var proposals = await Office.GetFromJsonAsync<List<SeniorityGapProposalDto>>($"{Members}/{memberId}/seniority-gaps/proposals", HttpExtensions.Json);
        proposals!.Single().ShouldSatisfyAllConditions(
            p => p.TransferId.ShouldBe(transferId),
            p => p.Status.ShouldBe(GapProposalStatus.Proposed),
            p => p.PresentationDueOn.ShouldBe(new DateOnly(2025, 4, 15)),
            p => p.StartsOn.ShouldBe(new DateOnly(2025, 4, 16)),
            p => p.EndsOn.ShouldBe(new DateOnly(2025, 4, 20)),
            p => p.Days.ShouldBe(5),
            p => p.WorkingDaysLate.ShouldBe(4),
            p => p.RuleSet.ShouldBe("QD24-2021"),
            p => p.OrganizationId.ShouldBe(DemoData.Cell(4)));
        (await QueueAsync(Office)).ShouldContain(p => p.TransferId == transferId);

        var url = $"{Members}/{memberId}/seniority-gaps/proposals/{transferId}/confirm";
        var body = new { decisionNumber = "40-QĐ/ĐU", decidedOn = "2025-05-05" };
        (await Office.PostJsonAsync(url, body)).StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        (await Office.PostJsonAsync(url, new { decidedOn = "2025-05-05" }, await ETagAsync(memberId))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var confirmed = await Office.PostJsonAsync(url, body, await ETagAsync(memberId));
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        var dto = await confirmed.ReadAsync<SeniorityGapProposalDto>();
        dto.Status.ShouldBe(GapProposalStatus.Confirmed);
        dto.DecisionNumber.ShouldBe("40-QĐ/ĐU");

        var gaps = await Office.GetFromJsonAsync<List<SeniorityGapDto>>($"{Members}/{memberId}/seniority-gaps", HttpExtensions.Json);
        gaps!.Single().ShouldSatisfyAllConditions(
            g => g.Id.ShouldBe(dto.GapId!.Value),
            g => g.Reason.ShouldBe(SeniorityGapReason.TransferInterruption),
            g => g.StartsOn.ShouldBe(new DateOnly(2025, 4, 16)),
            g => g.EndsOn.ShouldBe(new DateOnly(2025, 4, 20)),
            g => g.DocumentNumber.ShouldBe("40-QĐ/ĐU"));
        var member = await Office.GetFromJsonAsync<JsonElement>($"{Members}/{memberId}", HttpExtensions.Json);
        member.GetProperty("seniority").GetProperty("daysExcluded").GetInt32().ShouldBe(5);
        (await factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.SeniorityCountedFrom).SingleAsync()))
            .ShouldBe(new DateOnly(2000, 9, 6));

        var twice = await Office.PostJsonAsync(url, new { decisionNumber = "41-QĐ/ĐU", decidedOn = "2025-05-06" }, await ETagAsync(memberId));
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, "transfer.interruption_already_decided");
        (await QueueAsync(Office)).ShouldNotContain(p => p.TransferId == transferId);
        var listed = await Office.GetFromJsonAsync<List<SeniorityGapProposalDto>>($"{Members}/{memberId}/seniority-gaps/proposals", HttpExtensions.Json);
        listed!.Single().Status.ShouldBe(GapProposalStatus.Confirmed);
    }

    [Fact]
    public async Task A_dismissed_proposal_records_nothing_and_leaves_the_queue()
    {
        var (memberId, transferId) = await LateTransferAsync("Đoàn Thị Có Lý Do", new DateOnly(2025, 4, 22));
        var url = $"{Members}/{memberId}/seniority-gaps/proposals/{transferId}/dismiss";

        (await Office.PostJsonAsync(url, new { decidedOn = "2025-05-05" }, await ETagAsync(memberId))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var dismissed = await Office.PostJsonAsync(url, new { reason = "Ốm nằm viện, có giấy ra viện", decidedOn = "2025-05-05" }, await ETagAsync(memberId));
        dismissed.StatusCode.ShouldBe(HttpStatusCode.OK, await dismissed.Content.ReadAsStringAsync());
        var dto = await dismissed.ReadAsync<SeniorityGapProposalDto>();
        dto.Status.ShouldBe(GapProposalStatus.Dismissed);
        dto.DismissalReason.ShouldBe("Ốm nằm viện, có giấy ra viện");

        (await Office.GetFromJsonAsync<List<SeniorityGapDto>>($"{Members}/{memberId}/seniority-gaps", HttpExtensions.Json))!.ShouldBeEmpty();
        (await QueueAsync(Office)).ShouldNotContain(p => p.TransferId == transferId);
        var confirm = await Office.PostJsonAsync(
            $"{Members}/{memberId}/seniority-gaps/proposals/{transferId}/confirm", new { decisionNumber = "42-QĐ/ĐU", decidedOn = "2025-05-06" }, await ETagAsync(memberId));
        await confirm.ShouldBeProblemAsync(HttpStatusCode.Conflict, "transfer.interruption_already_decided");
    }

    [Fact]
    public async Task Out_of_scope_is_not_found_and_not_in_the_queue()
    {
        var (memberId, transferId) = await LateTransferAsync("Đoàn Văn Ngoài Phạm Vi", new DateOnly(2025, 4, 23));
        var outside = factory.ClientAs(Roles.CellSecretary, DemoData.Cell(1));
        var inside = factory.ClientAs(Roles.CellSecretary, DemoData.Cell(4));

        await (await outside.GetAsync($"{Members}/{memberId}/seniority-gaps/proposals")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        (await QueueAsync(outside)).ShouldNotContain(p => p.TransferId == transferId);
        (await QueueAsync(inside)).ShouldContain(p => p.TransferId == transferId);

        var office = Office;
        var other = await LateTransferAsync("Đoàn Thị Người Khác", new DateOnly(2025, 4, 23));
        var wrongMember = await office.PostJsonAsync(
            $"{Members}/{other.MemberId}/seniority-gaps/proposals/{transferId}/confirm", new { decisionNumber = "43-QĐ/ĐU", decidedOn = "2025-05-06" }, await ETagAsync(other.MemberId));
        await wrongMember.ShouldBeProblemAsync(HttpStatusCode.NotFound, "transfer.not_found");
    }
}

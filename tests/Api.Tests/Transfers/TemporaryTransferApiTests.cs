using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Transfers;
using PartyCommittee.Application.Membership.Transfers.ListTemporaryMembers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Transfers;

/// <summary>Temporary transfers after their receipt over HTTP: extension, return, conversion into an official transfer.</summary>
public sealed class TemporaryTransferApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = TransferClient.Url;
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private async Task<(Guid Member, TransferDto Transfer)> ReceivedTemporaryAsync(string name, Guid home, Guid host)
    {
        var memberId = await factory.AddMemberAsync(home, name);
        var requested = await office.RequestAsync(TransferClient.Internal(memberId, host, kind: "TEMPORARY", temporaryUntil: "2025-09-30"));
        return (memberId, await office.ReceiveAsync(await office.SendAsync(requested, "2025-03-03"), "2025-03-10"));
    }

    private async Task<PagedList<TemporaryMemberDto>> HostListAsync(Guid host, string asOf) =>
        (await office.GetFromJsonAsync<PagedList<TemporaryMemberDto>>($"/api/v1/organizations/{host}/temporary-members?asOf={asOf}&pageSize=100", HttpExtensions.Json))!;

    [Fact]
    public async Task An_extension_moves_the_end_and_beyond_the_longest_duration_is_422()
    {
        var (_, transfer) = await ReceivedTemporaryAsync("Kha Văn Gia Hạn", DemoData.Cell(1), DemoData.Cell(2));

        await (await office.StepAsync(transfer, "extend", new { temporaryUntil = "2026-03-03", decidedOn = "2025-09-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.extension_too_long");
        await (await office.StepAsync(transfer, "extend", new { temporaryUntil = "2026-03-02", decidedOn = "2025-09-01" }, ifMatch: null))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");

        var response = await office.StepAsync(transfer, "extend", new { temporaryUntil = "2026-03-02", decidedOn = "2025-09-01" });
        var extended = await response.ReadAsync<TransferDto>();
        extended.TemporaryUntil.ShouldBe(new DateOnly(2026, 3, 2));
        extended.ExtendedOn.ShouldBe(new DateOnly(2025, 9, 1));
        extended.Version.ShouldBeGreaterThan(transfer.Version);
        (await HostListAsync(DemoData.Cell(2), "2026-03-02")).Items.ShouldContain(m => m.TransferId == transfer.Id);
    }

    [Fact]
    public async Task After_the_return_the_host_no_longer_lists_the_member()
    {
        var (memberId, transfer) = await ReceivedTemporaryAsync("Kha Thị Trở Về", DemoData.Cell(3), DemoData.Cell(4));

        var returned = await (await office.StepAsync(transfer, "return", new { returnedOn = "2025-07-01" })).ReadAsync<TransferDto>();

        returned.Status.ShouldBe(TransferStatus.Returned);
        returned.StatusLabel.En.ShouldBe("Returned");
        returned.ReturnedOn.ShouldBe(new DateOnly(2025, 7, 1));
        (await HostListAsync(DemoData.Cell(4), "2025-06-30")).Items.ShouldContain(m => m.MemberId == memberId);
        (await HostListAsync(DemoData.Cell(4), "2025-07-01")).Items.ShouldNotContain(m => m.MemberId == memberId);
        (await factory.WithDbAsync(db => db.Members.SingleAsync(m => m.Id == memberId))).OrganizationId.ShouldBe(DemoData.Cell(3));

        await (await office.StepAsync(returned, "return", new { returnedOn = "2025-07-02" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "transfer.invalid_state");
    }

    [Fact]
    public async Task Converting_moves_the_member_to_the_host_cell_and_keeps_the_history()
    {
        var (memberId, transfer) = await ReceivedTemporaryAsync("Kha Văn Chính Thức", DemoData.Cell(5), DemoData.Cell(6));

        var converted = await (await office.StepAsync(transfer, "convert", new { convertedOn = "2025-08-01", cause = "NEW_WORKPLACE", causeOn = "2025-07-15" }))
            .ReadAsync<TransferDto>();

        converted.Kind.ShouldBe(TransferKind.Official);
        converted.ConvertedOn.ShouldBe(new DateOnly(2025, 8, 1));
        converted.Cause.ShouldBe(TransferCause.NewWorkplace);
        converted.TemporaryUntil.ShouldBeNull();
        converted.PresentationDueOn.ShouldBeNull();
        var member = await factory.WithDbAsync(db => db.Members.AsNoTracking().Include(m => m.Placements).SingleAsync(m => m.Id == memberId));
        member.OrganizationId.ShouldBe(DemoData.Cell(6));
        member.Placements.OrderBy(p => p.StartsOn).Last().StartsOn.ShouldBe(new DateOnly(2025, 8, 1));
        (await HostListAsync(DemoData.Cell(6), "2025-08-15")).Items.ShouldNotContain(m => m.MemberId == memberId);

        await (await office.StepAsync(converted, "extend", new { temporaryUntil = "2025-12-31", decidedOn = "2025-08-02" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.not_temporary");
    }

    [Fact]
    public async Task A_cell_secretary_cannot_extend_return_or_convert()
    {
        var (_, transfer) = await ReceivedTemporaryAsync("Kha Thị Thư Ký", DemoData.Cell(2), DemoData.Cell(3));
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));

        foreach (var (step, body) in new (string, object)[]
        {
            ("extend", new { temporaryUntil = "2025-12-31", decidedOn = "2025-09-01" }),
            ("return", new { returnedOn = "2025-07-01" }),
            ("convert", new { convertedOn = "2025-08-01" }),
        })
        {
            await (await secretary.StepAsync(transfer, step, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        }
    }
}

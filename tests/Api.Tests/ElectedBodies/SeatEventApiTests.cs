using System.Net;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Transfers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.ElectedBodies;

/// <summary>Seats follow the member: who may hold one, and when it ends on the member's events (same transaction).</summary>
public sealed class SeatEventApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly BodyApi api = new(factory);
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private async Task<Application.Organization.ElectedBodies.ElectedBodyDto> CellCommitteeAsync(Guid cell)
    {
        var term = await api.CreateTermAsync(cell);
        return await api.CreateBodyAsync(cell, term.Id, "CELL_COMMITTEE");
    }

    [Fact]
    public async Task A_probationary_member_cannot_take_a_seat()
    {
        var body = await CellCommitteeAsync(DemoData.Cell(3));
        var probationary = await factory.AddMemberAsync(DemoData.Cell(3), "Thái Văn Dự Bị", MemberStatus.Probationary, admittedOn: new DateOnly(2020, 1, 2));

        await (await api.TryAddAsync(body, probationary, "MEMBER", new DateOnly(2020, 6, 1)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.member_probationary");
    }

    [Fact]
    public async Task A_member_who_moves_cell_leaves_the_old_cell_committee_the_day_before()
    {
        var body = await CellCommitteeAsync(DemoData.Cell(1));
        var memberId = await api.MemberAsync(DemoData.Cell(1), "Thái Văn Chuyển Đi");
        body = await api.AddAsync(body, memberId, "MEMBER");

        var transfer = await office.SendAsync(await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(2), requestedOn: "2023-03-01")), "2023-03-01");
        await office.ReceiveAsync(transfer, "2023-03-06");

        var after = await api.GetBodyAsync(body.Id, new DateOnly(2023, 3, 5));
        after.Memberships.Single(m => m.MemberId == memberId).EndsOn.ShouldBe(new DateOnly(2023, 3, 5));
        (await api.GetBodyAsync(body.Id, new DateOnly(2023, 3, 6))).Memberships.ShouldNotContain(m => m.MemberId == memberId && m.EndsOn == null);
    }

    [Fact]
    public async Task A_suspension_ends_the_seat_and_a_suspended_member_takes_none()
    {
        var body = await CellCommitteeAsync(DemoData.Cell(4));
        var memberId = await api.MemberAsync(DemoData.Cell(4), "Thái Văn Đình Chỉ");
        body = await api.AddAsync(body, memberId, "MEMBER");

        (await office.PostJsonAsync($"/api/v1/members/{memberId}/suspensions", new { startsOn = "2024-01-02", endsOn = "2024-06-29", decisionNumber = "09-QĐ/ĐU", reason = "Đình chỉ sinh hoạt" }, "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        body = await api.GetBodyAsync(body.Id, new DateOnly(2024, 1, 2));
        body.Memberships.Single(m => m.MemberId == memberId).EndsOn.ShouldBe(new DateOnly(2024, 1, 2));
        await (await api.TryAddAsync(body, memberId, "MEMBER", new DateOnly(2024, 2, 1)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.member_suspended");
    }
}

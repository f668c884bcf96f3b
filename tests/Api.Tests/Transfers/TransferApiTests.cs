using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Application.Membership.Transfers;
using PartyCommittee.Application.Membership.Transfers.ListTemporaryMembers;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Api.Tests.Transfers;

/// <summary>Transfers of party activity over HTTP on a SQLite file: the workflow and its effects on the member.</summary>
public sealed class TransferApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = TransferClient.Url;
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private Task<PartyMember> LoadMemberAsync(Guid id) => factory.WithDbAsync(db => db.Members.AsNoTracking()
        .Include(m => m.StatusHistory)
        .Include(m => m.Placements)
        .SingleAsync(m => m.Id == id));

    [Fact]
    public async Task Official_internal_transfer_moves_the_member_when_received()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Nguyễn Thị Thanh Hương");

        var response = await office.PostAsJsonAsync(Url, TransferClient.Internal(memberId, DemoData.Cell(2)), HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var requested = await response.ReadAsync<TransferDto>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/transfers/{requested.Id}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        requested.Status.ShouldBe(TransferStatus.Requested);
        requested.StatusLabel.ShouldBe(new BilingualLabel("Đã đề nghị", "Requested"));
        requested.KindLabel.Vi.ShouldBe("Chuyển sinh hoạt đảng chính thức");
        requested.MemberName.ShouldBe("Nguyễn Thị Thanh Hương");
        requested.FromOrganizationId.ShouldBe(DemoData.Cell(1));
        requested.FromOrganizationName.ShouldBe("Chi bộ Văn phòng Sở");
        requested.ToOrganizationName.ShouldBe("Chi bộ Thanh tra Sở");
        requested.RuleSet.Code.ShouldBe("QD24-2021");
        requested.PresentationDueOn.ShouldBeNull();

        var sent = await office.SendAsync(requested, "2025-03-10");
        sent.Status.ShouldBe(TransferStatus.Sent);
        sent.Version.ShouldBe(2);
        sent.PresentationDueOn.ShouldNotBeNull();
        (await LoadMemberAsync(memberId)).OrganizationId.ShouldBe(DemoData.Cell(1));

        var receive = await office.StepAsync(sent, "receive", new { receivedOn = "2025-03-17" });
        receive.Headers.ETag!.Tag.ShouldBe("\"3\"");
        var received = await receive.ReadAsync<TransferDto>();
        received.Status.ShouldBe(TransferStatus.Received);
        received.ReceivedOn.ShouldBe(new DateOnly(2025, 3, 17));
        received.Late.ShouldBeFalse();

        var member = await LoadMemberAsync(memberId);
        member.OrganizationId.ShouldBe(DemoData.Cell(2));
        member.Status.ShouldBe(MemberStatus.Full);
        member.Placements.OrderBy(p => p.StartsOn).Select(p => (p.OrganizationId, p.StartsOn, p.EndsOn)).ShouldBe(
        [
            (DemoData.Cell(1), new DateOnly(2011, 5, 19), (DateOnly?)new DateOnly(2025, 3, 17)),
            (DemoData.Cell(2), new DateOnly(2025, 3, 17), (DateOnly?)null),
        ]);

        var fetched = await office.GetAsync($"{Url}/{requested.Id}");
        fetched.Headers.ETag!.Tag.ShouldBe("\"3\"");
        (await fetched.ReadAsync<TransferDto>()).ShouldBe(received with { CreatedAt = received.CreatedAt, UpdatedAt = received.UpdatedAt });
    }

    [Fact]
    public async Task Official_outgoing_transfer_marks_the_member_transferred_out_when_sent()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(3), "Trần Quốc Toản");
        var requested = await office.RequestAsync(TransferClient.Outgoing(memberId));
        requested.ExternalOrganization.ShouldBe("Đảng bộ Sở Y tế tỉnh Sóc Trăng");
        requested.ToOrganizationId.ShouldBeNull();
        (await LoadMemberAsync(memberId)).Status.ShouldBe(MemberStatus.Full);

        var sent = await office.SendAsync(requested, "2025-03-12");

        var member = await LoadMemberAsync(memberId);
        member.Status.ShouldBe(MemberStatus.TransferredOut);
        member.StatusOn(new DateOnly(2025, 3, 11)).ShouldBe(MemberStatus.Full);
        member.StatusHistory.Single(p => p.Status == MemberStatus.TransferredOut).DecisionNumber.ShouldBe("126-QĐ/ĐU");
        member.Placements.ShouldHaveSingleItem().EndsOn.ShouldBe(new DateOnly(2025, 3, 12));

        var reject = await office.StepAsync(sent, "reject", new { rejectedOn = "2025-03-20", reason = "Nơi đến không tiếp nhận" });
        await reject.ShouldBeProblemAsync(HttpStatusCode.Conflict, "transfer.member_already_transferred_out");

        var received = await office.ReceiveAsync(sent, "2025-04-01");
        received.Status.ShouldBe(TransferStatus.Received);
        (await LoadMemberAsync(memberId)).Status.ShouldBe(MemberStatus.TransferredOut);

        var again = await office.PostAsJsonAsync(Url, TransferClient.Internal(memberId, DemoData.Cell(4), "2025-05-05"), HttpExtensions.Json);
        await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.member_not_active");
    }

    [Fact]
    public async Task Temporary_transfer_keeps_the_home_cell_and_lists_the_member_at_the_host()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(3), "Lâm Thị Sóc Khá", sex: Sex.Female, ethnicityCode: Ethnicities.Khmer);
        var requested = await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(5), "2025-02-03", kind: "TEMPORARY", purpose: "STUDY", temporaryUntil: "2027-02-03"));
        requested.TemporaryUntil.ShouldBe(new DateOnly(2027, 2, 3));

        var sent = await office.SendAsync(requested, "2025-02-05");
        var received = await office.ReceiveAsync(sent, "2025-02-10");
        received.PresentationDueOn.ShouldBeNull();
        received.Late.ShouldBeFalse();

        var member = await LoadMemberAsync(memberId);
        member.OrganizationId.ShouldBe(DemoData.Cell(3));
        member.Status.ShouldBe(MemberStatus.Full);
        member.Placements.ShouldHaveSingleItem();
        member.StatusHistory.ShouldHaveSingleItem();

        var hostUrl = $"/api/v1/organizations/{DemoData.Cell(5)}/temporary-members";
        var atHost = await office.GetFromJsonAsync<PagedList<TemporaryMemberDto>>($"{hostUrl}?asOf=2025-06-01", HttpExtensions.Json);
        var item = atHost!.Items.Where(i => i.MemberId == memberId).ShouldHaveSingleItem();
        item.FullName.ShouldBe("Lâm Thị Sóc Khá");
        item.HomeOrganizationId.ShouldBe(DemoData.Cell(3));
        item.HomeOrganizationName.ShouldBe("Chi bộ Phòng Kế hoạch – Tài chính");
        item.HostOrganizationId.ShouldBe(DemoData.Cell(5));
        item.Purpose.ShouldBe(TransferPurpose.Study);
        item.PurposeLabel.Vi.ShouldBe("Học tập");
        item.ReceivedOn.ShouldBe(new DateOnly(2025, 2, 10));

        (await office.GetFromJsonAsync<PagedList<TemporaryMemberDto>>($"{hostUrl}?asOf=2025-02-09", HttpExtensions.Json))!
            .Items.ShouldNotContain(i => i.MemberId == memberId);
        (await office.GetFromJsonAsync<PagedList<TemporaryMemberDto>>($"{hostUrl}?asOf=2027-02-03", HttpExtensions.Json))!
            .Items.ShouldContain(i => i.MemberId == memberId);
        (await office.GetFromJsonAsync<PagedList<TemporaryMemberDto>>($"{hostUrl}?asOf=2027-02-04", HttpExtensions.Json))!
            .Items.ShouldNotContain(i => i.MemberId == memberId);
        (await office.GetFromJsonAsync<PagedList<TemporaryMemberDto>>($"/api/v1/organizations/{DemoData.Cell(3)}/temporary-members?asOf=2025-06-01", HttpExtensions.Json))!
            .Items.ShouldNotContain(i => i.MemberId == memberId);
        (await office.GetFromJsonAsync<PagedList<TemporaryMemberDto>>($"/api/v1/organizations/{DemoData.CommitteeId}/temporary-members?asOf=2025-06-01", HttpExtensions.Json))!
            .Items.ShouldContain(i => i.MemberId == memberId);

        // Counted at home, not at the host: the member's only placement is the home cell.
        var countedAtHost = await factory.WithDbAsync(db => db.Members.CountAsync(m => m.Id == memberId && m.OrganizationId == DemoData.Cell(5)));
        countedAtHost.ShouldBe(0);

        var hostSecretary = factory.ClientAs("CellSecretary", DemoData.Cell(5));
        (await hostSecretary.GetFromJsonAsync<PagedList<TemporaryMemberDto>>($"{hostUrl}?asOf=2025-06-01", HttpExtensions.Json))!
            .Items.ShouldContain(i => i.MemberId == memberId);
        var otherSecretary = factory.ClientAs("CellSecretary", DemoData.Cell(6));
        await (await otherSecretary.GetAsync($"{hostUrl}?asOf=2025-06-01")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
    }

    [Fact]
    public async Task Official_incoming_transfer_places_the_member_in_the_receiving_cell()
    {
        // Recorded provisionally in another cell: receiving moves the member to the receiving cell.
        var elsewhere = await factory.AddMemberAsync(DemoData.Cell(6), "Thạch Văn Sơn", ethnicityCode: Ethnicities.Khmer);
        var moving = await office.RequestAsync(TransferClient.Incoming(elsewhere, DemoData.Cell(7)));
        moving.FromOrganizationId.ShouldBeNull();
        moving.ExternalOrganization.ShouldBe("Đảng bộ Sở Nội vụ tỉnh Sóc Trăng");
        await office.ReceiveAsync(await office.SendAsync(moving, "2025-03-04"), "2025-03-11");

        var moved = await LoadMemberAsync(elsewhere);
        moved.OrganizationId.ShouldBe(DemoData.Cell(7));
        moved.Placements.Count.ShouldBe(2);

        // Recorded in the receiving cell already: it stays there.
        var there = await factory.AddMemberAsync(DemoData.Cell(7), "Phạm Minh Chánh", admittedOn: new DateOnly(2014, 6, 2));
        var staying = await office.RequestAsync(TransferClient.Incoming(there, DemoData.Cell(7)));
        (await office.ReceiveAsync(await office.SendAsync(staying, "2025-03-04"), "2025-03-11")).Status.ShouldBe(TransferStatus.Received);

        var stayed = await LoadMemberAsync(there);
        stayed.OrganizationId.ShouldBe(DemoData.Cell(7));
        stayed.Placements.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_presentation_deadline_counts_30_working_days_from_the_letter_without_public_holidays_and_marks_late_receipts()
    {
        await factory.WithDbAsync(async db =>
        {
            foreach (var (date, vi, en) in new[]
            {
                (new DateOnly(2025, 4, 7), "Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration"),
                (new DateOnly(2025, 4, 30), "Ngày Giải phóng miền Nam", "Reunification Day"),
                (new DateOnly(2025, 5, 1), "Quốc tế Lao động", "International Labour Day"),
                (new DateOnly(2025, 5, 2), "Nghỉ bù", "Day off in lieu"),
            })
            {
                if (!await db.PublicHolidays.AnyAsync(h => h.Date == date))
                {
                    db.PublicHolidays.Add(new PublicHoliday(Guid.CreateVersion7(), date, vi, en));
                }
            }

            return await db.SaveChangesAsync();
        });

        var waitingMember = await factory.AddMemberAsync(DemoData.Cell(4), "Đỗ Thị Kim Oanh", admittedOn: new DateOnly(2014, 6, 2));
        var waiting = await office.SendAsync(await office.RequestAsync(TransferClient.Internal(waitingMember, DemoData.Cell(2))), "2025-03-03");

        // Monday 3 March + 30 working days = Monday 14 April, pushed one working day by the Hùng Kings' day (7 April).
        waiting.PresentationDueOn.ShouldBe(new DateOnly(2025, 4, 15));
        waiting.Late.ShouldBeTrue();
        waiting.WorkingDaysLeft.ShouldBeNull();
        waiting.WorkingDaysOverdue!.Value.ShouldBeGreaterThan(100);

        var lateMember = await factory.AddMemberAsync(DemoData.Cell(4), "Huỳnh Tấn Phát", admittedOn: new DateOnly(2014, 6, 2));
        var lateSent = await office.SendAsync(await office.RequestAsync(TransferClient.Internal(lateMember, DemoData.Cell(2))), "2025-03-03");
        var late = await office.ReceiveAsync(lateSent, "2025-04-17");
        late.Status.ShouldBe(TransferStatus.Received);
        late.Late.ShouldBeTrue();
        late.WorkingDaysOverdue.ShouldBe(2);
        (await LoadMemberAsync(lateMember)).OrganizationId.ShouldBe(DemoData.Cell(2));

        var onTimeMember = await factory.AddMemberAsync(DemoData.Cell(4), "Võ Thị Sáu", admittedOn: new DateOnly(2014, 6, 2));
        var onTimeSent = await office.SendAsync(await office.RequestAsync(TransferClient.Internal(onTimeMember, DemoData.Cell(2))), "2025-03-03");
        var onTime = await office.ReceiveAsync(onTimeSent, "2025-04-15");
        onTime.Late.ShouldBeFalse();
        onTime.WorkingDaysOverdue.ShouldBe(0);

        var list = await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?organizationId={DemoData.Cell(4)}&pageSize=100", HttpExtensions.Json);
        list!.Items.Single(t => t.MemberId == lateMember).Late.ShouldBeTrue();
        list.Items.Single(t => t.MemberId == waitingMember).Late.ShouldBeTrue();
        list.Items.Single(t => t.MemberId == onTimeMember).Late.ShouldBeFalse();
    }

    [Fact]
    public async Task List_filters_by_member_status_kind_direction_and_organisation()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(6), "Dương Văn Minh");
        var rejected = await office.RequestAsync(TransferClient.Outgoing(memberId, requestedOn: "2024-01-08", kind: "TEMPORARY", purpose: "WORK", temporaryUntil: "2024-07-08"));
        var rejection = await office.StepAsync(rejected, "reject", new { rejectedOn = "2024-01-15", reason = "  Đảng viên   rút đề nghị " });
        var rejectedDto = await rejection.ReadAsync<TransferDto>();
        rejectedDto.Status.ShouldBe(TransferStatus.Rejected);
        rejectedDto.RejectionReason.ShouldBe("Đảng viên rút đề nghị");
        var open = await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(7), "2025-01-06"));

        var mine = await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}", HttpExtensions.Json);
        mine!.Items.Select(t => t.Id).ShouldBe([open.Id, rejected.Id]);
        mine.TotalCount.ShouldBe(2);

        var ascending = await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}&sort=requestedOn", HttpExtensions.Json);
        ascending!.Items.Select(t => t.Id).ShouldBe([rejected.Id, open.Id]);

        (await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}&status=REJECTED", HttpExtensions.Json))!
            .Items.ShouldHaveSingleItem().Id.ShouldBe(rejected.Id);
        (await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}&kind=OFFICIAL", HttpExtensions.Json))!
            .Items.ShouldHaveSingleItem().Id.ShouldBe(open.Id);
        (await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}&direction=OUTGOING", HttpExtensions.Json))!
            .Items.ShouldHaveSingleItem().Id.ShouldBe(rejected.Id);
        (await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}&organizationId={DemoData.Cell(7)}", HttpExtensions.Json))!
            .Items.ShouldHaveSingleItem().Id.ShouldBe(open.Id);
        (await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}&organizationId={DemoData.Cell(6)}", HttpExtensions.Json))!
            .TotalCount.ShouldBe(2);
        (await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}&organizationId={DemoData.Cell(1)}", HttpExtensions.Json))!
            .TotalCount.ShouldBe(0);

        await (await office.GetAsync($"{Url}?status=DONE")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await office.GetAsync($"{Url}?sort=memberName")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task The_member_timeline_shows_the_transfer_steps_with_organisation_names()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(2), "Ngô Thị Tuyết Mai");
        var sent = await office.SendAsync(await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(4), "2025-04-01")), "2025-04-03");
        await office.ReceiveAsync(sent, "2025-04-08");

        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IMemberTimelineSource>().OfType<TransferTimelineSource>().ShouldHaveSingleItem();
        var culture = CultureInfo.CurrentUICulture;
        IReadOnlyList<TimelineEvent> english;
        IReadOnlyList<TimelineEvent> vietnamese;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            english = await source.GetEventsAsync(memberId, CancellationToken.None);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi");
            vietnamese = await source.GetEventsAsync(memberId, CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        english.Select(e => (e.Date, e.Kind)).ShouldBe(
        [
            (new DateOnly(2025, 4, 1), "transfer.requested"),
            (new DateOnly(2025, 4, 3), "transfer.sent"),
            (new DateOnly(2025, 4, 8), "transfer.received"),
        ]);
        english.ShouldAllBe(e => e.Source == "transfers");
        english[2].Title.ShouldBe("Official transfer received: Chi bộ Thanh tra Sở → Chi bộ Phòng Lao động – Việc làm – Giáo dục nghề nghiệp");
        english[2].DocumentNumber.ShouldBe("125-QĐ/ĐU");
        english[2].Details["direction"].ShouldBe("INTERNAL");
        english[2].Details["toOrganization"].ShouldBe("Chi bộ Phòng Lao động – Việc làm – Giáo dục nghề nghiệp");
        vietnamese[0].Title.ShouldBe("Đề nghị chuyển sinh hoạt đảng chính thức: Chi bộ Thanh tra Sở → Chi bộ Phòng Lao động – Việc làm – Giáo dục nghề nghiệp");
    }
}

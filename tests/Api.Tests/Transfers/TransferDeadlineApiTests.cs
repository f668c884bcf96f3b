using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Transfers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Transfers;

/// <summary>
/// The two deadlines of an official transfer over HTTP: 60 working days from its cause to start it, 30 from the letter
/// to present it (no public holiday between March and May 2025 in this database but the weekends); late ones are
/// recorded, listed with <c>late=true</c> and on the agenda.
/// </summary>
public sealed class TransferDeadlineApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = TransferClient.Url;
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private static object WithCause(Guid memberId, Guid to, string requestedOn, string cause, string causeOn) =>
        new { memberId, kind = "OFFICIAL", direction = "INTERNAL", purpose = "WORK", toOrganizationId = to, requestedOn, cause, causeOn, decisionNumber = "128-QĐ/ĐU" };

    [Fact]
    public async Task The_cause_and_its_date_are_stored_and_the_start_on_working_day_60_is_on_time()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Trần Thị Đúng Hạn");

        // Monday 3 March 2025 + 60 working days = Thursday 29 May (Hùng Kings 7 April, 30 April and 1 May off).
        var response = await office.PostAsJsonAsync(Url, WithCause(memberId, DemoData.Cell(2), "2025-05-29", "RETIREMENT", "2025-03-03"), HttpExtensions.Json);

        var transfer = await response.ReadAsync<TransferDto>();
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        transfer.Cause.ShouldBe(TransferCause.Retirement);
        transfer.CauseLabel!.Vi.ShouldBe("Nghỉ hưu, nghỉ mất sức");
        transfer.CauseOn.ShouldBe(new DateOnly(2025, 3, 3));
        transfer.StartDueOn.ShouldBe(new DateOnly(2025, 5, 29));
        transfer.StartLate.ShouldBeFalse();
        transfer.StartWorkingDaysLate.ShouldBe(0);
        transfer.RuleSet.Code.ShouldBe("QD24-2021");
    }

    [Fact]
    public async Task A_start_on_working_day_61_is_recorded_late_not_refused()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Trần Văn Trễ Hạn");

        var response = await office.PostAsJsonAsync(Url, WithCause(memberId, DemoData.Cell(2), "2025-05-30", "NEW_RESIDENCE", "2025-03-03"), HttpExtensions.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var transfer = await response.ReadAsync<TransferDto>();
        transfer.StartDueOn.ShouldBe(new DateOnly(2025, 5, 29));
        transfer.StartLate.ShouldBeTrue();
        transfer.StartWorkingDaysLate.ShouldBe(1);
        transfer.Late.ShouldBeFalse();

        var late = await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?late=true&memberId={memberId}", HttpExtensions.Json);
        late!.Items.ShouldHaveSingleItem().Id.ShouldBe(transfer.Id);
    }

    [Fact]
    public async Task A_cause_without_its_date_is_400_and_writes_nothing()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Trần Văn Thiếu Ngày");
        await factory.ShouldWriteNothingAsync(async () =>
        {
            var response = await office.PostAsJsonAsync(
                Url, new { memberId, kind = "OFFICIAL", direction = "INTERNAL", purpose = "WORK", toOrganizationId = DemoData.Cell(2), requestedOn = "2025-03-03", cause = "RETIREMENT" }, HttpExtensions.Json);
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        });
    }

    [Fact]
    public async Task Presenting_on_working_day_30_is_on_time_and_on_day_31_late_and_listed()
    {
        var onTimeMember = await factory.AddMemberAsync(DemoData.Cell(3), "Lê Văn Ba Mươi");
        var lateMember = await factory.AddMemberAsync(DemoData.Cell(3), "Lê Văn Ba Mốt");

        // Sent Monday 3 March 2025: 30 working days end on Monday 14 April.
        var onTimeSent = await office.SendAsync(await office.RequestAsync(TransferClient.Internal(onTimeMember, DemoData.Cell(5))), "2025-03-03");
        onTimeSent.PresentationDueOn.ShouldBe(new DateOnly(2025, 4, 15));
        var onTime = await office.ReceiveAsync(onTimeSent, "2025-04-15");
        onTime.Late.ShouldBeFalse();

        var late = await office.ReceiveAsync(await office.SendAsync(await office.RequestAsync(TransferClient.Internal(lateMember, DemoData.Cell(5))), "2025-03-03"), "2025-04-16");
        late.Status.ShouldBe(TransferStatus.Received);
        late.Late.ShouldBeTrue();
        late.WorkingDaysOverdue.ShouldBe(1);

        var lateList = await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?late=true&organizationId={DemoData.Cell(3)}&pageSize=100", HttpExtensions.Json);
        lateList!.Items.ShouldContain(t => t.Id == late.Id);
        lateList.Items.ShouldNotContain(t => t.Id == onTime.Id);
        var onTimeList = await office.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?late=false&organizationId={DemoData.Cell(3)}&pageSize=100", HttpExtensions.Json);
        onTimeList!.Items.ShouldContain(t => t.Id == onTime.Id);
        onTimeList.Items.ShouldNotContain(t => t.Id == late.Id);
    }

    [Fact]
    public async Task A_transfer_waiting_for_presentation_is_on_the_receiving_side_s_agenda()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(6), "Phạm Thị Chờ Đợi");
        var sent = await office.SendAsync(await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(7))), "2025-03-03");

        var beforeDue = await office.GetFromJsonAsync<PagedList<DueItemDto>>($"/api/v1/agenda?organizationId={DemoData.Cell(7)}&asOf=2025-04-11&pageSize=100", HttpExtensions.Json);
        var item = beforeDue!.Items.Single(i => i.Subject.Id == sent.Id);
        (item.Source, item.Kind, item.Subject.Kind).ShouldBe(("TRANSFERS", "PRESENTATION", "TRANSFER"));
        item.OrganizationId.ShouldBe(DemoData.Cell(7));
        item.DueDate.ShouldBe(new DateOnly(2025, 4, 15));
        item.WorkingDaysLeft.ShouldBe(2);
        item.Overdue.ShouldBeFalse();
        item.RuleSet!.Code.ShouldBe("QD24-2021");

        var afterDue = await office.GetFromJsonAsync<PagedList<DueItemDto>>($"/api/v1/agenda?organizationId={DemoData.Cell(7)}&asOf=2025-04-16&pageSize=100", HttpExtensions.Json);
        afterDue!.Items.Single(i => i.Subject.Id == sent.Id).Overdue.ShouldBeTrue();

        // The sending cell does not see it on its agenda: the receiving side acts.
        var sending = await office.GetFromJsonAsync<PagedList<DueItemDto>>($"/api/v1/agenda?organizationId={DemoData.Cell(6)}&asOf=2025-04-11&pageSize=100", HttpExtensions.Json);
        sending!.Items.ShouldNotContain(i => i.Subject.Id == sent.Id);

        await office.ReceiveAsync(sent, "2025-04-10");
        var received = await office.GetFromJsonAsync<PagedList<DueItemDto>>($"/api/v1/agenda?organizationId={DemoData.Cell(7)}&asOf=2025-04-11&pageSize=100", HttpExtensions.Json);
        received!.Items.ShouldNotContain(i => i.Subject.Id == sent.Id);
    }
}

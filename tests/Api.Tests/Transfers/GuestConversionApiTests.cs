using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Evaluation.Meetings;
using PartyCommittee.Application.Membership.Guests;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Guests;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Transfers;

/// <summary>A guest converted into an official incoming transfer, and guests on the host cell's meeting roster.</summary>
public sealed class GuestConversionApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/temporary-guests";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private async Task<GuestDto> RegisterAsync(Guid host, string name, string letterDate, string presentedOn, string until)
    {
        var response = await office.PostAsJsonAsync(Url, new Dictionary<string, object?>
        {
            ["hostOrganizationId"] = host,
            ["fullName"] = name,
            ["dateOfBirth"] = "1987-04-05",
            ["homeOrganization"] = "Chi bộ Văn phòng",
            ["homeCommittee"] = "Đảng bộ Sở Tài chính tỉnh Cà Mau",
            ["letterNumber"] = "8-GTT/ĐU",
            ["letterDate"] = letterDate,
            ["purpose"] = "WORK",
            ["presentedOn"] = presentedOn,
            ["until"] = until,
        }, HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<GuestDto>();
    }

    private static Dictionary<string, object?> Conversion(string name, string dateOfBirth = "1987-04-05", string receivedOn = "2025-09-15") => new()
    {
        ["fullName"] = name,
        ["sex"] = "FEMALE",
        ["dateOfBirth"] = dateOfBirth,
        ["ethnicityCode"] = "01",
        ["generalEducation"] = "UPPER_SECONDARY",
        ["professionalLevel"] = "UNIVERSITY",
        ["politicalTheoryLevel"] = "INTERMEDIATE",
        ["admissionDecisionDate"] = "2012-05-19",
        ["admissionDecisionNumber"] = "105-QĐ/ĐU",
        ["ceremonyDate"] = "2012-06-01",
        ["fullMembershipDate"] = "2013-06-01",
        ["officialLetterNumber"] = "31-GGT/ĐU",
        ["officialLetterDate"] = "2025-09-08",
        ["receivedOn"] = receivedOn,
    };

    private Task<JsonElement> CellStatisticsAsync(Guid cell, string asOf) =>
        office.GetFromJsonAsync<JsonElement>($"/api/v1/statistics/membership?organizationId={cell}&asOf={asOf}", HttpExtensions.Json);

    [Fact]
    public async Task A_converted_guest_becomes_a_member_of_the_host_cell_with_the_home_records_dates_and_an_incoming_transfer()
    {
        var guest = await RegisterAsync(DemoData.Cell(4), "Lâm Thị Chuyển Hẳn", "2025-03-03", "2025-03-10", "2025-12-31");
        var before = await CellStatisticsAsync(DemoData.Cell(4), "2025-09-15");

        var noIfMatch = await office.PostAsJsonAsync($"{Url}/{guest.Id}/convert", Conversion("Lâm Thị Chuyển Hẳn"), HttpExtensions.Json);
        noIfMatch.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        var otherBirth = await office.PostJsonAsync($"{Url}/{guest.Id}/convert", Conversion("Lâm Thị Chuyển Hẳn", dateOfBirth: "1987-04-06"), $"\"{guest.Version}\"");
        await otherBirth.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "guest.conversion_identity_mismatch");
        var beforeLetter = await office.PostJsonAsync($"{Url}/{guest.Id}/convert", Conversion("Lâm Thị Chuyển Hẳn", receivedOn: "2025-09-05"), $"\"{guest.Version}\"");
        beforeLetter.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var response = await office.PostJsonAsync($"{Url}/{guest.Id}/convert", Conversion("Lâm Thị Chuyển Hẳn"), $"\"{guest.Version}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var converted = await response.ReadAsync<GuestDto>();
        converted.Status.ShouldBe(GuestStatus.Converted);
        converted.ConvertedOn.ShouldBe(new DateOnly(2025, 9, 15));

        var member = await office.GetFromJsonAsync<JsonElement>($"/api/v1/members/{converted.ConvertedMemberId}", HttpExtensions.Json);
        member.GetProperty("organizationId").GetGuid().ShouldBe(DemoData.Cell(4));
        member.GetProperty("status").GetString().ShouldBe("FULL");
        member.GetProperty("admissionDecisionDate").GetString().ShouldBe("2012-05-19");
        member.GetProperty("fullMembershipDate").GetString().ShouldBe("2013-06-01");

        var transfer = await office.GetFromJsonAsync<JsonElement>($"/api/v1/transfers/{converted.ConvertedTransferId}", HttpExtensions.Json);
        transfer.GetProperty("direction").GetString().ShouldBe("INCOMING");
        transfer.GetProperty("kind").GetString().ShouldBe("OFFICIAL");
        transfer.GetProperty("status").GetString().ShouldBe("RECEIVED");
        transfer.GetProperty("receivedOn").GetString().ShouldBe("2025-09-15");
        transfer.GetProperty("memberId").GetGuid().ShouldBe(converted.ConvertedMemberId!.Value);

        // Listed as a guest the day before, as a member from the day of receipt, never both.
        var guests = await office.GetFromJsonAsync<PagedList<GuestDto>>($"{Url}?organizationId={DemoData.Cell(4)}&asOf=2025-09-14&pageSize=100", HttpExtensions.Json);
        guests!.Items.ShouldContain(g => g.Id == guest.Id);
        guests = await office.GetFromJsonAsync<PagedList<GuestDto>>($"{Url}?organizationId={DemoData.Cell(4)}&asOf=2025-09-15&pageSize=100", HttpExtensions.Json);
        guests!.Items.ShouldNotContain(g => g.Id == guest.Id);
        var after = await CellStatisticsAsync(DemoData.Cell(4), "2025-09-15");
        after.GetProperty("members").GetProperty("total").GetInt32().ShouldBe(before.GetProperty("members").GetProperty("total").GetInt32() + 1);
        (await CellStatisticsAsync(DemoData.Cell(4), "2025-09-14")).GetProperty("members").GetProperty("total").GetInt32().ShouldBe(before.GetProperty("members").GetProperty("total").GetInt32());

        var twice = await office.PostJsonAsync($"{Url}/{guest.Id}/convert", Conversion("Lâm Thị Chuyển Hẳn"), $"\"{converted.Version}\"");
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, "guest.invalid_state");
    }

    [Fact]
    public async Task A_guest_is_on_the_host_meetings_roster_and_its_attendance_changes_no_figure()
    {
        // Demo meeting of cell 1 in June 2020 (3 June 2020).
        var meetingId = EvaluationDemoData.MeetingId(1, 6);
        var meetingUrl = $"/api/v1/meetings/{meetingId}";
        var before = await office.GetFromJsonAsync<MeetingDto>(meetingUrl, HttpExtensions.Json);
        var guest = await RegisterAsync(DemoData.Cell(1), "Lâm Văn Dự Họp", "2020-05-04", "2020-05-11", "2020-12-31");

        var listed = await office.GetFromJsonAsync<MeetingDto>(meetingUrl, HttpExtensions.Json);
        var entry = listed!.Guests.Single(g => g.GuestId == guest.Id);
        entry.Status.ShouldBeNull();
        listed.Figures.ShouldBe(before!.Figures);

        var recorded = await office.PutJsonAsync($"{Url}/{guest.Id}/meetings/{meetingId}/attendance", new { status = "PRESENT" }, $"\"{guest.Version}\"");
        recorded.StatusCode.ShouldBe(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());

        var after = await office.GetFromJsonAsync<MeetingDto>(meetingUrl, HttpExtensions.Json);
        after!.Guests.Single(g => g.GuestId == guest.Id).Status.ShouldBe(AttendanceStatus.Present);
        after.Figures.ShouldBe(before.Figures);
        after.Attendance.Count.ShouldBe(before.Attendance.Count);
        after.Attendance.ShouldNotContain(a => a.MemberId == guest.Id);

        // A meeting of another cell, or one before the guest presented the letter: refused, nothing written.
        var guestNow = await office.GetFromJsonAsync<GuestDto>($"{Url}/{guest.Id}", HttpExtensions.Json);
        var elsewhere = await office.PutJsonAsync($"{Url}/{guest.Id}/meetings/{EvaluationDemoData.MeetingId(2, 6)}/attendance", new { status = "PRESENT" }, $"\"{guestNow!.Version}\"");
        await elsewhere.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "guest.meeting_not_at_host");
        var tooEarly = await office.PutJsonAsync($"{Url}/{guest.Id}/meetings/{EvaluationDemoData.MeetingId(1, 5)}/attendance", new { status = "PRESENT" }, $"\"{guestNow.Version}\"");
        await tooEarly.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "guest.not_attending_on_meeting_day");
        var may = await office.GetFromJsonAsync<MeetingDto>($"/api/v1/meetings/{EvaluationDemoData.MeetingId(1, 5)}", HttpExtensions.Json);
        may!.Guests.ShouldNotContain(g => g.GuestId == guest.Id);
    }
}

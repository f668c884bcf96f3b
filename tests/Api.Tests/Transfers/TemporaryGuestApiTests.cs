using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Guests;
using PartyCommittee.Domain.Membership.Guests;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Transfers;

/// <summary>Guests on temporary party activity from outside the committee over HTTP (/api/v1/temporary-guests).</summary>
public sealed class TemporaryGuestApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/temporary-guests";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private static Dictionary<string, object?> Body(Guid host, string name, string presentedOn = "2025-03-10", string until = "2025-09-30") => new()
    {
        ["hostOrganizationId"] = host,
        ["fullName"] = name,
        ["dateOfBirth"] = "1989-05-04",
        ["partyCardNumber"] = "79012678",
        ["homeOrganization"] = "Chi bộ Văn phòng",
        ["homeCommittee"] = "Đảng bộ Sở Y tế tỉnh Bạc Liêu",
        ["letterNumber"] = "5-GTT/ĐU",
        ["letterDate"] = "2025-03-03",
        ["purpose"] = "WORK",
        ["presentedOn"] = presentedOn,
        ["until"] = until,
    };

    private async Task<GuestDto> RegisterAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync(Url, body, HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldEndWith((await response.ReadAsync<GuestDto>()).Id.ToString());
        return await response.ReadAsync<GuestDto>();
    }

    private Task<PagedList<GuestDto>> HostListAsync(Guid host, string asOf) =>
        office.GetFromJsonAsync<PagedList<GuestDto>>($"{Url}?organizationId={host}&asOf={asOf}&pageSize=100", HttpExtensions.Json)!;

    [Fact]
    public async Task A_guest_is_recorded_listed_by_the_host_not_voting_and_not_counted()
    {
        var before = await office.GetFromJsonAsync<JsonElement>($"/api/v1/statistics/membership?organizationId={DemoData.Cell(5)}&asOf=2025-06-30", HttpExtensions.Json);
        var guest = await RegisterAsync(office, Body(DemoData.Cell(5), "Hà Văn Khách Mời"));

        guest.Status.ShouldBe(GuestStatus.Attending);
        guest.HostOrganizationName.ShouldNotBeNullOrEmpty();
        guest.MayVote.ShouldBeFalse();
        guest.CountedHere.ShouldBeFalse();
        // Letter Monday 3 March 2025 + 30 working days (Hùng Kings Monday 7 April off) = Tuesday 15 April.
        guest.PresentationDueOn.ShouldBe(new DateOnly(2025, 4, 15));
        guest.PresentedLate.ShouldBeFalse();
        guest.RuleSet.Code.ShouldBe("QD24-2021");
        (await HostListAsync(DemoData.Cell(5), "2025-06-30")).Items.ShouldContain(g => g.Id == guest.Id);
        (await HostListAsync(DemoData.Cell(5), "2025-10-01")).Items.ShouldNotContain(g => g.Id == guest.Id);
        (await HostListAsync(DemoData.Cell(6), "2025-06-30")).Items.ShouldNotContain(g => g.Id == guest.Id);

        var after = await office.GetFromJsonAsync<JsonElement>($"/api/v1/statistics/membership?organizationId={DemoData.Cell(5)}&asOf=2025-06-30", HttpExtensions.Json);
        after.GetProperty("members").GetProperty("total").GetInt32().ShouldBe(before.GetProperty("members").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_letter_presented_after_30_working_days_is_recorded_late_and_listed_as_late()
    {
        var guest = await RegisterAsync(office, Body(DemoData.Cell(6), "Hà Thị Đến Muộn", presentedOn: "2025-04-16"));

        guest.PresentedLate.ShouldBeTrue();
        guest.PresentationWorkingDaysLate.ShouldBe(1);
        var late = await office.GetFromJsonAsync<PagedList<GuestDto>>($"{Url}?late=true&pageSize=100", HttpExtensions.Json);
        late!.Items.ShouldContain(g => g.Id == guest.Id);
        late.Items.ShouldAllBe(g => g.PresentedLate);
        late.Items.ShouldContain(g => g.Id == DemoGuests.Id(2));
    }

    [Fact]
    public async Task Invalid_input_is_400_and_a_period_beyond_the_rule_set_422_and_writes_nothing()
    {
        await factory.ShouldWriteNothingAsync(async () =>
        {
            var missing = Body(DemoData.Cell(5), "Hà Văn Thiếu");
            missing.Remove("letterNumber");
            await (await office.PostAsJsonAsync(Url, missing, HttpExtensions.Json)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

            var unknown = Body(DemoData.Cell(5), "Hà Văn Thừa");
            unknown["vote"] = true;
            (await office.PostAsJsonAsync(Url, unknown, HttpExtensions.Json)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

            await (await office.PostAsJsonAsync(Url, Body(DemoData.Cell(5), "Hà Văn Quá Hạn", until: "2026-03-03"), HttpExtensions.Json))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "guest.duration_invalid");
            await (await office.PostAsJsonAsync(Url, Body(DemoData.CommitteeId, "Hà Văn Đảng Ủy"), HttpExtensions.Json))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "guest.host_not_a_cell");
        });
    }

    [Fact]
    public async Task A_cell_secretary_records_guests_of_the_own_cell_only_and_a_viewer_none()
    {
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(7));
        var guest = await RegisterAsync(secretary, Body(DemoData.Cell(7), "Hà Thị Chi Bộ"));

        await factory.ShouldWriteNothingAsync(async () =>
        {
            await (await secretary.PostAsJsonAsync(Url, Body(DemoData.Cell(1), "Hà Thị Ngoài"), HttpExtensions.Json))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "guest.host_not_found");
            await (await factory.ClientAs("Viewer", DemoData.CommitteeId).PostAsJsonAsync(Url, Body(DemoData.Cell(7), "Hà Thị Xem"), HttpExtensions.Json))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        });

        await (await factory.ClientAs("CellSecretary", DemoData.Cell(1)).GetAsync($"{Url}/{guest.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "guest.not_found");
        var masked = await factory.ClientAs("Viewer", DemoData.CommitteeId).GetFromJsonAsync<JsonElement>($"{Url}/{guest.Id}", HttpExtensions.Json);
        masked.GetProperty("partyCardNumber").GetString().ShouldBe("*****678");
        masked.GetProperty("dateOfBirth").ValueKind.ShouldBe(JsonValueKind.Null);
        (await office.GetFromJsonAsync<GuestDto>($"{Url}/{guest.Id}", HttpExtensions.Json))!.PartyCardNumber.ShouldBe("79012678");
    }

    [Fact]
    public async Task Extension_and_return_take_if_match_and_follow_the_rules()
    {
        var guest = await RegisterAsync(office, Body(DemoData.Cell(3), "Hà Văn Gia Hạn"));

        await (await office.PostJsonAsync($"{Url}/{guest.Id}/extend", new { until = "2026-03-02", decidedOn = "2025-09-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        await (await office.PostJsonAsync($"{Url}/{guest.Id}/extend", new { until = "2026-03-02", decidedOn = "2025-09-01" }, $"\"{guest.Version + 5}\""))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        await (await office.PostJsonAsync($"{Url}/{guest.Id}/extend", new { until = "2026-03-03", decidedOn = "2025-09-01" }, $"\"{guest.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "guest.extension_too_long");

        var extended = await (await office.PostJsonAsync($"{Url}/{guest.Id}/extend", new { until = "2026-03-02", decidedOn = "2025-09-01" }, $"\"{guest.Version}\""))
            .ReadAsync<GuestDto>();
        extended.Until.ShouldBe(new DateOnly(2026, 3, 2));
        extended.ExtendedOn.ShouldBe(new DateOnly(2025, 9, 1));
        extended.Version.ShouldBeGreaterThan(guest.Version);

        var returned = await (await office.PostJsonAsync($"{Url}/{guest.Id}/return", new { returnedOn = "2025-11-03" }, $"\"{extended.Version}\""))
            .ReadAsync<GuestDto>();
        returned.Status.ShouldBe(GuestStatus.Returned);
        returned.StatusLabel.En.ShouldBe("Returned");
        (await HostListAsync(DemoData.Cell(3), "2025-11-02")).Items.ShouldContain(g => g.Id == guest.Id);
        (await HostListAsync(DemoData.Cell(3), "2025-11-03")).Items.ShouldNotContain(g => g.Id == guest.Id);
        await (await office.PostJsonAsync($"{Url}/{guest.Id}/return", new { returnedOn = "2025-11-04" }, $"\"{returned.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "guest.invalid_state");
    }

    [Fact]
    public async Task The_demo_guest_attends_cell_2()
    {
        var demo = await office.GetFromJsonAsync<GuestDto>($"{Url}/{DemoGuests.Id(1)}", HttpExtensions.Json);
        demo!.HostOrganizationId.ShouldBe(DemoData.Cell(2));
        demo.Status.ShouldBe(GuestStatus.Attending);
        (await HostListAsync(DemoData.Cell(2), "2026-01-15")).Items.ShouldContain(g => g.Id == DemoGuests.Id(1));
    }
}

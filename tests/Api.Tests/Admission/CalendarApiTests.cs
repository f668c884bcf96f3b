using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Admissions.ListDueSteps;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Calendar.GetWorkingDay;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Admission;

/// <summary>
/// The working-day calendar: holidays kept by an administrator, read by everyone, and moving the statutory deadlines.
/// Its own database, so that the holidays added here move no other test's deadline.
/// </summary>
public sealed class CalendarApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/calendar/holidays";
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    [Fact]
    public async Task An_admin_keeps_the_holidays_and_everyone_reads_them()
    {
        var created = await admin.PostAsJsonAsync(Url, new { date = "2030-09-02", nameVi = "Quốc khánh", nameEn = "National Day" }, HttpExtensions.Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var holiday = await created.ReadAsync<HolidayDto>();
        created.Headers.Location!.ToString().ShouldBe($"{Url}/{holiday.Id}");

        var duplicate = await admin.PostAsJsonAsync(Url, new { date = "2030-09-02", nameVi = "Trùng", nameEn = "Duplicate" }, HttpExtensions.Json);
        var problem = await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, "calendar.holiday_exists");
        problem.GetProperty("detail").GetString()!.ShouldContain("2030-09-02");

        var member = factory.ClientAs("Member", DemoData.Cell(1));
        var list = await member.GetFromJsonAsync<PagedList<HolidayDto>>($"{Url}?year=2030", HttpExtensions.Json);
        list!.Items.ShouldHaveSingleItem().NameVi.ShouldBe("Quốc khánh");
        (await member.GetAsync($"{Url}/{holiday.Id}")).Headers.ETag!.Tag.ShouldBe("\"1\"");
        var notAdmin = await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId)
            .PostAsJsonAsync(Url, new { date = "2030-09-03", nameVi = "Nghỉ", nameEn = "Day off" }, HttpExtensions.Json);
        await notAdmin.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        var noIfMatch = await admin.PutJsonAsync($"{Url}/{holiday.Id}", new { date = "2030-09-03", nameVi = "Quốc khánh", nameEn = "National Day" }, null);
        await noIfMatch.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        var moved = await admin.PutJsonAsync($"{Url}/{holiday.Id}", new { date = "2030-09-03", nameVi = "Nghỉ lễ Quốc khánh", nameEn = "National Day holiday" }, "\"1\"");
        var updated = await moved.ReadAsync<HolidayDto>();
        updated.Date.ShouldBe(new DateOnly(2030, 9, 3));
        updated.Version.ShouldBe(2);

        var stale = new HttpRequestMessage(HttpMethod.Delete, $"{Url}/{holiday.Id}");
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await (await admin.SendAsync(stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Url}/{holiday.Id}");
        delete.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
        (await admin.SendAsync(delete)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"{Url}/{holiday.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "calendar.holiday_not_found");
    }

    [Fact]
    public async Task Working_days_skip_week_ends_and_holidays()
    {
        // Friday 2031-01-03 + 3 working days: Mon 6, Tue 7, Wed 8.
        var plain = await admin.GetFromJsonAsync<WorkingDayResult>("/api/v1/calendar/working-days?from=2031-01-03&days=3", HttpExtensions.Json);
        plain!.Date.ShouldBe(new DateOnly(2031, 1, 8));
        plain.Holidays.ShouldBeEmpty();

        (await admin.PostAsJsonAsync(Url, new { date = "2031-01-06", nameVi = "Nghỉ bù", nameEn = "Compensatory day off" }, HttpExtensions.Json))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);
        var moved = await viewer.GetFromJsonAsync<WorkingDayResult>("/api/v1/calendar/working-days?from=2031-01-03&days=3", HttpExtensions.Json);
        moved!.Date.ShouldBe(new DateOnly(2031, 1, 9));
        moved.Holidays.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2031, 1, 6));

        var invalid = await viewer.GetAsync("/api/v1/calendar/working-days?from=2031-01-03&days=-1");
        await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task A_holiday_moves_the_ceremony_deadline()
    {
        var office = new AdmissionApi(factory);
        var cell = DemoData.Cell(6);
        var admission = await office.ResolveAsync(await office.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, "Trương Thị Hạnh")), "2024-01-08");
        admission = await office.DecideAsync(admission, "2024-02-05");
        admission.NextStep!.DueDate.ShouldBe(new DateOnly(2024, 3, 25)); // Tết 2024 (9, 12-15 February) is computed

        (await admin.PostAsJsonAsync(Url, new { date = "2024-03-01", nameVi = "Ngày nghỉ thử nghiệm", nameEn = "Test day off" }, HttpExtensions.Json))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        (await office.GetAsync(admission.Id)).NextStep!.DueDate.ShouldBe(new DateOnly(2024, 3, 26));
        var due = await office.Client.GetFromJsonAsync<PagedList<AdmissionDueStepDto>>(
            $"{AdmissionApi.Url}/due?organizationId={cell}&asOf=2024-03-25", HttpExtensions.Json);
        due!.Items.Single(i => i.AdmissionId == admission.Id).WorkingDaysLeft.ShouldBe(1);

        // On the due date (Tết 2024 computed) the ceremony is on time.
        var held = await office.CeremonyAsync(admission, "2024-03-25");
        held.CeremonyOn.ShouldBe(new DateOnly(2024, 3, 25));
        held.MemberId.ShouldNotBeNull();
        held.Steps.Single(s => s.Step == PartyCommittee.Domain.Membership.Admission.AdmissionStep.Ceremony).WorkingDaysLate.ShouldBe(0);
    }
}

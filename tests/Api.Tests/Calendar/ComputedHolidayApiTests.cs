using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Calendar.GetCalendarYear;
using PartyCommittee.Application.Calendar.GetWorkingDay;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Calendar;

/// <summary>The computed holidays over HTTP, and the stored days that add or remove days off. Its own database.</summary>
public sealed class ComputedHolidayApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    [Fact]
    public async Task A_year_nobody_entered_knows_Tet_Hung_Kings_and_national_day()
    {
        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);
        var year = await viewer.GetFromJsonAsync<CalendarYearDto>("/api/v1/calendar/days-off?year=2033", HttpExtensions.Json);
        // Tết 2033-01-31 (Mon): Sun 30/1 (last day of the year) → in lieu; 31/1 .. 3/2; Hùng Kings 10/3 lunar.
        var tet = year!.DaysOff.Where(d => d.NameVi.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).Select(d => d.Date).ToList();
        tet.ShouldBe([new(2033, 1, 31), new(2033, 2, 1), new(2033, 2, 2), new(2033, 2, 3), new(2033, 2, 4)]);
        year.DaysOff.Single(d => d.Date == new DateOnly(2033, 2, 4)).Kind.ShouldBe(DayOffKind.Compensatory);
        year.DaysOff.ShouldAllBe(d => d.RuleSet == "BLLD-2019");
        year.DaysOff.Count.ShouldBe(11);
        year.WorkingDays.ShouldBe(260 - 11);

        var invalid = await viewer.GetAsync("/api/v1/calendar/days-off?year=1999");
        await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Working_days_skip_Tet_and_announced_days_override_the_computation()
    {
        // Tết 2032-02-11 (Wed): 10 Tue .. 14 Sat (in lieu Mon 16).
        var computed = await admin.GetFromJsonAsync<WorkingDayResult>("/api/v1/calendar/working-days?from=2032-02-06&days=3", HttpExtensions.Json);
        computed!.Date.ShouldBe(new DateOnly(2032, 2, 18));
        computed.DaysOff.Select(d => d.Date).ShouldBe([new(2032, 2, 10), new(2032, 2, 11), new(2032, 2, 12), new(2032, 2, 13), new(2032, 2, 16)]);
        computed.Holidays.ShouldBeEmpty();

        // The government moves the day in lieu: Mon 16/2 is worked, Mon 9/2 is off instead.
        var working = await admin.PostAsJsonAsync("/api/v1/calendar/holidays", new { date = "2032-02-16", nameVi = "Đi làm bù", nameEn = "Swapped working day", kind = "WORKING_DAY" }, HttpExtensions.Json);
        working.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await working.ReadAsync<HolidayDto>()).Kind.ShouldBe(CalendarEntryKind.WorkingDay);
        (await admin.PostAsJsonAsync("/api/v1/calendar/holidays", new { date = "2032-02-09", nameVi = "Nghỉ Tết (hoán đổi)", nameEn = "Tết (swapped)" }, HttpExtensions.Json))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var moved = await admin.GetFromJsonAsync<WorkingDayResult>("/api/v1/calendar/working-days?from=2032-02-06&days=3", HttpExtensions.Json);
        moved!.Date.ShouldBe(new DateOnly(2032, 2, 18));
        moved.DaysOff.Select(d => d.Date).ShouldBe([new(2032, 2, 9), new(2032, 2, 10), new(2032, 2, 11), new(2032, 2, 12), new(2032, 2, 13)]);
        moved.DaysOff[0].Kind.ShouldBe(DayOffKind.Announced);

        var year = await admin.GetFromJsonAsync<CalendarYearDto>("/api/v1/calendar/days-off?year=2032", HttpExtensions.Json);
        year!.DeclaredWorkingDays.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2032, 2, 16));

        var badKind = await admin.PostAsJsonAsync("/api/v1/calendar/holidays", new { date = "2032-03-01", nameVi = "Sai", nameEn = "Wrong", kind = "HALF_DAY" }, HttpExtensions.Json);
        badKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Reports;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>Membership movements and the statistical forms over the demo data (the seed report's year 2020).</summary>
public sealed class MembershipReportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private HttpClient Viewer => factory.ClientAs(Roles.Viewer, DemoData.CommitteeId);

    [Fact]
    public async Task The_movements_of_2020_take_the_committee_from_134_to_137_members_with_3_admitted()
    {
        var report = await Viewer.GetFromJsonAsync<MembershipMovements>(
            $"/api/v1/reports/membership-movements?organizationId={DemoData.CommitteeId}&from=2020-01-01&to=2020-12-31", HttpExtensions.Json);
        report!.OpeningCount.ShouldBe(134);
        report.ClosingCount.ShouldBe(137);
        var admitted = report.Movements.Single(m => m.Kind == MovementKind.Admitted);
        admitted.Count.ShouldBe(3);
        admitted.Members.Select(m => m.MemberId).ShouldBe(DemoMembers.All.Where(m => m.AdmittedIn2020).Select(m => m.Id), ignoreOrder: true);
        admitted.Members.ShouldAllBe(m => m.Date.Year == 2020);
        report.Movements.Single(m => m.Kind == MovementKind.Expelled).Count.ShouldBe(0);
        report.Movements.Select(m => m.Kind).ShouldBe(Enum.GetValues<MovementKind>());
        report.Movements.ShouldAllBe(m => m.Count == m.Members.Count);
    }

    [Fact]
    public async Task A_cell_sees_only_its_own_movements_and_an_inverted_period_is_refused()
    {
        var cell = await Viewer.GetFromJsonAsync<MembershipMovements>(
            $"/api/v1/reports/membership-movements?organizationId={DemoData.Cell(1)}&from=2020-01-01&to=2020-12-31", HttpExtensions.Json);
        cell!.ClosingCount.ShouldBe(DemoMembers.PerCell[0]);
        cell.Movements.SelectMany(m => m.Members).ShouldAllBe(m => m.OrganizationId == DemoData.Cell(1));

        var inverted = await Viewer.GetAsync("/api/v1/reports/membership-movements?from=2020-12-31&to=2020-01-01");
        await inverted.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        // A start at the calendar's end (found by the contract fuzz: its ten-year bound overflowed into a 500).
        foreach (var path in new[] { "membership-movements", "membership-movements/xlsx" })
        {
            await (await Viewer.GetAsync($"/api/v1/reports/{path}?from=9999-12-31&to=2015-10-22")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
            await (await Viewer.GetAsync($"/api/v1/reports/{path}?from=9995-01-01&to=9999-12-31")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        }

        (await Viewer.GetAsync("/api/v1/reports/membership-movements?from=2010-01-01&to=2020-01-02")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "more than ten years");
    }

    [Fact]
    public async Task The_movements_download_as_an_excel_file_with_the_same_counts()
    {
        var response = await Viewer.GetAsync($"/api/v1/reports/membership-movements/xlsx?organizationId={DemoData.CommitteeId}&from=2020-01-01&to=2020-12-31");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Single(r => Equals(r["kind"], "OPENING"))["count"].ShouldBe(134d);
        rows.Single(r => Equals(r["kind"], "CLOSING"))["count"].ShouldBe(137d);
        rows.Single(r => Equals(r["kind"], "ADMITTED") && r["count"] is not null)["count"].ShouldBe(3d);
        rows.Count(r => Equals(r["kind"], "ADMITTED") && r["fullName"] is not null).ShouldBe(3);
    }

    [Fact]
    public async Task The_quality_form_at_the_end_of_2020_gives_the_seed_figures()
    {
        var form = await Viewer.GetFromJsonAsync<StatisticalFormDto>(
            $"/api/v1/reports/member-quality?organizationId={DemoData.CommitteeId}&asOf=2020-12-31", HttpExtensions.Json);
        form!.Columns.Select(c => c.Code).ShouldBe(["TOTAL", "WOMEN", "ETHNIC_MINORITY", "RELIGIOUS", "PROBATIONARY"]);
        var total = form.Rows.Single(r => r.Code == "TOTAL").Values;
        total[0].ShouldBe(137);
        total[1].ShouldBe(57);
        total[2].ShouldBe(3);
        total[4].ShouldBe(3);
        form.Rows.Where(r => r.Code.StartsWith("AGE_", StringComparison.Ordinal)).Sum(r => r.Values[0]).ShouldBe(137);
        form.Rows.Where(r => r.Code.StartsWith("POLITICAL_THEORY_", StringComparison.Ordinal)).Sum(r => r.Values[0]).ShouldBe(137);
    }

    [Fact]
    public async Task The_ethnicity_and_religion_form_counts_as_of_31_december()
    {
        var form = await Viewer.GetFromJsonAsync<StatisticalFormDto>(
            $"/api/v1/reports/ethnicity-religion?organizationId={DemoData.CommitteeId}&asOf=2020-06-30", HttpExtensions.Json);
        form!.AsOf.ShouldBe(new DateOnly(2020, 12, 31));
        form.Rows.Single(r => r.Code == "ETHNIC_MINORITY").Values[0].ShouldBe(3);
        form.Rows.Single(r => r.Code == "ETHNICITY_05").Values[0].ShouldBe(3);
        form.Rows.Single(r => r.Code == "RELIGIOUS").Values[0].ShouldBe(3);
        form.Rows.Single(r => r.Code == "TOTAL").Values[3].ShouldBe(3);

        var file = await Viewer.GetAsync($"/api/v1/reports/ethnicity-religion/xlsx?organizationId={DemoData.CommitteeId}&asOf=2020-12-31");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Single(r => Equals(r["code"], "ETHNICITY_05"))["label"].ShouldBe("Khơ-me");
    }
}

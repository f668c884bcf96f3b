using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Cases.GetInspectionFinance;
using PartyCommittee.Application.Inspection.Dues;
using PartyCommittee.Application.Inspection.Statistics;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Inspection;

/// <summary>
/// The party-finance figures of a case (<c>/api/v1/inspections/{id}/finance</c>), the discipline and dues sections of
/// <c>/api/v1/statistics/inspection</c>, and dues arrears on the agenda, against the demo data.
/// </summary>
public sealed class InspectionFinanceApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>The demo party-finance case: cell 6, period covered 2019-01-01 to 2020-08-02.</summary>
    private static readonly Guid FinanceCase = DemoDataSeeder.InspectionCaseId(5);

    private static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<T>();
    }

    [Fact]
    public async Task The_demo_finance_case_shows_per_month_what_the_cell_sheets_say_equal_to_a_hand_count()
    {
        var finance = await OkAsync<InspectionFinanceDto>(await factory.ClientAs("InspectionCommission", DemoData.CommitteeId).GetAsync($"/api/v1/inspections/{FinanceCase}/finance"));

        // The hand count: every sheet of cell 6 from January to August 2020 (the period touches August), line by line.
        var sheets = await factory.WithDbAsync(db => db.DuesSheets.AsNoTracking().Include(s => s.Lines)
            .Where(s => s.OrganizationId == DemoData.Cell(6) && s.Month >= new DateOnly(2019, 1, 1) && s.Month <= new DateOnly(2020, 8, 1))
            .OrderBy(s => s.Month).ToListAsync());
        sheets.Count.ShouldBe(8);
        finance.CoveredFrom.ShouldBe(new DateOnly(2019, 1, 1));
        finance.CoveredTo.ShouldBe(new DateOnly(2020, 8, 2));
        finance.Months.Select(m => m.Month).ShouldBe(sheets.Select(s => s.Month));
        finance.MonthsWithoutSheet.ShouldBe(Enumerable.Range(1, 12).Select(m => new DateOnly(2019, m, 1)));
        foreach (var (month, sheet) in finance.Months.Zip(sheets))
        {
            month.RuleSet.ShouldBe("QD342-2010");
            month.Sheets.ShouldBe(1);
            month.Figures.Lines.ShouldBe(sheet.Lines.Count);
            month.Figures.Due.ShouldBe(sheet.Lines.Sum(l => l.Due));
            month.Figures.Collected.ShouldBe(sheet.Lines.Sum(l => l.Paid));
            month.Figures.Exempted.ShouldBe(sheet.Lines.Sum(l => l.Exempted));
            month.Figures.Retained.ShouldBe((long)Math.Round(sheet.Lines.Sum(l => l.Paid) * 0.3m, MidpointRounding.AwayFromZero));
            month.Figures.Remitted.ShouldBe(month.Figures.Collected - month.Figures.Retained);
            month.Figures.Arrears.ShouldBe(sheet.Lines.Sum(l => Math.Max(l.Due - l.Paid, 0)));
        }

        finance.Totals.Due.ShouldBe(sheets.Sum(s => s.TotalDue));
        finance.Totals.Collected.ShouldBe(sheets.Sum(s => s.TotalPaid));
        finance.Totals.Retained.ShouldBe(sheets.Sum(s => s.Retained));
        finance.Totals.Remitted.ShouldBe(sheets.Sum(s => s.Remitted));
        finance.Totals.Lines.ShouldBe(sheets.Sum(s => s.Lines.Count));
        finance.Totals.Due.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_case_of_a_cell_and_members_counts_the_cells_sheets_and_the_other_members_own_lines_once()
    {
        // Subjects: cell 6 (its sheets), a member of cell 6 (already in them: not counted twice) and a member of cell 1
        // (his own lines of cell 1's sheet only). Session 49 split the selection in two branches, one per index.
        var admin = factory.ClientAs("Admin", null);
        // Cell 1's sheet of March 2020 (the demo data has it; opened here if not).
        var opened = await admin.PostJsonAsync("/api/v1/dues/sheets", new { organizationId = DemoData.Cell(1), month = "2020-03-01" });
        opened.StatusCode.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.Conflict);
        var (inCell6, inCell1) = await factory.WithDbAsync(async db =>
        {
            var six = await db.DuesLines.AsNoTracking().Where(l => db.Set<DuesSheet>().Any(s => s.Id == l.SheetId && s.OrganizationId == DemoData.Cell(6))).Select(l => l.MemberId).FirstAsync();
            var sheet = await db.DuesSheets.AsNoTracking().Include(s => s.Lines).SingleAsync(s => s.OrganizationId == DemoData.Cell(1) && s.Month == new DateOnly(2020, 3, 1));
            return (six, sheet.Lines[0].MemberId);
        });
        var commission = factory.ClientAs("InspectionCommission", DemoData.CommitteeId);
        var created = await commission.PostJsonAsync("/api/v1/inspections", new
        {
            organizationId = DemoData.CommitteeId, kind = "PARTY_FINANCE", decidedBy = "INSPECTION_COMMISSION", topicCode = "PARTY_FINANCE",
            decidedOn = "2024-03-04", content = "Kiểm tra tài chính đảng", coveredFrom = "2019-01-01", coveredTo = "2020-08-02",
            scheduleFrom = "2024-03-04", scheduleTo = "2024-04-30",
            subjects = new object[]
            {
                new { type = "CELL", organizationId = DemoData.Cell(6) }, new { type = "MEMBER", memberId = inCell6 }, new { type = "MEMBER", memberId = inCell1 },
            },
            team = new[] { new { memberId = DemoMembers.Id(12), isLeader = true } },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var finance = await OkAsync<InspectionFinanceDto>(await commission.GetAsync($"/api/v1/inspections/{id}/finance"));

        // The hand count: every line of cell 6's sheets, and the two members' own lines in any other sheet, of the months
        // the period touches.
        var sheets = await factory.WithDbAsync(db => db.DuesSheets.AsNoTracking().Include(s => s.Lines)
            .Where(s => s.Month >= new DateOnly(2019, 1, 1) && s.Month <= new DateOnly(2020, 8, 1)).ToListAsync());
        var lines = sheets.SelectMany(s => s.Lines.Where(l => s.OrganizationId == DemoData.Cell(6) || l.MemberId == inCell6 || l.MemberId == inCell1)
            .Select(l => (Sheet: s, Line: l))).ToList();
        lines.Count(x => x.Sheet.OrganizationId != DemoData.Cell(6)).ShouldBeGreaterThan(0, "the member of cell 1 has lines outside cell 6");
        finance.Totals.Lines.ShouldBe(lines.Count);
        finance.Totals.Due.ShouldBe(lines.Sum(x => x.Line.Due));
        finance.Totals.Collected.ShouldBe(lines.Sum(x => x.Line.Paid));
        finance.Totals.Exempted.ShouldBe(lines.Sum(x => x.Line.Exempted));
        foreach (var month in finance.Months)
        {
            var ofMonth = lines.Where(x => x.Sheet.Month == month.Month).ToList();
            month.Sheets.ShouldBe(ofMonth.Select(x => x.Sheet.Id).Distinct().Count());
            month.Figures.Lines.ShouldBe(ofMonth.Count);
            month.Figures.Due.ShouldBe(ofMonth.Sum(x => x.Line.Due));
        }

        finance.Months.Select(m => m.Month).ShouldBe(lines.Select(x => x.Sheet.Month).Distinct().Order());
        finance.Months.Single(m => m.Month == new DateOnly(2020, 3, 1)).Sheets.ShouldBe(2);
        finance.MonthsWithoutSheet.ShouldBe(Enumerable.Range(1, 12).Select(m => new DateOnly(2019, m, 1)));
    }

    [Fact]
    public async Task Finance_figures_are_for_party_finance_cases_and_follow_the_case_scope_and_roles()
    {
        // Another kind: a coded 422.
        await (await factory.ClientAs("Admin", null).GetAsync($"/api/v1/inspections/{DemoDataSeeder.InspectionCaseId(1)}/finance"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.finance_not_applicable");

        // The secretary of the inspected cell sees it; another cell's secretary does not (404), nor does a missing case.
        (await factory.ClientAs("CellSecretary", DemoData.Cell(6)).GetAsync($"/api/v1/inspections/{FinanceCase}/finance")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await factory.ClientAs("CellSecretary", DemoData.Cell(2)).GetAsync($"/api/v1/inspections/{FinanceCase}/finance"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspection.not_found");
        await (await factory.ClientAs("Admin", null).GetAsync($"/api/v1/inspections/{Guid.CreateVersion7()}/finance"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspection.not_found");

        // A viewer sees statistics only.
        await (await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync($"/api/v1/inspections/{FinanceCase}/finance"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(6)]
    public async Task The_statistics_discipline_and_dues_sections_equal_the_figure_queries(int? cell)
    {
        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);
        var organization = cell is { } n ? DemoData.Cell(n) : DemoData.CommitteeId;
        var statistics = await OkAsync<JsonElement>(await viewer.GetAsync($"/api/v1/statistics/inspection?organizationId={organization}&year=2020"));
        var discipline = await OkAsync<JsonElement>(await viewer.GetAsync($"/api/v1/disciplinary-actions/figures?organizationId={organization}&year=2020"));
        var dues = await OkAsync<JsonElement>(await viewer.GetAsync($"/api/v1/dues/summary?organizationId={organization}&year=2020"));

        statistics.GetProperty("discipline").GetRawText().ShouldBe(discipline.GetRawText());
        statistics.GetProperty("dues").GetRawText().ShouldBe(dues.GetRawText());

        var typed = statistics.Deserialize<InspectionStatistics>(HttpExtensions.Json)!;
        if (cell is null)
        {
            // The demo: one member reprimanded by his cell in 2020; 84 sheets.
            typed.Discipline.ByForm.Single(f => f.Form == Domain.Inspection.Discipline.DisciplineForm.Reprimand).Members.ShouldBe(1);
            typed.Discipline.ByForm.Sum(f => f.Organizations).ShouldBe(0);
            typed.Dues.Sheets.ShouldBe(84);
            typed.Dues.Collected.ShouldBe(typed.Dues.Retained + typed.Dues.Remitted);
        }
        else
        {
            typed.Dues.Sheets.ShouldBe(12);
        }
    }

    [Fact]
    public async Task Dues_arrears_are_on_the_agenda_overdue_from_the_end_of_the_oldest_unpaid_month()
    {
        var unpaid = DemoMembers.Id(DemoDisciplineAndDues.UnpaidMember);
        var excused = DemoMembers.Id(DemoDisciplineAndDues.UnpaidMember + 1);
        var admin = factory.ClientAs("Admin", null);

        var december = await admin.GetFromJsonAsync<PagedList<DueItemDto>>("/api/v1/agenda?asOf=2020-12-31&pageSize=100", HttpExtensions.Json);
        var item = december!.Items.Where(i => i.Source == "DUES_ARREARS").ShouldHaveSingleItem();
        item.Kind.ShouldBe("ARREARS");
        item.Subject.Id.ShouldBe(unpaid);
        item.DueDate.ShouldBe(new DateOnly(2020, 3, 31));
        item.Overdue.ShouldBeTrue();
        item.RuleSet!.Code.ShouldBe("QD342-2010");
        december.Items.ShouldNotContain(i => i.Source == "DUES_ARREARS" && i.Subject.Id == excused);

        // March is not in arrears before it ends; from April it is.
        var march = await admin.GetFromJsonAsync<PagedList<DueItemDto>>("/api/v1/agenda?asOf=2020-03-31&pageSize=100", HttpExtensions.Json);
        march!.Items.ShouldNotContain(i => i.Source == "DUES_ARREARS");
        var april = await admin.GetFromJsonAsync<PagedList<DueItemDto>>("/api/v1/agenda?asOf=2020-04-01&pageSize=100", HttpExtensions.Json);
        april!.Items.Where(i => i.Source == "DUES_ARREARS").ShouldHaveSingleItem().Subject.Id.ShouldBe(unpaid);

        // Out of the scope: another cell's secretary does not see it.
        var cell = DemoMembers.All[DemoDisciplineAndDues.UnpaidMember].CellNumber;
        var other = cell == 1 ? 2 : 1;
        var elsewhere = await factory.ClientAs("CellSecretary", DemoData.Cell(other)).GetFromJsonAsync<PagedList<DueItemDto>>("/api/v1/agenda?asOf=2020-12-31&pageSize=100", HttpExtensions.Json);
        elsewhere!.Items.ShouldNotContain(i => i.Source == "DUES_ARREARS");
    }
}

using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Dues;
using PartyCommittee.Application.Inspection.Dues.Arrears;
using PartyCommittee.Application.Inspection.Dues.ListDuesSheets;
using PartyCommittee.Application.Inspection.Dues.Summary;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Dues;

/// <summary>/api/v1/dues over HTTP: bases, monthly sheets across the 2026 switch, payments, arrears, removal review, summary, roles, scope.</summary>
public sealed class DuesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/dues";

    private static readonly Guid UnpaidMember = DemoMembers.Id(DemoDisciplineAndDues.UnpaidMember);

    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    private HttpClient Secretary(int cell) => factory.ClientAs("CellSecretary", DemoData.Cell(cell));

    private static async Task<DuesSheetDto> OpenAsync(HttpClient client, Guid cell, string month)
    {
        var response = await client.PostJsonAsync($"{Url}/sheets", new { organizationId = cell, month });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<DuesSheetDto>();
    }

    [Fact]
    public async Task The_demo_year_2020_has_twelve_sheets_per_cell_its_figures_and_one_member_for_removal_review()
    {
        var summary = await factory.ClientAs("Viewer", DemoData.CommitteeId).GetFromJsonAsync<DuesSummaryDto>($"{Url}/summary?year=2020", HttpExtensions.Json);
        summary!.Sheets.ShouldBe(84);
        summary.Due.ShouldBeGreaterThan(0);
        summary.Collected.ShouldBe(summary.Due - summary.Arrears);
        summary.Remitted.ShouldBe(summary.Collected - summary.Retained);
        summary.MembersForRemovalReview.ShouldBe(1);

        var review = await admin.GetFromJsonAsync<List<MemberDuesYearDto>>($"{Url}/removal-review?year=2020", HttpExtensions.Json);
        var member = review!.Single();
        member.MemberId.ShouldBe(UnpaidMember);
        member.UnpaidMonths.ShouldBe([new DateOnly(2020, 3, 1), new DateOnly(2020, 4, 1), new DateOnly(2020, 5, 1)]);

        var agenda = await admin.GetFromJsonAsync<PagedList<DueItemDto>>("/api/v1/agenda?asOf=2020-12-31&pageSize=100", HttpExtensions.Json);
        var item = agenda!.Items.Single(i => i.Source == "DUES");
        item.Subject.Id.ShouldBe(UnpaidMember);
        item.Kind.ShouldBe("NAME_REMOVAL_REVIEW");
        item.DueDate.ShouldBe(new DateOnly(2020, 5, 31));
        item.Overdue.ShouldBeTrue();
        item.RuleSet!.Code.ShouldBe("QD342-2010");

        var arrears = await admin.GetFromJsonAsync<List<MemberDuesYearDto>>($"{Url}/arrears?year=2020", HttpExtensions.Json);
        arrears!.Select(a => a.MemberId).ShouldContain(UnpaidMember);
        arrears!.Single(a => a.MemberId == UnpaidMember).Arrears.ShouldBeGreaterThan(0);
        arrears!.ShouldAllBe(a => a.Arrears > 0);
    }

    [Fact]
    public async Task Sheets_apply_the_rules_of_their_month_across_the_2026_switch_and_exempt_fifty_years_of_seniority_from_february()
    {
        // Admitted in 1975 elsewhere, in this cell since 2015: 51 years of seniority in February 2026. The second lost
        // contact with the party for two years (a recorded gap): 49 years, not exempt.
        var (veteran, gapped) = await factory.WithDbAsync(async db =>
        {
            var cell = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(3));
            PartyMember Veteran(string name) => PartyMember.Register(
                Guid.CreateVersion7(),
                new MemberProfile(
                    name, Sex.Male, new DateOnly(1950, 1, 1), null, null, Ethnicities.Kinh, null, null,
                    GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Advanced, null, null, null, null, false, null, null),
                new AdmissionRecord(new DateOnly(1975, 1, 10), "01-QĐ", new DateOnly(1975, 1, 20), new DateOnly(1976, 1, 20)),
                cell,
                MemberStatus.Full,
                new DateOnly(2015, 1, 5),
                null);
            var member = Veteran("Lâm Văn Lão");
            var withGap = Veteran("Lâm Văn Gián");
            withGap.RecordSeniorityGap(new DateRange(new DateOnly(1980, 1, 1), new DateOnly(1981, 12, 31)), SeniorityGapReason.LostContact, "05-QĐ", null, new DateOnly(2026, 1, 1));
            db.Members.AddRange(member, withGap);
            await db.SaveChangesAsync();
            return (member.Id, withGap.Id);
        });
        var office = Secretary(3);
        foreach (var member in new[] { veteran, gapped })
        {
            var basis = await office.PostJsonAsync($"{Url}/bases", new { memberId = member, category = "PENSIONER", monthlyBasisAmount = 6_000_000, effectiveFrom = "2025-12-01" });
            basis.StatusCode.ShouldBe(HttpStatusCode.Created, await basis.Content.ReadAsStringAsync());
        }

        var january = await OpenAsync(office, DemoData.Cell(3), "2026-01-15");
        january.Month.ShouldBe(new DateOnly(2026, 1, 1));
        january.RuleSet.Code.ShouldBe("QD342-2010");
        var janLine = january.Lines.Single(l => l.MemberId == veteran);
        (janLine.Due, janLine.Exempted).ShouldBe((30_000L, 0L));

        var february = await OpenAsync(office, DemoData.Cell(3), "2026-02-01");
        february.RuleSet.Code.ShouldBe("QD01-2026");
        var febLine = february.Lines.Single(l => l.MemberId == veteran);
        (febLine.Due, febLine.Exempted).ShouldBe((0L, 30_000L));
        february.TotalExempted.ShouldBeGreaterThanOrEqualTo(30_000);
        var gappedLine = february.Lines.Single(l => l.MemberId == gapped);
        (gappedLine.Due, gappedLine.Exempted).ShouldBe((30_000L, 0L));

        // A sheet the import opens reads the same rules and the same gaps.
        var csv = DuesImportFiles.Csv(DuesImportFiles.Row(veteran.ToString(), "2026-03", 0), DuesImportFiles.Row(gapped.ToString(), "2026-03", 30_000, "2026-03-05"));
        var imported = await (await DuesImportFiles.PostAsync(office, csv, string.Empty)).ReadAsync<Application.Inspection.Dues.Import.DuesImportResult>();
        (imported.Recorded, imported.Unchanged, imported.SheetsOpened).ShouldBe((1, 1, 1)); // the veteran owes nothing and paid nothing: as opened
        var march = await factory.WithDbAsync(db => db.Set<DuesLine>().AsNoTracking()
            .Where(l => (l.MemberId == veteran || l.MemberId == gapped) && db.Set<DuesSheet>().Any(s => s.Id == l.SheetId && s.Month == new DateOnly(2026, 3, 1)))
            .ToDictionaryAsync(l => l.MemberId, l => (l.Due, l.Exempted, l.Paid)));
        march[veteran].ShouldBe((0L, 30_000L, 0L));
        march[gapped].ShouldBe((30_000L, 0L, 30_000L));

        await (await office.PostJsonAsync($"{Url}/sheets", new { organizationId = DemoData.Cell(3), month = "2026-02-20" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "dues.sheet_exists");
    }

    [Fact]
    public async Task Payments_are_recorded_with_if_match_and_feed_the_sheet_totals_and_the_members_own_view()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(4), "Tạ Văn Đóng", admittedOn: new DateOnly(2014, 1, 10));
        var secretary = Secretary(4);
        (await secretary.PostJsonAsync($"{Url}/bases", new { memberId = member, category = "SALARIED", monthlyBasisAmount = 7_000_000, effectiveFrom = "2025-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var sheet = await OpenAsync(secretary, DemoData.Cell(4), "2025-03-01");
        sheet.Lines.Single(l => l.MemberId == member).Due.ShouldBe(70_000);

        var body = new { payments = new[] { new { memberId = member, paid = 70_000, paidOn = "2025-03-10", collector = "Tạ Thị Thu", excused = false } } };
        await (await secretary.PutJsonAsync($"{Url}/sheets/{sheet.Id}/payments", body, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        // No payments at all: a validation error, not the list's size rule run on nothing (a 500 the contract fuzz found).
        await (await secretary.PutJsonAsync($"{Url}/sheets/{sheet.Id}/payments", new { }, $"\"{sheet.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await secretary.PutJsonAsync($"{Url}/sheets/{sheet.Id}/payments", body, "\"99\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        var paid = await (await secretary.PutJsonAsync($"{Url}/sheets/{sheet.Id}/payments", body, $"\"{sheet.Version}\"")).ReadAsync<DuesSheetDto>();
        var line = paid.Lines.Single(l => l.MemberId == member);
        (line.Paid, line.PaidOn, line.Collector, line.Arrears).ShouldBe((70_000L, new DateOnly(2025, 3, 10), "Tạ Thị Thu", 0L));
        paid.TotalPaid.ShouldBe(70_000);
        paid.Retained.ShouldBe(21_000);
        paid.Remitted.ShouldBe(49_000);

        var own = await factory.ClientAsMember(member, DemoData.Cell(4)).GetFromJsonAsync<OwnDuesDto>($"{Url}/mine?year=2025", HttpExtensions.Json);
        own!.Months.Single().Paid.ShouldBe(70_000);
        (own.Due, own.Arrears).ShouldBe((70_000L, 0L));

        await factory.ShouldWriteNothingAsync(async () =>
        {
            await (await secretary.PutJsonAsync($"{Url}/sheets/{sheet.Id}/payments", new { payments = new[] { new { memberId = member, paid = 5_000, excused = false } } }, $"\"{paid.Version}\""))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "dues.paid_on_required");
            await (await secretary.PutJsonAsync($"{Url}/sheets/{sheet.Id}/payments", new { payments = new[] { new { memberId = member, paid = -1, paidOn = "2025-03-10", excused = false } } }, $"\"{paid.Version}\""))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        });
    }

    [Fact]
    public async Task A_reduction_must_be_a_level_of_the_rules_in_force_and_a_basis_is_one_per_month()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(5), "Mai Thị Giảm", admittedOn: new DateOnly(2014, 1, 10));
        var secretary = Secretary(5);
        await (await secretary.PostJsonAsync($"{Url}/bases", new { memberId = member, category = "SALARIED", monthlyBasisAmount = 5_000_000, effectiveFrom = "2025-06-01", reductionPercent = 50, reductionUntil = "2025-08-01", reductionReason = "Khó khăn" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "dues.reduction_not_allowed");
        (await secretary.PostJsonAsync($"{Url}/bases", new { memberId = member, category = "SALARIED", monthlyBasisAmount = 5_000_000, effectiveFrom = "2026-06-01", reductionPercent = 50, reductionUntil = "2026-08-01", reductionReason = "Khó khăn" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await secretary.PostJsonAsync($"{Url}/bases", new { memberId = member, category = "SALARIED", monthlyBasisAmount = 5_500_000, effectiveFrom = "2026-06-20" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "dues.basis_exists");
        var bases = await secretary.GetFromJsonAsync<PagedList<DuesBasisDto>>($"{Url}/bases?memberId={member}", HttpExtensions.Json);
        bases!.Items.Single().ReductionPercent.ShouldBe(50);
    }

    [Fact]
    public async Task A_secretary_keeps_his_own_cells_dues_only_and_other_roles_do_what_their_row_says()
    {
        var secretary = Secretary(2);
        await (await secretary.PostJsonAsync($"{Url}/sheets", new { organizationId = DemoData.Cell(3), month = "2025-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "dues.organization_not_found");
        await (await secretary.PostJsonAsync($"{Url}/sheets", new { organizationId = DemoData.CommitteeId, month = "2025-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "dues.organization_not_found");
        await (await admin.PostJsonAsync($"{Url}/sheets", new { organizationId = DemoData.CommitteeId, month = "2025-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "dues.organization_not_a_cell");
        await (await secretary.PostJsonAsync($"{Url}/sheets", new { organizationId = DemoData.Cell(2), month = "2099-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "dues.month_in_future");
        await (await secretary.PostJsonAsync($"{Url}/sheets", new { organizationId = DemoData.Cell(2) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var others = await admin.GetFromJsonAsync<PagedList<DuesSheetSummaryDto>>($"{Url}/sheets?year=2020&organizationId={DemoData.Cell(3)}", HttpExtensions.Json);
        others!.TotalCount.ShouldBe(12);
        await (await secretary.GetAsync($"{Url}/sheets/{others.Items[0].Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "dues.sheet_not_found");
        await (await secretary.GetAsync($"{Url}/sheets?organizationId={DemoData.Cell(3)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        (await secretary.GetFromJsonAsync<PagedList<DuesSheetSummaryDto>>($"{Url}/sheets?year=2020", HttpExtensions.Json))!.Items
            .ShouldAllBe(s => s.OrganizationId == DemoData.Cell(2));

        await (await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId).PostJsonAsync($"{Url}/sheets", new { organizationId = DemoData.Cell(2), month = "2025-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync($"{Url}/sheets")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await factory.ClientAs("Member", DemoData.Cell(2)).GetAsync($"{Url}/summary")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await secretary.GetAsync($"{Url}/mine")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        (await factory.ClientAs("InspectionCommission", DemoData.CommitteeId).GetAsync($"{Url}/arrears?year=2020")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_sheet_lists_the_members_of_the_cell_that_month_with_their_due_under_the_2010_rules()
    {
        var sheets = await admin.GetFromJsonAsync<PagedList<DuesSheetSummaryDto>>($"{Url}/sheets?year=2020&organizationId={DemoData.Cell(1)}&pageSize=100", HttpExtensions.Json);
        var december = sheets!.Items.Single(s => s.Month == new DateOnly(2020, 12, 1));
        var sheet = await admin.GetFromJsonAsync<DuesSheetDto>($"{Url}/sheets/{december.Id}", HttpExtensions.Json);
        sheet!.RuleSet.Code.ShouldBe("QD342-2010");
        sheet.Lines.Count.ShouldBe(december.Members);
        var salaried = Enumerable.Range(0, 12).Select(k => 44_200L + (k * 3_500L)).ToList();
        sheet.Lines.ShouldAllBe(l => l.Category == DuesCategory.Pensioner ? l.Due == 26_000 : salaried.Contains(l.Due));
        sheet.TotalDue.ShouldBe(sheet.Lines.Sum(l => l.Due));
        sheet.RetentionPercent.ShouldBe(30);
    }
}

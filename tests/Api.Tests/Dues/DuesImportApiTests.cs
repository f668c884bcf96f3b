using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Inspection.Dues;
using PartyCommittee.Application.Inspection.Dues.Import;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using static PartyCommittee.Api.Tests.Dues.DuesImportFiles;

namespace PartyCommittee.Api.Tests.Dues;

/// <summary>
/// POST /api/v1/dues/import and GET /api/v1/dues/sheets/{id}/export over HTTP: dry run, replay, every row error code,
/// atomic refusal, the non-atomic mode, scope and roles, the xlsx round trip.
/// </summary>
public sealed class DuesImportApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly DateOnly January2020 = new(2020, 1, 1);

    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    private HttpClient Secretary(int cell) => factory.ClientAs("CellSecretary", DemoData.Cell(cell));

    private static async Task<DuesImportResult> OkAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<DuesImportResult>();
    }

    private Task<Guid> SheetIdAsync(Guid cell, DateOnly month) =>
        factory.WithDbAsync(db => db.DuesSheets.Where(s => s.OrganizationId == cell && s.Month == month).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task An_exported_sheet_imported_again_changes_nothing_in_csv_and_in_xlsx()
    {
        var id = await SheetIdAsync(DemoData.Cell(2), January2020);
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var export = await Secretary(2).GetAsync($"/api/v1/dues/sheets/{id}/export?format={format}");
            export.StatusCode.ShouldBe(HttpStatusCode.OK);
            var bytes = await export.Content.ReadAsByteArrayAsync();
            export.Content.Headers.ContentDisposition!.FileName!.ShouldContain("CB-TT-2020-01");

            var result = await OkAsync(await factory.ShouldWriteNothingAsync(() => PostAsync(Secretary(2), bytes, $"sheet.{format}", "dryRun=false")));
            var lines = await LinesAsync(factory, DemoData.Cell(2), January2020, January2020);
            result.Rows.ShouldBe(lines.Count);
            result.Unchanged.ShouldBe(lines.Count);
            result.Recorded.ShouldBe(0);
            result.Errors.ShouldBe(0);
            result.Applied.ShouldBeFalse();
            result.Results.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task A_month_without_a_sheet_is_opened_a_dry_run_writes_nothing_the_import_writes_and_a_replay_changes_nothing()
    {
        // January 2021 has no demo sheet: rows for cell 3 as in December 2020 (same bases, same rules).
        var december = await LinesAsync(factory, DemoData.Cell(3), new DateOnly(2020, 12, 1), new DateOnly(2020, 12, 1));
        var csv = Csv(december.Select(l => Row(l.Code, "01/2021", l.Due, "2021-01-12", "Thủ quỹ Chi bộ").With(DuesSheetLayout.Due, l.Due.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var dryRun = await OkAsync(await factory.ShouldWriteNothingAsync(() => PostAsync(Secretary(3), csv, "dryRun=true")));
        dryRun.DryRun.ShouldBeTrue();
        dryRun.Applied.ShouldBeFalse();
        dryRun.Recorded.ShouldBe(december.Count);
        dryRun.SheetsOpened.ShouldBe(1);
        dryRun.Errors.ShouldBe(0);

        var real = await OkAsync(await PostAsync(Secretary(3), csv, string.Empty));
        real.Applied.ShouldBeTrue();
        real.Recorded.ShouldBe(december.Count);
        real.SheetsOpened.ShouldBe(1);
        real.SheetsChanged.ShouldBe(1);

        var id = await SheetIdAsync(DemoData.Cell(3), new DateOnly(2021, 1, 1));
        var sheet = await Secretary(3).GetFromJsonAsync<DuesSheetDto>($"/api/v1/dues/sheets/{id}", HttpExtensions.Json);
        sheet!.RuleSet.Code.ShouldBe("QD342-2010");
        sheet.TotalPaid.ShouldBe(december.Sum(l => l.Due));
        sheet.Lines.ShouldAllBe(l => l.PaidOn == new DateOnly(2021, 1, 12) && l.Collector == "Thủ quỹ Chi bộ");

        var replay = await OkAsync(await factory.ShouldWriteNothingAsync(() => PostAsync(Secretary(3), csv, string.Empty)));
        replay.Unchanged.ShouldBe(december.Count);
        replay.Recorded.ShouldBe(0);
        replay.SheetsOpened.ShouldBe(0);
        replay.Applied.ShouldBeFalse();
    }

    [Fact]
    public async Task Each_row_error_has_its_code_and_a_file_with_errors_is_refused_whole()
    {
        var lines = await LinesAsync(factory, DemoData.Cell(4), January2020, January2020);
        var (a, b) = (lines[0], lines[1]);
        var good = Row(b.Code, "2020-01", b.Due, "2020-01-10");
        var rows = new (string Code, Dictionary<string, string?> Row)[]
        {
            ("dues.import.member_unknown", Row("99999999", "2020-01", 0)),
            ("dues.import.month_invalid", Row(a.Code, "2020-13", 0)),
            ("dues.import.month_required", Row(a.Code, null, 0)),
            ("dues.import.amount_invalid", Row(a.Code, "2020-02", null).With(DuesSheetLayout.Paid, "abc")),
            ("dues.import.amount_required", Row(a.Code, "2020-03", null)),
            ("dues.import.date_invalid", Row(a.Code, "2020-04", 100, "31/02/2020")),
            ("dues.import.boolean_invalid", Row(a.Code, "2020-05", 0).With(DuesSheetLayout.Excused, "maybe")),
            ("dues.import.due_mismatch", Row(a.Code, "2020-06", 0).With(DuesSheetLayout.Due, (a.Due + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ("dues.import.basis_mismatch", Row(a.Code, "2020-07", 0).With(DuesSheetLayout.Basis, "1")),
            ("dues.paid_on_required", Row(a.Code, "2020-08", 100)),
            ("dues.reason_required", Row(a.Code, "2020-09", 0).With(DuesSheetLayout.Excused, "x")),
            ("dues.month_in_future", Row(a.Code, "2099-01", 0)),
            ("dues.import.text_too_long", Row(a.Code, "2020-10", 0, collector: new string('a', 200))),
            ("dues.import.duplicate_member", Row(b.Code, "2020-01", 0)),
        };
        var csv = Csv([good, .. rows.Select(r => r.Row)]);

        var dryRun = await OkAsync(await factory.ShouldWriteNothingAsync(() => PostAsync(Secretary(4), csv, "dryRun=true")));
        dryRun.Rows.ShouldBe(rows.Length + 1);
        dryRun.Recorded.ShouldBe(1);
        dryRun.Errors.ShouldBe(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var result = dryRun.Results.Single(r => r.Row == i + 3);
            result.Outcome.ShouldBe("ERROR");
            result.Errors.Select(e => e.Code).ShouldContain(rows[i].Code, $"row {i + 3}");
            result.Errors.ShouldAllBe(e => e.MessageVi.Length > 0 && e.MessageEn.Length > 0 && e.MessageEn != e.Code);
        }

        // Atomic by default: the good row is not written either.
        var refused = await factory.ShouldWriteNothingAsync(() => PostAsync(Secretary(4), csv, string.Empty));
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "dues.import.has_errors");
        problem.GetProperty("import").GetProperty("errors").GetInt32().ShouldBe(rows.Length);
    }

    [Fact]
    public async Task Without_atomic_the_valid_rows_are_written_and_the_others_reported()
    {
        var lines = await LinesAsync(factory, DemoData.Cell(5), new DateOnly(2020, 2, 1), new DateOnly(2020, 2, 1));
        var line = lines[0];
        var csv = Csv(Row(line.Code, "2020-02", line.Due + 10_000, "2020-02-11", "Người thu mới"), Row("99999999", "2020-02", 0));

        var result = await OkAsync(await PostAsync(Secretary(5), csv, "atomic=false"));
        result.Applied.ShouldBeTrue();
        result.Recorded.ShouldBe(1);
        result.Errors.ShouldBe(1);
        result.Warnings.ShouldBe(1);
        result.Results.Single(r => r.Row == 2).Warnings.Single().Code.ShouldBe("dues.import.paid_above_due");

        var id = await SheetIdAsync(DemoData.Cell(5), new DateOnly(2020, 2, 1));
        var sheet = await admin.GetFromJsonAsync<DuesSheetDto>($"/api/v1/dues/sheets/{id}", HttpExtensions.Json);
        var recorded = sheet!.Lines.Single(l => l.MemberId == line.MemberId);
        recorded.Paid.ShouldBe(line.Due + 10_000);
        recorded.PaidOn.ShouldBe(new DateOnly(2020, 2, 11));
        recorded.Collector.ShouldBe("Người thu mới");
    }

    [Fact]
    public async Task A_member_outside_the_scope_is_the_same_row_error_as_an_unknown_code_and_nothing_is_written()
    {
        var outsider = (await LinesAsync(factory, DemoData.Cell(3), January2020, January2020))[0];
        var csv = Csv(Row(outsider.Code, "2020-01", 1, "2020-01-05"), Row("99999998", "2020-01", 1, "2020-01-05"));

        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(Secretary(2), csv, "dryRun=true"));
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(outsider.MemberId.ToString());
        body.ShouldNotContain(DemoMembers.All.Single(m => m.Id == outsider.MemberId).FullName);
        var result = JsonSerializer.Deserialize<DuesImportResult>(body, HttpExtensions.Json)!;
        result.Results.Select(r => r.Errors.Single().Code).ShouldBe(["dues.import.member_unknown", "dues.import.member_unknown"]);

        // The member's own cell, named as the subtree by his secretary, reaches him; another cell is 404.
        await factory.ShouldWriteNothingAsync(async () =>
            (await PostAsync(Secretary(2), csv, $"dryRun=true&organizationId={DemoData.Cell(3)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound));
        var own = await OkAsync(await PostAsync(Secretary(3), csv, $"dryRun=true&organizationId={DemoData.Cell(3)}"));
        own.Recorded.ShouldBe(1);

        // The file's month: a row of another month is refused.
        var month = await OkAsync(await PostAsync(Secretary(3), csv, "dryRun=true&month=2020-02-01"));
        month.Results.First().Errors.Single().Code.ShouldBe("dues.import.month_mismatch");
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_and_roles_without_dues_entry_are_forbidden()
    {
        var refused = await factory.ShouldWriteNothingAsync(() => PostAsync(Secretary(2), "memberCode,month\n10000001,2020-01\n", string.Empty));
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "dues.import.column_missing");
        problem.ToString().ShouldContain("paid");

        foreach (var role in new[] { "CommitteeOffice", "InspectionCommission", "Viewer", "Member" })
        {
            await factory.ShouldWriteNothingAsync(async () =>
                await (await PostAsync(factory.ClientAs(role, DemoData.CommitteeId), "memberCode,month,paid\n", "dryRun=true")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden"));
        }

        (await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync($"/api/v1/dues/sheets/{await SheetIdAsync(DemoData.Cell(2), January2020)}/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Secretary(3).GetAsync($"/api/v1/dues/sheets/{await SheetIdAsync(DemoData.Cell(2), January2020)}/export")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/dues/sheets/{await SheetIdAsync(DemoData.Cell(2), January2020)}/export?format=pdf")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

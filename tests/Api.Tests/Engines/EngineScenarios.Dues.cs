using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Dues;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Inspection.Dues.Import;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Engines;

public abstract partial class EngineScenarios
{
    /// <summary>
    /// ADR 0088: the payments of a dues file on a stored sheet are written by the set-based writer of changed aggregates
    /// (SQLite: a prepared update per row; SQL Server: many updates per request): every line changed, the sheet's
    /// totals and version moved once, an audit row per changed line by the caller (the sheet's own row only when an audited
    /// field of it changed, as the save pipeline writes it); the same file again changes nothing.
    /// </summary>
    [SkippableFact]
    public async Task A_dues_file_over_a_stored_sheet_changes_its_lines_totals_version_and_audit()
    {
        var api = Api;
        var month = new DateOnly(2020, 12, 1);
        var cell = DemoData.Cell(1);
        var lines = (await DuesImportFiles.LinesAsync(api, cell, month, month)).Where(l => l.Due > 0).ToList();
        lines.Count.ShouldBeGreaterThan(3);
        var before = await api.WithDbAsync(db => db.Set<DuesSheet>().AsNoTracking().SingleAsync(s => s.OrganizationId == cell && s.Month == month));
        var csv = DuesImportFiles.Csv(lines.Select(l => DuesImportFiles.Row(l.Code, "2020-12", l.Due, "2020-12-21", "Thủ quỹ kiểm thử")));
        var admin = api.ClientAs("Admin", null, subject: "engine-dues");

        var response = await DuesImportFiles.PostAsync(admin, csv, "organizationId=" + cell);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.ReadAsync<DuesImportResult>();
        (result.Applied, result.Recorded, result.Errors, result.SheetsChanged).ShouldBe((true, lines.Count, 0, 1));

        var after = await api.WithDbAsync(db => db.Set<DuesSheet>().AsNoTracking().Include(s => s.Lines).SingleAsync(s => s.Id == before.Id));
        after.Version.ShouldBe(before.Version + 1);
        var changed = after.Lines.Where(l => lines.Any(f => f.MemberId == l.MemberId)).ToList();
        changed.ShouldAllBe(l => l.Paid == l.Due && l.PaidOn == new DateOnly(2020, 12, 21) && l.Collector == "Thủ quỹ kiểm thử" && l.Arrears == 0);
        (after.TotalPaid, after.TotalArrears, after.Retained).ShouldBe((after.Lines.Sum(l => l.Paid), after.Lines.Sum(l => l.Arrears), DuesSheet.RetainedOf(after.Lines.Sum(l => l.Paid), after.RetentionPercent)));
        var audits = await api.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.UserId == "engine-dues").Select(a => a.EntityType + "|" + a.Action).ToListAsync());
        audits.Count(a => a == "DuesLine|Update").ShouldBe(lines.Count);

        var replay = await (await DuesImportFiles.PostAsync(admin, csv, "organizationId=" + cell)).ReadAsync<DuesImportResult>();
        (replay.Recorded, replay.Unchanged).ShouldBe((0, lines.Count));
        (await api.WithDbAsync(db => db.Set<DuesSheet>().AsNoTracking().SingleAsync(s => s.Id == before.Id))).Version.ShouldBe(before.Version + 1);
    }
}

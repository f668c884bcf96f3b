using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Inspection.Dues.Import;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using static PartyCommittee.Api.Tests.Dues.DuesImportFiles;

namespace PartyCommittee.Api.Tests.Dues;

/// <summary>
/// ADR 0086 and ADR 0088: the dues import writes the sheets it opens (with their lines) set-based through
/// <see cref="IAddedAggregatesWriter"/>, and the payments on sheets already stored (read tracked) set-based through
/// <see cref="IModifiedAggregatesWriter"/>, in one transaction. The same file imported by three hosts — the writers,
/// the writers in chunks of 7, and the change tracker for every sheet (<see cref="TrackedAggregatesWriter"/>, the
/// former path) — leaves identical databases
/// (<see cref="DatabaseDump"/>): the new sheets with their totals and lines, the changed lines of the stored sheets,
/// every audit row with its caller and changes. A dry run before and a replay after write nothing.
/// </summary>
public sealed class DuesImportWriterEqualityTests(WriterHost<DuesLine> writer, SmallChunksWriterHost<DuesLine> chunked, TrackedWriterHost<DuesLine> former)
    : IClassFixture<WriterHost<DuesLine>>, IClassFixture<SmallChunksWriterHost<DuesLine>>, IClassFixture<TrackedWriterHost<DuesLine>>
{
    private static readonly DateOnly December = new(2020, 12, 1);
    private static readonly DateOnly January = new(2021, 1, 1);

    [Fact]
    public async Task A_file_over_stored_and_new_sheets_gives_identical_databases_through_the_writer_and_through_the_change_tracker()
    {
        // December 2020 has the demo's sheets (payments changed: a new collector and day); January 2021 has none (the
        // import opens every cell's sheet: its dues computed from the members' bases, seniority and placements).
        var december = await LinesAsync(former, null, December, December);
        december.Count.ShouldBeGreaterThan(100);
        var rows = december.Select(l => Row(l.Code, "2020-12", l.Paid, l.Paid > 0 ? "2020-12-20" : null, "Thủ quỹ mới"))
            .Concat(december.Select((l, i) => i == 3
                ? Row(l.Code, "2021-01", 0).With(DuesSheetLayout.Excused, "x").With(DuesSheetLayout.Reason, "Điều trị bệnh dài ngày")
                : Row(l.Code, "2021-01", i % 5 == 0 ? 0 : l.Due, i % 5 == 0 ? null : "2021-01-15", "Thủ quỹ mới")))
            .ToList();
        var csv = Csv(rows);

        var results = new Dictionary<AggregatesWriterHost<DuesLine>, DuesImportResult>();
        var tracked = new Dictionary<AggregatesWriterHost<DuesLine>, int>();
        var trackedModified = new Dictionary<AggregatesWriterHost<DuesLine>, int>();
        foreach (var factory in new AggregatesWriterHost<DuesLine>[] { writer, chunked, former })
        {
            var clerk = factory.ClientAs("Admin", null, subject: "clerk-dues");
            (await factory.ShouldWriteNothingAsync(() => PostAsync(clerk, csv, "atomic=false&dryRun=true"))).StatusCode.ShouldBe(HttpStatusCode.OK);
            var before = factory.Tracked.Added;
            var modifiedBefore = factory.TrackedModified.Added;
            var response = await PostAsync(clerk, csv, "atomic=false");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            results[factory] = await response.ReadAsync<DuesImportResult>();
            tracked[factory] = factory.Tracked.Added - before;
            trackedModified[factory] = factory.TrackedModified.Added - modifiedBefore;

            // The same file again: every row it wrote is now UNCHANGED, and nothing is written.
            var replay = await (await factory.ShouldWriteNothingAsync(() => PostAsync(clerk, csv, "atomic=false"))).ReadAsync<DuesImportResult>();
            (replay.Recorded, replay.Unchanged, replay.SheetsOpened).ShouldBe((0, results[factory].Recorded + results[factory].Unchanged, 0));
        }

        var result = results[former];
        (result.Applied, result.Rows).ShouldBe((true, rows.Count));
        result.SheetsOpened.ShouldBe(7);
        result.Recorded.ShouldBeGreaterThan(december.Count + 100);
        foreach (var other in new AggregatesWriterHost<DuesLine>[] { writer, chunked })
        {
            results[other].ShouldBeEquivalentTo(result);
        }

        // The January lines: the writer's hosts tracked none in any save; the former path tracked every one.
        var lines = await former.WithDbAsync(db => db.Set<DuesLine>().CountAsync(l => db.Set<DuesSheet>().Any(s => s.Id == l.SheetId && s.Month == January)));
        var expected = await AggregatesWriterHosts.ShouldMatchTheReferenceAsync(writer, chunked, former, tracked, lines);

        // The December lines changed: the writers' hosts saved none through the change tracker; the former path every one.
        (trackedModified[writer], trackedModified[chunked], trackedModified[former]).ShouldBe((0, 0, december.Count));

        // Plain checks that the normalisation hides nothing that matters: an audit row per new line and sheet by the
        // caller, the stored sheets' changes audited as updates, the new sheets' totals those of their lines.
        expected["AuditEntries"].Count(r => r.Contains("|clerk-dues|", StringComparison.Ordinal) && r.Contains("|Insert|DuesLine|", StringComparison.Ordinal)).ShouldBe(lines);
        expected["AuditEntries"].Count(r => r.Contains("|clerk-dues|", StringComparison.Ordinal) && r.Contains("|Insert|DuesSheet|", StringComparison.Ordinal)).ShouldBe(7);
        expected["AuditEntries"].Count(r => r.Contains("|clerk-dues|", StringComparison.Ordinal) && r.Contains("|Update|DuesLine|", StringComparison.Ordinal)).ShouldBe(december.Count);
        var totals = await writer.WithDbAsync(db => db.Set<DuesSheet>().AsNoTracking().Include(s => s.Lines).Where(s => s.Month == January).ToListAsync());
        totals.Count.ShouldBe(7);
        totals.ShouldAllBe(s => s.LineCount == s.Lines.Count && s.TotalDue == s.Lines.Sum(l => l.Due) && s.TotalPaid == s.Lines.Sum(l => l.Paid)
            && s.TotalArrears == s.Lines.Sum(l => l.Arrears) && s.Retained == DuesSheet.RetainedOf(s.TotalPaid, s.RetentionPercent));
        totals.SelectMany(s => s.Lines).Count(l => l.Excused && l.Reason == "Điều trị bệnh dài ngày").ShouldBe(1);
        totals.SelectMany(s => s.Lines).Count(l => l.Collector == "Thủ quỹ mới").ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task A_sheet_written_by_the_writer_over_one_stored_meanwhile_is_dues_sheet_exists_and_nothing_is_written()
    {
        var month = new DateOnly(2020, 6, 1);
        var stored = await writer.WithDbAsync(db => db.Set<DuesSheet>().CountAsync());
        await using var scope = writer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var sheets = scope.ServiceProvider.GetRequiredService<IAddedAggregatesWriter>();
        var fresh = DuesSheet.Open(Ids.NewVersion7(), DemoData.Cell(3), new DateOnly(2019, 1, 1), [], DuesRuleSet.Statutory.InForceOn(month), 30, month);
        var taken = DuesSheet.Open(Ids.NewVersion7(), DemoData.Cell(2), month, [], DuesRuleSet.Statutory.InForceOn(month), 30, month);
        var conflict = await Should.ThrowAsync<ConflictException>(() => db.ExclusiveAsync([], async ct =>
        {
            await sheets.WriteAsync([fresh, taken], ct);
            return 0;
        }, CancellationToken.None));
        conflict.Code.ShouldBe("dues.sheet_exists");
        (await writer.WithDbAsync(d => d.Set<DuesSheet>().CountAsync())).ShouldBe(stored);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Api.Tests.Dues;

/// <summary>
/// ADR 0088: <see cref="IModifiedAggregatesWriter"/> on its own (its own host: it changes the demo's sheets, which the
/// equality tests compare). Each sheet's update is checked against the version it was read with; what it does not
/// write (members, untracked aggregates, a call outside a transaction) is refused.
/// </summary>
public sealed class ModifiedAggregatesWriterTests(WriterHost<DuesSheet> writer) : IClassFixture<WriterHost<DuesSheet>>
{
    [Fact]
    public async Task The_changes_writer_checks_the_version_each_sheet_was_read_with_and_refuses_what_it_does_not_write()
    {
        var month = new DateOnly(2020, 11, 1);
        await using var scope = writer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var changes = scope.ServiceProvider.GetRequiredService<IModifiedAggregatesWriter>();
        var sheet = await db.Set<DuesSheet>().Include(s => s.Lines).FirstAsync(s => s.Month == month);
        var line = sheet.Lines.OrderBy(l => l.MemberId).First();
        var stored = (line.Paid, line.Collector, sheet.TotalPaid, sheet.Version);
        sheet.RecordPayments([new DuesPayment(line.MemberId, line.Due + 1_000, new DateOnly(2020, 11, 25), "Thủ quỹ khác", false, null)], new DateOnly(2020, 11, 30));

        await Should.ThrowAsync<InvalidOperationException>(() => changes.WriteAsync([sheet], CancellationToken.None));
        await Should.ThrowAsync<NotSupportedException>(() => changes.WriteAsync(new List<Domain.Membership.PartyMember>(), CancellationToken.None));
        var untracked = await writer.WithDbAsync(d => d.Set<DuesSheet>().AsNoTracking().Include(s => s.Lines).FirstAsync(s => s.Month == month && s.Id != sheet.Id));
        await Should.ThrowAsync<NotSupportedException>(() => db.ExclusiveAsync([], async ct =>
        {
            await changes.WriteAsync([untracked], ct);
            return 0;
        }, CancellationToken.None));

        // Another writer moved the sheet's version after it was read: 412, and nothing of this change is stored.
        var audits = await writer.WithDbAsync(d => d.Set<AuditEntry>().CountAsync());
        await writer.WithDbAsync(d => d.Database.ExecuteSqlRawAsync("UPDATE \"DuesSheets\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {0}", sheet.Id.ToString().ToUpperInvariant()));
        await Should.ThrowAsync<PreconditionFailedException>(() => db.ExclusiveAsync([], async ct =>
        {
            await changes.WriteAsync([sheet], ct);
            return 0;
        }, CancellationToken.None));
        var after = await writer.WithDbAsync(d => d.Set<DuesSheet>().AsNoTracking().Include(s => s.Lines).SingleAsync(s => s.Id == sheet.Id));
        var kept = after.Lines.Single(l => l.MemberId == line.MemberId);
        (kept.Paid, kept.Collector, after.TotalPaid, after.Version).ShouldBe((stored.Paid, stored.Collector, stored.TotalPaid, stored.Version + 1));
        (await writer.WithDbAsync(d => d.Set<AuditEntry>().CountAsync())).ShouldBe(audits);

        // Read again, the same change is written: the line, the sheet's totals and version, an audit row for each.
        db.ClearChangeTracker();
        var fresh = await db.Set<DuesSheet>().Include(s => s.Lines).SingleAsync(s => s.Id == sheet.Id);
        fresh.RecordPayments([new DuesPayment(line.MemberId, line.Due + 1_000, new DateOnly(2020, 11, 25), "Thủ quỹ khác", false, null)], new DateOnly(2020, 11, 30));
        await db.ExclusiveAsync([], async ct =>
        {
            await changes.WriteAsync([fresh], ct);
            return 0;
        }, CancellationToken.None);
        ((DbContext)db).Entry(fresh).State.ShouldBe(EntityState.Unchanged);
        var written = await writer.WithDbAsync(d => d.Set<DuesSheet>().AsNoTracking().Include(s => s.Lines).SingleAsync(s => s.Id == sheet.Id));
        var changed = written.Lines.Single(l => l.MemberId == line.MemberId);
        (changed.Paid, changed.Collector, written.TotalPaid, written.Version).ShouldBe((line.Due + 1_000, "Thủ quỹ khác", stored.TotalPaid - stored.Paid + line.Due + 1_000, stored.Version + 2));
        var rows = await writer.WithDbAsync(d => d.Set<AuditEntry>().AsNoTracking().OrderBy(a => a.Id).Skip(audits).ToListAsync());
        rows.Select(r => (r.Action, r.EntityType, r.EntityKey)).ShouldBe([("Update", "DuesSheet", sheet.Id.ToString()), ("Update", "DuesLine", changed.Id.ToString())], ignoreOrder: true);
        rows.Single(r => r.EntityType == "DuesLine").Changes.ShouldContain("\"collector\":{\"old\":");
    }
}

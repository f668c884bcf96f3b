using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Domain.Common;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Auditing;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12: reads of personal data are audited through a write-behind log stored in batches. The audit stays
/// complete: every read has its record, the audit trail answers with what this instance still holds, and a graceful
/// shutdown stores what is left.
/// </summary>
public sealed class ReadAuditTests
{
    [Fact]
    public async Task Concurrent_reads_each_leave_one_record_visible_in_the_audit_trail()
    {
        using var factory = new ApiFactory();
        var admin = factory.ClientAs("Admin", null, subject: "auditor-concurrent");
        var memberId = await FirstMemberIdAsync(admin);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => admin.GetAsync($"/api/v1/members/{memberId}")));

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit-entries?entityKey={memberId}&userId=auditor-concurrent&pageSize=100");
        page.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("action").GetString() == "Read").ShouldBe(40);
    }

    [Fact]
    public async Task Records_held_at_shutdown_are_stored_when_the_host_stops()
    {
        // A flush interval longer than the test: only the shutdown can store the records.
        var factory = new SettingsApiFactory(new Dictionary<string, string?> { ["Audit:Reads:FlushIntervalMilliseconds"] = "600000" });
        var admin = factory.ClientAs("Admin", null, subject: "auditor-shutdown");
        var memberId = await FirstMemberIdAsync(admin);
        for (var i = 0; i < 5; i++)
        {
            (await admin.GetAsync($"/api/v1/members/{memberId}")).EnsureSuccessStatusCode();
        }

        // What the host does on a graceful stop, without deleting the test database afterwards.
        var log = factory.Services.GetServices<IHostedService>().OfType<BatchedReadAuditLog>().Single();
        await log.StopAsync(CancellationToken.None);
        var file = factory.SqliteFile!;

        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'Read' AND UserId = 'auditor-shutdown'";
        Convert.ToInt32(await command.ExecuteScalarAsync()).ShouldBe(5);
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task A_flushed_batch_is_stored_row_for_row_in_order_and_reads_back_through_the_model()
    {
        // The flush writes many rows per statement without the change tracker (AuditEntryInserts): every value must be
        // stored as EF Core stores it (dates to the tick, nulls, quotes and Vietnamese text), in the order appended,
        // across more rows than one statement holds.
        await using var factory = new SettingsApiFactory(new Dictionary<string, string?> { ["Audit:Reads:FlushIntervalMilliseconds"] = "600000" });
        _ = factory.CreateClient();
        var log = factory.Services.GetServices<IHostedService>().OfType<BatchedReadAuditLog>().Single();
        var at = new DateTime(2026, 12, 2, 7, 1, 2, 345, DateTimeKind.Utc).AddTicks(6789);
        var appended = Enumerable.Range(0, 2_345).Select(i => new AuditEntry
        {
            OccurredAt = at.AddMilliseconds(i),
            UserId = $"flush-{i:D5}",
            UserName = i % 2 == 0 ? null : $"Nguyễn Thị \"{i}\" ' Ánh",
            Action = "Read",
            EntityType = "PartyMember",
            EntityKey = Guid.NewGuid().ToString(),
            Changes = """{"personalData":true}""",
            TraceId = i % 3 == 0 ? null : $"trace-{i}",
        }).ToList();
        foreach (var entry in appended)
        {
            await log.AppendAsync(entry, CancellationToken.None);
        }

        await log.FlushAsync(CancellationToken.None);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.UserId!.StartsWith("flush-")).OrderBy(e => e.Id).ToListAsync();
        stored.Count.ShouldBe(appended.Count);
        for (var i = 0; i < appended.Count; i++)
        {
            var (expected, actual) = (appended[i], stored[i]);
            actual.UserId.ShouldBe(expected.UserId);
            actual.OccurredAt.ShouldBe(expected.OccurredAt);
            actual.UserName.ShouldBe(expected.UserName);
            actual.Action.ShouldBe(expected.Action);
            actual.EntityType.ShouldBe(expected.EntityType);
            actual.EntityKey.ShouldBe(expected.EntityKey);
            actual.Changes.ShouldBe(expected.Changes);
            actual.TraceId.ShouldBe(expected.TraceId);
        }

        // Stored as the change tracker stores a date, so that the audit trail's range filters compare like with like.
        (await db.Set<AuditEntry>().CountAsync(e => e.UserId!.StartsWith("flush-") && e.OccurredAt >= at.AddMilliseconds(2_000))).ShouldBe(345);
    }

    private static async Task<Guid> FirstMemberIdAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/members?organizationId={DemoData.CommitteeId}&pageSize=1");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }
}

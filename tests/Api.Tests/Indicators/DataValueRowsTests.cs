using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Session 20, write-path cuts: the bulk writer writes value rows and audit change JSON by hand (typed, no EF getters,
/// converters or serializer), so each is compared byte for byte with what EF stores and the auditing interceptor writes
/// for the same row: Vietnamese text, quotes, backslashes, control and HTML characters, a surrogate pair, decimals of
/// several scales and signs, dates. The look-up of stored values (<see cref="IDataValueWriter.FindAsync"/>) is checked
/// against EF's reading of the same rows.
/// </summary>
public sealed class DataValueRowsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Tricky = "Điều chỉnh \"số liệu\" <quý> & 'năm' + `x` \\ /\n\t\r\u0001\u001f\u007f é 😀 ₫";

    private const string Columns =
        "quote(Id), quote(ChangeNumber), quote(Comment), quote(DataElement), quote(Disaggregation), quote(IsDeleted), quote(Period), "
        + "quote(PeriodEnd), quote(PeriodStart), quote(StoredAt), quote(StoredBy), quote(UnitCode), quote(Value)";

    private static readonly string RowSql = "SELECT " + Columns.Replace(", quote", " || ',' || quote", StringComparison.Ordinal) + " AS Value FROM DataValues WHERE Id = {0}";

    private static long changeNumber = 950_000_000;

    public static TheoryData<string, string, string?> Inserts => new()
    {
        { "200501", "1234.5600", Tricky },
        { "200502", "-0.0001", null },
        { "200503", "1000000000000", "plain" },
        { "200504", "0", "" },
        { "200505", "3100", "Vietnamese only: Hộ nghèo người Khmer" },
    };

    private static DataValue Value(Guid id, string period, decimal value, string? comment, string storedBy = "province-labour", long? number = null) =>
        new(id, "JOBS_NEW", ReportingPeriod.Parse(period), DemoDataSeeder.ProvinceCode, "total", value, comment, storedBy, new DateTime(2026, 12, 1, 19, 5, 7, 123, DateTimeKind.Utc).AddTicks(4567), number ?? Interlocked.Increment(ref changeNumber));

    private async Task<(string Row, string Changes, string Key)> StoredAsync(Guid id)
    {
        var key = id.ToString();
        return await factory.WithDbAsync(async db =>
        {
            var row = await db.Database.SqlQueryRaw<string>(RowSql, id.ToString().ToUpperInvariant()).SingleAsync();
            var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "DataValue" && e.EntityKey == key).OrderByDescending(e => e.Id).FirstAsync();
            return (row, audit.Changes, audit.EntityKey);
        });
    }

    private async Task BulkAsync(params DataValueWrite[] writes)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDataValueWriter>().WriteAsync(writes, CancellationToken.None);
    }

    private async Task<StoredDataValue> FindAsync(DataValue value)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var key = new DataValueKey(value.DataElement, value.Period, value.UnitCode, value.Disaggregation);
        var found = await scope.ServiceProvider.GetRequiredService<IDataValueWriter>().FindAsync([key, key with { Unit = "no-such-unit" }], CancellationToken.None);
        found.Keys.ShouldBe([key]);
        return found[key];
    }

    [Theory]
    [MemberData(nameof(Inserts))]
    public async Task A_bulk_insert_stores_the_row_and_the_audit_json_EF_and_the_interceptor_store(string period, string number, string? comment)
    {
        var value = decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        var id = Guid.CreateVersion7();
        await factory.WithDbAsync(db => db.DataValues.Where(v => v.DataElement == "JOBS_NEW" && v.Period == period).ExecuteDeleteAsync());

        var stamped = Interlocked.Increment(ref changeNumber);
        await BulkAsync(new DataValueWrite(Value(id, period, value, comment, number: stamped), null));
        var bulk = await StoredAsync(id);

        // The same row (same id and change number) again, through EF and the interceptor.
        await factory.WithDbAsync(db => db.DataValues.Where(v => v.Id == id).ExecuteDeleteAsync());
        await factory.WithDbAsync(async db =>
        {
            db.DataValues.Add(Value(id, period, value, comment, number: stamped));
            return await db.SaveChangesAsync();
        });
        var viaEf = await StoredAsync(id);

        bulk.Row.ShouldBe(viaEf.Row);
        bulk.Changes.ShouldBe(viaEf.Changes);
        bulk.Key.ShouldBe(viaEf.Key);
        bulk.Changes.ShouldContain("\"value\":{\"old\":null,\"new\":" + number + "}");

        var stored = await FindAsync(Value(id, period, value, comment));
        stored.ShouldBe(new StoredDataValue(id, value, comment, "province-labour", false));
    }

    public static TheoryData<int, string, string?, string, string?, string, bool> Updates => new()
    {
        // case, before value, before comment, after value, after comment, after stored by, tombstone
        { 1, "3100", null, "3150.50", Tricky, "province-labour", false },
        { 2, "3100.0", "Điều chỉnh", "3100", null, "province-labour", false },
        { 3, "-12.25", Tricky, "-12.25", Tricky, "admin \"two\"", false },
        { 4, "7", "giữ", "7", "giữ", "province-labour", true },
    };

    [Theory]
    [MemberData(nameof(Updates))]
    public async Task A_bulk_correction_or_tombstone_is_audited_byte_for_byte_as_the_interceptor_audits_it(
        int @case, string beforeNumber, string? beforeComment, string afterNumber, string? afterComment, string afterStoredBy, bool tombstone)
    {
        var before = decimal.Parse(beforeNumber, System.Globalization.CultureInfo.InvariantCulture);
        var after = decimal.Parse(afterNumber, System.Globalization.CultureInfo.InvariantCulture);
        var (bulkId, efId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (bulkPeriod, efPeriod) = ($"20060{@case}", $"20070{@case}");
        await factory.WithDbAsync(db => db.DataValues.Where(v => v.DataElement == "JOBS_NEW" && (v.Period == bulkPeriod || v.Period == efPeriod)).ExecuteDeleteAsync());
        await factory.WithDbAsync(async db =>
        {
            db.DataValues.AddRange(Value(bulkId, bulkPeriod, before, beforeComment), Value(efId, efPeriod, before, beforeComment));
            return await db.SaveChangesAsync();
        });

        // Bulk: the stored row as FindAsync reads it, changed as the importer changes it.
        var stored = await FindAsync(Value(bulkId, bulkPeriod, before, beforeComment));
        stored.Snapshot().ShouldBe(new DataValueSnapshot(before, beforeComment, "province-labour", false));
        var changed = Value(bulkId, bulkPeriod, tombstone ? stored.Value : after, tombstone ? stored.Comment : afterComment, afterStoredBy);
        var number = Interlocked.Increment(ref changeNumber);
        if (tombstone)
        {
            changed.Delete(afterStoredBy, DateTime.UtcNow, number);
        }

        await BulkAsync(new DataValueWrite(changed, stored.Snapshot()));

        // EF: the tracked entity changed through the domain, saved with the interceptor.
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.DataValues.SingleAsync(v => v.Id == efId);
            if (tombstone)
            {
                tracked.Delete(afterStoredBy, DateTime.UtcNow, Interlocked.Increment(ref changeNumber));
            }
            else
            {
                tracked.Store(after, afterComment, afterStoredBy, DateTime.UtcNow, Interlocked.Increment(ref changeNumber));
            }

            return await db.SaveChangesAsync();
        });

        var bulk = await StoredAsync(bulkId);
        var viaEf = await StoredAsync(efId);
        bulk.Changes.ShouldBe(viaEf.Changes);
        bulk.Changes.ShouldStartWith("{\"");
        var bulkKey = bulkId.ToString();
        var actions = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityKey == bulkKey).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        actions.ShouldBe(["Insert", "Update"]);
        (await FindAsync(changed)).IsDeleted.ShouldBe(tombstone);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Issue 12, ingestion at speed: the bulk writer bypasses the change tracker and the save interceptors, so it must write
/// what they write: one audit row per value written, by the caller, with the same fields (old and new) as the auditing
/// interceptor gives an entity saved through EF, and nothing for a replay.
/// </summary>
public sealed class DataValueBulkWriteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/data-values";
    private readonly HttpClient labour = factory.ClientAs("IndicatorReporter", null, subject: "province-labour");

    private static JsonContent Batch(decimal value, string? comment) =>
        JsonContent.Create(new { dataValues = new[] { new { dataElement = "JOBS_NEW", period = "2012Q3", orgUnit = DemoDataSeeder.ProvinceCode, disaggregation = (string?)null, value, comment } } });

    private async Task<List<(string Action, Dictionary<string, JsonElement> Changes, string? User)>> AuditAsync(Guid id)
    {
        var key = id.ToString();
        var rows = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "DataValue" && e.EntityKey == key).OrderBy(e => e.Id).ToListAsync());
        return [.. rows.Select(r => (r.Action, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(r.Changes)!, r.UserId))];
    }

    [Fact]
    public async Task Inserts_corrections_tombstones_and_replays_are_audited_as_the_interceptor_audits_them()
    {
        (await labour.PostAsync(Url, Batch(3_100, null))).EnsureSuccessStatusCode();
        (await labour.PostAsync(Url, Batch(3_100, null))).EnsureSuccessStatusCode(); // a replay: nothing written, nothing audited
        (await labour.PostAsync(Url, Batch(3_150, "Điều chỉnh"))).EnsureSuccessStatusCode();
        (await labour.PostAsync($"{Url}?strategy=DELETE", Batch(3_150, "Điều chỉnh"))).EnsureSuccessStatusCode();
        var stored = await factory.WithDbAsync(db => db.DataValues.AsNoTracking().SingleAsync(v => v.DataElement == "JOBS_NEW" && v.Period == "2012Q3" && v.UnitCode == DemoDataSeeder.ProvinceCode));
        stored.IsDeleted.ShouldBeTrue();

        var audit = await AuditAsync(stored.Id);
        audit.Select(a => a.Action).ShouldBe(["Insert", "Update", "Update"]);
        audit.ShouldAllBe(a => a.User == "province-labour");

        // The insert has the fields an EF insert of the same entity gets from the interceptor (not the change number or time).
        var reference = new DataValue(Guid.CreateVersion7(), "JOBS_NEW", ReportingPeriod.Parse("2011Q3"), DemoDataSeeder.ProvinceCode, "total", 3_100, null, "province-labour", DateTime.UtcNow, 999_999_999);
        await factory.WithDbAsync(async db =>
        {
            db.DataValues.Add(reference);
            return await db.SaveChangesAsync();
        });
        var viaInterceptor = (await AuditAsync(reference.Id)).Single();
        audit[0].Changes.Keys.Order().ShouldBe(viaInterceptor.Changes.Keys.Order());
        audit[0].Changes.Keys.ShouldNotContain("changeNumber");
        audit[0].Changes["period"].GetProperty("new").GetString().ShouldBe("2012Q3");
        audit[0].Changes["periodStart"].GetProperty("new").GetString().ShouldBe("2012-07-01");
        audit[0].Changes["value"].GetProperty("old").ValueKind.ShouldBe(JsonValueKind.Null);
        audit[0].Changes["value"].GetProperty("new").GetDecimal().ShouldBe(3_100);
        audit[0].Changes["isDeleted"].GetProperty("new").GetBoolean().ShouldBeFalse();

        // The correction keeps the old value; only what changed is listed.
        audit[1].Changes.Keys.Order().ShouldBe(["comment", "value"]);
        audit[1].Changes["value"].GetProperty("old").GetDecimal().ShouldBe(3_100);
        audit[1].Changes["value"].GetProperty("new").GetDecimal().ShouldBe(3_150);
        audit[1].Changes["comment"].GetProperty("new").GetString().ShouldBe("Điều chỉnh");

        // The deletion is a tombstone: an update of isDeleted.
        audit[2].Changes.Keys.ShouldBe(["isDeleted"]);
        audit[2].Changes["isDeleted"].GetProperty("old").GetBoolean().ShouldBeFalse();
        audit[2].Changes["isDeleted"].GetProperty("new").GetBoolean().ShouldBeTrue();
    }
}

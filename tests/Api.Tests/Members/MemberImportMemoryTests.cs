using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Issue 12, session 21: an import's memory does not grow with the register. The first pass no longer loads every
/// member of the caller's scope: it looks up the holders of a batch's keys (as values) and loads, for that batch
/// only, the members the batch's rows update. Counted here without timings or byte sizes: every
/// <see cref="PartyMember"/> the import materialises (tracked or not) is counted by an EF Core materialisation
/// interceptor, and must be bounded by the rows that match stored members, not by the members in scope.
/// </summary>
public sealed class MemberImportMemoryTests(MemberImportMemoryTests.CountingFactory factory) : IClassFixture<MemberImportMemoryTests.CountingFactory>
{
    private const int Batch = 50;

    [Fact]
    public async Task An_import_materialises_only_the_members_its_rows_match_never_the_whole_register()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        office.Timeout = TimeSpan.FromMinutes(10);

        // A register of 400 more members in scope (eight batches of the import that creates them).
        var register = ImportFiles.Many(400, "781", cellCode: "CB-KHTC").ToList();
        (await (await ImportFiles.PostAsync(office, ImportFiles.Csv(register), dryRun: false)).ReadAsync<JsonElement>())
            .GetProperty("created").GetInt32().ShouldBe(400);
        var inScope = await factory.WithDbAsync(db => db.Members.CountAsync());
        inScope.ShouldBeGreaterThan(400);

        // 60 rows change a stored member (matched by card), 30 leave one unchanged, 60 are new: three batches.
        var rows = register.Take(60).Select(r => r.With("placeOfBirth", "Hà Nội"))
            .Concat(register.Skip(100).Take(30))
            .Concat(ImportFiles.Many(60, "782", cellCode: "CB-KHTC"))
            .ToList();
        var csv = ImportFiles.Csv(rows);

        factory.Materialised.Reset();
        var dryRun = await (await ImportFiles.PostAsync(office, csv, dryRun: true)).ReadAsync<JsonElement>();
        dryRun.GetProperty("updated").GetInt32().ShouldBe(60);
        dryRun.GetProperty("unchanged").GetInt32().ShouldBe(30);
        dryRun.GetProperty("created").GetInt32().ShouldBe(60);

        // The check pass loads each of the 90 matched members once; before, every member in scope (> 400).
        factory.Materialised.Members.ShouldBe(90);

        factory.Materialised.Reset();
        var imported = await (await ImportFiles.PostAsync(office, csv, dryRun: false)).ReadAsync<JsonElement>();
        imported.GetProperty("applied").GetBoolean().ShouldBeTrue();
        imported.GetProperty("updated").GetInt32().ShouldBe(60);

        // Check pass 90 (untracked) + write pass 60 (the updated ones, tracked, a batch at a time).
        factory.Materialised.Members.ShouldBe(150);
        var places = await factory.WithDbAsync(db => db.Members.AsNoTracking()
            .Where(m => m.PartyCardNumber != null && m.PartyCardNumber.StartsWith("781") && m.PlaceOfBirth == "Hà Nội").CountAsync());
        places.ShouldBe(60);
    }

    /// <summary>
    /// Lookups are per batch; what earlier rows used or created is remembered for the whole file: a card used in the
    /// first batch and again in the third is refused, a member created in the first batch is found by name and date
    /// of birth in the second (and refused as repeated), a stored member without a card is matched by name and date of birth in the
    /// third, and two stored namesakes are ambiguous whatever batch the row is in.
    /// </summary>
    [Fact]
    public async Task Keys_and_namesakes_are_checked_across_batches()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var stored = ImportFiles.Row("Phạm Thị Lưu Trữ", null, cellCode: "CB-KHTC", dateOfBirth: "1979-09-09");
        var twinA = ImportFiles.Row("Lê Văn Song", "78300002", cellCode: "CB-KHTC", dateOfBirth: "1980-08-08");
        var twinB = ImportFiles.Row("Lê Văn Song", "78300003", cellCode: "CB-KHTC", dateOfBirth: "1980-08-08");
        (await (await ImportFiles.PostAsync(office, ImportFiles.Csv(stored, twinA, twinB), dryRun: false)).ReadAsync<JsonElement>())
            .GetProperty("created").GetInt32().ShouldBe(3);
        var storedId = await factory.WithDbAsync(db => db.Members.AsNoTracking().Where(m => m.FullName == "Phạm Thị Lưu Trữ").Select(m => m.Id).SingleAsync());

        var filler = ImportFiles.Many(3 * Batch, "784", cellCode: "CB-KHTC").ToList();
        var rows = new List<Dictionary<string, string?>>
        {
            ImportFiles.Row("Đỗ Văn Mới", null, cellCode: "CB-KHTC", dateOfBirth: "1991-01-01"), // row 2, batch 1: created
        };
        rows.AddRange(filler.Take(Batch)); // rows 3-52
        rows.Add(ImportFiles.Row("Đỗ Văn Mới", null, cellCode: "CB-KHTC", dateOfBirth: "1991-01-01")); // row 53, batch 2: the same new member again
        rows.AddRange(filler.Skip(Batch).Take(Batch)); // rows 54-103
        rows.Add(stored); // row 104, batch 3: the stored member by name and birth
        rows.Add(ImportFiles.Row("Vũ Văn Trùng", filler[0]["partyCardNumber"], cellCode: "CB-KHTC")); // row 105: card of row 3
        rows.Add(twinA.With("partyCardNumber", null)); // row 106: two stored namesakes

        var result = await factory.ShouldWriteNothingAsync(async () => await (await ImportFiles.PostAsync(office, ImportFiles.Csv(rows), dryRun: true)).ReadAsync<JsonElement>());
        var byRow = result.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32());

        byRow[2].GetProperty("outcome").GetString().ShouldBe("CREATED");
        byRow[53].GetProperty("outcome").GetString().ShouldBe("ERROR");
        Codes(byRow[53]).ShouldBe(["import.member_repeated"]);
        byRow[104].GetProperty("outcome").GetString().ShouldBe("UNCHANGED");
        byRow[104].GetProperty("memberId").GetGuid().ShouldBe(storedId);
        Codes(byRow[105]).ShouldBe(["member.card_number_taken"]);
        Codes(byRow[106]).ShouldBe(["import.member_ambiguous"]);
        result.GetProperty("errors").GetInt32().ShouldBe(3);
        result.GetProperty("created").GetInt32().ShouldBe(1 + (2 * Batch));
    }

    private static List<string?> Codes(JsonElement row) => [.. row.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())];

    /// <summary>A test host with small batches and a count of the members EF Core materialises.</summary>
    public sealed class CountingFactory : ApiFactory
    {
        public CountingFactory()
            : base(new Dictionary<string, string?> { ["Import:BatchSize"] = Batch.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
        }

        public MaterialisedMembers Materialised { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Materialised)));
        }
    }

    /// <summary>Counts every <see cref="PartyMember"/> EF Core builds from a query result, tracked or not.</summary>
    public sealed class MaterialisedMembers : IMaterializationInterceptor
    {
        private int members;

        public int Members => Volatile.Read(ref members);

        public void Reset() => Volatile.Write(ref members, 0);

        public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
        {
            if (entity is PartyMember)
            {
                Interlocked.Increment(ref members);
            }

            return entity;
        }
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// The import at scale (ADR 0031): a file of several write batches imports whole, with every member audited; its dry
/// run writes nothing; the record's further columns (name parts, other names, the national form's fields) survive
/// export → import unchanged. No timings: the benchmark (bench/run.sh import) measures those.
/// </summary>
public sealed class MemberImportScaleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_5000_row_file_imports_in_batches_with_every_member_audited_and_its_dry_run_writes_nothing()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

        // No timed assertion: on a loaded CI machine the 5,000-row write pass exceeded HttpClient's 100 s default.
        office.Timeout = TimeSpan.FromMinutes(15);
        var csv = ImportFiles.Csv(ImportFiles.Many(5_000, "771", cellCode: "CB-KHTC"));
        var auditedBefore = await AuditedInsertsAsync();

        var dryRun = await factory.ShouldWriteNothingAsync(async () => await (await ImportFiles.PostAsync(office, csv, dryRun: true)).ReadAsync<JsonElement>());
        dryRun.GetProperty("created").GetInt32().ShouldBe(5_000);
        dryRun.GetProperty("applied").GetBoolean().ShouldBeFalse();
        (await CountAsync("771")).ShouldBe(0);

        var response = await ImportFiles.PostAsync(office, csv, dryRun: false);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var imported = await response.ReadAsync<JsonElement>();
        imported.GetProperty("created").GetInt32().ShouldBe(5_000);
        imported.GetProperty("applied").GetBoolean().ShouldBeTrue();
        (await CountAsync("771")).ShouldBe(5_000);
        (await AuditedInsertsAsync()).ShouldBe(auditedBefore + 5_000);

        // The ids reported are the ids stored (the write pass keeps the first pass's ids), in file order.
        var reported = imported.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("memberId").GetGuid()).ToList();
        reported.Count.ShouldBe(5_000);
        var last = await factory.WithDbAsync(db => db.Members.AsNoTracking().Where(m => m.PartyCardNumber == "77105000").Select(m => m.Id).SingleAsync());
        reported[^1].ShouldBe(last);

        var again = await factory.ShouldWriteNothingAsync(async () => await (await ImportFiles.PostAsync(office, csv, dryRun: false)).ReadAsync<JsonElement>());
        again.GetProperty("unchanged").GetInt32().ShouldBe(5_000);
    }

    /// <summary>
    /// The write pass saves with automatic change detection off and the interceptors detecting once each (issue 12):
    /// every imported member, in every batch, must still reach the search index and the pre-aggregated counts.
    /// </summary>
    [Fact]
    public async Task Every_imported_member_is_in_the_search_index_and_counted()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        office.Timeout = TimeSpan.FromMinutes(15);
        var response = await ImportFiles.PostAsync(office, ImportFiles.Csv(ImportFiles.Many(2_300, "776", cellCode: "CB-KHTC")), dryRun: false);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.Length > 2000 ? body[..2000] : body);
        JsonDocument.Parse(body).RootElement.GetProperty("created").GetInt32().ShouldBe(2_300);

        var (members, missing) = await factory.WithDbAsync(async db =>
        {
            var imported = await db.Members.AsNoTracking().Where(m => m.PartyCardNumber != null && m.PartyCardNumber.StartsWith("776"))
                .Select(m => new { m.Id, m.NameFolded }).ToListAsync();
            var ids = imported.Select(m => m.Id).ToList();
            var tokens = (await db.Set<MemberNameToken>().AsNoTracking().Where(t => ids.Contains(t.MemberId)).ToListAsync())
                .ToLookup(t => t.MemberId, t => t.Token);
            var words = (await db.Set<MemberNameWord>().AsNoTracking().Select(w => w.Word).ToListAsync()).ToHashSet(StringComparer.Ordinal);
            var wrong = imported
                .Where(m => !tokens[m.Id].Order(StringComparer.Ordinal).SequenceEqual(MemberSearchIndex.Tokens(m.NameFolded).Order(StringComparer.Ordinal))
                    || !MemberSearchIndex.Words(m.NameFolded).All(words.Contains))
                .Select(m => m.NameFolded).ToList();
            return (imported.Count, wrong);
        });
        members.ShouldBe(2_300);
        missing.ShouldBeEmpty();

        // The counts table equals a recount of every member's current columns (the imported cell's rows included).
        var (table, recount) = await factory.WithDbAsync(MembershipCountsRecount.TableAndRecountAsync);
        table.ShouldBe(recount);
        var cell = await factory.WithDbAsync(db => db.Set<PartyOrganization>().AsNoTracking().Where(o => o.Code == "CB-KHTC").Select(o => o.Id).SingleAsync());
        table.Count(r => r.StartsWith(cell.ToString(), StringComparison.Ordinal)).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task A_file_with_one_bad_row_after_several_batches_writes_nothing()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var rows = ImportFiles.Many(2_500, "772", cellCode: "CB-KHTC").ToList();
        rows.Add(ImportFiles.Row("Trần Văn Cuối", "77299999", cellCode: "CB-KHONGCO"));

        var refused = await factory.ShouldWriteNothingAsync(() => ImportFiles.PostAsync(office, ImportFiles.Csv(rows), dryRun: false));
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import.has_errors");
        problem.GetProperty("import").GetProperty("errors").GetInt32().ShouldBe(1);
        (await CountAsync("772")).ShouldBe(0);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_record_columns_import_and_survive_an_export_and_import_unchanged(string format)
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var card = format == "csv" ? "77300001" : "77300002";
        var row = ImportFiles.Row("Y Ngông Niê Kđăm", card, cellCode: "CB-TT")
            .With("familyName", "Niê Kđăm").With("middleName", "Y").With("givenName", "Ngông").With("nameOrder", "FAMILY_LAST")
            .With("birthName", "Y Ngông").With("alias", "Ama Thuột")
            .With("youthUnionJoinedOn", "2001-03-26").With("occupation", "Kỹ sư nông nghiệp").With("foreignLanguages", "Tiếng Anh B1")
            .With("itLevel", "Ứng dụng CNTT cơ bản").With("academicTitle", "ASSOCIATE_PROFESSOR").With("awards", "Bằng khen của UBND tỉnh 2020");
        var created = await (await ImportFiles.PostAsync(office, ImportFiles.Csv(row), dryRun: false)).ReadAsync<JsonElement>();
        created.GetProperty("created").GetInt32().ShouldBe(1, created.ToString());

        var stored = await factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.PartyCardNumber == card));
        (stored.FamilyName, stored.MiddleName, stored.GivenName, stored.NameOrder).ShouldBe(("Niê Kđăm", "Y", "Ngông", NameOrder.FamilyLast));
        (stored.BirthName, stored.Alias).ShouldBe(("Y Ngông", "Ama Thuột"));
        stored.YouthUnionJoinedOn.ShouldBe(new DateOnly(2001, 3, 26));
        (stored.Occupation, stored.AcademicTitle, stored.Awards).ShouldBe(("Kỹ sư nông nghiệp", AcademicTitle.AssociateProfessor, "Bằng khen của UBND tỉnh 2020"));

        var export = await office.GetAsync($"/api/v1/members/export?format={format}&organizationId={DemoData.Cell(2)}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        if (format == "csv")
        {
            var text = Encoding.UTF8.GetString(bytes);
            text.ShouldContain("Niê Kđăm,Y,Ngông,FAMILY_LAST,Y Ngông,Ama Thuột,2001-03-26,Kỹ sư nông nghiệp,Tiếng Anh B1,Ứng dụng CNTT cơ bản,ASSOCIATE_PROFESSOR,Bằng khen của UBND tỉnh 2020");
        }

        var report = await factory.ShouldWriteNothingAsync(async () => await (await ImportFiles.PostAsync(office, bytes, "export." + format, dryRun: false)).ReadAsync<JsonElement>());
        report.GetProperty("errors").GetInt32().ShouldBe(0, report.ToString());
        report.GetProperty("unchanged").GetInt32().ShouldBe(report.GetProperty("rows").GetInt32(), report.ToString());

        // A file of the older layout (without the columns) leaves them as they are; a present, empty column clears.
        var older = await (await ImportFiles.PostAsync(office, OlderLayout(ImportFiles.Row("Y Ngông Niê Kđăm", card, cellCode: "CB-TT")), dryRun: false)).ReadAsync<JsonElement>();
        older.GetProperty("unchanged").GetInt32().ShouldBe(1, older.ToString());
        var cleared = await (await ImportFiles.PostAsync(office, ImportFiles.Csv(row.With("alias", null)), dryRun: false)).ReadAsync<JsonElement>();
        cleared.GetProperty("updated").GetInt32().ShouldBe(1, cleared.ToString());
        (await factory.WithDbAsync(db => db.Members.AsNoTracking().Where(m => m.PartyCardNumber == card).Select(m => m.Alias).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task Name_parts_that_do_not_spell_the_full_name_are_a_coded_row_error()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var row = ImportFiles.Row("Rơ Mah Hiêng", "77400001", cellCode: "CB-TT").With("familyName", "Rơ Mah").With("givenName", "Hiên").With("nameOrder", "FAMILY_FIRST");

        var report = await factory.ShouldWriteNothingAsync(async () => await (await ImportFiles.PostAsync(office, ImportFiles.Csv(row), dryRun: true)).ReadAsync<JsonElement>());
        report.GetProperty("errors").GetInt32().ShouldBe(1);
        report.GetProperty("results")[0].GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("import.name_parts_mismatch");
    }

    /// <summary>The row in the layout before the record columns (the first 25 headers).</summary>
    private static string OlderLayout(Dictionary<string, string?> row)
    {
        var headers = Application.Membership.Members.MemberSheet.Headers.Take(25).ToList();
        return string.Join(',', headers) + "\n" + string.Join(',', headers.Select(h => row.GetValueOrDefault(h))) + "\n";
    }

    private Task<int> CountAsync(string cardPrefix) =>
        factory.WithDbAsync(db => db.Members.CountAsync(m => m.PartyCardNumber != null && m.PartyCardNumber.StartsWith(cardPrefix)));

    private Task<int> AuditedInsertsAsync() =>
        factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == nameof(PartyMember) && a.Action == "Insert"));
}

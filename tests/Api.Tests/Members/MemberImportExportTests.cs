using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>Import (dry run, per-row coded errors, all-or-nothing, idempotent) and streamed export in CSV and Excel.</summary>
public sealed class MemberImportExportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Header = "fullName,sex,dateOfBirth,ethnicityCode,generalEducation,professionalLevel,politicalTheoryLevel,partyCardNumber,citizenId,admissionDecisionDate,ceremonyDate,fullMembershipDate,cellCode,status,position";

    [Fact]
    public async Task Dry_run_reports_per_row_and_writes_nothing_then_a_valid_file_imports_once()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var csv = string.Join('\n',
            Header,
            "Ngô Thị Thanh Tâm,FEMALE,1990-02-03,01,UPPER_SECONDARY,UNIVERSITY,INTERMEDIATE,55500001,094190000001,2015-03-02,2015-03-20,2016-03-25,CB-VP,FULL,Chuyên viên",
            "Phan Văn Lực,Nam,12/11/1988,1,Trung học phổ thông,Đại học,Sơ cấp,55500002,094088000002,2014-05-05,2014-05-19,2015-05-25,CB-TT,Đảng viên chính thức,Kế toán",
            "Hà Văn Lỗi,MALE,1992-13-01,99,UPPER_SECONDARY,UNIVERSITY,INTERMEDIATE,123,094092000003,2016-01-01,,,CB-KHONGCO,FULL,");

        var dryRun = await factory.ShouldWriteNothingAsync(() => ImportAsync(office, csv, "members.csv", dryRun: true));
        dryRun.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await dryRun.ReadAsync<JsonElement>();
        report.GetProperty("created").GetInt32().ShouldBe(2);
        report.GetProperty("errors").GetInt32().ShouldBe(1);
        report.GetProperty("applied").GetBoolean().ShouldBeFalse();
        var bad = report.GetProperty("results")[2];
        bad.GetProperty("row").GetInt32().ShouldBe(4);
        var errors = bad.GetProperty("errors").EnumerateArray().ToList();
        errors.Select(e => e.GetProperty("code").GetString()).ShouldBe(["import.date_invalid", "import.cell_unknown"], ignoreOrder: true);
        errors.ShouldAllBe(e => e.GetProperty("messageVi").GetString() != e.GetProperty("messageEn").GetString());
        (await CountAsync("555000")).ShouldBe(0);

        var refused = await factory.ShouldWriteNothingAsync(() => ImportAsync(office, csv, "members.csv", dryRun: false));
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import.has_errors");
        problem.GetProperty("import").GetProperty("errors").GetInt32().ShouldBe(1);
        (await CountAsync("555000")).ShouldBe(0);

        var valid = string.Join('\n', csv.Split('\n')[..3]);
        var imported = await (await ImportAsync(office, valid, "members.csv", dryRun: false)).ReadAsync<JsonElement>();
        imported.GetProperty("created").GetInt32().ShouldBe(2);
        imported.GetProperty("applied").GetBoolean().ShouldBeTrue();
        (await CountAsync("555000")).ShouldBe(2);

        var again = await factory.ShouldWriteNothingAsync(async () => await (await ImportAsync(office, valid, "members.csv", dryRun: false)).ReadAsync<JsonElement>());
        again.GetProperty("unchanged").GetInt32().ShouldBe(2);
        again.GetProperty("created").GetInt32().ShouldBe(0);
        (await CountAsync("555000")).ShouldBe(2);

        var changed = await (await ImportAsync(office, valid.Replace(",Kế toán", ",Kế toán trưởng", StringComparison.Ordinal), "members.csv", dryRun: false)).ReadAsync<JsonElement>();
        changed.GetProperty("updated").GetInt32().ShouldBe(1);
        changed.GetProperty("unchanged").GetInt32().ShouldBe(1);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task An_export_imports_back_unchanged(string format)
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

        var export = await office.GetAsync($"/api/v1/members/export?format={format}&organizationId={DemoData.Cell(2)}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldEndWith("." + format);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        if (format == "csv")
        {
            var text = Encoding.UTF8.GetString(bytes);
            text.ShouldStartWith("\uFEFFfullName,sex,dateOfBirth");
            text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThanOrEqualTo(DemoMembers.PerCell[1] + 1);
        }

        var reimport = await factory.ShouldWriteNothingAsync(() => ImportBytesAsync(office, bytes, "export." + format, dryRun: true));
        var report = await reimport.ReadAsync<JsonElement>();
        report.GetProperty("errors").GetInt32().ShouldBe(0, report.ToString());
        report.GetProperty("unchanged").GetInt32().ShouldBe(report.GetProperty("rows").GetInt32());
        report.GetProperty("rows").GetInt32().ShouldBeGreaterThanOrEqualTo(DemoMembers.PerCell[1]);
    }

    [Fact]
    public async Task Exports_mask_personal_data_for_viewers_and_are_audited()
    {
        var text = await factory.ClientAs("Viewer", DemoData.CommitteeId, subject: "viewer-export").GetStringAsync($"/api/v1/members/export?organizationId={DemoData.Cell(3)}");

        text.ShouldContain("*********");
        text.ShouldNotContain(DemoMembers.All.First(m => m.CellNumber == 3).CitizenId);
        var audit = await factory.ClientAs("Admin", null).GetStringAsync("/api/v1/audit-entries?userId=viewer-export");
        audit.ShouldContain("\"action\":\"Export\"");
    }

    [Fact]
    public async Task Import_needs_a_writer_role_and_a_readable_file()
    {
        var viewer = await factory.ShouldWriteNothingAsync(() => ImportAsync(factory.ClientAs("Viewer", DemoData.CommitteeId), Header, "m.csv", dryRun: true));
        await viewer.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        var garbage = await factory.ShouldWriteNothingAsync(() => ImportBytesAsync(factory.ClientAs("CommitteeOffice", DemoData.CommitteeId), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], "m.xlsx", dryRun: false));
        await garbage.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "import.file_unreadable");
    }

    private Task<int> CountAsync(string cardPrefix) =>
        factory.WithDbAsync(db => Task.FromResult(db.Members.Count(m => m.PartyCardNumber != null && m.PartyCardNumber.StartsWith(cardPrefix))));

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv, string name, bool dryRun) =>
        ImportBytesAsync(client, Encoding.UTF8.GetBytes(csv), name, dryRun);

    private static Task<HttpResponseMessage> ImportBytesAsync(HttpClient client, byte[] bytes, string name, bool dryRun)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        content.Add(file, "file", name);
        return client.PostAsync($"/api/v1/members/import?dryRun={(dryRun ? "true" : "false")}", content);
    }
}

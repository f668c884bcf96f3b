using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using static PartyCommittee.Api.Tests.Members.ImportFiles;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>What an import reads: strict UTF-8, unambiguous dates, strict booleans, the export's formula guard undone, no zip bombs.</summary>
public sealed class MemberImportDataTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private HttpClient Office => factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_instead_of_stored_garbled()
    {
        var csv = Csv(Row("Hà Thu Hà", "40000001"));
        var windows1252 = Encoding.Latin1.GetBytes(csv);

        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(Office, windows1252, "members.csv", dryRun: false));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "import.encoding_invalid");
    }

    [Fact]
    public async Task Utf8_is_read_with_or_without_a_byte_order_mark()
    {
        var csv = Csv(Row("Hà Thu Hà", "40000002"));
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        foreach (var bytes in new[] { withBom, Encoding.UTF8.GetBytes(csv) })
        {
            var report = await factory.ShouldWriteNothingAsync(async () => await (await PostAsync(Office, bytes, "members.csv", dryRun: true)).ReadAsync<JsonElement>());
            report.GetProperty("created").GetInt32().ShouldBe(1, report.ToString());
            report.GetProperty("results")[0].GetProperty("fullName").GetString().ShouldBe("Hà Thu Hà");
        }
    }

    [Fact]
    public async Task Dates_are_year_first_or_day_first_never_guessed_from_a_culture()
    {
        var refused = Csv(
            Row("Đào Văn Một", "40000011", dateOfBirth: "02/13/1990"),
            Row("Đào Văn Hai", "40000012", dateOfBirth: "13 Feb 1990"),
            Row("Đào Văn Ba", "40000013", dateOfBirth: "1990/02/13"));

        var report = await factory.ShouldWriteNothingAsync(async () => await (await PostAsync(Office, refused, dryRun: true)).ReadAsync<JsonElement>());

        report.GetProperty("errors").GetInt32().ShouldBe(3, report.ToString());
        foreach (var row in report.GetProperty("results").EnumerateArray())
        {
            row.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString()))
                .ShouldBe([("dateOfBirth", "import.date_invalid")]);
        }

        var accepted = Csv(Row("Đào Văn Bốn", "40000014", dateOfBirth: "01/02/1990"), Row("Đào Văn Năm", "40000015", dateOfBirth: "1990-02-13"));
        (await PostAsync(Office, accepted, dryRun: false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await BirthDateAsync("40000014")).ShouldBe(new DateOnly(1990, 2, 1));
        (await BirthDateAsync("40000015")).ShouldBe(new DateOnly(1990, 2, 13));
    }

    [Fact]
    public async Task The_provincial_committee_flag_is_read_strictly()
    {
        var refused = Csv(Row("Vũ Văn Sai", "40000020").With("isProvincialCommitteeMember", "maybe"));
        var report = await factory.ShouldWriteNothingAsync(async () => await (await PostAsync(Office, refused, dryRun: true)).ReadAsync<JsonElement>());
        report.GetProperty("results")[0].GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString()))
            .ShouldBe([("isProvincialCommitteeMember", "import.boolean_invalid")]);

        (string Text, bool Value)[] cases = [("yes", true), ("YES", true), ("true", true), ("1", true), ("x", true), ("X", true), ("có", true), ("CÓ", true), ("co", true),
            ("no", false), ("false", false), ("0", false), ("không", false), ("Khong", false), (string.Empty, false)];
        var csv = Csv(cases.Select((c, i) => (IReadOnlyDictionary<string, string?>)Row($"Vũ Văn Cờ {(char)('A' + i)}", $"400001{i:00}").With("isProvincialCommitteeMember", c.Text)));
        var imported = await PostAsync(Office, csv, dryRun: false);
        (await imported.ReadAsync<JsonElement>()).GetProperty("created").GetInt32().ShouldBe(cases.Length);

        var flags = await factory.WithDbAsync(db => db.Members.Where(m => m.PartyCardNumber!.StartsWith("400001")).ToDictionaryAsync(m => m.PartyCardNumber!, m => m.IsProvincialCommitteeMember));
        for (var i = 0; i < cases.Length; i++)
        {
            flags[$"400001{i:00}"].ShouldBe(cases[i].Value, $"'{cases[i].Text}'");
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Formula_like_text_and_international_phones_survive_an_export_and_import(string format)
    {
        var cellNumber = format == "csv" ? 5 : 1;
        var cell = DemoData.Cell(cellNumber);
        await AddMemberAsync(cell, "Lâm Văn Công", $"4000003{cellNumber}", phone: "+84 912 345 678", position: "=Trưởng phòng", address: "-5 Lê Lợi", placeOfBirth: "@Sóc Trăng");
        await AddMemberAsync(cell, "Lâm Thị Thu", $"4000004{cellNumber}", phone: "+84 913 000 111", position: "+Phó phòng", address: "@ấp 3", placeOfBirth: "-");

        var export = await (await Office.GetAsync($"/api/v1/members/export?format={format}&organizationId={cell}")).Content.ReadAsByteArrayAsync();
        var report = await factory.ShouldWriteNothingAsync(async () => await (await PostAsync(Office, export, "export." + format, dryRun: true)).ReadAsync<JsonElement>());

        report.GetProperty("errors").GetInt32().ShouldBe(0, report.ToString());
        report.GetProperty("unchanged").GetInt32().ShouldBe(report.GetProperty("rows").GetInt32(), report.ToString());
        report.GetProperty("rows").GetInt32().ShouldBe(DemoMembers.PerCell[cellNumber - 1] + 2);
    }

    [Theory]
    [InlineData("=Lò Văn Thử", "40000061")]
    [InlineData("@Lò Thị Thử", "40000062")]
    public async Task A_formula_like_name_is_refused_by_the_name_rule(string name, string card)
    {
        // A person's name is letters, marks, spaces and - ' . (Domain.Common.Names): the import applies the same rule.
        var csv = Csv(Row(name, card));

        var report = await factory.ShouldWriteNothingAsync(async () => await (await PostAsync(Office, csv, dryRun: true)).ReadAsync<JsonElement>());

        report.GetProperty("results")[0].GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString()))
            .ShouldBe([("fullName", "name.invalid_character")]);
    }

    [Fact]
    public async Task Namesakes_and_a_member_named_twice_are_refused_rather_than_guessed()
    {
        await AddMemberAsync(DemoData.Cell(7), "Thạch Văn Trùng", "40000051");
        await AddMemberAsync(DemoData.Cell(7), "Thạch Văn Trùng", "40000052");
        var namesake = Row("Thạch Văn Trùng", card: null, cellCode: "CB-CNMT", dateOfBirth: "1984-07-09");
        var twice = Row("Thạch Văn Trùng", "40000051", cellCode: "CB-CNMT", dateOfBirth: "1984-07-09");

        var report = await factory.ShouldWriteNothingAsync(async () =>
            await (await PostAsync(Office, Csv(namesake, twice, twice.With("partyCardNumber", null).With("citizenId", null).With("fullName", "thach van trung")), dryRun: true)).ReadAsync<JsonElement>());

        var codes = report.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList()).ToList();
        codes[0].ShouldBe(["import.member_ambiguous"]);
        codes[1].ShouldBeEmpty();
        codes[2].ShouldBe(["import.member_ambiguous"]);
    }

    [Fact]
    public async Task A_member_in_two_rows_is_refused()
    {
        await AddMemberAsync(DemoData.Cell(7), "Kim Văn Hai Dòng", "40000061", citizenId: "094184000061");
        var byCard = Row("Kim Văn Hai Dòng", "40000061", cellCode: "CB-CNMT", dateOfBirth: "1984-07-09");
        var byCitizenId = Row("Kim Văn Hai Dòng", card: null, citizenId: "094184000061", cellCode: "CB-CNMT", dateOfBirth: "1984-07-09");

        var report = await factory.ShouldWriteNothingAsync(async () => await (await PostAsync(Office, Csv(byCard, byCitizenId), dryRun: true)).ReadAsync<JsonElement>());

        report.GetProperty("results")[0].GetProperty("outcome").GetString().ShouldBe("UPDATED");
        var second = report.GetProperty("results")[1];
        second.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldBe(["import.member_repeated"]);
        second.GetProperty("errors")[0].GetProperty("messageEn").GetString().ShouldBe("This member is already in row 2 of the file.");
    }

    [Fact]
    public async Task A_header_with_too_many_columns_is_refused()
    {
        var csv = Csv(Row("Hà Văn Cột", "40000071")).Replace("\n", string.Concat(Enumerable.Repeat(",extra", 300)) + "\n", StringComparison.Ordinal);

        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(Office, csv, dryRun: true));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "import.too_many_columns");
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_parsed()
    {
        var bomb = ZipBombXlsx(expandedBytes: 120L << 20);
        bomb.Length.ShouldBeLessThan(1 << 20);

        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(Office, bomb, "bomb.xlsx", dryRun: true));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "import.xlsx_too_large");
    }

    private Task<DateOnly> BirthDateAsync(string card) =>
        factory.WithDbAsync(db => db.Members.Where(m => m.PartyCardNumber == card).Select(m => m.DateOfBirth).SingleAsync());

    private Task AddMemberAsync(Guid cellId, string fullName, string? card, string? phone = null, string? position = null, string? address = null, string? placeOfBirth = null, string? citizenId = null) =>
        factory.WithDbAsync(async db =>
        {
            var cell = await db.Organizations.SingleAsync(o => o.Id == cellId);
            var admitted = new DateOnly(2015, 5, 19);
            db.Members.Add(PartyMember.Register(
                Guid.CreateVersion7(),
                new MemberProfile(
                    fullName, Sex.Male, new DateOnly(1984, 7, 9), placeOfBirth, null, Ethnicities.Kinh, null, citizenId,
                    GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate,
                    position, phone, null, address, false, card, null),
                new AdmissionRecord(admitted, "01-QĐ/ĐU", admitted, admitted.AddYears(1)),
                cell,
                MemberStatus.Full,
                admitted.AddYears(1),
                null));
            return await db.SaveChangesAsync();
        });
}

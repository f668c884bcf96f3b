using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Admissions;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Bad data the API must not write (issue 6, items 5 and 6): names outside the name rule, dates of events in the
/// future or before the party existed, and a cell dissolved while members, transfers or admissions still depend on it.
/// </summary>
public sealed class DataIntegrityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Members = "/api/v1/members";
    private const string Organizations = "/api/v1/organizations";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    /// <summary>Opening an admission case is the cell's step (the office decides); Admin may record both.</summary>
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    // ---- Names -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Nguyễn 𠀧")] // U+20027, CJK Extension B, used in Chữ Nôm
    [InlineData("𠀧")]
    [InlineData("Trần 𡨸 Nôm")]
    public async Task A_name_with_cjk_extension_characters_is_recorded_updated_and_listed(string name)
    {
        var created = await office.PostAsJsonAsync(Members, NewMember(name), HttpExtensions.Json);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var member = await created.ReadAsync<MemberDto>();
        member.FullName.ShouldBe(name);

        // A name changes by a decision (a correction of the record), not by a plain update.
        var renamed = await office.PostJsonAsync(
            $"{Members}/{member.Id}/corrections",
            new { fullName = name + " Văn", decisionNumber = "3-QĐ/BTCTU", decisionDate = "2024-05-06", decisionIssuer = "Ban Tổ chức Tỉnh ủy" },
            "\"1\"");
        (await renamed.ReadAsync<MemberDto>()).FullName.ShouldBe(name + " Văn");

        (await office.GetAsync($"{Members}?organizationId={DemoData.Cell(7)}&pageSize=100")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Nguyễn 😀")]
    [InlineData("Nguyễn Văn An 👍🏽")]
    [InlineData("Nguyễn\u0000Văn An")]
    [InlineData("Nguyễn \u202EnĂ năV")]
    [InlineData("Nguyễn \u2066Văn An")]
    public async Task A_name_with_emoji_control_or_direction_characters_is_400_on_create_update_and_admission(string name)
    {
        await ShouldBeFieldErrorAsync(await office.PostAsJsonAsync(Members, NewMember(name), HttpExtensions.Json), "fullName", "name.invalid_character");

        var member = await (await office.PostAsJsonAsync(Members, NewMember("Lê Thị Hợp Lệ"), HttpExtensions.Json)).ReadAsync<MemberDto>();
        await ShouldBeFieldErrorAsync(await office.PutJsonAsync($"{Members}/{member.Id}", Update(name), "\"1\""), "fullName", "name.invalid_character");

        await ShouldBeFieldErrorAsync(await admin.PostAsJsonAsync("/api/v1/admissions", NewCandidate(name), HttpExtensions.Json), "fullName", "name.invalid_character");
    }

    [Fact]
    public async Task A_name_of_zero_width_spaces_only_is_400_name_empty()
    {
        await ShouldBeFieldErrorAsync(await office.PostAsJsonAsync(Members, NewMember("\u200B\u200B"), HttpExtensions.Json), "fullName", "name.empty");
        await ShouldBeFieldErrorAsync(
            await office.PostAsJsonAsync(Organizations, NewCell("CB-ZW", "\u200B \u200B"), HttpExtensions.Json), "name", "name.empty");
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_name_is_400_not_500()
    {
        var json = JsonSerializer.Serialize(NewMember("Placeholder"), HttpExtensions.Json).Replace("Placeholder", "Nguyen \\ud83d", StringComparison.Ordinal);
        json.ShouldContain("\\ud83d");

        var response = await office.PostAsync(Members, new StringContent(json, Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_candidate_with_a_cjk_extension_name_is_admitted()
    {
        var response = await admin.PostAsJsonAsync("/api/v1/admissions", NewCandidate("Lâm Thị 𠀧"), HttpExtensions.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.ReadAsync<AdmissionDto>()).FullName.ShouldBe("Lâm Thị 𠀧");
    }

    [Fact]
    public async Task Names_are_stored_in_nfc_without_invisible_characters()
    {
        var decomposed = "Phùng\u200B Thị  Ngọc Ánh".Normalize(NormalizationForm.FormD);

        var member = await (await office.PostAsJsonAsync(Members, NewMember(decomposed), HttpExtensions.Json)).ReadAsync<MemberDto>();

        member.FullName.ShouldBe("Phùng Thị Ngọc Ánh");
        member.FullName.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public async Task An_organisation_name_with_a_control_or_direction_character_is_400()
    {
        await ShouldBeFieldErrorAsync(await office.PostAsJsonAsync(Organizations, NewCell("CB-NUL", "Chi bộ\u0000 Ẩn"), HttpExtensions.Json), "name", "name.invalid_character");
        await ShouldBeFieldErrorAsync(await office.PostAsJsonAsync(Organizations, NewCell("CB-RLO", "Chi bộ \u202EnĂ"), HttpExtensions.Json), "name", "name.invalid_character");
    }

    [Fact]
    public async Task An_import_row_with_a_cjk_name_is_created_and_one_with_an_emoji_is_a_row_error_not_a_failed_file()
    {
        const string Header = "fullName,sex,dateOfBirth,ethnicityCode,generalEducation,professionalLevel,politicalTheoryLevel,partyCardNumber,citizenId,admissionDecisionDate,ceremonyDate,fullMembershipDate,cellCode,status,position";
        var csv = string.Join(
            '\n',
            Header,
            "Nguyễn 𠀧,MALE,1990-02-03,01,UPPER_SECONDARY,UNIVERSITY,INTERMEDIATE,56600001,094190066001,2021-03-02,2021-03-20,2022-03-25,CB-VP,FULL,Chuyên viên",
            "Nguyễn 😀,MALE,1990-02-03,01,UPPER_SECONDARY,UNIVERSITY,INTERMEDIATE,56600002,094190066002,2021-03-02,2021-03-20,2022-03-25,CB-VP,FULL,Chuyên viên");

        var response = await ImportAsync(csv, dryRun: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await response.ReadAsync<JsonElement>();
        report.GetProperty("created").GetInt32().ShouldBe(1);
        var bad = report.GetProperty("results")[1];
        bad.GetProperty("outcome").GetString().ShouldBe("ERROR");
        bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldContain("name.invalid_character");
    }

    // ---- Dates of events ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("9999-12-31", "date.in_future")]
    [InlineData("0001-01-01", "date.too_early")]
    public async Task A_dissolution_in_the_future_or_before_the_party_existed_is_400(string dissolvedOn, string code)
    {
        var cell = await CreateCellAsync("CB-DATE-" + dissolvedOn[..4]);

        var response = await office.PostJsonAsync($"{Organizations}/{cell.Id}/dissolve", new { dissolvedOn }, "\"1\"");

        await ShouldBeFieldErrorAsync(response, "dissolvedOn", code);
        (await LoadOrganizationAsync(cell.Id)).DissolvedOn.ShouldBeNull();
    }

    [Fact]
    public async Task Dates_of_recorded_events_cannot_be_after_today()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1);

        await ShouldBeFieldErrorAsync(await office.PostAsJsonAsync(Organizations, NewCell("CB-FUT", "Chi bộ Tương lai") with { EstablishedOn = tomorrow }, HttpExtensions.Json), "establishedOn", "date.in_future");
        await ShouldBeFieldErrorAsync(await office.PostAsJsonAsync(Members, NewMember("Lê Văn Sớm") with { DateOfBirth = tomorrow }, HttpExtensions.Json), "dateOfBirth", "date.in_future");
        await ShouldBeFieldErrorAsync(await office.PostAsJsonAsync(Members, NewMember("Lê Văn Sớm") with { FullMembershipDate = tomorrow }, HttpExtensions.Json), "fullMembershipDate", "date.in_future");
        await ShouldBeFieldErrorAsync(
            await office.PostAsJsonAsync($"{Organizations}/{DemoData.Cell(7)}/terms", new { name = "Sau này", startsOn = tomorrow, endsOn = tomorrow.AddYears(5) }, HttpExtensions.Json),
            "startsOn",
            "date.in_future");
        await ShouldBeFieldErrorAsync(
            await office.PostAsJsonAsync("/api/v1/mass-organizations", new { name = "Chi đoàn Tương lai", kind = "YOUTH_UNION_CELL", leadingOrganizationId = DemoData.Cell(7), establishedOn = tomorrow }, HttpExtensions.Json),
            "establishedOn",
            "date.in_future");

        var member = await (await office.PostAsJsonAsync(Members, NewMember("Lê Văn Đổi"), HttpExtensions.Json)).ReadAsync<MemberDto>();
        await ShouldBeFieldErrorAsync(
            await office.PostJsonAsync($"{Members}/{member.Id}/status-changes", new { status = "DECEASED", effectiveOn = tomorrow }, "\"1\""),
            "effectiveOn",
            "date.in_future");
    }

    // ---- Dissolving a cell -------------------------------------------------------------------------------------

    [Fact]
    public async Task A_cell_with_current_members_is_not_dissolved_until_they_have_left()
    {
        var cell = await CreateCellAsync("CB-DIS-M");
        var memberId = await factory.AddMemberAsync(cell.Id, "Võ Văn Còn", admittedOn: new DateOnly(2021, 1, 4));

        var refused = await office.PostJsonAsync($"{Organizations}/{cell.Id}/dissolve", new { dissolvedOn = "2025-06-30" }, "\"1\"");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "organization.has_active_members");
        problem.GetProperty("detail").GetString()!.ShouldContain("1");
        (await LoadOrganizationAsync(cell.Id)).DissolvedOn.ShouldBeNull();

        (await office.PostJsonAsync($"{Members}/{memberId}/status-changes", new { status = "DECEASED", effectiveOn = "2025-05-01" }, "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.PostJsonAsync($"{Organizations}/{cell.Id}/dissolve", new { dissolvedOn = "2025-06-30" }, "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_cell_with_an_open_transfer_into_it_is_not_dissolved()
    {
        var cell = await CreateCellAsync("CB-DIS-T");
        var memberId = await factory.AddMemberAsync(DemoData.Cell(6), "Đào Thị Đến", admittedOn: new DateOnly(2021, 1, 4));
        (await office.PostAsJsonAsync(
            "/api/v1/transfers",
            new { memberId, kind = "OFFICIAL", direction = "INTERNAL", purpose = "WORK", toOrganizationId = cell.Id, requestedOn = "2025-03-03" },
            HttpExtensions.Json)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var refused = await office.PostJsonAsync($"{Organizations}/{cell.Id}/dissolve", new { dissolvedOn = "2025-06-30" }, "\"1\"");

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "organization.has_open_transfers");
    }

    [Fact]
    public async Task A_cell_with_an_open_admission_is_not_dissolved()
    {
        var cell = await CreateCellAsync("CB-DIS-A");
        (await admin.PostAsJsonAsync("/api/v1/admissions", NewCandidate("Lâm Thị Kết") with { OrganizationId = cell.Id }, HttpExtensions.Json))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var refused = await office.PostJsonAsync($"{Organizations}/{cell.Id}/dissolve", new { dissolvedOn = "2025-06-30" }, "\"1\"");

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "organization.has_open_admissions");
    }

    private static async Task ShouldBeFieldErrorAsync(HttpResponseMessage response, string field, string code)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errorDetails").EnumerateArray()
            .Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString()))
            .ShouldContain((field, code), problem.ToString());
    }

    private Task<Domain.Organization.PartyOrganization> LoadOrganizationAsync(Guid id) =>
        factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));

    private async Task<OrganizationDto> CreateCellAsync(string code) =>
        await (await office.PostAsJsonAsync(Organizations, NewCell(code, "Chi bộ Kiểm tra toàn vẹn " + code[^1..]), HttpExtensions.Json)).ReadAsync<OrganizationDto>();

    private Task<HttpResponseMessage> ImportAsync(string csv, bool dryRun)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "members.csv");
        return office.PostAsync($"{Members}/import?dryRun={(dryRun ? "true" : "false")}", content);
    }

    private static CellRequest NewCell(string code, string name) =>
        new(code, name, "PARTY_CELL", "ADMINISTRATIVE_AGENCY", DemoData.CommitteeId, new DateOnly(2019, 1, 1));

    private static MemberRequest NewMember(string name) => new(
        name, "FEMALE", new DateOnly(1986, 4, 12), "Sóc Trăng", "Sóc Trăng", "01", null, null, "UPPER_SECONDARY", "UNIVERSITY", "INTERMEDIATE",
        "Chuyên viên", null, null, null, false, null, null, new DateOnly(2021, 5, 19), "15-QĐ/ĐU", new DateOnly(2021, 6, 2), new DateOnly(2022, 6, 2),
        DemoData.Cell(7), "FULL", null);

    /// <summary>An update's body: the record without the cell and status, which have their own operations (unknown properties are refused).</summary>
    private static System.Text.Json.Nodes.JsonObject Update(string name)
    {
        var update = System.Text.Json.JsonSerializer.SerializeToNode(NewMember(name), HttpExtensions.Json)!.AsObject();
        foreach (var field in new[] { "organizationId", "status", "statusSince", "statusDecisionNumber" })
        {
            update.Remove(field);
        }

        return update;
    }

    private static CandidateRequest NewCandidate(string name) =>
        new(DemoData.Cell(7), name, "FEMALE", new DateOnly(2000, 1, 15), "01", "UPPER_SECONDARY", true);

    private sealed record CellRequest(string Code, string Name, string Type, string UnitKind, Guid ParentId, DateOnly EstablishedOn);

    private sealed record CandidateRequest(Guid OrganizationId, string FullName, string Sex, DateOnly DateOfBirth, string EthnicityCode, string GeneralEducation, bool IsYouthUnionMember);

    private sealed record MemberRequest(
        string FullName, string Sex, DateOnly DateOfBirth, string? PlaceOfBirth, string? HomeTown, string EthnicityCode, string? Religion,
        string? CitizenId, string GeneralEducation, string ProfessionalLevel, string PoliticalTheoryLevel, string? Position, string? Phone,
        string? Email, string? Address, bool IsProvincialCommitteeMember, string? PartyCardNumber, string? RecordNumber,
        DateOnly AdmissionDecisionDate, string? AdmissionDecisionNumber, DateOnly? CeremonyDate, DateOnly? FullMembershipDate,
        Guid OrganizationId, string Status, DateOnly? StatusSince);
}

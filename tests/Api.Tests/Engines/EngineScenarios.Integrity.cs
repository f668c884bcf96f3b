using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Engines;

/// <summary>
/// Uniqueness and no-overlap rules under concurrency: the same request fired in parallel (each on its own client
/// and connection) gives exactly one success, the others the coded answer a sequential request gets, and the
/// database holds one row. Unique indexes hold the single-row rules; a lock per organisation serialises the rules
/// that compare a new row with others (term overlap, folded names, a cell's members against its dissolution).
/// </summary>
public abstract partial class EngineScenarios
{
    private const int Racers = 10;

    [SkippableFact]
    public async Task Concurrent_transfer_requests_for_one_member_open_one_transfer()
    {
        var memberId = await Api.AddMemberAsync(DemoData.Cell(3), "Lý Thị Đua Chuyển", admittedOn: AdmittedOn);
        int[] targets = [1, 2, 4, 5, 6, 7];

        // Different receiving cells, so that on SQL Server the requests do not all wait for one cell's lock: the
        // filtered unique index is what refuses the second open transfer.
        var responses = await RaceAsync((client, i) => client.PostAsJsonAsync(
            "/api/v1/transfers",
            new
            {
                memberId,
                kind = "OFFICIAL",
                direction = "INTERNAL",
                purpose = "WORK",
                toOrganizationId = DemoData.Cell(targets[i % targets.Length]),
                requestedOn = "2025-03-03",
                decisionNumber = "125-QĐ/ĐU",
            },
            HttpExtensions.Json));

        await ShouldHaveOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.Conflict, "transfer.already_open");
        (await Api.WithDbAsync(db => db.Transfers.CountAsync(t => t.MemberId == memberId))).ShouldBe(1);
    }

    [SkippableFact]
    public async Task Concurrent_overlapping_terms_of_one_organisation_open_one_term()
    {
        var committee = await CreateOrganizationAsync("DB-RACE-T", "Đảng bộ bộ phận Đua nhiệm kỳ", "PARTY_COMMITTEE", null, DemoData.CommitteeId);

        // Different names, overlapping dates: the sequential answer is 422 term.overlaps.
        var responses = await RaceAsync((client, i) => client.PostAsJsonAsync(
            $"/api/v1/organizations/{committee}/terms",
            new { name = $"Nhiệm kỳ {i}", startsOn = new DateOnly(2020, 4, 10).AddDays(i), endsOn = new DateOnly(2025, 4, 9).AddDays(i) },
            HttpExtensions.Json));

        await ShouldHaveOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity, "term.overlaps");
        (await Api.WithDbAsync(db => db.Terms.CountAsync(t => t.OrganizationId == committee))).ShouldBe(1);
    }

    [SkippableFact]
    public async Task Concurrent_terms_with_one_name_open_one_term()
    {
        var committee = await CreateOrganizationAsync("DB-RACE-N", "Đảng bộ bộ phận Đua tên nhiệm kỳ", "PARTY_COMMITTEE", null, DemoData.CommitteeId);

        // Disjoint dates, one name written with different dashes (the same name for the rule): 409 term.name_taken.
        var responses = await RaceAsync((client, i) => client.PostAsJsonAsync(
            $"/api/v1/organizations/{committee}/terms",
            new { name = i % 2 == 0 ? "2015–2024" : "2015-2024", startsOn = new DateOnly(2015 + i, 1, 1), endsOn = new DateOnly(2015 + i, 6, 30) },
            HttpExtensions.Json));

        await ShouldHaveOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.Conflict, "term.name_taken");
        (await Api.WithDbAsync(db => db.Terms.CountAsync(t => t.OrganizationId == committee))).ShouldBe(1);
    }

    [SkippableFact]
    public async Task Concurrent_organisations_with_one_code_create_one()
    {
        var code = "CB-RACE-" + Suffix().ToUpperInvariant();

        var responses = await RaceAsync((client, i) => client.PostAsJsonAsync(
            Url,
            new { code, name = $"Chi bộ Đua mã {i}", type = "PARTY_CELL", unitKind = "ADMINISTRATIVE_AGENCY", parentId = DemoData.CommitteeId, establishedOn = "2019-01-01" },
            HttpExtensions.Json));

        await ShouldHaveOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.Conflict, "organization.code_taken");
        (await Api.WithDbAsync(db => db.Organizations.CountAsync(o => o.Code == code))).ShouldBe(1);
    }

    [SkippableFact]
    public async Task Concurrent_members_with_one_card_number_or_citizen_id_record_one()
    {
        var digits = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        // In different cells, so that on SQL Server the unique index (not one cell's lock) refuses the duplicates.
        var sameCard = await RaceAsync((client, i) => client.PostAsJsonAsync(
            "/api/v1/members",
            NewMember($"Đinh Văn Thẻ {Letter(i)}", digits, $"0941{digits}"[..10] + $"{i:00}") with { OrganizationId = DemoData.Cell(1 + (i % 7)) },
            HttpExtensions.Json));
        await ShouldHaveOneWinnerAsync(sameCard, HttpStatusCode.Created, HttpStatusCode.Conflict, "member.card_number_taken");
        (await Api.WithDbAsync(db => db.Members.CountAsync(m => m.PartyCardNumber == digits))).ShouldBe(1);

        var citizenId = "0951" + digits;
        var sameCitizen = await RaceAsync((client, i) => client.PostAsJsonAsync("/api/v1/members", NewMember($"Đinh Văn Căn {Letter(i)}", null, citizenId), HttpExtensions.Json));
        await ShouldHaveOneWinnerAsync(sameCitizen, HttpStatusCode.Created, HttpStatusCode.Conflict, "member.citizen_id_taken");
        (await Api.WithDbAsync(db => db.Members.CountAsync(m => m.CitizenId == citizenId))).ShouldBe(1);
    }

    [SkippableFact]
    public async Task Concurrent_holidays_on_one_date_record_one()
    {
        var date = new DateOnly(2090, 1, 1).AddDays(Random.Shared.Next(0, 3650));

        var responses = await RaceAsync(
            (client, i) => client.PostAsJsonAsync("/api/v1/calendar/holidays", new { date, nameVi = $"Ngày nghỉ {i}", nameEn = $"Day off {i}" }, HttpExtensions.Json),
            () => Api.ClientAs("Admin", null));

        await ShouldHaveOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.Conflict, "calendar.holiday_exists");
        (await Api.WithDbAsync(db => db.PublicHolidays.CountAsync(h => h.Date == date))).ShouldBe(1);
    }

    [SkippableFact]
    public async Task Concurrent_bodies_of_one_kind_for_one_term_constitute_one()
    {
        var committee = await CreateOrganizationAsync("DB-RACE-B", "Đảng bộ bộ phận Đua cơ quan", "PARTY_COMMITTEE", null, DemoData.CommitteeId);
        var term = await CreateTermAsync(committee);

        var responses = await RaceAsync(client => client.PostAsJsonAsync(
            "/api/v1/elected-bodies", new { organizationId = committee, termId = term.Id, kind = "EXECUTIVE_COMMITTEE" }, HttpExtensions.Json));

        await ShouldHaveOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.Conflict, "body.already_exists");
        (await Api.WithDbAsync(db => db.ElectedBodies.CountAsync(b => b.TermId == term.Id))).ShouldBe(1);
    }

    [SkippableFact]
    public async Task Concurrent_secretaries_of_one_body_appoint_one()
    {
        var committee = await CreateOrganizationAsync("DB-RACE-S", "Đảng bộ bộ phận Đua bí thư", "PARTY_COMMITTEE", null, DemoData.CommitteeId);
        var cell = await CreateOrganizationAsync("DB-RACE-S-A", "Chi bộ Đua bí thư", "PARTY_CELL", "ADMINISTRATIVE_AGENCY", committee);
        var term = await CreateTermAsync(committee, new DateOnly(2023, 1, 1));
        var body = await (await Office().PostAsJsonAsync("/api/v1/elected-bodies", new { organizationId = committee, termId = term.Id, kind = "EXECUTIVE_COMMITTEE" }, HttpExtensions.Json))
            .ReadAsync<ElectedBodyDto>();
        var members = new List<Guid>();
        for (var i = 0; i < Racers; i++)
        {
            members.Add(await Api.AddMemberAsync(cell, $"Hà Văn Bí {Letter(i)}", admittedOn: AdmittedOn));
        }

        // Each appoints another member as secretary with the body's one ETag: the aggregate's version lets one through.
        var responses = await RaceAsync((client, i) => client.PostJsonAsync(
            $"/api/v1/elected-bodies/{body.Id}/memberships",
            new { memberId = members[i], role = "SECRETARY", startsOn = "2023-01-02", decisionNumber = "01-NQ/ĐH" },
            $"\"{body.Version}\""));

        await ShouldHaveOneWinnerAsync(responses, HttpStatusCode.OK, HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        (await Api.WithDbAsync(db => db.BodyMemberships.CountAsync(m => m.ElectedBodyId == body.Id && m.Role == BodyRole.Secretary))).ShouldBe(1);
    }

    [SkippableFact]
    public async Task Concurrent_mass_organisations_with_one_name_record_one()
    {
        var cell = await CreateOrganizationAsync("CB-RACE-M", "Chi bộ Đua đoàn thể", "PARTY_CELL", "ADMINISTRATIVE_AGENCY", DemoData.CommitteeId);

        // The same name for the rule: accents, case and spacing ignored.
        var responses = await RaceAsync((client, i) => client.PostAsJsonAsync(
            "/api/v1/mass-organizations",
            new { name = i % 2 == 0 ? "Công đoàn cơ sở Đua" : "CONG DOAN  co so dua", kind = "TRADE_UNION", leadingOrganizationId = cell, establishedOn = "2019-05-01" },
            HttpExtensions.Json));

        await ShouldHaveOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.Conflict, "mass_organization.name_taken");
        (await Api.WithDbAsync(db => db.MassOrganizations.CountAsync(m => m.LeadingOrganizationId == cell))).ShouldBe(1);
    }

    [SkippableFact]
    public async Task A_cell_dissolved_while_members_are_recorded_in_it_never_keeps_members()
    {
        var cell = await (await Office().PostAsJsonAsync(
            Url,
            new { code = "CB-RACE-D" + Suffix().ToUpperInvariant(), name = "Chi bộ Đua giải thể", type = "PARTY_CELL", unitKind = "ADMINISTRATIVE_AGENCY", parentId = DemoData.CommitteeId, establishedOn = "2019-01-01" },
            HttpExtensions.Json)).ReadAsync<OrganizationDto>();

        // One dissolution and nine new members race: either the members came first (and the dissolution is refused),
        // or the cell was dissolved first (and the members are refused) — never a dissolved cell with members.
        var responses = await RaceAsync((client, i) => i == 0
            ? client.PostJsonAsync($"{Url}/{cell.Id}/dissolve", new { dissolvedOn = "2025-06-30" }, "\"1\"")
            : client.PostAsJsonAsync("/api/v1/members", NewMember($"Mai Văn Giải {Letter(i)}", null, null) with { OrganizationId = cell.Id }, HttpExtensions.Json));

        var dissolved = responses[0].StatusCode == HttpStatusCode.OK;
        var recorded = responses.Skip(1).Count(r => r.StatusCode == HttpStatusCode.Created);
        if (dissolved)
        {
            recorded.ShouldBe(0);
        }
        else
        {
            await responses[0].ShouldBeProblemAsync(HttpStatusCode.Conflict, "organization.has_active_members");
        }

        var stored = await Api.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == cell.Id));
        var members = await Api.WithDbAsync(db => db.Members.CountAsync(m => m.OrganizationId == cell.Id));
        (stored.DissolvedOn is not null && members > 0).ShouldBeFalse($"dissolved {stored.DissolvedOn}, {members} members");
    }

    /// <summary>After the seed report's date (2020-12-31), so that the statistics scenario keeps its figures.</summary>
    private static readonly DateOnly AdmittedOn = new(2021, 1, 4);

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    private static string Letter(int i) => ((char)('A' + i)).ToString();

    private static MemberRequest NewMember(string name, string? card, string? citizenId) => new(
        name, "MALE", new DateOnly(1980, 2, 1), "Sóc Trăng", "Sóc Trăng", "01", null, citizenId, "UPPER_SECONDARY", "UNIVERSITY", "INTERMEDIATE",
        "Chuyên viên", null, null, null, false, card, null, new DateOnly(2021, 5, 19), "15-QĐ/ĐU", new DateOnly(2021, 6, 2), new DateOnly(2022, 6, 2),
        DemoData.Cell(5), "FULL", null);

    /// <summary>Fires <see cref="Racers"/> requests at once, each from its own client (the committee office unless said).</summary>
    private async Task<HttpResponseMessage[]> RaceAsync(Func<HttpClient, int, Task<HttpResponseMessage>> send, Func<HttpClient>? client = null)
    {
        var clients = Enumerable.Range(0, Racers).Select(_ => client?.Invoke() ?? Office()).ToList();
        using var start = new SemaphoreSlim(0);
        var tasks = clients.Select(async (c, i) =>
        {
            await start.WaitAsync();
            return await send(c, i);
        }).ToList();
        start.Release(Racers);
        return await Task.WhenAll(tasks);
    }

    private Task<HttpResponseMessage[]> RaceAsync(Func<HttpClient, Task<HttpResponseMessage>> send) => RaceAsync((c, _) => send(c));

    private static async Task ShouldHaveOneWinnerAsync(HttpResponseMessage[] responses, HttpStatusCode success, HttpStatusCode loser, string code)
    {
        var statuses = string.Join(", ", responses.Select(r => (int)r.StatusCode));
        responses.Count(r => r.StatusCode == success).ShouldBe(1, statuses);
        foreach (var response in responses.Where(r => r.StatusCode != success))
        {
            await response.ShouldBeProblemAsync(loser, code);
        }
    }

    private async Task<Guid> CreateOrganizationAsync(string code, string name, string type, string? unitKind, Guid parentId)
    {
        var response = await Office().PostAsJsonAsync(
            Url,
            new { code = code + "-" + Suffix().ToUpperInvariant(), name = name + " " + Suffix(), type, unitKind, parentId, establishedOn = new DateOnly(2015, 1, 1) },
            HttpExtensions.Json);
        return (await response.ReadAsync<OrganizationDto>()).Id;
    }

    private async Task<TermDto> CreateTermAsync(Guid organizationId, DateOnly? startsOn = null)
    {
        var start = startsOn ?? new DateOnly(2020, 4, 10);
        return await (await Office().PostAsJsonAsync(
            $"/api/v1/organizations/{organizationId}/terms",
            new { name = $"{start.Year}–{start.Year + 5}", congressNumber = 9, startsOn = start, endsOn = start.AddYears(5).AddDays(-1) },
            HttpExtensions.Json)).ReadAsync<TermDto>();
    }

    /// <summary>The JSON of a member record (see <c>CreateMemberCommand</c>).</summary>
    private sealed record MemberRequest(
        string FullName, string Sex, DateOnly DateOfBirth, string? PlaceOfBirth, string? HomeTown, string EthnicityCode, string? Religion,
        string? CitizenId, string GeneralEducation, string ProfessionalLevel, string PoliticalTheoryLevel, string? Position, string? Phone,
        string? Email, string? Address, bool IsProvincialCommitteeMember, string? PartyCardNumber, string? RecordNumber,
        DateOnly AdmissionDecisionDate, string? AdmissionDecisionNumber, DateOnly? CeremonyDate, DateOnly? FullMembershipDate,
        Guid OrganizationId, string Status, DateOnly? StatusSince);
}

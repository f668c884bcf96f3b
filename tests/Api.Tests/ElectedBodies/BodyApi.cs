using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Application.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.ElectedBodies;

/// <summary>Calls of the terms and elected-bodies API shared by the tests, as the committee office.</summary>
internal sealed class BodyApi(ApiFactory factory)
{
    public static readonly DateOnly TermStart = new(2020, 4, 10);
    public static readonly DateOnly TermEnd = new(2025, 4, 9);

    public HttpClient Office { get; } = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    /// <summary>A committee of its own under the department committee, with two cells, so that a test owns its terms and bodies.</summary>
    public async Task<(Guid Committee, Guid CellA, Guid CellB)> NewCommitteeAsync(string code)
    {
        var committee = await CreateOrganizationAsync(code, "Đảng bộ bộ phận thử nghiệm " + code, "PARTY_COMMITTEE", null, DemoData.CommitteeId);
        var cellA = await CreateOrganizationAsync(code + "-A", "Chi bộ Phòng Chính sách " + code, "PARTY_CELL", "ADMINISTRATIVE_AGENCY", committee);
        var cellB = await CreateOrganizationAsync(code + "-B", "Chi bộ Trung tâm Công tác xã hội " + code, "PARTY_CELL", "PUBLIC_SERVICE_UNIT", committee);
        return (committee, cellA, cellB);
    }

    public Task<Guid> MemberAsync(Guid cellId, string fullName) =>
        factory.AddMemberAsync(cellId, fullName, admittedOn: new DateOnly(2014, 3, 3));

    public async Task<TermDto> CreateTermAsync(Guid organizationId, string name = "2020–2025", DateOnly? startsOn = null, DateOnly? endsOn = null, int? congressNumber = 9)
    {
        var response = await Office.PostAsJsonAsync(
            $"/api/v1/organizations/{organizationId}/terms",
            new { name, congressNumber, startsOn = startsOn ?? TermStart, endsOn = endsOn ?? TermEnd },
            HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<TermDto>();
    }

    public async Task<ElectedBodyDto> CreateBodyAsync(Guid organizationId, Guid termId, string kind)
    {
        var response = await Office.PostAsJsonAsync("/api/v1/elected-bodies", new { organizationId, termId, kind }, HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ElectedBodyDto>();
    }

    /// <summary>Sends a new seat with the body's current version as If-Match.</summary>
    public Task<HttpResponseMessage> TryAddAsync(ElectedBodyDto body, Guid memberId, string role, DateOnly? startsOn = null, DateOnly? endsOn = null, string? ifMatch = null) =>
        Office.PostJsonAsync(
            $"/api/v1/elected-bodies/{body.Id}/memberships",
            new { memberId, role, startsOn = startsOn ?? TermStart, endsOn, decisionNumber = "01-NQ/ĐH" },
            ifMatch ?? $"\"{body.Version}\"");

    public async Task<ElectedBodyDto> AddAsync(ElectedBodyDto body, Guid memberId, string role, DateOnly? startsOn = null, DateOnly? endsOn = null)
    {
        var response = await TryAddAsync(body, memberId, role, startsOn, endsOn);
        var updated = await response.ReadAsync<ElectedBodyDto>();
        response.Headers.ETag!.Tag.ShouldBe($"\"{updated.Version}\"");
        return updated;
    }

    public Task<HttpResponseMessage> TryEndAsync(ElectedBodyDto body, Guid membershipId, DateOnly endsOn, string? ifMatch = null) =>
        Office.PostJsonAsync($"/api/v1/elected-bodies/{body.Id}/memberships/{membershipId}/end", new { endsOn }, ifMatch ?? $"\"{body.Version}\"");

    public async Task<ElectedBodyDto> GetBodyAsync(Guid id, DateOnly? asOf = null) =>
        (await Office.GetFromJsonAsync<ElectedBodyDto>(
            asOf is { } date ? $"/api/v1/elected-bodies/{id}?asOf={date:yyyy-MM-dd}" : $"/api/v1/elected-bodies/{id}",
            HttpExtensions.Json))!;

    /// <summary>Executive, standing and inspection bodies of a new committee's 2020–2025 term.</summary>
    public async Task<CommitteeBodies> NewCommitteeWithBodiesAsync(string code)
    {
        var (committee, cellA, cellB) = await NewCommitteeAsync(code);
        var term = await CreateTermAsync(committee);
        return new CommitteeBodies(
            committee,
            cellA,
            cellB,
            term,
            await CreateBodyAsync(committee, term.Id, "EXECUTIVE_COMMITTEE"),
            await CreateBodyAsync(committee, term.Id, "STANDING_COMMITTEE"),
            await CreateBodyAsync(committee, term.Id, "INSPECTION_COMMISSION"));
    }

    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam", "Phúc", "Quang"];

    /// <summary>
    /// Seats <paramref name="count"/> new full members of cell A on the executive committee from the term's start: a
    /// standing committee needs an executive committee of 9 (with the member the test adds, 8 more are enough).
    /// </summary>
    public async Task<CommitteeBodies> WithExecutiveAsync(CommitteeBodies c, int count)
    {
        var executive = c.Executive;
        for (var i = 0; i < count; i++)
        {
            executive = await AddAsync(executive, await MemberAsync(c.CellA, "Đoàn Văn " + GivenNames[i]), "MEMBER");
        }

        return c with { Executive = executive };
    }

    private async Task<Guid> CreateOrganizationAsync(string code, string name, string type, string? unitKind, Guid parentId)
    {
        var response = await Office.PostAsJsonAsync(
            "/api/v1/organizations",
            new { code, name, type, unitKind, parentId, establishedOn = new DateOnly(2009, 1, 1) },
            HttpExtensions.Json);
        return (await response.ReadAsync<OrganizationDto>()).Id;
    }
}

internal sealed record CommitteeBodies(
    Guid Committee, Guid CellA, Guid CellB, TermDto Term, ElectedBodyDto Executive, ElectedBodyDto Standing, ElectedBodyDto Inspection);

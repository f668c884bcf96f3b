using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>ETag / If-Match: no change without a precondition (428), no change over a stale one (412), no lost update.</summary>
public sealed class ConcurrencyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/organizations";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task Get_returns_an_etag_and_honours_if_none_match()
    {
        var response = await office.GetAsync($"{Url}/{DemoData.Cell(4)}");
        var etag = response.Headers.ETag!;
        etag.IsWeak.ShouldBeFalse();

        var again = new HttpRequestMessage(HttpMethod.Get, $"{Url}/{DemoData.Cell(4)}");
        again.Headers.IfNoneMatch.Add(etag);
        (await office.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Changes_without_if_match_are_428_and_change_nothing()
    {
        var cell = await CreateCellAsync("CB-CC-428");

        var put = await office.PutJsonAsync($"{Url}/{cell.Id}", Rename(cell, "Changed"), ifMatch: null);
        await put.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");

        var star = await office.PutJsonAsync($"{Url}/{cell.Id}", Rename(cell, "Changed"), ifMatch: "*");
        await star.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");

        var dissolve = await office.PostJsonAsync($"{Url}/{cell.Id}/dissolve", new { dissolvedOn = "2025-01-01" });
        await dissolve.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");

        (await office.GetFromJsonAsync<OrganizationDto>($"{Url}/{cell.Id}", HttpExtensions.Json))!.Version.ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_etag_is_412_and_the_newer_change_survives()
    {
        var cell = await CreateCellAsync("CB-CC-412");

        var first = await office.PutJsonAsync($"{Url}/{cell.Id}", Rename(cell, "Chi bộ Lần một"), "\"1\"");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.ETag!.Tag.ShouldBe("\"2\"");

        var stale = await office.PutJsonAsync($"{Url}/{cell.Id}", Rename(cell, "Chi bộ Lần hai"), "\"1\"");
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");

        var garbage = await office.PutJsonAsync($"{Url}/{cell.Id}", Rename(cell, "Chi bộ Lần hai"), "\"abc\"");
        await garbage.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");

        (await office.GetFromJsonAsync<OrganizationDto>($"{Url}/{cell.Id}", HttpExtensions.Json))!.Name.ShouldBe("Chi bộ Lần một");
    }

    [Fact]
    public async Task Concurrent_updates_with_the_same_etag_never_both_succeed()
    {
        var cell = await CreateCellAsync("CB-CC-RACE");
        const int writers = 8;

        var responses = await Task.WhenAll(Enumerable.Range(0, writers).Select(i =>
            factory.ClientAs("CommitteeOffice", DemoData.CommitteeId).PutJsonAsync($"{Url}/{cell.Id}", Rename(cell, $"Chi bộ Người ghi {i}"), "\"1\"")));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(writers - 1);
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ReadAsync<OrganizationDto>();
        var stored = await office.GetFromJsonAsync<OrganizationDto>($"{Url}/{cell.Id}", HttpExtensions.Json);
        stored!.Name.ShouldBe(winner.Name);
        stored.Version.ShouldBe(2);
    }

    private async Task<OrganizationDto> CreateCellAsync(string code) =>
        await (await office.PostAsJsonAsync(Url, new
        {
            code,
            name = "Chi bộ Kiểm thử",
            type = "PARTY_CELL",
            unitKind = "ADMINISTRATIVE_AGENCY",
            parentId = DemoData.CommitteeId,
            establishedOn = "2019-01-01",
        })).ReadAsync<OrganizationDto>();

    private static object Rename(OrganizationDto cell, string name) => new
    {
        name,
        shortName = cell.ShortName,
        unitKind = "ADMINISTRATIVE_AGENCY",
        parentId = cell.ParentId,
        establishedOn = cell.EstablishedOn,
    };
}

using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.ElectedBodies;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Organization.Elections;
using PartyCommittee.Domain.Organization.Elections;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Elections;

/// <summary>Elections of delegates to the superior congress over HTTP on a SQLite file: officials then alternates, further rounds, no seats.</summary>
public sealed class DelegateElectionApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/elections";
    private const string Congress = "Đại hội đại biểu Đảng bộ Khối lần thứ IV";
    private static readonly string[] Names = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam"];
    private readonly BodyApi api = new(factory);

    [Fact]
    public async Task Officials_then_alternates_by_votes_a_tie_for_the_last_alternate_goes_to_a_further_round_and_the_list_gathers_both()
    {
        var (election, voters) = await OpenAsync("BC-D1", delegates: 2, alternates: 2);
        election.Kind.ShouldBe(ElectionKind.Delegates);
        election.Body.ShouldBeNull();
        election.Alternates.ShouldBe(2);
        election.Congress.ShouldBe(Congress);
        election.AllotmentDocument.ShouldBe("15-QĐ/ĐUK");
        election.RuleSet.ShouldBe("QD244-2014");

        election = await PutAsync(election, "electorate", new { voters = voters.Select(v => new { memberId = v, attendance = "PRESENT" }) });
        election = await PutAsync(election, "candidates", new { memberIds = voters.Take(5) });
        election = await PutAsync(election, "ballots", new
        {
            ballotsIssued = 10,
            ballotsValid = 10,
            votes = new[]
            {
                new { memberId = voters[0], votes = 9 }, new { memberId = voters[1], votes = 10 }, new { memberId = voters[2], votes = 7 },
                new { memberId = voters[3], votes = 6 }, new { memberId = voters[4], votes = 6 },
            },
            decisionNumber = "03-BB/ĐH",
        });
        election = await CloseAsync(election);
        election.Result.Elected.ShouldBe([voters[1], voters[0]]);
        election.Result.Alternates.ShouldBe([voters[2]]);
        election.Result.Irregularities.ShouldBe([Election.TieAtLastAlternate, Election.AlternatesUnfilled], ignoreOrder: true);
        election.Candidates.Single(c => c.MemberId == voters[2]).Standing.ShouldBe(DelegateStanding.Alternate);
        election.Candidates.Single(c => c.MemberId == voters[1]).Standing.ShouldBe(DelegateStanding.Official);
        election.Candidates.Single(c => c.MemberId == voters[3]).Standing.ShouldBeNull();

        var seats = await factory.ShouldWriteNothingAsync(() => api.Office.PostJsonAsync($"{Url}/{election.Id}/seats", new { }, $"\"{election.Version}\""));
        await seats.ShouldBeProblemAsync(HttpStatusCode.Conflict, "election.delegates_take_no_seats");

        var opened = await api.Office.PostAsync($"{Url}/{election.Id}/rounds", null);
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var second = await opened.ReadAsync<ElectionDto>();
        second.Kind.ShouldBe(ElectionKind.Delegates);
        second.Seats.ShouldBe(0);
        second.Alternates.ShouldBe(1);
        second.Congress.ShouldBe(Congress);
        second = await PutAsync(second, "candidates", new { memberIds = new[] { voters[3], voters[4] } });
        second = await PutAsync(second, "ballots", new { ballotsIssued = 10, ballotsValid = 10, votes = new[] { new { memberId = voters[3], votes = 5 }, new { memberId = voters[4], votes = 6 } } });
        second = await CloseAsync(second);
        second.Result.Alternates.ShouldBe([voters[4]]);
        second.Result.Irregularities.ShouldBeEmpty();

        foreach (var id in new[] { election.Id, second.Id })
        {
            var list = (await api.Office.GetFromJsonAsync<CongressDelegatesDto>($"{Url}/{id}/delegates", HttpExtensions.Json))!;
            list.ElectionId.ShouldBe(election.Id);
            list.Congress.ShouldBe(Congress);
            list.DelegatesAllotted.ShouldBe(2);
            list.AlternatesAllotted.ShouldBe(2);
            list.Officials.Select(d => d.MemberId).ShouldBe([voters[1], voters[0]]);
            list.Alternates.Select(d => (d.MemberId, d.Round)).ShouldBe([(voters[2], 1), (voters[4], 2)]);
            list.Complete.ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public async Task A_delegate_needs_more_than_half_of_those_summoned(int votes, bool elected)
    {
        var (election, voters) = await OpenAsync("BC-D" + votes, delegates: 1, alternates: 0);
        election = await PutAsync(election, "electorate", new { voters = voters.Select(v => new { memberId = v, attendance = "PRESENT" }) });
        election = await PutAsync(election, "candidates", new { memberIds = new[] { voters[0], voters[1] } });
        election = await PutAsync(election, "ballots", new { ballotsIssued = 10, ballotsValid = 10, votes = new[] { new { memberId = voters[0], votes }, new { memberId = voters[1], votes = 10 - votes } } });

        election.Result.VotesNeeded.ShouldBe(6);
        election.Result.Elected.Contains(voters[0]).ShouldBe(elected);
        election.Candidates.Single(c => c.MemberId == voters[0]).Standing.ShouldBe(elected ? DelegateStanding.Official : null);
    }

    [Fact]
    public async Task A_delegate_election_names_its_congress_and_no_body_and_a_body_election_has_no_delegates()
    {
        var (committee, _, _) = await api.NewCommitteeAsync("BC-D2");
        var term = await api.CreateTermAsync(committee);

        var noCongress = await factory.ShouldWriteNothingAsync(() => api.Office.PostAsJsonAsync(Url, new { organizationId = committee, termId = term.Id, kind = "DELEGATES", heldOn = "2021-03-01", seats = 2 }, HttpExtensions.Json));
        noCongress.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var withBody = await api.Office.PostAsJsonAsync(Url, new { organizationId = committee, termId = term.Id, kind = "DELEGATES", body = "EXECUTIVE_COMMITTEE", heldOn = "2021-03-01", seats = 2, congress = Congress }, HttpExtensions.Json);
        withBody.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var alternatesOnBody = await api.Office.PostAsJsonAsync(Url, new { organizationId = committee, termId = term.Id, body = "EXECUTIVE_COMMITTEE", heldOn = "2021-03-01", seats = 2, alternates = 1 }, HttpExtensions.Json);
        alternatesOnBody.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await (await api.Office.GetAsync($"{Url}/{DemoElections.ExecutiveCommitteeElectionId}/delegates")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "election.not_delegates");
    }

    [Fact]
    public async Task Outside_the_scope_a_delegate_election_is_missing()
    {
        var (election, _) = await OpenAsync("BC-D3", delegates: 1, alternates: 1);
        var outside = factory.ClientAs("CellSecretary", DemoData.Cell(1));

        await (await outside.GetAsync($"{Url}/{election.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "election.not_found");
        await (await outside.GetAsync($"{Url}/{election.Id}/delegates")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "election.not_found");
        (await api.Office.PutJsonAsync($"{Url}/{election.Id}/candidates", new { memberIds = new[] { Guid.NewGuid() } }, "\"99\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
    }

    private async Task<(ElectionDto Election, List<Guid> Voters)> OpenAsync(string code, int delegates, int alternates)
    {
        var (committee, cellA, cellB) = await api.NewCommitteeAsync(code);
        var term = await api.CreateTermAsync(committee);
        var voters = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            voters.Add(await api.MemberAsync(i % 2 == 0 ? cellA : cellB, "Quách Văn " + Names[i]));
        }

        var created = await api.Office.PostAsJsonAsync(
            Url,
            new { organizationId = committee, termId = term.Id, kind = "DELEGATES", heldOn = "2021-03-01", seats = delegates, alternates, congress = Congress, allotmentDocument = "15-QĐ/ĐUK" },
            HttpExtensions.Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.ReadAsync<ElectionDto>(), voters);
    }

    private async Task<ElectionDto> CloseAsync(ElectionDto election)
    {
        var closed = await api.Office.PostJsonAsync($"{Url}/{election.Id}/close", new { closedOn = "2021-03-01" }, $"\"{election.Version}\"");
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        return await closed.ReadAsync<ElectionDto>();
    }

    private async Task<ElectionDto> PutAsync(ElectionDto election, string part, object body)
    {
        var response = await api.Office.PutJsonAsync($"{Url}/{election.Id}/{part}", body, $"\"{election.Version}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ElectionDto>();
    }
}

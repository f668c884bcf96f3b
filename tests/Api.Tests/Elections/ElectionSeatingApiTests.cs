using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.ElectedBodies;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Application.Organization.Elections;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Elections;

/// <summary>POST /elections/{id}/seats over HTTP on a SQLite file: the elected take their seats through the composition rules.</summary>
public sealed class ElectionSeatingApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/elections";
    private static readonly string[] Names = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam"];
    private readonly BodyApi api = new(factory);

    [Fact]
    public async Task The_elected_take_their_seats_once_and_a_replay_changes_nothing()
    {
        var (_, _, voters, election) = await ClosedExecutiveElectionAsync("BC-S1");

        (await api.Office.PostJsonAsync($"{Url}/{election.Id}/seats", new { }, null)).StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        (await api.Office.PostJsonAsync($"{Url}/{election.Id}/seats", new { }, "\"99\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        var response = await api.Office.PostJsonAsync($"{Url}/{election.Id}/seats", new { }, $"\"{election.Version}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var seated = await response.ReadAsync<ElectionSeatsDto>();
        seated.StartsOn.ShouldBe(new DateOnly(2021, 3, 1));
        seated.Body.ShouldBe(BodyKind.ExecutiveCommittee);
        seated.Seats.Select(s => s.MemberId).ShouldBe([voters[0], voters[1], voters[2]]);
        seated.Seats.ShouldAllBe(s => s.Role == BodyRole.Member);
        response.Headers.ETag!.Tag.ShouldBe($"\"{seated.Version}\"");

        var body = await api.GetBodyAsync(seated.BodyId, new DateOnly(2021, 3, 1));
        body.Memberships.Select(m => m.MemberId).ShouldBe([voters[0], voters[1], voters[2]], ignoreOrder: true);
        body.Memberships.ShouldAllBe(m => m.ElectionId == election.Id && m.DecisionNumber == "01-BB/ĐH");

        var read = (await api.Office.GetFromJsonAsync<ElectionDto>($"{Url}/{election.Id}", HttpExtensions.Json))!;
        read.SeatedOn.ShouldBe(new DateOnly(2021, 3, 1));

        var replay = await factory.ShouldWriteNothingAsync(() => api.Office.PostJsonAsync($"{Url}/{election.Id}/seats", new { }, $"\"{seated.Version}\""));
        await replay.ShouldBeProblemAsync(HttpStatusCode.Conflict, "election.already_seated");
        (await api.GetBodyAsync(seated.BodyId, new DateOnly(2021, 3, 1))).Memberships.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_seat_that_breaks_a_composition_rule_refuses_the_whole_seating_and_writes_nothing()
    {
        var (committee, term, voters, executive) = await ClosedExecutiveElectionAsync("BC-S2");
        var seated = await (await api.Office.PostJsonAsync($"{Url}/{executive.Id}/seats", new { }, $"\"{executive.Version}\"")).ReadAsync<ElectionSeatsDto>();
        seated.Seats.Count.ShouldBe(3);

        // A standing committee where the executive committee has 3 members (fewer than 9).
        var created = await api.Office.PostAsJsonAsync(Url, new { organizationId = committee, termId = term.Id, body = "STANDING_COMMITTEE", heldOn = "2021-03-01", seats = 1 }, HttpExtensions.Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var standing = await created.ReadAsync<ElectionDto>();
        standing = await PutAsync(standing, "electorate", new { voters = voters.Take(3).Select(v => new { memberId = v, attendance = "PRESENT" }) });
        standing = await PutAsync(standing, "candidates", new { memberIds = new[] { voters[0], voters[1] } });
        standing = await PutAsync(standing, "ballots", new { ballotsIssued = 3, ballotsValid = 3, votes = new[] { new { memberId = voters[0], votes = 3 }, new { memberId = voters[1], votes = 0 } }, decisionNumber = "02-BB/HN" });
        standing = await CloseAsync(standing);
        standing.Result.Elected.ShouldBe([voters[0]]);

        var refused = await factory.ShouldWriteNothingAsync(() => api.Office.PostJsonAsync($"{Url}/{standing.Id}/seats", new { }, $"\"{standing.Version}\""));
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.standing_requires_larger_executive");
        problem.GetProperty("detail").GetString()!.ShouldContain("9");
    }

    [Fact]
    public async Task Seats_start_on_or_after_the_election_an_open_election_has_none_and_outside_the_scope_it_is_missing()
    {
        var (_, _, _, election) = await ClosedExecutiveElectionAsync("BC-S3");

        var early = await factory.ShouldWriteNothingAsync(() => api.Office.PostJsonAsync($"{Url}/{election.Id}/seats", new { startsOn = "2021-02-28" }, $"\"{election.Version}\""));
        await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "election.seats_before_election");

        var otherOffice = factory.ClientAs("CommitteeOffice", DemoData.Cell(1));
        var outside = await factory.ShouldWriteNothingAsync(() => otherOffice.PostJsonAsync($"{Url}/{election.Id}/seats", new { }, $"\"{election.Version}\""));
        await outside.ShouldBeProblemAsync(HttpStatusCode.NotFound, "election.not_found");

        var (committee, _, _) = await api.NewCommitteeAsync("BC-S4");
        var term = await api.CreateTermAsync(committee);
        var open = await (await api.Office.PostAsJsonAsync(Url, new { organizationId = committee, termId = term.Id, body = "EXECUTIVE_COMMITTEE", heldOn = "2021-03-01", seats = 1 }, HttpExtensions.Json)).ReadAsync<ElectionDto>();
        var notClosed = await api.Office.PostJsonAsync($"{Url}/{open.Id}/seats", new { }, $"\"{open.Version}\"");
        await notClosed.ShouldBeProblemAsync(HttpStatusCode.Conflict, "election.not_closed");

        var later = await api.Office.PostJsonAsync($"{Url}/{election.Id}/seats", new { startsOn = "2021-03-02" }, $"\"{election.Version}\"");
        later.StatusCode.ShouldBe(HttpStatusCode.OK, await later.Content.ReadAsStringAsync());
        (await later.ReadAsync<ElectionSeatsDto>()).Seats.ShouldAllBe(s => s.Role == BodyRole.Member);
        var bodies = await api.Office.GetFromJsonAsync<PagedList<ElectedBodySummaryDto>>($"/api/v1/elected-bodies?organizationId={election.OrganizationId}&kind=EXECUTIVE_COMMITTEE", HttpExtensions.Json);
        (await api.GetBodyAsync(bodies!.Items.Single().Id, new DateOnly(2021, 3, 1))).Memberships.ShouldBeEmpty();
        (await api.GetBodyAsync(bodies.Items.Single().Id, new DateOnly(2021, 3, 2))).Memberships.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_tie_for_the_last_seat_is_settled_by_a_further_round_whose_seat_joins_the_first_rounds()
    {
        var (committee, cellA, cellB) = await api.NewCommitteeAsync("BC-S5");
        var term = await api.CreateTermAsync(committee);
        var voters = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            voters.Add(await api.MemberAsync(i % 2 == 0 ? cellA : cellB, "Mạc Văn " + Names[i]));
        }

        var first = await (await api.Office.PostAsJsonAsync(Url, new { organizationId = committee, termId = term.Id, body = "EXECUTIVE_COMMITTEE", heldOn = "2021-03-01", seats = 3 }, HttpExtensions.Json)).ReadAsync<ElectionDto>();
        first = await PutAsync(first, "electorate", new { voters = voters.Select(v => new { memberId = v, attendance = "PRESENT" }) });
        first = await PutAsync(first, "candidates", new { memberIds = voters.Take(5) });
        int[] votes = [9, 8, 7, 7, 2];
        first = await PutAsync(first, "ballots", new { ballotsIssued = 10, ballotsValid = 10, votes = votes.Select((v, i) => new { memberId = voters[i], votes = v }), decisionNumber = "01-BB/ĐH" });
        first = await CloseAsync(first);
        first.Result.Elected.ShouldBe([voters[0], voters[1]]);
        first.Result.Irregularities.ShouldContain("TIE_AT_LAST_SEAT");
        var seatedFirst = await (await api.Office.PostJsonAsync($"{Url}/{first.Id}/seats", new { }, $"\"{first.Version}\"")).ReadAsync<ElectionSeatsDto>();
        seatedFirst.Seats.Count.ShouldBe(2);

        var opened = await api.Office.PostJsonAsync($"{Url}/{first.Id}/rounds", new { });
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var second = await opened.ReadAsync<ElectionDto>();
        second.Round.ShouldBe(2);
        second.PreviousRoundId.ShouldBe(first.Id);
        second.Seats.ShouldBe(1);
        second.Voters.Count.ShouldBe(10);
        second.Candidates.Select(c => c.MemberId).ShouldBe([voters[2], voters[3], voters[4]], ignoreOrder: true);
        await (await api.Office.PostJsonAsync($"{Url}/{first.Id}/rounds", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "election.round_exists");

        second = await PutAsync(second, "ballots", new { ballotsIssued = 10, ballotsValid = 10, votes = new[] { new { memberId = voters[2], votes = 6 }, new { memberId = voters[3], votes = 4 }, new { memberId = voters[4], votes = 0 } }, decisionNumber = "02-BB/ĐH" });
        second = await CloseAsync(second);
        second.Result.Elected.ShouldBe([voters[2]]);
        var seatedSecond = await (await api.Office.PostJsonAsync($"{Url}/{second.Id}/seats", new { }, $"\"{second.Version}\"")).ReadAsync<ElectionSeatsDto>();
        seatedSecond.BodyId.ShouldBe(seatedFirst.BodyId);

        var body = await api.GetBodyAsync(seatedFirst.BodyId, new DateOnly(2021, 3, 1));
        body.Memberships.Select(m => (m.MemberId, m.ElectionId)).ShouldBe([(voters[0], (Guid?)first.Id), (voters[1], first.Id), (voters[2], second.Id)], ignoreOrder: true);
        await (await api.Office.PostJsonAsync($"{Url}/{second.Id}/rounds", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "election.seats_filled");
    }

    /// <summary>A new committee, its term, 10 full members and a closed election of 3 executive committee members (votes 9, 8, 7, 2 of 10).</summary>
    private async Task<(Guid Committee, TermDto Term, List<Guid> Voters, ElectionDto Election)> ClosedExecutiveElectionAsync(string code)
    {
        var (committee, cellA, cellB) = await api.NewCommitteeAsync(code);
        var term = await api.CreateTermAsync(committee);
        var voters = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            voters.Add(await api.MemberAsync(i % 2 == 0 ? cellA : cellB, "Vương Văn " + Names[i]));
        }

        var created = await api.Office.PostAsJsonAsync(Url, new { organizationId = committee, termId = term.Id, body = "EXECUTIVE_COMMITTEE", heldOn = "2021-03-01", seats = 3 }, HttpExtensions.Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var election = await created.ReadAsync<ElectionDto>();
        election = await PutAsync(election, "electorate", new { voters = voters.Select(v => new { memberId = v, attendance = "PRESENT" }) });
        election = await PutAsync(election, "candidates", new { memberIds = voters.Take(4) });
        election = await PutAsync(election, "ballots", new
        {
            ballotsIssued = 10,
            ballotsValid = 10,
            votes = new[] { new { memberId = voters[0], votes = 9 }, new { memberId = voters[1], votes = 8 }, new { memberId = voters[2], votes = 7 }, new { memberId = voters[3], votes = 2 } },
            decisionNumber = "01-BB/ĐH",
        });
        election = await CloseAsync(election);
        election.Result.Elected.ShouldBe([voters[0], voters[1], voters[2]]);
        return (committee, term, voters, election);
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

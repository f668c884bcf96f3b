using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.ElectedBodies;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Application.Organization.Elections;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Elections;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Elections;

/// <summary>Election records over HTTP on a SQLite file: the demo congress, the whole flow, the rules, concurrency.</summary>
public sealed class ElectionApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/elections";
    private static readonly string[] Names = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam"];
    private readonly BodyApi api = new(factory);

    [Fact]
    public async Task The_demo_congress_elected_the_executive_committee_that_holds_the_seats()
    {
        var list = await api.Office.GetFromJsonAsync<PagedList<ElectionSummaryDto>>($"{Url}?organizationId={DemoData.CommitteeId}&termId={DemoDataSeeder.TermId}", HttpExtensions.Json);
        var summary = list!.Items.Single(e => e.Id == DemoElections.ExecutiveCommitteeElectionId);
        summary.Body.ShouldBe(BodyKind.ExecutiveCommittee);
        summary.Status.ShouldBe(ElectionStatus.Closed);

        var election = (await api.Office.GetFromJsonAsync<ElectionDto>($"{Url}/{summary.Id}", HttpExtensions.Json))!;
        election.RuleSet.ShouldBe("QD244-2014");
        election.HeldOn.ShouldBe(new DateOnly(2020, 5, 20));
        election.Seats.ShouldBe(13);
        election.Candidates.Count.ShouldBe(15);
        election.Result.QuorumMet.ShouldBeTrue();
        election.Result.Irregularities.ShouldBeEmpty();
        election.Result.MajorityBase.ShouldBe(election.Result.Summoned - 2);
        election.Candidates.Where(c => !c.Elected).ShouldAllBe(c => c.Votes < election.Result.VotesNeeded);

        var bodies = await api.Office.GetFromJsonAsync<PagedList<ElectedBodySummaryDto>>($"/api/v1/elected-bodies?organizationId={DemoData.CommitteeId}&termId={DemoDataSeeder.TermId}&kind=EXECUTIVE_COMMITTEE", HttpExtensions.Json);
        var executive = await api.GetBodyAsync(bodies!.Items.Single().Id, new DateOnly(2020, 5, 20));
        election.Result.Elected.ShouldBe(executive.Memberships.Select(m => m.MemberId), ignoreOrder: true);
    }

    [Fact]
    public async Task An_election_is_recorded_counted_and_closed_under_the_rule_set_of_its_date()
    {
        var (committee, cellA, cellB) = await api.NewCommitteeAsync("BC-E1");
        var term = await api.CreateTermAsync(committee);
        var voters = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            voters.Add(await api.MemberAsync(i % 2 == 0 ? cellA : cellB, "Phan Văn " + Names[i]));
        }

        var created = await api.Office.PostAsJsonAsync(Url, new { organizationId = committee, termId = term.Id, body = "EXECUTIVE_COMMITTEE", heldOn = "2021-03-01", seats = 1 }, HttpExtensions.Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var election = await created.ReadAsync<ElectionDto>();
        election.RuleSet.ShouldBe("QD244-2014");
        election.Status.ShouldBe(ElectionStatus.Open);

        var electorate = new { voters = voters.Select(v => new { memberId = v, attendance = "PRESENT" }) };
        (await api.Office.PutJsonAsync($"{Url}/{election.Id}/electorate", electorate, null)).StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        (await api.Office.PutJsonAsync($"{Url}/{election.Id}/electorate", electorate, "\"99\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        election = await PutAsync(election, "electorate", electorate);
        election.Voters.Count.ShouldBe(10);
        election = await PutAsync(election, "candidates", new { memberIds = new[] { voters[0], voters[1] } });
        election.Result.SurplusIrregularity().ShouldBe(Election.SurplusExceeded); // 2 for 1 seat: more than 30%, recorded, not refused

        // Exactly half of those summoned (5 of 10) does not elect.
        election = await PutAsync(election, "ballots", new { ballotsIssued = 10, ballotsValid = 10, votes = new[] { new { memberId = voters[0], votes = 5 }, new { memberId = voters[1], votes = 4 } }, decisionNumber = "01-BB/ĐH" });
        election.Result.VotesNeeded.ShouldBe(6);
        election.Result.Elected.ShouldBeEmpty();
        election.Result.Irregularities.ShouldContain(Election.SeatsUnfilled);

        // Half plus one does.
        election = await PutAsync(election, "ballots", new { ballotsIssued = 10, ballotsValid = 10, votes = new[] { new { memberId = voters[0], votes = 6 }, new { memberId = voters[1], votes = 4 } }, decisionNumber = "01-BB/ĐH" });
        election.Result.Elected.ShouldBe([voters[0]]);

        var closed = await api.Office.PostJsonAsync($"{Url}/{election.Id}/close", new { closedOn = "2021-03-01" }, $"\"{election.Version}\"");
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        election = await closed.ReadAsync<ElectionDto>();
        election.Status.ShouldBe(ElectionStatus.Closed);
        election.Candidates.Single(c => c.MemberId == voters[0]).Elected.ShouldBeTrue();

        var again = await api.Office.PutJsonAsync($"{Url}/{election.Id}/candidates", new { memberIds = new[] { voters[2] } }, $"\"{election.Version}\"");
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "election.closed");
    }

    [Fact]
    public async Task A_probationary_voter_and_a_member_elsewhere_are_refused_and_nothing_is_written()
    {
        var (committee, cellA, _) = await api.NewCommitteeAsync("BC-E2");
        var term = await api.CreateTermAsync(committee);
        var full = await api.MemberAsync(cellA, "Trịnh Văn Chính");
        var probationary = await factory.AddMemberAsync(cellA, "Trịnh Thị Dự", MemberStatus.Probationary, admittedOn: new DateOnly(2020, 10, 1));
        var elsewhere = await factory.AddMemberAsync(DemoData.Cell(1), "Trịnh Văn Ngoài", admittedOn: new DateOnly(2012, 1, 1));
        var created = await api.Office.PostAsJsonAsync(Url, new { organizationId = committee, termId = term.Id, body = "EXECUTIVE_COMMITTEE", heldOn = "2021-03-01", seats = 1 }, HttpExtensions.Json);
        var election = await created.ReadAsync<ElectionDto>();

        var refused = await factory.ShouldWriteNothingAsync(() => api.Office.PutJsonAsync(
            $"{Url}/{election.Id}/electorate", new { voters = new[] { new { memberId = full, attendance = "PRESENT" }, new { memberId = probationary, attendance = "PRESENT" } } }, $"\"{election.Version}\""));
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "election.voter_probationary");
        problem.GetProperty("detail").GetString()!.ShouldContain("QD244-2014");

        var outside = await api.Office.PutJsonAsync(
            $"{Url}/{election.Id}/electorate", new { voters = new[] { new { memberId = elsewhere, attendance = "PRESENT" } } }, $"\"{election.Version}\"");
        await outside.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "election.voter_not_in_organization");
    }

    [Fact]
    public async Task A_cell_secretary_reads_but_does_not_record_elections()
    {
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));
        var response = await secretary.PostAsJsonAsync(Url, new { organizationId = DemoData.Cell(2), termId = DemoDataSeeder.TermId, body = "CELL_COMMITTEE", heldOn = "2021-03-01", seats = 3 }, HttpExtensions.Json);
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        (await secretary.GetAsync($"{Url}/{DemoElections.ExecutiveCommitteeElectionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<ElectionDto> PutAsync(ElectionDto election, string part, object body)
    {
        var response = await api.Office.PutJsonAsync($"{Url}/{election.Id}/{part}", body, $"\"{election.Version}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var updated = await response.ReadAsync<ElectionDto>();
        response.Headers.ETag!.Tag.ShouldBe($"\"{updated.Version}\"");
        return updated;
    }
}

internal static class ElectionResultExtensions
{
    public static string? SurplusIrregularity(this ElectionResultDto result) => result.Irregularities.FirstOrDefault(i => i.StartsWith("SURPLUS", StringComparison.Ordinal));
}

using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;
using PartyCommittee.Domain.Organization.Elections;
using static PartyCommittee.Domain.Tests.ElectedBodies.BodyFixtures;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

/// <summary>Seating the elected of a closed election through <see cref="ElectedBody.Appoint"/> (ElectedBody.SeatElected).</summary>
public class SeatingTests
{
    private static readonly DateOnly HeldOn = new(2021, 3, 1);
    private static readonly BodyLimits NoLimits = new(null, null);

    private static readonly string[] Names = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam"];

    private readonly BodyFixtures f = new();

    [Theory]
    [InlineData(5, 1)] // n-1 votes for the second: only the first is seated
    [InlineData(6, 2)] // n: both
    [InlineData(7, 2)] // n+1: both
    public void The_elected_and_only_they_take_their_seats_in_the_role_elected(int secondVotes, int seated)
    {
        var (election, voters, executive) = ClosedExecutiveElection(seats: 2, votes: [9, secondVotes, 2]);

        var seats = executive.SeatElected(election, HeldOn, Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today);

        seats.Count.ShouldBe(seated);
        seats[0].MemberId.ShouldBe(voters[0].Id);
        seats.ShouldAllBe(s => s.Role == BodyRole.Member && s.StartsOn == HeldOn && s.ElectionId == election.Id && s.DecisionNumber == "01-BB/ĐH");
        election.SeatedOn.ShouldBe(HeldOn);
        executive.HasSeatsFrom(election.Id).ShouldBeTrue();
    }

    [Fact]
    public void A_second_seating_is_refused_and_changes_nothing()
    {
        var (election, voters, executive) = ClosedExecutiveElection(seats: 2, votes: [9, 8, 2]);
        executive.SeatElected(election, HeldOn, Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today);

        ShouldBreakRule(() => executive.SeatElected(election, HeldOn.AddDays(1), Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today), "election.already_seated", RuleViolationKind.Conflict);
        executive.Memberships.Count.ShouldBe(2);
        election.SeatedOn.ShouldBe(HeldOn);
    }

    [Theory]
    [InlineData(-1, "election.seats_before_election")]
    [InlineData(0, null)]
    [InlineData(1, null)]
    public void Seats_start_on_the_election_day_or_later(int days, string? code)
    {
        var (election, voters, executive) = ClosedExecutiveElection(seats: 1, votes: [9, 2]);
        var startsOn = HeldOn.AddDays(days);
        if (code is null)
        {
            executive.SeatElected(election, startsOn, Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today).Single().StartsOn.ShouldBe(startsOn);
        }
        else
        {
            ShouldBreakRule(() => executive.SeatElected(election, startsOn, Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today), code);
            executive.Memberships.ShouldBeEmpty();
        }
    }

    [Fact]
    public void An_open_election_is_not_seated()
    {
        var voters = Voters(10);
        var election = Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.ExecutiveCommittee, null, HeldOn, 1, ElectionRuleSet.Statutory, Today);
        var executive = new ElectedBody(Guid.NewGuid(), f.Committee.Id, f.Term.Id, BodyKind.ExecutiveCommittee);
        ShouldBreakRule(() => executive.SeatElected(election, HeldOn, Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today), "election.not_closed", RuleViolationKind.Conflict);
    }

    [Theory]
    [InlineData(8, "body.standing_requires_larger_executive")]
    [InlineData(9, null)]
    public void A_standing_committee_is_seated_only_where_the_executive_committee_has_nine_members(int executiveSize, string? code)
    {
        var members = f.FillExecutive(executiveSize);
        var context = new ElectionContext(f.Committee, f.AllCells, f.Executive);
        var rules = ElectionRuleSet.Statutory.InForceOn(HeldOn);
        var election = Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.StandingCommittee, null, HeldOn, 2, ElectionRuleSet.Statutory, Today);
        election.RecordElectorate([.. members.Select(m => (m, ElectionAttendance.Present))], context, rules);
        election.RecordCandidates([members[0], members[1], members[2]], context, rules);
        election.RecordBallots(executiveSize, executiveSize, new Dictionary<Guid, int> { [members[0].Id] = executiveSize, [members[1].Id] = executiveSize, [members[2].Id] = 0 }, "02-BB/HN");
        election.Close(HeldOn, rules, ElectionQuorum.TwoThirds, Today);
        var contexts = members.ToDictionary(m => m.Id, m => f.Context(f.Standing, m));

        if (code is null)
        {
            f.Standing.SeatElected(election, HeldOn, contexts, BodyCompositionRuleSet.Statutory, NoLimits, Today).Count.ShouldBe(2);
            f.Standing.Memberships.ShouldAllBe(m => m.Role == BodyRole.StandingMember);
        }
        else
        {
            ShouldBreakRule(() => f.Standing.SeatElected(election, HeldOn, contexts, BodyCompositionRuleSet.Statutory, NoLimits, Today), code);
            election.SeatedOn.ShouldBeNull();
        }
    }

    [Fact]
    public void A_member_elected_secretary_gives_up_the_member_seat_held_from_the_same_day()
    {
        var (election, voters, executive) = ClosedExecutiveElection(seats: 2, votes: [9, 8, 2]);
        executive.SeatElected(election, HeldOn, Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today);

        var context = new ElectionContext(f.Committee, f.AllCells, executive);
        var rules = ElectionRuleSet.Statutory.InForceOn(HeldOn);
        var secretary = Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.ExecutiveCommittee, BodyRole.Secretary, HeldOn, 1, ElectionRuleSet.Statutory, Today);
        secretary.RecordElectorate([(voters[0], ElectionAttendance.Present), (voters[1], ElectionAttendance.Present)], context, rules);
        secretary.RecordCandidates([voters[1]], context, rules);
        secretary.RecordBallots(2, 2, new Dictionary<Guid, int> { [voters[1].Id] = 2 }, "03-BB/HN");
        secretary.Close(HeldOn, rules, ElectionQuorum.TwoThirds, Today);

        executive.SeatElected(secretary, HeldOn, Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today).Single().Role.ShouldBe(BodyRole.Secretary);

        executive.MembersOn(HeldOn).Select(m => (m.MemberId, m.Role)).ShouldBe([(voters[0].Id, BodyRole.Member), (voters[1].Id, BodyRole.Secretary)], ignoreOrder: true);
    }

    [Fact]
    public void A_tie_for_the_last_seat_leads_to_a_second_round_among_the_rest_whose_seats_join_the_first()
    {
        // 3 seats; votes 9, 8, 7, 7: the two with 7 tie for the last seat, neither is elected.
        var (first, voters, executive) = ClosedExecutiveElection(seats: 3, votes: [9, 8, 7, 7, 2]);
        first.ElectedInOrder().ShouldBe([voters[0].Id, voters[1].Id]);
        first.Irregularities.ShouldContain(Election.TieAtLastSeat);
        executive.SeatElected(first, HeldOn, Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today).Count.ShouldBe(2);

        var second = first.NextRound(Guid.NewGuid());
        second.Round.ShouldBe(2);
        second.PreviousRoundId.ShouldBe(first.Id);
        second.Seats.ShouldBe(1);
        second.Voters.Count.ShouldBe(10);
        second.Candidates.Select(c => c.MemberId).ShouldBe([voters[2].Id, voters[3].Id, voters[4].Id], ignoreOrder: true);

        // The base stays 10: 6 votes elect (n), 5 do not (n-1).
        second.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[2].Id] = 6, [voters[3].Id] = 4, [voters[4].Id] = 0 }, "02-BB/ĐH");
        var tally = second.Close(HeldOn, ElectionRuleSet.Statutory.InForceOn(HeldOn), ElectionQuorum.TwoThirds, Today);
        tally.Elected.ShouldBe([voters[2].Id]);
        executive.SeatElected(second, HeldOn, Contexts(voters), BodyCompositionRuleSet.Statutory, NoLimits, Today).Single().MemberId.ShouldBe(voters[2].Id);
        executive.SeatsOn(HeldOn).ShouldBe(3);

        ShouldBreakRule(() => second.NextRound(Guid.NewGuid()), "election.seats_filled", RuleViolationKind.Conflict);
    }

    [Theory]
    [InlineData(-1, true)] // the day before the anniversary: still barred
    [InlineData(0, false)] // the anniversary
    [InlineData(1, false)]
    public void A_member_dismissed_from_post_does_not_stand_for_a_committee_within_a_year(int days, bool barred)
    {
        var voters = Voters(3);
        var decidedOn = HeldOn.AddYears(-1).AddDays(-days);
        var rules = ElectionRuleSet.Statutory.InForceOn(HeldOn);
        var context = new ElectionContext(f.Committee, f.AllCells, null, [(voters[0].Id, decidedOn)]);
        var election = Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.ExecutiveCommittee, null, HeldOn, 1, ElectionRuleSet.Statutory, Today);
        if (barred)
        {
            ShouldBreakRule(() => election.RecordCandidates([voters[0], voters[1]], context, rules), "election.candidate_dismissed");
            election.Candidates.ShouldBeEmpty();
        }
        else
        {
            election.RecordCandidates([voters[0], voters[1]], context, rules);
            election.Candidates.Count.ShouldBe(2);
        }
    }

    [Fact]
    public void The_dismissal_bar_does_not_apply_to_the_inspection_commission()
    {
        var voters = Voters(3);
        f.FillExecutive(0);
        var rules = ElectionRuleSet.Statutory.InForceOn(HeldOn);
        var election = Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.InspectionCommission, null, HeldOn, 1, ElectionRuleSet.Statutory, Today);
        var context = new ElectionContext(f.Committee, f.AllCells, f.Executive, [(voters[0].Id, HeldOn.AddMonths(-1))]);
        election.RecordCandidates([voters[0]], context, rules);
        election.Candidates.Count.ShouldBe(1);
    }

    private (Election Election, List<PartyMember> Voters, ElectedBody Body) ClosedExecutiveElection(int seats, int[] votes)
    {
        var voters = Voters(10);
        var election = Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.ExecutiveCommittee, null, HeldOn, seats, ElectionRuleSet.Statutory, Today);
        var rules = ElectionRuleSet.Statutory.InForceOn(HeldOn);
        var context = new ElectionContext(f.Committee, f.AllCells, null);
        election.RecordElectorate([.. voters.Select(v => (v, ElectionAttendance.Present))], context, rules);
        election.RecordCandidates([.. voters.Take(votes.Length)], context, rules);
        election.RecordBallots(10, 10, votes.Select((v, i) => (voters[i].Id, v)).ToDictionary(p => p.Item1, p => p.Item2), "01-BB/ĐH");
        election.Close(HeldOn, rules, ElectionQuorum.TwoThirds, Today);
        var executive = new ElectedBody(Guid.NewGuid(), f.Committee.Id, f.Term.Id, BodyKind.ExecutiveCommittee);
        return (election, voters, executive);
    }

    private Dictionary<Guid, AppointmentContext> Contexts(IEnumerable<PartyMember> members) =>
        members.ToDictionary(m => m.Id, m => new AppointmentContext(f.Term, f.Committee, m, f.AllCells, null, null));

    private List<PartyMember> Voters(int count) => [.. Enumerable.Range(0, count).Select(i => Member(i % 2 == 0 ? f.OfficeCell : f.InspectorateCell, "Lý Văn " + Names[i]))];
}

using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization.Elections;
using static PartyCommittee.Domain.Tests.ElectedBodies.BodyFixtures;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

/// <summary>Elections of delegates (and alternates) to the superior congress at their boundaries.</summary>
public class DelegateElectionTests
{
    private static readonly DateOnly HeldOn = new(2025, 3, 1);

    private static readonly string[] Names =
        ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam", "Phúc", "Quang"];

    private readonly BodyFixtures f = new();

    [Fact]
    public void A_delegate_election_elects_no_body_and_keeps_the_allotted_numbers()
    {
        var election = Open(delegates: 3, alternates: 1);

        election.Kind.ShouldBe(ElectionKind.Delegates);
        election.IsDelegateElection.ShouldBeTrue();
        election.Body.ShouldBeNull();
        election.Office.ShouldBeNull();
        election.Seats.ShouldBe(3);
        election.Alternates.ShouldBe(1);
        election.Congress.ShouldBe("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI");
        election.RuleSetCode.ShouldBe("QD190-2024");
    }

    [Fact]
    public void The_numbers_and_the_congress_are_required()
    {
        ShouldBreakRule(() => Election.OpenDelegates(Guid.NewGuid(), f.Committee, f.Term, HeldOn, 0, 1, "Đại hội", null, ElectionRuleSet.Statutory, Today), "election.delegates_number_invalid");
        ShouldBreakRule(() => Election.OpenDelegates(Guid.NewGuid(), f.Committee, f.Term, HeldOn, 2, -1, "Đại hội", null, ElectionRuleSet.Statutory, Today), "election.delegates_number_invalid");
        ShouldBreakRule(() => Election.OpenDelegates(Guid.NewGuid(), f.Committee, f.Term, HeldOn, 2, 1, " ", null, ElectionRuleSet.Statutory, Today), "election.congress_required");
        ShouldBreakRule(() => Election.OpenDelegates(Guid.NewGuid(), f.Committee, f.Term, Today.AddDays(1), 2, 1, "Đại hội", null, ElectionRuleSet.Statutory, Today), EventDates.InFuture);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(7, true)]
    public void A_delegate_needs_more_than_half_of_those_summoned(int votes, bool elected)
    {
        var voters = Voters(10);
        var election = Open(delegates: 1, alternates: 0);
        Record(election, voters, [voters[0], voters[1]]);
        election.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[0].Id] = votes, [voters[1].Id] = 3 }, "01-BB");

        var tally = election.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today);

        tally.VotesNeeded.ShouldBe(6);
        tally.Elected.Contains(voters[0].Id).ShouldBe(elected);
        election.Candidates.Single(c => c.MemberId == voters[0].Id).Standing.ShouldBe(elected ? DelegateStanding.Official : null);
    }

    [Fact]
    public void Officials_are_the_most_voted_then_alternates_by_votes_all_with_the_majority()
    {
        var voters = Voters(10);
        var election = Open(delegates: 2, alternates: 2);
        Record(election, voters, [voters[0], voters[1], voters[2], voters[3], voters[4]]);
        election.RecordBallots(10, 10, new Dictionary<Guid, int>
        {
            [voters[0].Id] = 7, [voters[1].Id] = 10, [voters[2].Id] = 6, [voters[3].Id] = 9, [voters[4].Id] = 5,
        }, "02-BB");

        var tally = election.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today);

        tally.Elected.ShouldBe([voters[1].Id, voters[3].Id]);
        tally.Alternates.ShouldBe([voters[0].Id, voters[2].Id]);
        tally.Irregularities.ShouldBeEmpty();
        election.DelegatesInOrder().Select(c => (c.MemberId, c.Standing)).ShouldBe(
            [(voters[1].Id, DelegateStanding.Official), (voters[3].Id, DelegateStanding.Official), (voters[0].Id, DelegateStanding.Alternate), (voters[2].Id, DelegateStanding.Alternate)]);
        election.Candidates.Single(c => c.MemberId == voters[4].Id).Elected.ShouldBe(false);
    }

    [Theory]
    [InlineData(7, 6, 6, false)] // n-1 above the tie: the two at 6 tie for the last alternate seat
    [InlineData(7, 7, 6, true)] // the tie is above the last alternate seat: both are alternates
    [InlineData(7, 6, 5, true)] // no tie: 7 and 6 are the alternates, 5 is short of the majority
    public void A_tie_for_the_last_alternate_seat_leaves_the_tied_out(int a, int b, int c, bool filled)
    {
        var voters = Voters(10);
        var election = Open(delegates: 1, alternates: 2);
        Record(election, voters, [voters[0], voters[1], voters[2], voters[3]]);
        election.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[0].Id] = 10, [voters[1].Id] = a, [voters[2].Id] = b, [voters[3].Id] = c }, null);

        var tally = election.Tally(Rules(), ElectionQuorum.TwoThirds);

        tally.Elected.ShouldBe([voters[0].Id]);
        if (filled)
        {
            tally.Alternates.ShouldBe([voters[1].Id, voters[2].Id]);
            tally.Irregularities.ShouldNotContain(Election.TieAtLastAlternate);
        }
        else
        {
            tally.Alternates.ShouldBe([voters[1].Id]);
            tally.Irregularities.ShouldContain(Election.TieAtLastAlternate);
            tally.Irregularities.ShouldContain(Election.AlternatesUnfilled);
        }
    }

    [Fact]
    public void A_tie_for_the_last_official_seat_elects_no_alternate_before_a_further_round()
    {
        var voters = Voters(10);
        var election = Open(delegates: 2, alternates: 1);
        Record(election, voters, [voters[0], voters[1], voters[2]]);
        election.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[0].Id] = 9, [voters[1].Id] = 8, [voters[2].Id] = 8 }, null);

        var tally = election.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today);

        tally.Elected.ShouldBe([voters[0].Id]);
        tally.Alternates.ShouldBeEmpty();
        tally.Irregularities.ShouldContain(Election.TieAtLastSeat);

        var next = election.NextRound(Guid.NewGuid());
        next.IsDelegateElection.ShouldBeTrue();
        next.Seats.ShouldBe(1);
        next.Alternates.ShouldBe(1);
        next.Congress.ShouldBe(election.Congress);
        next.Candidates.Select(c => c.MemberId).ShouldBe([voters[1].Id, voters[2].Id], ignoreOrder: true);

        next.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[1].Id] = 7, [voters[2].Id] = 6 }, null);
        var second = next.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today);
        second.Elected.ShouldBe([voters[1].Id]);
        second.Alternates.ShouldBe([voters[2].Id]);
        ShouldBreakRule(() => next.NextRound(Guid.NewGuid()), "election.seats_filled", RuleViolationKind.Conflict);
    }

    [Fact]
    public void A_round_that_elected_every_official_but_not_every_alternate_is_followed_by_an_alternates_round()
    {
        var voters = Voters(10);
        var election = Open(delegates: 1, alternates: 1);
        Record(election, voters, [voters[0], voters[1]]);
        election.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[0].Id] = 9, [voters[1].Id] = 5 }, null);
        election.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today).Irregularities.ShouldBe([Election.AlternatesUnfilled]);

        var next = election.NextRound(Guid.NewGuid());

        next.Seats.ShouldBe(0);
        next.Alternates.ShouldBe(1);
        next.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[1].Id] = 6 }, null);
        var tally = next.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today);
        tally.Elected.ShouldBeEmpty();
        tally.Alternates.ShouldBe([voters[1].Id]);
        tally.Irregularities.ShouldBeEmpty();
    }

    [Fact]
    public void Only_full_members_stand_and_a_probationary_member_is_refused()
    {
        var voters = Voters(4);
        var probationary = Member(f.OfficeCell, "Đỗ Thị Dự Bị", MemberStatus.Probationary);
        var election = Open(delegates: 1, alternates: 0);
        election.RecordElectorate([.. voters.Select(v => (v, ElectionAttendance.Present))], Context(), Rules());

        ShouldBreakRule(() => election.RecordCandidates([voters[0], probationary], Context(), Rules()), "election.candidate_probationary");
    }

    [Fact]
    public void Delegates_take_no_seats()
    {
        var voters = Voters(4);
        var election = Open(delegates: 1, alternates: 0);
        Record(election, voters, [voters[0]]);
        election.RecordBallots(4, 4, new Dictionary<Guid, int> { [voters[0].Id] = 4 }, null);
        election.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today);

        ShouldBreakRule(() => election.EnsureSeatable(HeldOn, Today), "election.delegates_take_no_seats", RuleViolationKind.Conflict);
    }

    [Fact]
    public void A_surplus_is_not_checked_for_delegates()
    {
        var voters = Voters(4);
        var election = Open(delegates: 2, alternates: 0);
        Record(election, voters, [voters[0], voters[1]]);

        election.Tally(Rules(), ElectionQuorum.TwoThirds).Irregularities.ShouldNotContain(Election.SurplusMissing);
    }

    private static ElectionRuleSet Rules() => ElectionRuleSet.Statutory.InForceOn(HeldOn);

    private ElectionContext Context() => new(f.Committee, f.AllCells, f.Executive);

    private Election Open(int delegates, int alternates) =>
        Election.OpenDelegates(Guid.NewGuid(), f.Committee, f.Term, HeldOn, delegates, alternates, "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", "120-QĐ/TU", ElectionRuleSet.Statutory, Today);

    private List<PartyMember> Voters(int count) => [.. Enumerable.Range(0, count).Select(i => Member(i % 2 == 0 ? f.OfficeCell : f.InspectorateCell, "Lê Văn " + Names[i]))];

    private void Record(Election election, IReadOnlyList<PartyMember> voters, IReadOnlyList<PartyMember> candidates)
    {
        election.RecordElectorate([.. voters.Select(v => (v, ElectionAttendance.Present))], Context(), Rules());
        election.RecordCandidates(candidates, Context(), Rules());
    }
}

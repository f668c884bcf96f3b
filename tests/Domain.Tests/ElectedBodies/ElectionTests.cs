using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Elections;
using static PartyCommittee.Domain.Tests.ElectedBodies.BodyFixtures;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

/// <summary>Election records under the election rule set (organization.elections) at their boundaries.</summary>
public class ElectionTests
{
    private static readonly DateOnly HeldOn = new(2021, 3, 1);

    private static readonly string[] Names =
        ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Hạnh", "Hoa"];

    private readonly BodyFixtures f = new();

    // ---- The rule set by date ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2009-04-17", "QD220-2009")]
    [InlineData("2014-06-08", "QD220-2009")]
    [InlineData("2014-06-09", "QD244-2014")]
    [InlineData("2024-10-09", "QD244-2014")]
    [InlineData("2024-10-10", "QD190-2024")]
    public void Each_version_applies_from_its_date(string date, string code) =>
        ElectionRuleSet.Statutory.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Source.Code.ShouldBe(code);

    [Fact]
    public void Before_the_first_version_the_setting_version_applies() =>
        ElectionRuleSet.Statutory.InForceOn(new DateOnly(2009, 4, 16)).Source.Code.ShouldBe("SETTING-BEFORE-QD220-2009");

    [Theory]
    [InlineData(10, 6)]
    [InlineData(11, 6)]
    [InlineData(12, 7)]
    public void More_than_half_of_the_base_elects(int @base, int needed) =>
        ElectionRuleSet.Statutory.InForceOn(HeldOn).VotesNeeded(@base).ShouldBe(needed);

    [Theory]
    [InlineData(9, 6)]
    [InlineData(10, 7)]
    [InlineData(12, 8)]
    public void The_quorum_is_two_thirds_rounded_up_by_default(int summoned, int needed) =>
        ElectionQuorum.TwoThirds.Needed(summoned).ShouldBe(needed);

    // ---- Majority of those summoned --------------------------------------------------------------------------------

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Exactly_half_of_those_summoned_does_not_elect_half_plus_one_does(int votes, bool elected)
    {
        var voters = Voters(10);
        var election = Open(seats: 1);
        Record(election, voters, [voters[0], voters[1]]);
        election.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[0].Id] = votes, [voters[1].Id] = 10 - votes - 1 }, "01-BB");

        var tally = election.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today);

        tally.MajorityBase.ShouldBe(10);
        tally.VotesNeeded.ShouldBe(6);
        tally.Elected.Contains(voters[0].Id).ShouldBe(elected);
        election.Candidates.Single(c => c.MemberId == voters[0].Id).Elected.ShouldBe(elected);
    }

    [Fact]
    public void The_base_is_those_summoned_not_those_present()
    {
        var voters = Voters(10);
        var election = Open(seats: 1);
        Record(election, voters, [voters[0], voters[1]], absent: 3);
        election.RecordBallots(7, 7, new Dictionary<Guid, int> { [voters[0].Id] = 5, [voters[1].Id] = 2 }, null);

        var tally = election.Tally(Rules(), ElectionQuorum.TwoThirds);

        tally.Present.ShouldBe(7);
        tally.VotesNeeded.ShouldBe(6);
        tally.Elected.ShouldBeEmpty();
        tally.Irregularities.ShouldContain(Election.SeatsUnfilled);
    }

    [Fact]
    public void From_QD_244_excused_absentees_leave_the_base_under_QD_220_they_do_not()
    {
        var voters = Voters(10);
        var election = Open(seats: 1);
        Record(election, voters, [voters[0], voters[1]], excused: 2);
        election.RecordBallots(8, 8, new Dictionary<Guid, int> { [voters[0].Id] = 5, [voters[1].Id] = 3 }, null);
        var tally = election.Tally(Rules(), ElectionQuorum.TwoThirds);
        election.RuleSetCode.ShouldBe("QD244-2014");
        tally.MajorityBase.ShouldBe(8);
        tally.Elected.ShouldBe([voters[0].Id]);

        var earlyTerm = Term.Open(Guid.NewGuid(), f.Committee, "2010–2015", 8, new DateOnly(2010, 4, 10), new DateOnly(2015, 4, 9), []);
        var early = Election.Open(Guid.NewGuid(), f.Committee, earlyTerm, BodyKind.ExecutiveCommittee, null, new DateOnly(2012, 3, 1), 1, ElectionRuleSet.Statutory, Today);
        var earlyRules = ElectionRuleSet.Statutory.InForceOn(new DateOnly(2012, 3, 1));
        early.RuleSetCode.ShouldBe("QD220-2009");
        var context = new ElectionContext(f.Committee, f.AllCells, null);
        early.RecordElectorate([.. voters.Select((v, i) => (v, i < 2 ? ElectionAttendance.AbsentExcused : ElectionAttendance.Present))], context, earlyRules);
        early.RecordCandidates([voters[2], voters[3]], context, earlyRules);
        early.RecordBallots(8, 8, new Dictionary<Guid, int> { [voters[2].Id] = 5, [voters[3].Id] = 3 }, null);
        var earlyTally = early.Tally(earlyRules, ElectionQuorum.TwoThirds);
        earlyTally.MajorityBase.ShouldBe(10);
        earlyTally.Elected.ShouldBeEmpty();
    }

    // ---- Quorum ------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void The_quorum_needs_two_thirds_present(int absent, bool met)
    {
        var voters = Voters(9);
        var election = Open(seats: 1);
        Record(election, voters, [voters[0], voters[1]], absent: absent);
        var present = 9 - absent;
        election.RecordBallots(present, present, new Dictionary<Guid, int> { [voters[0].Id] = present, [voters[1].Id] = 0 }, null);

        var tally = election.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today);

        tally.QuorumNeeded.ShouldBe(6);
        tally.QuorumMet.ShouldBe(met);
        tally.Irregularities.Contains(Election.QuorumNotMet).ShouldBe(!met);
        tally.Elected.Count.ShouldBe(met ? 1 : 0);
        election.Irregularities.Contains(Election.QuorumNotMet, StringComparison.Ordinal).ShouldBe(!met);
    }

    // ---- Seats, ties, surplus -------------------------------------------------------------------------------------

    [Fact]
    public void Candidates_tying_for_the_last_seat_are_not_elected()
    {
        var voters = Voters(10);
        var election = Open(seats: 2);
        Record(election, voters, [voters[0], voters[1], voters[2]]);
        election.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[0].Id] = 9, [voters[1].Id] = 7, [voters[2].Id] = 7 }, null);

        var tally = election.Tally(Rules(), ElectionQuorum.TwoThirds);

        tally.Elected.ShouldBe([voters[0].Id]);
        tally.Irregularities.ShouldContain(Election.TieAtLastSeat);
    }

    [Fact]
    public void The_most_voted_fill_the_seats()
    {
        var voters = Voters(10);
        var election = Open(seats: 2);
        Record(election, voters, [voters[0], voters[1], voters[2]]);
        election.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[0].Id] = 9, [voters[1].Id] = 7, [voters[2].Id] = 8 }, null);

        election.Tally(Rules(), ElectionQuorum.TwoThirds).Elected.ShouldBe([voters[0].Id, voters[2].Id]);
    }

    [Theory]
    [InlineData(10, 10, "SURPLUS_MISSING")]
    [InlineData(10, 11, null)]
    [InlineData(10, 13, null)]
    [InlineData(10, 14, "SURPLUS_EXCEEDED")]
    public void The_surplus_of_an_executive_committee_list_is_more_than_none_and_at_most_thirty_percent(int seats, int candidates, string? irregularity)
    {
        var voters = Voters(candidates);
        var election = Open(seats);
        Record(election, voters, voters);

        var tally = election.Tally(Rules(), ElectionQuorum.TwoThirds);

        tally.Irregularities.Where(i => i.StartsWith("SURPLUS", StringComparison.Ordinal)).ShouldBe(irregularity is null ? [] : [irregularity]);
    }

    // ---- Who elects, who stands -------------------------------------------------------------------------------------

    [Fact]
    public void A_probationary_member_does_not_vote()
    {
        var voters = Voters(3).Append(Member(f.OfficeCell, "Lý Thị Dự Bị", MemberStatus.Probationary, new DateOnly(2020, 9, 1))).ToList();
        var election = Open(seats: 1);

        var exception = ShouldBreakRule(
            () => election.RecordElectorate([.. voters.Select(v => (v, ElectionAttendance.Present))], Context(), Rules()),
            "election.voter_probationary");

        exception.Arguments[^1].ShouldBe("QD244-2014");
        election.Voters.ShouldBeEmpty();
    }

    [Fact]
    public void A_suspended_member_does_not_stand()
    {
        var voters = Voters(3);
        var suspended = voters[2];
        suspended.Suspend(new DateRange(new DateOnly(2021, 2, 1), new DateOnly(2021, 4, 30)), "3-QĐ/UBKT", null, new DateOnly(2021, 2, 1), WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);
        var election = Open(seats: 1);

        var exception = ShouldBreakRule(() => election.RecordCandidates([voters[0], suspended], Context(), Rules()), "election.candidate_suspended");

        exception.Arguments[^1].ShouldBe("QD244-2014");
        ShouldBreakRule(
            () => election.RecordElectorate([.. voters.Select(v => (v, ElectionAttendance.Present))], Context(), Rules()),
            "election.voter_suspended");
    }

    [Fact]
    public void A_member_of_another_organisation_does_not_vote()
    {
        var outsider = Member(f.OtherCell, "Hồ Văn Ngoài");
        ShouldBreakRule(
            () => Open(1).RecordElectorate([(outsider, ElectionAttendance.Present)], Context(), Rules()),
            "election.voter_not_in_organization");
    }

    [Fact]
    public void The_standing_committee_is_elected_by_the_executive_committee_from_its_members()
    {
        var executive = f.FillExecutive(9);
        var outsider = Member(f.OfficeCell, "Hồ Văn Khác");
        var election = Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.StandingCommittee, null, HeldOn, 3, ElectionRuleSet.Statutory, Today);
        var context = new ElectionContext(f.Committee, f.AllCells, f.Executive);

        ShouldBreakRule(() => election.RecordElectorate([(outsider, ElectionAttendance.Present)], context, Rules()), "election.voter_not_executive_member");
        ShouldBreakRule(() => election.RecordCandidates([outsider], context, Rules()), "election.candidate_not_executive_member");
        election.RecordElectorate([.. executive.Select(m => (m, ElectionAttendance.Present))], context, Rules());
        election.Voters.Count.ShouldBe(9);
    }

    // ---- The count and the record ------------------------------------------------------------------------------------

    [Fact]
    public void More_ballots_than_voters_present_are_refused()
    {
        var voters = Voters(10);
        var election = Open(seats: 1);
        Record(election, voters, [voters[0], voters[1]], absent: 1);

        ShouldBreakRule(() => election.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[0].Id] = 6, [voters[1].Id] = 4 }, null), "election.ballots_exceed_present");
        election.RecordBallots(9, 9, new Dictionary<Guid, int> { [voters[0].Id] = 6, [voters[1].Id] = 3 }, null);
        ShouldBreakRule(() => election.RecordBallots(9, 8, new Dictionary<Guid, int> { [voters[0].Id] = 9, [voters[1].Id] = 0 }, null), "election.votes_exceed_valid");
    }

    [Fact]
    public void A_closed_election_no_longer_changes()
    {
        var voters = Voters(10);
        var election = Open(seats: 1);
        Record(election, voters, [voters[0], voters[1]]);
        election.RecordBallots(10, 10, new Dictionary<Guid, int> { [voters[0].Id] = 8, [voters[1].Id] = 2 }, null);
        election.Close(HeldOn, Rules(), ElectionQuorum.TwoThirds, Today);

        ShouldBreakRule(() => election.RecordCandidates([voters[0]], Context(), Rules()), "election.closed", RuleViolationKind.Conflict);
    }

    [Fact]
    public void An_election_is_held_within_its_term_and_not_in_the_future()
    {
        ShouldBreakRule(() => Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.ExecutiveCommittee, null, TermEnd.AddDays(1), 13, ElectionRuleSet.Statutory, Today), "election.outside_term");
        ShouldBreakRule(() => Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.ExecutiveCommittee, null, Today.AddDays(1), 13, ElectionRuleSet.Statutory, Today), EventDates.InFuture);
        ShouldBreakRule(() => Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.CellCommittee, null, HeldOn, 3, ElectionRuleSet.Statutory, Today), "election.body_not_allowed");
    }

    // ---- Helpers ------------------------------------------------------------------------------------------------------

    private static ElectionRuleSet Rules() => ElectionRuleSet.Statutory.InForceOn(HeldOn);

    private ElectionContext Context() => new(f.Committee, f.AllCells, f.Executive);

    private Election Open(int seats) =>
        Election.Open(Guid.NewGuid(), f.Committee, f.Term, BodyKind.ExecutiveCommittee, null, HeldOn, seats, ElectionRuleSet.Statutory, Today);

    private List<PartyMember> Voters(int count) => [.. Enumerable.Range(0, count).Select(i => Member(i % 2 == 0 ? f.OfficeCell : f.InspectorateCell, "Đỗ Văn " + Names[i]))];

    /// <summary>Records the voters (the last <paramref name="absent"/> absent, the next <paramref name="excused"/> excused) and the candidates.</summary>
    private void Record(Election election, IReadOnlyList<PartyMember> voters, IReadOnlyList<PartyMember> candidates, int absent = 0, int excused = 0)
    {
        var n = voters.Count;
        election.RecordElectorate(
            [.. voters.Select((v, i) => (v, i >= n - absent ? ElectionAttendance.Absent : i >= n - absent - excused ? ElectionAttendance.AbsentExcused : ElectionAttendance.Present))],
            Context(), Rules());
        election.RecordCandidates(candidates, Context(), Rules());
    }
}

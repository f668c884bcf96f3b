using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Domain.Organization.Elections;

/// <summary>Whether a voter summoned was at the congress or conference.</summary>
public enum ElectionAttendance
{
    /// <summary>Có mặt.</summary>
    Present = 1,

    /// <summary>Vắng mặt.</summary>
    Absent = 2,

    /// <summary>Vắng mặt suốt thời gian đại hội có lý do được cấp ủy triệu tập đồng ý (left out of the majority's base from QĐ 244).</summary>
    AbsentExcused = 3,
}

/// <summary>What an election elects.</summary>
public enum ElectionKind
{
    /// <summary>The members of an elected body, or an office in it (<see cref="Election.Body"/>, <see cref="Election.Office"/>).</summary>
    Body = 1,

    /// <summary>Delegates (and alternates) to the superior congress (bầu đại biểu dự đại hội đảng bộ cấp trên): no body is elected.</summary>
    Delegates = 2,
}

/// <summary>Where an elected delegate stands.</summary>
public enum DelegateStanding
{
    /// <summary>Đại biểu chính thức.</summary>
    Official = 1,

    /// <summary>Đại biểu dự khuyết: replaces an official delegate who cannot attend.</summary>
    Alternate = 2,
}

/// <summary>The state of an election record.</summary>
public enum ElectionStatus
{
    /// <summary>Electorate, candidates and ballots can still be recorded.</summary>
    Open = 1,

    /// <summary>The result is computed and kept.</summary>
    Closed = 2,
}

/// <summary>What an election's voters and candidates are checked against, gathered by the caller.</summary>
/// <param name="Organization">The organisation holding the election.</param>
/// <param name="MemberCells">The organisations of the members' placements.</param>
/// <param name="ExecutiveCommittee">The organisation's executive committee of the term (for the elections its conference holds).</param>
/// <param name="Dismissals">The dismissals from post (cách chức) decided against the members, by decision day (for the candidates' standing).</param>
public sealed record ElectionContext(
    PartyOrganization Organization,
    IReadOnlyCollection<PartyOrganization> MemberCells,
    ElectedBody? ExecutiveCommittee,
    IReadOnlyCollection<(Guid MemberId, DateOnly DecidedOn)>? Dismissals = null);

/// <summary>The computed result of an election under a rule set.</summary>
/// <param name="Summoned">Voters summoned.</param>
/// <param name="Present">Voters present.</param>
/// <param name="QuorumNeeded">Voters needed present.</param>
/// <param name="QuorumMet">Whether the quorum was met.</param>
/// <param name="MajorityBase">The base of the majority: those summoned, less those absent with an accepted reason where the version says so.</param>
/// <param name="VotesNeeded">Least number of votes that elects: more than half of the base.</param>
/// <param name="Elected">Candidates elected, by votes.</param>
/// <param name="Irregularities">Codes of what was irregular (recorded, not refused).</param>
public sealed record ElectionTally(
    int Summoned,
    int Present,
    int QuorumNeeded,
    bool QuorumMet,
    int MajorityBase,
    int VotesNeeded,
    IReadOnlyList<Guid> Elected,
    IReadOnlyList<string> Irregularities)
{
    /// <summary>For a delegate election: the alternates elected, by votes (<see cref="Elected"/> holds the official delegates).</summary>
    public IReadOnlyList<Guid> Alternates { get; init; } = [];
}

/// <summary>
/// The record of one election (bầu cử) held by an organisation's congress, or by its executive committee's conference, for
/// a body of a term (or an office in it): who was summoned and attended, the candidates, the ballots and the result.
/// Voters and candidates are checked on the election date under <see cref="ElectionRuleSet"/>; irregularities in the
/// list or the attendance are recorded, not refused.
/// </summary>
public sealed class Election : AggregateRoot
{
    /// <summary>Irregularity: an executive or standing committee list without more candidates than seats.</summary>
    public const string SurplusMissing = "SURPLUS_MISSING";

    /// <summary>Irregularity: more candidates than the largest surplus.</summary>
    public const string SurplusExceeded = "SURPLUS_EXCEEDED";

    /// <summary>Irregularity: fewer present than the quorum; nobody is elected.</summary>
    public const string QuorumNotMet = "QUORUM_NOT_MET";

    /// <summary>Irregularity: candidates with the majority tie for the last seat(s): none of them is elected (a new ballot among them).</summary>
    public const string TieAtLastSeat = "TIE_AT_LAST_SEAT";

    /// <summary>Irregularity: fewer elected than seats.</summary>
    public const string SeatsUnfilled = "SEATS_UNFILLED";

    /// <summary>Irregularity (delegate election): candidates with the majority tie for the last alternate seat(s): none of them is an alternate (a new ballot among them).</summary>
    public const string TieAtLastAlternate = "TIE_AT_LAST_ALTERNATE";

    /// <summary>Irregularity (delegate election): fewer alternates than allotted.</summary>
    public const string AlternatesUnfilled = "ALTERNATES_UNFILLED";

    public const int DecisionNumberMaxLength = 64;

    /// <summary>Longest name of the superior congress.</summary>
    public const int CongressMaxLength = 256;

    private readonly List<ElectionVoter> voters = [];
    private readonly List<ElectionCandidate> candidates = [];

    private Election(Guid id, Guid organizationId, Guid termId, BodyKind? body, BodyRole? office, DateOnly heldOn, int seats, string ruleSetCode)
        : base(id)
    {
        OrganizationId = organizationId;
        TermId = termId;
        Body = body;
        Office = office;
        HeldOn = heldOn;
        Seats = seats;
        RuleSetCode = ruleSetCode;
        Status = ElectionStatus.Open;
        Irregularities = string.Empty;
    }

    public Guid OrganizationId { get; private set; }

    public Guid TermId { get; private set; }

    /// <summary>What is elected: a body (or an office in it), or delegates to the superior congress.</summary>
    public ElectionKind Kind { get; private set; } = ElectionKind.Body;

    /// <summary>The body elected (or whose office is elected); null for a delegate election.</summary>
    public BodyKind? Body { get; private set; }

    /// <summary>The office elected in the body (secretary, deputy secretary, inspection chair...); null: the body's members.</summary>
    public BodyRole? Office { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>Number to elect (số lượng cần bầu); for a delegate election, the official delegates allotted by the superior committee.</summary>
    public int Seats { get; private set; }

    /// <summary>For a delegate election: the alternates (đại biểu dự khuyết) to elect; 0 otherwise.</summary>
    public int Alternates { get; private set; }

    /// <summary>For a delegate election: the superior congress the delegates attend (e.g. "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI").</summary>
    public string? Congress { get; private set; }

    /// <summary>For a delegate election: the superior committee's document allotting the number of delegates, when recorded.</summary>
    public string? AllotmentDocument { get; private set; }

    /// <summary>The code of the <see cref="ElectionRuleSet"/> in force on <see cref="HeldOn"/>.</summary>
    public string RuleSetCode { get; private set; }

    public ElectionStatus Status { get; private set; }

    public int? BallotsIssued { get; private set; }

    public int? BallotsValid { get; private set; }

    /// <summary>Number of the record of the vote count (biên bản kiểm phiếu) or the resolution announcing it.</summary>
    public string? DecisionNumber { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Irregularities kept at closing, comma-separated codes.</summary>
    public string Irregularities { get; private set; }

    /// <summary>The round of the vote for these seats (1: the first ballot; 2...: a further ballot among the remaining candidates).</summary>
    public int Round { get; private set; } = 1;

    /// <summary>The round before this one, when it is a further round.</summary>
    public Guid? PreviousRoundId { get; private set; }

    /// <summary>The day the elected took their seats in the body (<see cref="ElectedBody.SeatElected"/>); null until then.</summary>
    public DateOnly? SeatedOn { get; private set; }

    public IReadOnlyList<ElectionVoter> Voters => voters;

    public IReadOnlyList<ElectionCandidate> Candidates => candidates;

    /// <summary>True when the executive committee's conference, not the congress, elects (standing committee, the committee's secretary and deputies, inspection commission).</summary>
    public static bool ByExecutiveCommittee(BodyKind? body, BodyRole? office) =>
        body is BodyKind.StandingCommittee or BodyKind.InspectionCommission
        || (body == BodyKind.ExecutiveCommittee && office is BodyRole.Secretary or BodyRole.DeputySecretary);

    /// <summary>
    /// Opens the record of an election of <paramref name="organization"/> for <paramref name="body"/> (or an
    /// <paramref name="office"/> in it) in <paramref name="term"/> on <paramref name="heldOn"/>, under the election rule
    /// set in force that day.
    /// </summary>
    public static Election Open(
        Guid id, PartyOrganization organization, Term term, BodyKind body, BodyRole? office, DateOnly heldOn, int seats,
        RuleBook<ElectionRuleSet> rules, DateOnly today)
    {
        EnsureDateAndTerm(organization, term, heldOn, today);

        var allowed = BodyRules.KindsFor(organization.Type);
        if (!allowed.Contains(body))
        {
            throw new DomainRuleException(
                "election.body_not_allowed", "This kind of organisation does not elect that kind of body.", RuleViolationKind.Unprocessable,
                BodyRules.Code(body), BodyRules.Codes(allowed));
        }

        if (office is { } role && !BodyRules.RolesFor(body).Contains(role))
        {
            throw new DomainRuleException(
                "election.office_not_allowed", "This body has no such office.", RuleViolationKind.Unprocessable,
                BodyRules.Code(role), BodyRules.Codes(BodyRules.RolesFor(body)));
        }

        if (!term.Covers(heldOn))
        {
            throw new DomainRuleException(
                "election.outside_term", "The election is held within the term it elects for.", RuleViolationKind.Unprocessable,
                term.Name, $"{BodyRules.Format(term.StartsOn)} – {BodyRules.Format(term.EndsOn)}");
        }

        if (office is { } single && BodyRules.IsSingleHolder(single) && seats != 1)
        {
            throw new DomainRuleException("election.single_seat_office", "This office has one holder: one seat is elected.", RuleViolationKind.Unprocessable, BodyRules.Code(single));
        }

        var version = rules.InForceOn(heldOn);
        return new Election(id, organization.Id, term.Id, body, office, heldOn, seats, version.Source.Code);
    }

    /// <summary>The election's date is a valid event date, and the term is one of the organisation's.</summary>
    private static void EnsureDateAndTerm(PartyOrganization organization, Term term, DateOnly heldOn, DateOnly today)
    {
        switch (EventDates.Problem(heldOn, today, EventDates.PartyFounded))
        {
            case EventDates.InFuture:
                throw new DomainRuleException(EventDates.InFuture, "The date is after today.", RuleViolationKind.Unprocessable, BodyRules.Format(heldOn));
            case EventDates.TooEarly:
                throw new DomainRuleException(EventDates.TooEarly, "The date is too early.", RuleViolationKind.Unprocessable, BodyRules.Format(EventDates.PartyFounded));
        }

        if (term.OrganizationId != organization.Id)
        {
            throw new DomainRuleException("election.term_not_of_organization", "The term is not a term of that organisation.", RuleViolationKind.Unprocessable, term.Name);
        }
    }

    /// <summary>
    /// Opens the record of the election, by <paramref name="organization"/>'s congress on <paramref name="heldOn"/>, of its
    /// delegates to the superior <paramref name="congress"/>: <paramref name="delegates"/> official delegates and
    /// <paramref name="alternates"/> alternates, the numbers allotted by the superior committee (the congress does not vote
    /// them: QĐ 244 Điều 20 khoản 2 as answered by dangcongsan.vn), on one list, the officials elected first and the
    /// remaining candidates with the majority as alternates (QĐ 190 Điều 18). No body is elected: there are no seats.
    /// </summary>
    public static Election OpenDelegates(
        Guid id, PartyOrganization organization, Term term, DateOnly heldOn, int delegates, int alternates, string congress, string? allotmentDocument,
        RuleBook<ElectionRuleSet> rules, DateOnly today)
    {
        EnsureDateAndTerm(organization, term, heldOn, today);

        if (!term.Covers(heldOn))
        {
            throw new DomainRuleException(
                "election.outside_term", "The election is held within the term it elects for.", RuleViolationKind.Unprocessable,
                term.Name, $"{BodyRules.Format(term.StartsOn)} – {BodyRules.Format(term.EndsOn)}");
        }

        if (delegates < 1 || alternates < 0)
        {
            throw new DomainRuleException("election.delegates_number_invalid", "At least one official delegate, and no negative number of alternates, is allotted.", RuleViolationKind.Unprocessable, delegates, alternates);
        }

        if (string.IsNullOrWhiteSpace(congress))
        {
            throw new DomainRuleException("election.congress_required", "Name the superior congress the delegates attend.", RuleViolationKind.Unprocessable);
        }

        var version = rules.InForceOn(heldOn);
        return new Election(id, organization.Id, term.Id, null, null, heldOn, delegates, version.Source.Code)
        {
            Kind = ElectionKind.Delegates,
            Alternates = alternates,
            Congress = VietnameseText.Clean(congress),
            AllotmentDocument = string.IsNullOrWhiteSpace(allotmentDocument) ? null : VietnameseText.Clean(allotmentDocument),
        };
    }

    /// <summary>True for an election of delegates to the superior congress.</summary>
    public bool IsDelegateElection => Kind == ElectionKind.Delegates;

    /// <summary>
    /// Records who was summoned and whether each attended, replacing any earlier list. Each voter is checked on the
    /// election date: a member of the organisation (placed in its subtree), a full member (a probationary member attends
    /// without a vote), not suspended; for the elections of the executive committee's conference, a member of that
    /// committee. Refusals name <paramref name="rules"/>.
    /// </summary>
    public void RecordElectorate(IReadOnlyList<(PartyMember Member, ElectionAttendance Attendance)> electorate, ElectionContext context, ElectionRuleSet rules)
    {
        EnsureOpen();
        EnsureContext(context, rules);
        EnsureDistinct(electorate.Select(v => v.Member.Id));
        foreach (var (member, _) in electorate)
        {
            EnsureEligible(member, context, "voter", rules.Source.Code);
        }

        voters.Clear();
        voters.AddRange(electorate.Select(v => new ElectionVoter(Ids.NewVersion7(), Id, v.Member.Id, v.Attendance)));
        ClearCount();
    }

    /// <summary>
    /// Records the list of candidates, replacing any earlier list; each is checked as a voter is (only full members, not
    /// suspended, stand); for a standing committee or the committee's secretary and deputies, a member of the executive
    /// committee. The surplus over the seats is an irregularity recorded at the count, not a refusal.
    /// </summary>
    public void RecordCandidates(IReadOnlyList<PartyMember> list, ElectionContext context, ElectionRuleSet rules)
    {
        EnsureOpen();
        EnsureContext(context, rules);
        EnsureDistinct(list.Select(m => m.Id));
        foreach (var member in list)
        {
            EnsureEligible(member, context, "candidate", rules.Source.Code);
            EnsureNotDismissed(member, context, rules);
        }

        if (list.Count == 0)
        {
            throw new DomainRuleException("election.no_candidates", "The list has at least one candidate.", RuleViolationKind.Unprocessable);
        }

        candidates.Clear();
        candidates.AddRange(list.Select(m => new ElectionCandidate(Ids.NewVersion7(), Id, m.Id)));
        ClearCount();
    }

    /// <summary>
    /// Records the count: ballots issued (at most the voters present), valid (at most those issued) and the votes of each
    /// candidate (at most the valid ballots; every candidate named once, none outside the list).
    /// </summary>
    public void RecordBallots(int issued, int valid, IReadOnlyDictionary<Guid, int> votes, string? decisionNumber)
    {
        EnsureOpen();
        var present = voters.Count(v => v.Attendance == ElectionAttendance.Present);
        if (voters.Count == 0 || candidates.Count == 0)
        {
            throw new DomainRuleException("election.lists_missing", "Record the electorate and the candidates before the count.", RuleViolationKind.Conflict);
        }

        if (issued > present)
        {
            throw new DomainRuleException("election.ballots_exceed_present", "More ballots were issued than voters were present.", RuleViolationKind.Unprocessable, issued, present);
        }

        if (valid > issued)
        {
            throw new DomainRuleException("election.valid_exceed_issued", "More ballots are valid than were issued.", RuleViolationKind.Unprocessable, valid, issued);
        }

        if (votes.Keys.FirstOrDefault(k => candidates.All(c => c.MemberId != k)) is var unknown && unknown != Guid.Empty)
        {
            throw new DomainRuleException("election.unknown_candidate", "Votes were given for someone not on the list.", RuleViolationKind.Unprocessable, unknown);
        }

        if (candidates.FirstOrDefault(c => !votes.ContainsKey(c.MemberId)) is { } missing)
        {
            throw new DomainRuleException("election.votes_missing", "Every candidate's votes are recorded.", RuleViolationKind.Unprocessable, missing.MemberId);
        }

        if (votes.FirstOrDefault(v => v.Value > valid) is { Key: var over, Value: > 0 } && over != Guid.Empty)
        {
            throw new DomainRuleException("election.votes_exceed_valid", "A candidate cannot have more votes than there are valid ballots.", RuleViolationKind.Unprocessable, votes[over], valid);
        }

        BallotsIssued = issued;
        BallotsValid = valid;
        DecisionNumber = string.IsNullOrWhiteSpace(decisionNumber) ? null : VietnameseText.Clean(decisionNumber);
        foreach (var candidate in candidates)
        {
            candidate.Count(votes[candidate.MemberId]);
        }
    }

    /// <summary>
    /// The result under <paramref name="rules"/> (the version of <see cref="RuleSetCode"/>) and the quorum: with the
    /// quorum met, the candidates with more than half of the base are elected by votes, up to the seats; candidates
    /// tying for the last seat(s) are not elected (a new ballot among them).
    /// </summary>
    public ElectionTally Tally(ElectionRuleSet rules, ElectionQuorum quorum)
    {
        var summoned = voters.Count;
        var present = voters.Count(v => v.Attendance == ElectionAttendance.Present);
        var excused = voters.Count(v => v.Attendance == ElectionAttendance.AbsentExcused);
        var majorityBase = rules.ExcusedAbsentLeaveBase ? summoned - excused : summoned;
        var needed = rules.VotesNeeded(majorityBase);
        var quorumNeeded = quorum.Needed(summoned);
        var quorumMet = summoned > 0 && present >= quorumNeeded;
        var irregularities = new List<string>();

        if (rules.SurplusRequired && Office is null && Body is BodyKind.ExecutiveCommittee or BodyKind.StandingCommittee && candidates.Count > 0)
        {
            if (candidates.Count <= Seats)
            {
                irregularities.Add(SurplusMissing);
            }
            else if (rules.MaxCandidates(Seats) is { } most && candidates.Count > most)
            {
                irregularities.Add(SurplusExceeded);
            }
        }

        var elected = new List<Guid>();
        var alternates = new List<Guid>();
        if (!quorumMet)
        {
            irregularities.Add(QuorumNotMet);
        }
        else if (BallotsValid is not null)
        {
            var qualified = candidates.Where(c => c.Votes is { } v && v >= needed).OrderByDescending(c => c.Votes).ToList();
            if (!Fill(qualified, Seats, elected))
            {
                irregularities.Add(TieAtLastSeat);
            }

            // Delegates: the officials first; only once they are all elected, the remaining candidates with the majority
            // are the alternates, by votes, with the same rule for a tie at the last alternate seat (QĐ 190 Điều 18).
            if (IsDelegateElection && Alternates > 0 && elected.Count == Seats
                && !Fill([.. qualified.Where(c => !elected.Contains(c.MemberId))], Alternates, alternates))
            {
                irregularities.Add(TieAtLastAlternate);
            }
        }

        if (BallotsValid is not null && elected.Count < Seats)
        {
            irregularities.Add(SeatsUnfilled);
        }

        if (BallotsValid is not null && IsDelegateElection && alternates.Count < Alternates)
        {
            irregularities.Add(AlternatesUnfilled);
        }

        return new ElectionTally(summoned, present, quorumNeeded, quorumMet, majorityBase, needed, elected, irregularities) { Alternates = alternates };
    }

    /// <summary>
    /// Fills up to <paramref name="seats"/> from <paramref name="qualified"/> (by votes, most first) into
    /// <paramref name="into"/>; false when candidates tie for the last seat(s), who are then all left out.
    /// </summary>
    private static bool Fill(List<ElectionCandidate> qualified, int seats, List<Guid> into)
    {
        if (seats <= 0)
        {
            return true;
        }

        if (qualified.Count <= seats)
        {
            into.AddRange(qualified.Select(c => c.MemberId));
            return true;
        }

        var cut = qualified[seats - 1].Votes;
        var above = qualified.Where(c => c.Votes > cut).Select(c => c.MemberId).ToList();
        var atCut = qualified.Count(c => c.Votes == cut);
        if (above.Count + atCut > seats)
        {
            into.AddRange(above);
            return false;
        }

        into.AddRange(qualified.Take(seats).Select(c => c.MemberId));
        return true;
    }

    /// <summary>Closes the record on <paramref name="on"/>: the result of <see cref="Tally"/> is kept on the candidates.</summary>
    public ElectionTally Close(DateOnly on, ElectionRuleSet rules, ElectionQuorum quorum, DateOnly today)
    {
        EnsureOpen();
        if (rules.Source.Code != RuleSetCode)
        {
            throw new ArgumentException("The rule set is not the election's.", nameof(rules));
        }

        if (BallotsValid is null)
        {
            throw new DomainRuleException("election.count_missing", "Record the count before closing the election.", RuleViolationKind.Conflict);
        }

        switch (EventDates.Problem(on, today, EventDates.PartyFounded))
        {
            case EventDates.InFuture:
                throw new DomainRuleException(EventDates.InFuture, "The date is after today.", RuleViolationKind.Unprocessable, BodyRules.Format(on));
        }

        if (on < HeldOn)
        {
            throw new DomainRuleException("election.closed_before_held", "An election closes on or after the day it is held.", RuleViolationKind.Unprocessable, BodyRules.Format(HeldOn));
        }

        var tally = Tally(rules, quorum);
        foreach (var candidate in candidates)
        {
            var official = tally.Elected.Contains(candidate.MemberId);
            var alternate = tally.Alternates.Contains(candidate.MemberId);
            candidate.Decide(official || alternate);
            if (IsDelegateElection)
            {
                candidate.Stand(official ? DelegateStanding.Official : alternate ? DelegateStanding.Alternate : null);
            }
        }

        Irregularities = string.Join(',', tally.Irregularities);
        Status = ElectionStatus.Closed;
        ClosedOn = on;
        return tally;
    }

    /// <summary>
    /// Opens a further round (bầu lần tiếp theo) after this closed round elected fewer than its seats (unfilled seats or a
    /// tie for the last seat): the same organisation, body, office, day and rule set; the seats still to fill; the same
    /// electorate; as candidates those of this round not elected (the meeting may change the list with
    /// <see cref="RecordCandidates"/>: "danh sách bầu cử lần sau có giới thiệu bổ sung ... hay không do đại hội quyết
    /// định"). Whether to hold it is the meeting's choice: nothing limits the number of rounds (QĐ 244 Điều 20 khoản 2).
    /// </summary>
    public Election NextRound(Guid id)
    {
        if (Status != ElectionStatus.Closed)
        {
            throw new DomainRuleException("election.not_closed", "The election is not closed: close it before seating the elected or opening a further round.", RuleViolationKind.Conflict);
        }

        var remaining = Seats - candidates.Count(c => c.Elected == true && c.Standing != DelegateStanding.Alternate);
        var remainingAlternates = IsDelegateElection ? Alternates - candidates.Count(c => c.Standing == DelegateStanding.Alternate) : 0;
        if (remaining <= 0 && remainingAlternates <= 0)
        {
            throw new DomainRuleException("election.seats_filled", "Every seat was filled: there is no further round.", RuleViolationKind.Conflict, Seats);
        }

        // A delegate round whose officials are all elected elects only alternates: no official seat is left (Seats 0).
        var next = new Election(id, OrganizationId, TermId, Body, Office, HeldOn, Math.Max(remaining, 0), RuleSetCode)
        {
            Kind = Kind,
            Alternates = Math.Max(remainingAlternates, 0),
            Congress = Congress,
            AllotmentDocument = AllotmentDocument,
            Round = Round + 1,
            PreviousRoundId = Id,
        };
        next.voters.AddRange(voters.Select(v => new ElectionVoter(Ids.NewVersion7(), id, v.MemberId, v.Attendance)));
        next.candidates.AddRange(candidates.Where(c => c.Elected != true).Select(c => new ElectionCandidate(Ids.NewVersion7(), id, c.MemberId)));
        return next;
    }

    /// <summary>The candidates the closed result elected, most voted first.</summary>
    public IReadOnlyList<Guid> ElectedInOrder() =>
        [.. candidates.Where(c => c.Elected == true).OrderByDescending(c => c.Votes).Select(c => c.MemberId)];

    /// <summary>The role a candidate elected takes in the body: the office elected, else the body's member.</summary>
    public BodyRole SeatRole => Office ?? (Body == BodyKind.StandingCommittee ? BodyRole.StandingMember : BodyRole.Member);

    /// <summary>The delegates of a closed delegate election: the officials by votes, then the alternates by votes.</summary>
    public IReadOnlyList<ElectionCandidate> DelegatesInOrder() =>
        [.. candidates.Where(c => c.Standing == DelegateStanding.Official).OrderByDescending(c => c.Votes),
            .. candidates.Where(c => c.Standing == DelegateStanding.Alternate).OrderByDescending(c => c.Votes)];

    /// <summary>A delegate election elects no body: its delegates take no seats (409 <c>election.delegates_take_no_seats</c>).</summary>
    public void EnsureElectsBody()
    {
        if (IsDelegateElection)
        {
            throw new DomainRuleException(
                "election.delegates_take_no_seats", "An election of delegates to the superior congress elects no body: there are no seats to take.", RuleViolationKind.Conflict, Congress ?? string.Empty);
        }
    }

    /// <summary>
    /// Checks that the elected can take their seats from <paramref name="startsOn"/>: the election is closed
    /// (<c>election.not_closed</c>), its seats were not taken already (<c>election.already_seated</c>), somebody was
    /// elected (<c>election.nobody_elected</c>) and the seats start on or after the election (<c>election.seats_before_election</c>),
    /// not in the future.
    /// </summary>
    public void EnsureSeatable(DateOnly startsOn, DateOnly today)
    {
        EnsureElectsBody();
        if (Status != ElectionStatus.Closed)
        {
            throw new DomainRuleException("election.not_closed", "The election is not closed: close it before seating the elected or opening a further round.", RuleViolationKind.Conflict);
        }

        if (SeatedOn is { } seated)
        {
            throw new DomainRuleException("election.already_seated", "The seats of this election were already taken; nothing was changed.", RuleViolationKind.Conflict, BodyRules.Format(seated));
        }

        if (ElectedInOrder().Count == 0)
        {
            throw new DomainRuleException("election.nobody_elected", "Nobody was elected: there is no seat to take.", RuleViolationKind.Conflict);
        }

        if (startsOn < HeldOn)
        {
            throw new DomainRuleException("election.seats_before_election", "The seats start on or after the election day.", RuleViolationKind.Unprocessable, BodyRules.Format(HeldOn));
        }

        if (startsOn > today)
        {
            throw new DomainRuleException(EventDates.InFuture, "The date is after today.", RuleViolationKind.Unprocessable, BodyRules.Format(startsOn));
        }
    }

    /// <summary>Records that the elected took their seats on <paramref name="on"/>.</summary>
    internal void MarkSeated(DateOnly on) => SeatedOn = on;

    private void EnsureOpen()
    {
        if (Status != ElectionStatus.Open)
        {
            throw new DomainRuleException("election.closed", "The election is closed; its record no longer changes.", RuleViolationKind.Conflict, BodyRules.Format(ClosedOn ?? HeldOn));
        }
    }

    private void EnsureContext(ElectionContext context, ElectionRuleSet rules)
    {
        if (context.Organization.Id != OrganizationId || rules.Source.Code != RuleSetCode)
        {
            throw new ArgumentException("The context or rule set is not the election's.", nameof(context));
        }
    }

    private static void EnsureDistinct(IEnumerable<Guid> ids)
    {
        var twice = ids.GroupBy(i => i).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainRuleException("election.duplicate_member", "A member appears twice in the list.", RuleViolationKind.Unprocessable, twice.Key);
        }
    }

    /// <summary>Only a full member of the organisation, not suspended, elects and stands (Điều lệ Đảng, Điều 2 and 3).</summary>
    private void EnsureEligible(PartyMember member, ElectionContext context, string who, string ruleSet)
    {
        var date = HeldOn;
        var cellId = member.Placements.LastOrDefault(p => p.StartsOn <= date && (p.EndsOn is null || p.EndsOn > date))?.OrganizationId;
        var cell = cellId is { } id ? context.MemberCells.FirstOrDefault(o => o.Id == id) : null;
        var status = member.StatusOn(date);
        if (cell is null || !context.Organization.Contains(cell) || status is not { } current || !MembershipLabels.IsCounted(current))
        {
            throw new DomainRuleException($"election.{who}_not_in_organization", "The person is not a party member of the organisation on the election date.", RuleViolationKind.Unprocessable, member.Id, BodyRules.Format(date), ruleSet);
        }

        if (current == MemberStatus.Probationary)
        {
            throw new DomainRuleException($"election.{who}_probationary", "A probationary member neither elects nor stands; only full members do.", RuleViolationKind.Unprocessable, member.Id, BodyRules.Format(date), ruleSet);
        }

        if (member.IsSuspendedOn(date))
        {
            throw new DomainRuleException($"election.{who}_suspended", "A member whose party activity is suspended neither elects nor stands.", RuleViolationKind.Unprocessable, member.Id, BodyRules.Format(date), ruleSet);
        }

        var needsExecutiveSeat = who == "voter"
            ? ByExecutiveCommittee(Body, Office)
            : Body == BodyKind.StandingCommittee || (Body == BodyKind.ExecutiveCommittee && Office is not null);
        if (needsExecutiveSeat && context.ExecutiveCommittee?.HasMemberOn(member.Id, date) != true)
        {
            throw new DomainRuleException($"election.{who}_not_executive_member", "Only members of the executive committee take part in this election.", RuleViolationKind.Unprocessable, member.Id, BodyRules.Format(date), ruleSet);
        }
    }

    /// <summary>A member dismissed from post is not elected to a party committee for a year from the decision (<see cref="ElectionRuleSet.DismissalBars"/>).</summary>
    private void EnsureNotDismissed(PartyMember member, ElectionContext context, ElectionRuleSet rules)
    {
        // The bar is on party committees (cấp ủy): not the inspection commission, not delegates to a congress.
        if (IsDelegateElection || Body == BodyKind.InspectionCommission || context.Dismissals is null)
        {
            return;
        }

        foreach (var (memberId, decidedOn) in context.Dismissals)
        {
            if (memberId == member.Id && rules.DismissalBars(decidedOn, HeldOn))
            {
                throw new DomainRuleException(
                    "election.candidate_dismissed", "A member dismissed from post is not elected to a party committee within a year of the decision.",
                    RuleViolationKind.Unprocessable, member.Id, BodyRules.Format(decidedOn), BodyRules.Format(decidedOn.AddMonths(rules.DismissalBarMonths!.Value)), rules.Source.Code);
            }
        }
    }

    private void ClearCount()
    {
        BallotsIssued = null;
        BallotsValid = null;
        foreach (var candidate in candidates)
        {
            candidate.Count(null);
        }
    }
}

/// <summary>A voter summoned to an election, with attendance.</summary>
public sealed class ElectionVoter : Entity, IAuditable
{
    internal ElectionVoter(Guid id, Guid electionId, Guid memberId, ElectionAttendance attendance)
        : base(id)
    {
        ElectionId = electionId;
        MemberId = memberId;
        Attendance = attendance;
    }

    public Guid ElectionId { get; private set; }

    public Guid MemberId { get; private set; }

    public ElectionAttendance Attendance { get; private set; }
}

/// <summary>A candidate on the list, with votes and, once closed, whether elected.</summary>
public sealed class ElectionCandidate : Entity, IAuditable
{
    internal ElectionCandidate(Guid id, Guid electionId, Guid memberId)
        : base(id)
    {
        ElectionId = electionId;
        MemberId = memberId;
    }

    public Guid ElectionId { get; private set; }

    public Guid MemberId { get; private set; }

    public int? Votes { get; private set; }

    /// <summary>Set when the election closes.</summary>
    public bool? Elected { get; private set; }

    /// <summary>For a delegate election, once closed: OFFICIAL or ALTERNATE when elected.</summary>
    public DelegateStanding? Standing { get; private set; }

    internal void Count(int? votes) => Votes = votes;

    internal void Decide(bool elected) => Elected = elected;

    internal void Stand(DelegateStanding? standing) => Standing = standing;
}

using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// The election record of the demo congress (20/5/2020): the executive committee of 13, elected from a list of 15 by the
/// committee's full members, consistent with the seats the demo holds (<see cref="DemoDataSeeder.ExecutiveCommittee"/>).
/// </summary>
public static class DemoElections
{
    public static Guid Id(int n) => Guid.Parse($"0195a000-0000-7000-9305-{n:000000000000}");

    /// <summary>The closed election of the executive committee at the demo congress.</summary>
    public static Guid ExecutiveCommitteeElectionId => Id(1);

    public static void Add(AppDbContext db, IReadOnlyList<PartyMember> members, IReadOnlyDictionary<Guid, PartyOrganization> organizations)
    {
        var on = DemoDataSeeder.TermStart;
        var committee = organizations[DemoData.CommitteeId];
        var term = db.Set<Term>().Local.Single(t => t.Id == DemoDataSeeder.TermId);
        var executive = db.Set<ElectedBody>().Local.Single(b => b.OrganizationId == committee.Id && b.TermId == term.Id && b.Kind == BodyKind.ExecutiveCommittee);
        var rules = ElectionRuleSet.Statutory;
        var context = new ElectionContext(committee, [.. organizations.Values], executive);

        var election = Election.Open(ExecutiveCommitteeElectionId, committee, term, BodyKind.ExecutiveCommittee, null, on, DemoDataSeeder.ExecutiveCommittee.Length, rules, on);
        var version = rules.InForceOn(on);

        // Those with the right to elect on the day: full members, not suspended (probationary members attend without a vote).
        var electorate = members.Where(m => m.StatusOn(on) == MemberStatus.Full && !m.IsSuspendedOn(on)).ToList();
        var elected = DemoDataSeeder.ExecutiveCommittee.Select(i => members[i]).ToList();
        var others = electorate.Where(m => !elected.Contains(m)).ToList();
        var notElected = others.Take(2).ToList();
        var excused = others.TakeLast(2).ToList();
        var absent = others[^3];

        election.RecordElectorate(
            [.. electorate.Select(m => (m, excused.Contains(m) ? ElectionAttendance.AbsentExcused : m == absent ? ElectionAttendance.Absent : ElectionAttendance.Present))],
            context, version);
        election.RecordCandidates([.. elected, .. notElected], context, version);

        var present = electorate.Count - 3;
        var valid = present - 1;
        var votes = new Dictionary<Guid, int>();
        for (var i = 0; i < elected.Count; i++)
        {
            votes[elected[i].Id] = valid - i;
        }

        votes[notElected[0].Id] = (electorate.Count - 2) / 2;
        votes[notElected[1].Id] = (electorate.Count - 2) / 3;
        election.RecordBallots(present, valid, votes, "01-BB/ĐH");
        election.Close(on, version, ElectionQuorum.TwoThirds, on);
        db.Set<Election>().Add(election);
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections;

/// <summary>Scoped look-ups and the view of election records.</summary>
internal static class ElectionLookups
{
    /// <summary>The label shown as the "body" of a delegate election.</summary>
    public static readonly BilingualLabel DelegatesLabel = new("Đại biểu dự đại hội cấp trên", "Delegates to the superior congress");

    /// <summary>Loads an election with its lists; 404 when it does not exist or is outside the caller's scope.</summary>
    public static async Task<Election> LoadElectionInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var elections = tracking ? db.Elections : db.Elections.AsNoTracking();
        var election = await elections.Include(e => e.Voters).Include(e => e.Candidates).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (election is null || !await scope.CoversAsync(election.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("election.not_found", "Election", id);
        }

        return election;
    }

    /// <summary>
    /// The members named by a list, with status history, conditions and placements, and what the rules check them
    /// against; a member missing or outside the caller's scope is a 422 <c>election.member_not_found</c>.
    /// </summary>
    public static async Task<(IReadOnlyDictionary<Guid, PartyMember> Members, ElectionContext Context)> GatherAsync(
        this IAppDbContext db, IOrganizationScope scope, Election election, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken)
    {
        var ids = memberIds.Distinct().ToList();
        // Tracked (and never changed) so that the placements loaded next attach to the members.
        var members = await db.Members.Include(m => m.StatusHistory).Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            var member = members.FirstOrDefault(m => m.Id == id);
            if (member is null || !await scope.CoversAsync(member.OrganizationId, cancellationToken))
            {
                throw new DomainRuleException("election.member_not_found", "The party member was not found.", RuleViolationKind.Unprocessable, id);
            }
        }

        await db.MemberPlacements.Where(p => ids.Contains(p.MemberId)).LoadAsync(cancellationToken);
        var cellIds = members.SelectMany(m => m.Placements).Select(p => p.OrganizationId).Distinct().ToList();
        var cells = await db.Organizations.AsNoTracking().Where(o => cellIds.Contains(o.Id)).ToListAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == election.OrganizationId, cancellationToken);
        var executive = await db.ElectedBodies.AsNoTracking().Include(b => b.Memberships)
            .FirstOrDefaultAsync(b => b.OrganizationId == election.OrganizationId && b.TermId == election.TermId && b.Kind == BodyKind.ExecutiveCommittee, cancellationToken);
        return (members.ToDictionary(m => m.Id), new ElectionContext(organization, cells, executive));
    }

    /// <summary>
    /// The names of an election's candidates or delegates (<see cref="Membership.MemberNames"/>): the election handlers read
    /// members through this class, the one place of the module that knows Membership (a known dependency).
    /// </summary>
    public static Task<Dictionary<Guid, string>> CandidateNamesAsync(this IAppDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken) =>
        db.MemberNamesAsync(ids, cancellationToken);

    /// <summary>The view of an election.</summary>
    public static async Task<ElectionDto> ViewAsync(
        this IAppDbContext db, Election election, RuleBook<ElectionRuleSet> rules, ElectionQuorum quorum, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == election.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var term = await db.Terms.AsNoTracking().Where(t => t.Id == election.TermId).Select(t => t.Name).FirstAsync(cancellationToken);
        var memberIds = election.Voters.Select(v => v.MemberId).Concat(election.Candidates.Select(c => c.MemberId)).Distinct().ToList();
        var names = await db.MemberNamesAsync(memberIds, cancellationToken);

        var tally = election.Tally(rules.Find(election.RuleSetCode)!, quorum);
        var closed = election.Status == ElectionStatus.Closed;
        var elected = closed
            ? election.Candidates.Where(c => c.Elected == true && c.Standing != DelegateStanding.Alternate).OrderByDescending(c => c.Votes).Select(c => c.MemberId).ToList()
            : tally.Elected;
        var alternates = closed
            ? election.Candidates.Where(c => c.Standing == DelegateStanding.Alternate).OrderByDescending(c => c.Votes).Select(c => c.MemberId).ToList()
            : tally.Alternates;
        var irregularities = closed
            ? election.Irregularities.Split(',', StringSplitOptions.RemoveEmptyEntries)
            : tally.Irregularities;

        return new ElectionDto(
            election.Id,
            election.OrganizationId,
            organization,
            election.TermId,
            term,
            election.Kind,
            election.Body,
            election.Body is { } body ? BodyLabels.Of(body) : DelegatesLabel,
            election.Office,
            election.Office is { } office ? BodyLabels.Of(office) : null,
            election.HeldOn,
            election.Seats,
            election.Alternates,
            election.Congress,
            election.AllotmentDocument,
            election.RuleSetCode,
            election.Status,
            election.ClosedOn,
            election.SeatedOn,
            election.Round,
            election.PreviousRoundId,
            election.BallotsIssued,
            election.BallotsValid,
            election.DecisionNumber,
            [.. election.Voters.OrderBy(v => names.GetValueOrDefault(v.MemberId), StringComparer.Ordinal).Select(v => new ElectionVoterDto(v.MemberId, names.GetValueOrDefault(v.MemberId, string.Empty), v.Attendance))],
            [.. election.Candidates.OrderByDescending(c => c.Votes ?? -1).ThenBy(c => names.GetValueOrDefault(c.MemberId), StringComparer.Ordinal)
                .Select(c => new ElectionCandidateDto(
                    c.MemberId, names.GetValueOrDefault(c.MemberId, string.Empty), c.Votes, elected.Contains(c.MemberId) || alternates.Contains(c.MemberId),
                    !election.IsDelegateElection ? null : elected.Contains(c.MemberId) ? DelegateStanding.Official : alternates.Contains(c.MemberId) ? DelegateStanding.Alternate : null))],
            new ElectionResultDto(tally.Summoned, tally.Present, tally.QuorumNeeded, tally.QuorumMet, tally.MajorityBase, tally.VotesNeeded, elected, [.. irregularities], alternates),
            election.Version,
            election.CreatedAt,
            election.UpdatedAt);
    }
}

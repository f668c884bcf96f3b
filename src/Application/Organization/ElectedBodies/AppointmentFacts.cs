using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Application.Organization.ElectedBodies;

/// <summary>Gathers what an appointment to an elected body is checked against.</summary>
internal static class AppointmentFacts
{
    /// <summary>
    /// The facts outside <paramref name="body"/> that the rules of a seat for <paramref name="memberId"/> from
    /// <paramref name="on"/> need (<see cref="ElectedBody.Appoint"/>): the term, the organisation, the member with status
    /// history and placements, the cells of the placements, the executive and standing committees of the term and, for a
    /// cell committee, the cell's full members. A member missing or outside the caller's scope is a 422
    /// <c>body.member_not_found</c>. The one gathering used by every path that appoints (added by hand, seated from an election).
    /// </summary>
    public static async Task<AppointmentContext> GatherAppointmentAsync(
        this IAppDbContext db, IOrganizationScope scope, ElectedBody body, Guid memberId, DateOnly on, CancellationToken cancellationToken)
    {
        var term = await db.Terms.AsNoTracking().FirstAsync(t => t.Id == body.TermId, cancellationToken);
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == body.OrganizationId, cancellationToken);
        // Tracked (and never changed) so that the placements loaded by the second query attach to the member. A
        // member outside the caller's scope is reported exactly as a missing one (existence is not revealed).
        var member = await db.Members
            .Include(m => m.StatusHistory)
            .FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null || !await scope.CoversAsync(member.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("body.member_not_found", "The party member was not found.", RuleViolationKind.Unprocessable, memberId);
        }

        await db.MemberPlacements.Where(p => p.MemberId == memberId).LoadAsync(cancellationToken);

        var cellIds = member.Placements.Select(p => p.OrganizationId).Distinct().ToList();
        var cells = await db.Organizations.AsNoTracking().Where(o => cellIds.Contains(o.Id)).ToListAsync(cancellationToken);

        var related = await db.ElectedBodies.AsNoTracking()
            .Include(b => b.Memberships)
            .Where(b => b.OrganizationId == body.OrganizationId && b.TermId == body.TermId
                && (b.Kind == BodyKind.ExecutiveCommittee || b.Kind == BodyKind.StandingCommittee))
            .ToListAsync(cancellationToken);

        int? cellFullMembers = body.Kind == BodyKind.CellCommittee ? await db.CountFullMembersAsync(body.OrganizationId, on, cancellationToken) : null;

        return new AppointmentContext(
            term,
            organization,
            member,
            cells,
            related.FirstOrDefault(b => b.Kind == BodyKind.ExecutiveCommittee),
            related.FirstOrDefault(b => b.Kind == BodyKind.StandingCommittee),
            cellFullMembers);
    }

    /// <summary>The full members (exempt ones included) placed in the cell on <paramref name="on"/>.</summary>
    private static Task<int> CountFullMembersAsync(this IAppDbContext db, Guid cellId, DateOnly on, CancellationToken cancellationToken)
    {
        var placements = db.Set<MemberPlacement>();
        var statuses = db.Set<MemberStatusPeriod>();
        return placements
            .Where(p => p.OrganizationId == cellId && p.StartsOn <= on && (p.EndsOn == null || p.EndsOn > on))
            .Where(p => statuses.Any(s => s.MemberId == p.MemberId
                && s.Status == MemberStatus.Full
                && s.StartsOn <= on && (s.EndsOn == null || s.EndsOn > on)))
            .Select(p => p.MemberId)
            .Distinct()
            .CountAsync(cancellationToken);
    }
}

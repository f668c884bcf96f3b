using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ElectedBodies.Reactions;

/// <summary>
/// A member who leaves the party organisation (transferred out, name removed, expelled, deceased) holds no seat after
/// that day: his open seats in elected bodies end on the date of the change (a suspension: <see cref="SeatsEndOnSuspension"/>).
/// A member who moves to another cell no longer sits on the old cell's committee: that seat ends the day before the move.
/// </summary>
public sealed class SeatsFollowMember(IAppDbContext db) : IDomainEventHandler<MemberStatusChanged>, IDomainEventHandler<MemberMovedCell>
{
    public async ValueTask HandleAsync(MemberMovedCell domainEvent, CancellationToken cancellationToken)
    {
        var memberId = domainEvent.MemberId;
        var on = domainEvent.On;
        var bodies = await db.ElectedBodies
            .Include(b => b.Memberships)
            .Where(b => b.OrganizationId == domainEvent.FromCellId && b.Kind == BodyKind.CellCommittee
                && b.Memberships.Any(m => m.MemberId == memberId && (m.EndsOn == null || m.EndsOn >= on)))
            .ToListAsync(cancellationToken);
        foreach (var body in bodies)
        {
            body.EndSeatsOfMovedMember(memberId, on);
        }
    }

    public async ValueTask HandleAsync(MemberStatusChanged domainEvent, CancellationToken cancellationToken)
    {
        if (!domainEvent.Left)
        {
            return;
        }

        var memberId = domainEvent.MemberId;
        var on = domainEvent.EffectiveOn;
        var bodies = await db.ElectedBodies
            .Include(b => b.Memberships)
            .Where(b => b.Memberships.Any(m => m.MemberId == memberId && (m.EndsOn == null || m.EndsOn > on)))
            .ToListAsync(cancellationToken);
        foreach (var body in bodies)
        {
            body.EndSeatsOf(memberId, on);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Organization.ElectedBodies.Reactions;

/// <summary>
/// A member who leaves the party organisation (transferred out, name removed, expelled, deceased) holds no seat after
/// that day: his open seats in elected bodies end on the date of the change (a suspension: <see cref="SeatsEndOnSuspension"/>).
/// </summary>
public sealed class SeatsFollowMember(IAppDbContext db) : IDomainEventHandler<MemberStatusChanged>
{
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

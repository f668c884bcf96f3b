using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Organization.ElectedBodies.Reactions;

/// <summary>
/// A member who leaves the party organisation (transferred out, name removed, expelled, deceased) or is suspended
/// holds no seat after that day: his open seats in elected bodies end on the date of the change.
/// </summary>
public sealed class SeatsFollowMember(IAppDbContext db) : IDomainEventHandler<MemberStatusChanged>
{
    public async ValueTask HandleAsync(MemberStatusChanged domainEvent, CancellationToken cancellationToken)
    {
        if (!domainEvent.Left && domainEvent.To != MemberStatus.Suspended)
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

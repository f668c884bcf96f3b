using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Organization.ElectedBodies.Reactions;

/// <summary>
/// A suspended member holds no seat: when a suspension starts (a dated condition on the member, no longer a status),
/// his open seats in elected bodies end on its first day.
/// </summary>
public sealed class SeatsEndOnSuspension(IAppDbContext db) : IDomainEventHandler<MemberConditionStarted>
{
    public async ValueTask HandleAsync(MemberConditionStarted domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Kind != MemberConditionKind.Suspension)
        {
            return;
        }

        var memberId = domainEvent.MemberId;
        var on = domainEvent.Period.StartsOn;
        var bodies = await db.BodiesWithSeatOfAsync(memberId, m => m.EndsOn == null || m.EndsOn > on, cancellationToken);
        foreach (var body in bodies)
        {
            body.EndSeatsOf(memberId, on);
        }
    }
}

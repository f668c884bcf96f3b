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
        var from = domainEvent.FromCellId;
        var bodies = await db.BodiesWithSeatOfAsync(
            memberId, m => m.EndsOn == null || m.EndsOn >= on, cancellationToken, b => b.OrganizationId == from && b.Kind == BodyKind.CellCommittee);
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
        var bodies = await db.BodiesWithSeatOfAsync(memberId, m => m.EndsOn == null || m.EndsOn > on, cancellationToken);
        foreach (var body in bodies)
        {
            body.EndSeatsOf(memberId, on);
        }
    }
}

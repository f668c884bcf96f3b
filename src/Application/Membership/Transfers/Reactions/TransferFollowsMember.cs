using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Transfers.Reactions;

/// <summary>
/// A member who leaves the party organisation otherwise than by a transfer (died, expelled, name removed) has no open
/// transfer left: each is rejected on that date with the reason (see <see cref="Transfer.FollowDeparture"/>).
/// </summary>
public sealed class TransferFollowsMember(IAppDbContext db) : IDomainEventHandler<MemberLeftPartyOrganisation>
{
    public async ValueTask HandleAsync(MemberLeftPartyOrganisation domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Status == MemberStatus.TransferredOut)
        {
            return;
        }

        var open = await db.Transfers
            .Where(t => t.MemberId == domainEvent.MemberId && (t.Status == TransferStatus.Requested || t.Status == TransferStatus.Sent))
            .ToListAsync(cancellationToken);
        foreach (var transfer in open)
        {
            transfer.FollowDeparture(domainEvent);
        }
    }
}

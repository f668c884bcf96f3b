using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Cards;

namespace PartyCommittee.Application.Membership.Cards.Reactions;

/// <summary>
/// A member expelled or whose name is removed gives the card back: the cell collects it (Hướng dẫn 01-HD/TW 2021, 7.1),
/// so the card in force is withdrawn on the date of the decision. The family of a deceased member keeps the card and a
/// member transferred out takes it along: those cards stay as they are.
/// </summary>
public sealed class CardFollowsMember(IAppDbContext db) : IDomainEventHandler<MemberLeftPartyOrganisation>
{
    public async ValueTask HandleAsync(MemberLeftPartyOrganisation domainEvent, CancellationToken cancellationToken)
    {
        PartyCardEndReason? reason = domainEvent.Status switch
        {
            MemberStatus.Expelled => PartyCardEndReason.Expelled,
            MemberStatus.NameRemoved => PartyCardEndReason.NameRemoved,
            _ => null,
        };
        if (reason is null)
        {
            return;
        }

        var member = await db.Members.FirstAsync(m => m.Id == domainEvent.MemberId, cancellationToken);
        await db.PartyCards.Where(c => c.MemberId == member.Id).LoadAsync(cancellationToken);
        member.WithdrawCard(domainEvent.On, reason.Value);
    }
}

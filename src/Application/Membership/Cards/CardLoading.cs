using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Cards;

internal static class CardLoading
{
    /// <summary>The member in scope with its history and card register (404 outside the scope).</summary>
    public static async Task<PartyMember> LoadMemberWithCardsAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken, bool tracking = true)
    {
        var member = await db.LoadMemberInScopeAsync(scope, id, cancellationToken, tracking);
        if (tracking)
        {
            await db.PartyCards.Where(c => c.MemberId == id).LoadAsync(cancellationToken);
        }
        else
        {
            member = await db.Members.AsNoTracking().Include(m => m.Cards).FirstAsync(m => m.Id == id, cancellationToken);
        }

        return member;
    }

    /// <summary>A card number belongs to one member: refused (409) when another member has ever held it.</summary>
    public static async Task EnsureNumberFreeAsync(this IAppDbContext db, string number, Guid memberId, CancellationToken cancellationToken)
    {
        if (await db.PartyCards.AnyAsync(c => c.Number == number && c.MemberId != memberId, cancellationToken)
            || await db.Members.AnyAsync(m => m.PartyCardNumber == number && m.Id != memberId, cancellationToken))
        {
            throw new ConflictException("card.number_taken", "Card number in use.", number);
        }
    }
}

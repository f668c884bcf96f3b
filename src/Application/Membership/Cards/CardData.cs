using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Membership.Badges;
using PartyCommittee.Domain.Membership.Cards;

namespace PartyCommittee.Application.Membership.Cards;

/// <summary>The sets of party cards and badges, named on the data seam.</summary>
public static class CardData
{
    extension(IAppDbContext db)
    {
        public DbSet<PartyCard> PartyCards => db.Set<PartyCard>();

        public DbSet<BadgeAward> BadgeAwards => db.Set<BadgeAward>();
    }
}

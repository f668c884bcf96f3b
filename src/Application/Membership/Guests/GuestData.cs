using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Membership.Guests;

namespace PartyCommittee.Application.Membership.Guests;

/// <summary>The set of guests on temporary party activity, named on the data seam.</summary>
public static class GuestData
{
    extension(IAppDbContext db)
    {
        public DbSet<TemporaryGuest> TemporaryGuests => db.Set<TemporaryGuest>();
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections;

/// <summary>The sets of election records, named on the data seam.</summary>
public static class ElectionData
{
    extension(IAppDbContext db)
    {
        public DbSet<Election> Elections => db.Set<Election>();
    }
}

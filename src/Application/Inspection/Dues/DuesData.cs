using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Dues;

/// <summary>The sets of party dues, named on the data seam.</summary>
public static class DuesData
{
    extension(IAppDbContext db)
    {
        public DbSet<DuesBasis> DuesBases => db.Set<DuesBasis>();

        public DbSet<DuesSheet> DuesSheets => db.Set<DuesSheet>();

        public DbSet<DuesLine> DuesLines => db.Set<DuesLine>();
    }
}

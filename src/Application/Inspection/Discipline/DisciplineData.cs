using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline;

/// <summary>The sets of discipline, named on the data seam.</summary>
public static class DisciplineData
{
    extension(IAppDbContext db)
    {
        public DbSet<DisciplinaryAction> DisciplinaryActions => db.Set<DisciplinaryAction>();
    }
}

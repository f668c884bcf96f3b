using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Inspection.Complaints;
using PartyCommittee.Domain.Inspection.Denunciations;

namespace PartyCommittee.Application.Inspection.Denunciations;

/// <summary>The sets of denunciations and discipline complaints, named on the data seam.</summary>
public static class DenunciationData
{
    extension(IAppDbContext db)
    {
        public DbSet<Denunciation> Denunciations => db.Set<Denunciation>();

        public DbSet<Complaint> Complaints => db.Set<Complaint>();
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection;

/// <summary>The sets of the inspection module (programmes and cases), named on the data seam.</summary>
public static class InspectionData
{
    extension(IAppDbContext db)
    {
        public DbSet<InspectionProgramme> InspectionProgrammes => db.Set<InspectionProgramme>();

        public DbSet<InspectionCase> InspectionCases => db.Set<InspectionCase>();
    }
}

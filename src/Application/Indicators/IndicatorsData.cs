using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators;

/// <summary>The sets of the indicators module, named on the data seam.</summary>
public static class IndicatorsData
{
    extension(IAppDbContext db)
    {
        public DbSet<DataValue> DataValues => db.Set<DataValue>();

        public DbSet<ReportingUnit> ReportingUnits => db.Set<ReportingUnit>();

        public DbSet<Reporter> Reporters => db.Set<Reporter>();

        public DbSet<PeriodLock> PeriodLocks => db.Set<PeriodLock>();

        public DbSet<Resolution> Resolutions => db.Set<Resolution>();
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;

namespace PartyCommittee.Application.Indicators.ImportJobs;

/// <summary>The sets of the import jobs, named on the data seam.</summary>
public static class ImportJobsData
{
    extension(IAppDbContext db)
    {
        public DbSet<ImportJob> ImportJobs => db.Set<ImportJob>();

        public DbSet<ImportJobPayloadChunk> ImportJobPayloadChunks => db.Set<ImportJobPayloadChunk>();

        public DbSet<ImportJobConflict> ImportJobConflicts => db.Set<ImportJobConflict>();
    }
}

/// <summary>Hands a stored job to the scheduler (Quartz.NET in Infrastructure): one run, recovered by another instance if this one dies.</summary>
public interface IImportJobScheduler
{
    Task ScheduleAsync(Guid jobId, CancellationToken cancellationToken);
}

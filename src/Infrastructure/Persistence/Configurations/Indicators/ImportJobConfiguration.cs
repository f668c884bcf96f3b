using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Application.Indicators.ImportJobs;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Indicators;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("ImportJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Owner).HasMaxLength(128).IsRequired();
        builder.Property(j => j.OwnerName).HasMaxLength(200);
        builder.Property(j => j.Roles).HasMaxLength(200).IsRequired();
        builder.Property(j => j.Culture).HasMaxLength(8).IsRequired();
        builder.Property(j => j.ContentType).HasMaxLength(64).IsRequired();
        builder.Property(j => j.Strategy).HasConversion<string>().HasMaxLength(32);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.ErrorCode).HasMaxLength(100);
        builder.Property(j => j.ErrorMessage).HasMaxLength(1000);
        builder.HasIndex(j => new { j.Owner, j.CreatedAt });
        builder.Property(j => j.LeaseOwner).HasMaxLength(200);
        builder.HasIndex(j => j.FinishedAt);
        // The lease sweep's question: unfinished jobs whose lease has expired.
        builder.HasIndex(j => new { j.Status, j.LeaseUntil });
    }
}

internal sealed class ImportJobPayloadChunkConfiguration : IEntityTypeConfiguration<ImportJobPayloadChunk>
{
    public void Configure(EntityTypeBuilder<ImportJobPayloadChunk> builder)
    {
        builder.ToTable("ImportJobPayloadChunks");
        builder.HasKey(c => new { c.JobId, c.Sequence });
        builder.Property(c => c.Data).IsRequired();
        builder.HasOne<ImportJob>().WithMany().HasForeignKey(c => c.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportJobConflictConfiguration : IEntityTypeConfiguration<ImportJobConflict>
{
    public void Configure(EntityTypeBuilder<ImportJobConflict> builder)
    {
        builder.ToTable("ImportJobConflicts");
        builder.HasKey(c => new { c.JobId, c.Row });
        builder.Property(c => c.Code).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Message).HasMaxLength(1000).IsRequired();
        builder.Property(c => c.Field).HasMaxLength(64);
        builder.HasOne<ImportJob>().WithMany().HasForeignKey(c => c.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

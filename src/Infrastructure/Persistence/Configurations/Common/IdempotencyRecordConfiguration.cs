using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Application.Common.Idempotency;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Common;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Owner).HasMaxLength(128).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(128).IsRequired();
        builder.Property(r => r.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ContentType).HasMaxLength(128);
        builder.Property(r => r.Location).HasMaxLength(512);
        // One record per caller and key: the unique index is what makes two concurrent first requests safe.
        builder.HasIndex(r => new { r.Owner, r.Key }).IsUnique();
        builder.HasIndex(r => r.ExpiresAt);
    }
}

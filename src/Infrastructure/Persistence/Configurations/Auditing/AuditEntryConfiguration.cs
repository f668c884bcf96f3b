using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.UserId).HasMaxLength(128);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(16).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(128).IsRequired();
        builder.Property(e => e.EntityKey).HasMaxLength(128).IsRequired();
        builder.Property(e => e.Changes).IsRequired();
        builder.Property(e => e.TraceId).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(e => new { e.EntityType, e.EntityKey });
        builder.HasIndex(e => e.OccurredAt);
        // "What did this user do": the list filtered by user, newest first, reads the user's range of this index backwards
        // and stops after the page (it scanned the whole table twice, count and page). One user's entries are appended at
        // the end of the user's range, so a write's extra cost is small.
        builder.HasIndex(e => new { e.UserId, e.Id }).HasDatabaseName("IX_AuditEntries_UserId_Id");
    }
}

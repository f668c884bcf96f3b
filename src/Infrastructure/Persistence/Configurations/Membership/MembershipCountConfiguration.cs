using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

/// <summary>
/// Today's pre-aggregated membership counts (ADR 0030): the key (OrganizationId, Dimension, Value) is what a relative
/// increment updates and what a subtree's sum reads. No foreign key: derived data, maintained by
/// <see cref="Interceptors.MembershipCountsInterceptor"/> and the migration's backfill.
/// </summary>
internal sealed class MembershipCountConfiguration : IEntityTypeConfiguration<MembershipCount>
{
    public void Configure(EntityTypeBuilder<MembershipCount> builder)
    {
        builder.ToTable("MembershipCounts");
        builder.HasKey(c => new { c.OrganizationId, c.Dimension, c.Value });
        builder.Property(c => c.Dimension).HasMaxLength(MembershipCounts.MaxDimensionLength).IsUnicode(false);
        builder.Property(c => c.Value).HasMaxLength(MembershipCounts.MaxValueLength).IsUnicode(false);

        // The whole register's sum (today's national statistics) groups by (Dimension, Value) over every cell's rows:
        // this covering index gives them in that order, so the database streams the groups instead of sorting every row
        // (ADR 0049). Count is a key column (SQLite has no INCLUDE); a relative increment moves the row within its group.
        builder.HasIndex(c => new { c.Dimension, c.Value, c.Count }).HasDatabaseName("IX_MembershipCounts_Dimension_Value_Count");
    }
}

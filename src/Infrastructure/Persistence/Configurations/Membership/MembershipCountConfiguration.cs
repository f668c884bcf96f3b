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
    }
}

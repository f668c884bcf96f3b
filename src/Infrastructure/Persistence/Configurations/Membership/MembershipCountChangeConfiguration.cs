using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

/// <summary>
/// The dated membership counts (ADR 0030, "Built: dated counts"): the key (OrganizationId, Dimension, Value, Day) is
/// what a relative increment updates; the index (OrganizationId, Day, Dimension, Value, Delta) covers the reader's
/// "sum of the changes on or before the date" for one organisation (the register-wide rows or a subtree's cells).
/// No foreign key: derived data, maintained by <see cref="Interceptors.MembershipCountsInterceptor"/>.
/// </summary>
internal sealed class MembershipCountChangeConfiguration : IEntityTypeConfiguration<MembershipCountChange>
{
    public void Configure(EntityTypeBuilder<MembershipCountChange> builder)
    {
        builder.ToTable("MembershipCountChanges");
        builder.HasKey(c => new { c.OrganizationId, c.Dimension, c.Value, c.Day });
        builder.Property(c => c.Dimension).HasMaxLength(MembershipCounts.MaxDimensionLength).IsUnicode(false);
        builder.Property(c => c.Value).HasMaxLength(MembershipCounts.MaxValueLength).IsUnicode(false);
        builder.HasIndex(c => new { c.OrganizationId, c.Day, c.Dimension, c.Value, c.Delta }).HasDatabaseName("IX_MembershipCountChanges_Day");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

/// <summary>
/// The dated membership counts (ADR 0030, "Built: dated counts"): the key (OrganizationId, Dimension, Value, Day) is
/// what a relative increment updates and what every reader seeks, by organisation ("the sum of the changes on or
/// before the date" of the register-wide rows or of a subtree's cells; the review months' ranges). No secondary index
/// (ADR 0070: the day index <c>(OrganizationId, Day, Dimension, Value, Delta)</c> doubled every write and no read was
/// faster through it). No foreign key: derived data, maintained by <see cref="Interceptors.MembershipCountsInterceptor"/>.
/// </summary>
internal sealed class MembershipCountChangeConfiguration : IEntityTypeConfiguration<MembershipCountChange>
{
    public void Configure(EntityTypeBuilder<MembershipCountChange> builder)
    {
        builder.ToTable("MembershipCountChanges");
        builder.HasKey(c => new { c.OrganizationId, c.Dimension, c.Value, c.Day });
        builder.Property(c => c.Dimension).HasMaxLength(MembershipCounts.MaxDimensionLength).IsUnicode(false);
        builder.Property(c => c.Value).HasMaxLength(MembershipCounts.MaxValueLength).IsUnicode(false);
    }
}

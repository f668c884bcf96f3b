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
    public void Configure(EntityTypeBuilder<MembershipCountChange> builder) => ConfigureColumns(builder, "MembershipCountChanges");

    /// <summary>The table, key and columns of a dated count change, main (<see cref="MembershipCountChange"/>) or staged (<see cref="StagedMembershipCountChange"/>).</summary>
    internal static void ConfigureColumns<T>(EntityTypeBuilder<T> builder, string table)
        where T : class
    {
        builder.ToTable(table);
        builder.HasKey(nameof(MembershipCountChange.OrganizationId), nameof(MembershipCountChange.Dimension), nameof(MembershipCountChange.Value), nameof(MembershipCountChange.Day));
        builder.Property<string>(nameof(MembershipCountChange.Dimension)).HasMaxLength(MembershipCounts.MaxDimensionLength).IsUnicode(false);
        builder.Property<string>(nameof(MembershipCountChange.Value)).HasMaxLength(MembershipCounts.MaxValueLength).IsUnicode(false);
    }
}

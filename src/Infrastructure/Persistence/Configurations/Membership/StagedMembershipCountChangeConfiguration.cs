using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

/// <summary>
/// The dated count changes not yet merged (ADR 0082): the main table's columns and key, so that a reader's range of the
/// key is the same range in both tables. On SQLite a <c>WITHOUT ROWID</c> table, as the main one (the migration's SQL).
/// </summary>
internal sealed class StagedMembershipCountChangeConfiguration : IEntityTypeConfiguration<StagedMembershipCountChange>
{
    public void Configure(EntityTypeBuilder<StagedMembershipCountChange> builder) =>
        MembershipCountChangeConfiguration.ConfigureColumns(builder, "MembershipCountChangesStaged");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Organization;

internal sealed class MassOrganizationMemberCountConfiguration : IEntityTypeConfiguration<MassOrganizationMemberCount>
{
    public void Configure(EntityTypeBuilder<MassOrganizationMemberCount> builder)
    {
        builder.ToTable("MassOrganizationMemberCounts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.MassOrganizationId, c.AsOf }).IsUnique();
    }
}

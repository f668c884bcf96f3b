using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class MemberPlacementConfiguration : IEntityTypeConfiguration<MemberPlacement>
{
    public void Configure(EntityTypeBuilder<MemberPlacement> builder)
    {
        builder.ToTable("MemberPlacements");
        builder.Ignore(p => p.Period);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.OrganizationId, p.StartsOn });
        builder.HasIndex(p => new { p.MemberId, p.StartsOn });
        builder.HasIndex(p => p.StartsOn);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

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
        // Covering (ADR 0057): a cell's placements over a period (the rosters and review months of the statistics) are
        // read from the index alone, without a lookup of each row.
        builder.HasIndex(p => new { p.OrganizationId, p.StartsOn, p.EndsOn, p.MemberId });
        builder.HasIndex(p => new { p.MemberId, p.StartsOn });
        builder.HasIndex(p => p.StartsOn);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

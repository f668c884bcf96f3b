using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Reorganization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Organization;

internal sealed class OrganizationMoveConfiguration : IEntityTypeConfiguration<OrganizationMove>
{
    public void Configure(EntityTypeBuilder<OrganizationMove> builder)
    {
        builder.ToTable("OrganizationMoves");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.DecisionNumber).HasMaxLength(OrganizationMove.DecisionNumberMaxLength);
        builder.HasIndex(m => new { m.OrganizationId, m.On });
        builder.HasIndex(m => m.ReorganizationId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(m => m.FromParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(m => m.ToParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

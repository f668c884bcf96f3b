using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation.Ratings;

internal sealed class OrganizationRatingConfiguration : IEntityTypeConfiguration<OrganizationRating>
{
    public void Configure(EntityTypeBuilder<OrganizationRating> builder)
    {
        builder.ToTable("OrganizationRatings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Comments).HasMaxLength(OrganizationRating.CommentsMaxLength);
        builder.HasIndex(r => new { r.CampaignId, r.OrganizationId }).IsUnique();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

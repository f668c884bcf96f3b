using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation.Ratings;

internal sealed class RatingCampaignConfiguration : IEntityTypeConfiguration<RatingCampaign>
{
    public void Configure(EntityTypeBuilder<RatingCampaign> builder)
    {
        builder.ToTable("RatingCampaigns");
        builder.ConfigureAggregateRoot();
        builder.Property(c => c.RuleSetCode).HasMaxLength(32).IsRequired();
        builder.Property(c => c.Step).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(c => c.OpenedOn);
        builder.Ignore(c => c.PublishedOn);
        builder.HasIndex(c => new { c.OrganizationId, c.Year }).IsUnique();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Steps).HasField("steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.OrganizationRatings).WithOne().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.OrganizationRatings).HasField("organizationRatings").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

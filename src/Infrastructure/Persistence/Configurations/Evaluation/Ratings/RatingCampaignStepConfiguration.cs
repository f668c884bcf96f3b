using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation.Ratings;

internal sealed class RatingCampaignStepConfiguration : IEntityTypeConfiguration<RatingCampaignStep>
{
    public void Configure(EntityTypeBuilder<RatingCampaignStep> builder)
    {
        builder.ToTable("RatingCampaignSteps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Step).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(s => new { s.CampaignId, s.Step }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation.MassOrganizations;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation.MassOrganizations;

internal sealed class MassOrganizationRatingCorrectionConfiguration : IEntityTypeConfiguration<MassOrganizationRatingCorrection>
{
    public void Configure(EntityTypeBuilder<MassOrganizationRatingCorrection> builder)
    {
        builder.ToTable("MassOrganizationRatingCorrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.PreviousLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Reason).HasMaxLength(MassOrganizationRating.TextMaxLength).IsRequired();
        builder.HasIndex(c => c.RatingId);
    }
}

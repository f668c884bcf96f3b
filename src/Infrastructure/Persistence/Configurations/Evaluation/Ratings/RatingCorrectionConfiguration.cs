using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation.Ratings;

internal sealed class RatingCorrectionConfiguration : IEntityTypeConfiguration<RatingCorrection>
{
    public void Configure(EntityTypeBuilder<RatingCorrection> builder)
    {
        builder.ToTable("RatingCorrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FromLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ToLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ToScore).HasPrecision(5, 2);
        builder.Property(c => c.Reason).HasMaxLength(RatingCorrection.ReasonMaxLength).IsRequired();
        builder.HasIndex(c => c.RatingId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation;

internal sealed class ReviewCheckConfiguration : IEntityTypeConfiguration<ReviewCheck>
{
    public void Configure(EntityTypeBuilder<ReviewCheck> builder)
    {
        builder.ToTable("ReviewChecks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CriterionCode).HasMaxLength(ReviewTemplate.CodeMaxLength).IsRequired();
        builder.Property(c => c.Note).HasMaxLength(MonthlyReview.NoteMaxLength);
        builder.HasIndex(c => new { c.ReviewId, c.CriterionCode }).IsUnique();
    }
}

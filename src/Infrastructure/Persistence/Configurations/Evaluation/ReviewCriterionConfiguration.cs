using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation;

internal sealed class ReviewCriterionConfiguration : IEntityTypeConfiguration<ReviewCriterion>
{
    public void Configure(EntityTypeBuilder<ReviewCriterion> builder)
    {
        builder.ToTable("ReviewCriteria");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(ReviewTemplate.CodeMaxLength).IsRequired();
        builder.Property(c => c.Group).HasMaxLength(ReviewTemplate.GroupMaxLength);
        builder.Property(c => c.Text).HasMaxLength(ReviewTemplate.TextMaxLength).IsRequired();
        builder.Property(c => c.TextEn).HasMaxLength(ReviewTemplate.TextMaxLength);
        builder.HasIndex(c => new { c.TemplateId, c.Code }).IsUnique();
    }
}

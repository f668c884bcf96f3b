using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation;

internal sealed class ReviewTemplateConfiguration : IEntityTypeConfiguration<ReviewTemplate>
{
    public void Configure(EntityTypeBuilder<ReviewTemplate> builder)
    {
        builder.ToTable("ReviewTemplates");
        builder.ConfigureAggregateRoot();
        builder.Property(t => t.Name).HasMaxLength(ReviewTemplate.NameMaxLength).IsRequired();
        builder.HasIndex(t => new { t.OrganizationId, t.EffectiveFrom }).IsUnique();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Criteria).WithOne().HasForeignKey(c => c.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Criteria).HasField("criteria").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation.MassOrganizations;

internal sealed class MassOrganizationRatingConfiguration : IEntityTypeConfiguration<MassOrganizationRating>
{
    public void Configure(EntityTypeBuilder<MassOrganizationRating> builder)
    {
        builder.ToTable("MassOrganizationRatings");
        builder.ConfigureAggregateRoot();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.DecisionNumber).HasMaxLength(MassOrganizationRating.DecisionMaxLength);
        builder.Property(r => r.Note).HasMaxLength(MassOrganizationRating.TextMaxLength);
        builder.HasIndex(r => new { r.MassOrganizationId, r.Year }).IsUnique().HasDatabaseName(UniqueIndexRules.MassOrganizationRatingYear);
        builder.HasIndex(r => new { r.LeadingOrganizationId, r.Year });
        builder.HasOne<MassOrganization>().WithMany().HasForeignKey(r => r.MassOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(r => r.LeadingOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Corrections).WithOne().HasForeignKey(c => c.RatingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Corrections).HasField("corrections").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection.Topics;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class OrganizationTopicConfiguration : IEntityTypeConfiguration<OrganizationTopic>
{
    public void Configure(EntityTypeBuilder<OrganizationTopic> builder)
    {
        builder.ToTable("InspectionTopics");
        builder.ConfigureAggregateRoot();
        builder.Property(t => t.Code).HasMaxLength(OrganizationTopic.CodeMaxLength);
        builder.Property(t => t.NameVi).HasMaxLength(OrganizationTopic.NameMaxLength);
        builder.Property(t => t.NameEn).HasMaxLength(OrganizationTopic.NameMaxLength);
        builder.Property(t => t.Document).HasMaxLength(OrganizationTopic.NameMaxLength);
        builder.HasIndex(t => t.Code).IsUnique().HasDatabaseName(UniqueIndexRules.InspectionTopicCode);
        builder.HasIndex(t => t.OrganizationId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

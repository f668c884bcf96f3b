using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation;

internal sealed class PartyDocumentConfiguration : IEntityTypeConfiguration<PartyDocument>
{
    public void Configure(EntityTypeBuilder<PartyDocument> builder)
    {
        builder.ToTable("PartyDocuments");
        builder.ConfigureAggregateRoot();
        builder.Property(d => d.Number).HasMaxLength(PartyDocument.NumberMaxLength).IsRequired();
        builder.Property(d => d.Issuer).HasMaxLength(PartyDocument.IssuerMaxLength).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(PartyDocument.TitleMaxLength).IsRequired();
        builder.Property(d => d.TitleEn).HasMaxLength(PartyDocument.TitleMaxLength);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(d => new { d.OrganizationId, d.IssuedOn });
        builder.HasIndex(d => new { d.OrganizationId, d.Issuer, d.Number }).IsUnique().HasDatabaseName(UniqueIndexRules.DocumentNumber);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

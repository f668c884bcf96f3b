using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation;

internal sealed class DocumentCatchUpConfiguration : IEntityTypeConfiguration<DocumentCatchUp>
{
    public void Configure(EntityTypeBuilder<DocumentCatchUp> builder)
    {
        builder.ToTable("DocumentCatchUps");
        builder.ConfigureAggregateRoot();
        builder.Property(c => c.Note).HasMaxLength(DocumentCatchUp.NoteMaxLength);
        builder.HasIndex(c => new { c.DocumentId, c.MemberId }).IsUnique();
        builder.HasIndex(c => c.MemberId);
        builder.HasIndex(c => c.OrganizationId);
        builder.HasOne<PartyDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

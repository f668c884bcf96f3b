using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Organization;

internal sealed class ElectedBodyConfiguration : IEntityTypeConfiguration<ElectedBody>
{
    public void Configure(EntityTypeBuilder<ElectedBody> builder)
    {
        builder.ToTable("ElectedBodies");
        builder.ConfigureAggregateRoot();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(b => new { b.OrganizationId, b.TermId, b.Kind }).IsUnique();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(b => b.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Term>().WithMany().HasForeignKey(b => b.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Memberships).WithOne().HasForeignKey(m => m.ElectedBodyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Memberships).HasField("memberships").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

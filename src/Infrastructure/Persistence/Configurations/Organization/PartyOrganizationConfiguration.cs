using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Organization;

internal sealed class PartyOrganizationConfiguration : IEntityTypeConfiguration<PartyOrganization>
{
    public void Configure(EntityTypeBuilder<PartyOrganization> builder)
    {
        builder.ToTable("Organizations");
        builder.ConfigureAggregateRoot();
        builder.Property(o => o.Code).HasMaxLength(PartyOrganization.CodeMaxLength).IsRequired();
        builder.Property(o => o.Name).HasMaxLength(PartyOrganization.NameMaxLength).IsRequired();
        builder.Property(o => o.NameFolded).HasMaxLength(PartyOrganization.NameMaxLength).IsRequired().IsNotAudited();
        builder.Property(o => o.ShortName).HasMaxLength(PartyOrganization.ShortNameMaxLength);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.UnitKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Path).HasMaxLength(PartyOrganization.PathMaxLength).IsRequired().IsUnicode(false);

        builder.HasIndex(o => o.Code).IsUnique();
        builder.HasIndex(o => o.Path).IsUnique();
        builder.HasIndex(o => o.ParentId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

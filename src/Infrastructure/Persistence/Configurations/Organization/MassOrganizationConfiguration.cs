using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Organization;

internal sealed class MassOrganizationConfiguration : IEntityTypeConfiguration<MassOrganization>
{
    public void Configure(EntityTypeBuilder<MassOrganization> builder)
    {
        builder.ToTable("MassOrganizations");
        builder.ConfigureAggregateRoot();
        builder.Property(m => m.Name).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(m => m.LeadingOrganizationId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(m => m.LeadingOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.MemberCounts).WithOne().HasForeignKey(c => c.MassOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.MemberCounts).HasField("memberCounts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

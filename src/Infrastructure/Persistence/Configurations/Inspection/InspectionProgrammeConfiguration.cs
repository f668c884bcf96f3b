using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class InspectionProgrammeConfiguration : IEntityTypeConfiguration<InspectionProgramme>
{
    public void Configure(EntityTypeBuilder<InspectionProgramme> builder)
    {
        builder.ToTable("InspectionProgrammes");
        builder.ConfigureAggregateRoot();
        builder.Property(p => p.IssuedBy).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.DocumentNumber).HasMaxLength(InspectionProgramme.NumberMaxLength);
        builder.HasIndex(p => new { p.OrganizationId, p.Year, p.IssuedBy }).IsUnique();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).HasField("items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProgrammeItemConfiguration : IEntityTypeConfiguration<ProgrammeItem>
{
    public void Configure(EntityTypeBuilder<ProgrammeItem> builder)
    {
        builder.ToTable("InspectionProgrammeItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(48);
        builder.Property(i => i.SubjectType).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.TopicCode).HasMaxLength(64).IsRequired();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

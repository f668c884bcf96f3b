using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class MemberFamilyRelationConfiguration : IEntityTypeConfiguration<MemberFamilyRelation>
{
    public void Configure(EntityTypeBuilder<MemberFamilyRelation> builder)
    {
        builder.ToTable("MemberFamilyRelations");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Relation).HasMaxLength(64).IsRequired();
        builder.Property(f => f.FullName).HasMaxLength(PersonName.MaxLength).IsRequired();
        builder.Property(f => f.Occupation).HasMaxLength(256);
        builder.Property(f => f.PoliticalHistory).HasMaxLength(1000);
        builder.Property(f => f.Address).HasMaxLength(512);
        builder.HasIndex(f => f.MemberId);
    }
}

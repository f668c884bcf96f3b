using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class MemberSupplementarySheetConfiguration : IEntityTypeConfiguration<MemberSupplementarySheet>
{
    public void Configure(EntityTypeBuilder<MemberSupplementarySheet> builder)
    {
        builder.ToTable("MemberSupplementarySheets");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Content).HasMaxLength(8000).IsRequired();
        builder.HasIndex(s => new { s.MemberId, s.Year }).IsUnique();
    }
}

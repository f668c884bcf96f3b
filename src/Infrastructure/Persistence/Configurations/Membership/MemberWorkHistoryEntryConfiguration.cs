using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class MemberWorkHistoryEntryConfiguration : IEntityTypeConfiguration<MemberWorkHistoryEntry>
{
    public void Configure(EntityTypeBuilder<MemberWorkHistoryEntry> builder)
    {
        builder.ToTable("MemberWorkHistory");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Description).HasMaxLength(512).IsRequired();
        builder.HasIndex(w => w.MemberId);
    }
}

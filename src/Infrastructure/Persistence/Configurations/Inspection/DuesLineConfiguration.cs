using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class DuesLineConfiguration : IEntityTypeConfiguration<DuesLine>
{
    public void Configure(EntityTypeBuilder<DuesLine> builder)
    {
        builder.ToTable("DuesLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Collector).HasMaxLength(DuesSheet.CollectorMaxLength);
        builder.Property(l => l.Reason).HasMaxLength(500);
        builder.Ignore(l => l.UnpaidWithoutReason);
        builder.HasIndex(l => new { l.SheetId, l.MemberId }).IsUnique();
        builder.HasIndex(l => l.MemberId);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

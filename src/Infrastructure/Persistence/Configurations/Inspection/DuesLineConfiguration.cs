using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class DuesLineConfiguration : IEntityTypeConfiguration<DuesLine>
{
    public const string ArrearsIndex = "IX_DuesLines_Arrears";

    public const string ArrearsFilter = "Arrears > 0";

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
        // The lines in arrears, whether excused and what was paid: the agenda's arrears and the removal review (nothing
        // paid) read only these (ADR 0066; ADR 0065 had Due > 0 AND Paid = 0, a subset). Partial (filtered on SQL
        // Server): about a tenth of the lines. The filter is in both engines' syntax, and the queries that use it say
        // the same term.
        builder.HasIndex(l => new { l.SheetId, l.MemberId, l.Excused, l.Paid }, ArrearsIndex).HasFilter(ArrearsFilter);
        builder.HasIndex(l => l.MemberId);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class DuesLineConfiguration : IEntityTypeConfiguration<DuesLine>
{
    public const string ArrearsIndex = "IX_DuesLines_Arrears";

    public const string ArrearsFilter = "Arrears > 0";

    public const string MemberArrearsIndex = "IX_DuesLines_MemberArrears";

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
        // The same lines in member order with the sheet's month and cell copied onto them (ADR 0105): the whole
        // register's lines in arrears are grouped per member (the agenda's oldest months, the removal review, the
        // members in arrears) reading this index alone, in its order, without each line's sheet; a member's lines in
        // arrears of a year are one range of it. Every column the queries name is in it (the arrears too), so SQLite
        // reads no line's row.
        builder.HasIndex(l => new { l.MemberId, l.Month, l.OrganizationId, l.Excused, l.Paid, l.Arrears }, MemberArrearsIndex).HasFilter(ArrearsFilter);
        builder.HasIndex(l => l.MemberId);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

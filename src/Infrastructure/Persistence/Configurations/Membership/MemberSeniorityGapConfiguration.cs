using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class MemberSeniorityGapConfiguration : IEntityTypeConfiguration<MemberSeniorityGap>
{
    public void Configure(EntityTypeBuilder<MemberSeniorityGap> builder)
    {
        builder.ToTable("MemberSeniorityGaps");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Ignore(g => g.Period);
        builder.Property(g => g.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(g => g.DocumentNumber).HasMaxLength(64);
        builder.Property(g => g.Note).HasMaxLength(512);
        builder.Property(g => g.EndedByDecisionNumber).HasMaxLength(64);
        builder.Property(g => g.EndReason).HasMaxLength(512);
        builder.HasIndex(g => g.MemberId);
    }
}

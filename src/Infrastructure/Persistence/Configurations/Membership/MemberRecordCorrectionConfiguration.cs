using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class MemberRecordCorrectionConfiguration : IEntityTypeConfiguration<MemberRecordCorrection>
{
    public void Configure(EntityTypeBuilder<MemberRecordCorrection> builder)
    {
        builder.ToTable("MemberRecordCorrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Field).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.OldValue).HasMaxLength(256).IsRequired();
        builder.Property(c => c.NewValue).HasMaxLength(256).IsRequired();
        builder.Property(c => c.DecisionNumber).HasMaxLength(64).IsRequired();
        builder.Property(c => c.DecisionIssuer).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Note).HasMaxLength(512);
        builder.HasIndex(c => c.MemberId);
    }
}

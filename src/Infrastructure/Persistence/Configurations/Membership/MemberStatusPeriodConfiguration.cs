using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class MemberStatusPeriodConfiguration : IEntityTypeConfiguration<MemberStatusPeriod>
{
    public void Configure(EntityTypeBuilder<MemberStatusPeriod> builder)
    {
        builder.ToTable("MemberStatusPeriods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.DecisionNumber).HasMaxLength(64);
        builder.Property(p => p.Reason).HasMaxLength(512);
        builder.Property(p => p.LeavingReason).HasConversion<string>().HasMaxLength(48);
        builder.Ignore(p => p.Period);
        // Covering (ADR 0057): "the member's status on a day" (rosters, attendance, review months) is answered by the index
        // alone, without a lookup of each row.
        builder.HasIndex(p => new { p.MemberId, p.StartsOn, p.EndsOn, p.Status });
        builder.HasIndex(p => new { p.StartsOn, p.EndsOn });
    }
}

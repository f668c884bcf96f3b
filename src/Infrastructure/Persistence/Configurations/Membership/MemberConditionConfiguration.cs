using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class MemberConditionConfiguration : IEntityTypeConfiguration<MemberCondition>
{
    public void Configure(EntityTypeBuilder<MemberCondition> builder)
    {
        builder.ToTable("MemberConditions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Ignore(c => c.Period);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Ground).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.DecisionNumber).HasMaxLength(64);
        builder.Property(c => c.EndDecisionNumber).HasMaxLength(64);
        builder.Property(c => c.Reason).HasMaxLength(512);
        builder.HasIndex(c => new { c.MemberId, c.StartsOn });
        builder.HasIndex(c => new { c.StartsOn, c.EndsOn });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Badges;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class BadgeAwardConfiguration : IEntityTypeConfiguration<BadgeAward>
{
    public void Configure(EntityTypeBuilder<BadgeAward> builder)
    {
        builder.ToTable("BadgeAwards");
        builder.ConfigureAggregateRoot();
        builder.Property(a => a.Basis).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.DecisionNumber).HasMaxLength(BadgeAward.DecisionNumberMaxLength);
        builder.Property(a => a.RuleSetCode).HasMaxLength(32).IsUnicode(false);

        // One badge of each level per member: the database holds it when two awards race.
        builder.HasIndex(a => new { a.MemberId, a.Years }).IsUnique();
        builder.HasIndex(a => a.RoundDate);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

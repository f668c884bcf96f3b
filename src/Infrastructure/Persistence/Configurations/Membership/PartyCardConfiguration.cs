using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Cards;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

/// <summary>The member's card register: a child of the member aggregate (configured from this side, so the member's configuration is untouched).</summary>
internal sealed class PartyCardConfiguration : IEntityTypeConfiguration<PartyCard>
{
    public void Configure(EntityTypeBuilder<PartyCard> builder)
    {
        builder.ToTable("PartyCards");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(PartyCard.NumberLength).IsUnicode(false).IsRequired();
        builder.Property(c => c.Issue).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.EndReason).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.DecisionNumber).HasMaxLength(PartyCard.DecisionNumberMaxLength);
        builder.HasIndex(c => c.Number);
        builder.HasIndex(c => new { c.MemberId, c.Status });
        builder.HasOne<PartyMember>().WithMany(m => m.Cards).HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PartyCard>().WithMany().HasForeignKey(c => c.ReplacesCardId).OnDelete(DeleteBehavior.Restrict);
    }
}

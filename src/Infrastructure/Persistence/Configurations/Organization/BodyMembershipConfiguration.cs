using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Organization;

internal sealed class BodyMembershipConfiguration : IEntityTypeConfiguration<BodyMembership>
{
    public void Configure(EntityTypeBuilder<BodyMembership> builder)
    {
        builder.ToTable("BodyMemberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.DecisionNumber).HasMaxLength(64);
        builder.HasIndex(m => m.MemberId);
        builder.HasIndex(m => m.ElectionId);
        builder.HasOne<Election>().WithMany().HasForeignKey(m => m.ElectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

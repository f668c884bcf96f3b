using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Elections;

internal sealed class ElectionVoterConfiguration : IEntityTypeConfiguration<ElectionVoter>
{
    public void Configure(EntityTypeBuilder<ElectionVoter> builder)
    {
        builder.ToTable("ElectionVoters");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Attendance).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(v => new { v.ElectionId, v.MemberId }).IsUnique();
        builder.HasIndex(v => v.MemberId);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

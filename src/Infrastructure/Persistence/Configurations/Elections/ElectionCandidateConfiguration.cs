using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Elections;

internal sealed class ElectionCandidateConfiguration : IEntityTypeConfiguration<ElectionCandidate>
{
    public void Configure(EntityTypeBuilder<ElectionCandidate> builder)
    {
        builder.ToTable("ElectionCandidates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.ElectionId, c.MemberId }).IsUnique();
        builder.HasIndex(c => c.MemberId);
        builder.Property(c => c.Standing).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class AdmissionVoteConfiguration : IEntityTypeConfiguration<AdmissionVote>
{
    public void Configure(EntityTypeBuilder<AdmissionVote> builder)
    {
        builder.ToTable("AdmissionVotes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.RuleSetCode).HasMaxLength(32).IsRequired();
    }
}

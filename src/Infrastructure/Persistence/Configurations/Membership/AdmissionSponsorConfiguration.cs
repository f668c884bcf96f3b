using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class AdmissionSponsorConfiguration : IEntityTypeConfiguration<AdmissionSponsor>
{
    public void Configure(EntityTypeBuilder<AdmissionSponsor> builder)
    {
        builder.ToTable("AdmissionSponsors");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.ReplacementReason).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(s => s.IsCollective);
        builder.Ignore(s => s.IsYouthCollective);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

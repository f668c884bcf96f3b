using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class DuesBasisConfiguration : IEntityTypeConfiguration<DuesBasis>
{
    public void Configure(EntityTypeBuilder<DuesBasis> builder)
    {
        builder.ToTable("DuesBases");
        builder.ConfigureAggregateRoot();
        builder.Property(b => b.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.ReductionReason).HasMaxLength(DuesBasis.ReasonMaxLength);
        builder.HasIndex(b => new { b.MemberId, b.EffectiveFrom }).IsUnique();
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

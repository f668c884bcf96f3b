using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Elections;

internal sealed class ElectionConfiguration : IEntityTypeConfiguration<Election>
{
    public void Configure(EntityTypeBuilder<Election> builder)
    {
        builder.ToTable("Elections");
        builder.ConfigureAggregateRoot();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ElectionKind.Body).HasSentinel((ElectionKind)(-1));
        builder.Property(e => e.Body).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Congress).HasMaxLength(Election.CongressMaxLength);
        builder.Property(e => e.AllotmentDocument).HasMaxLength(Election.DecisionNumberMaxLength);
        builder.Property(e => e.Office).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.RuleSetCode).HasMaxLength(32);
        builder.Property(e => e.DecisionNumber).HasMaxLength(Election.DecisionNumberMaxLength);
        builder.Property(e => e.Irregularities).HasMaxLength(256);
        builder.HasIndex(e => new { e.OrganizationId, e.TermId, e.HeldOn });
        builder.Property(e => e.Round).HasDefaultValue(1);
        builder.HasIndex(e => e.PreviousRoundId);
        builder.HasOne<Election>().WithMany().HasForeignKey(e => e.PreviousRoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Term>().WithMany().HasForeignKey(e => e.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Voters).WithOne().HasForeignKey(v => v.ElectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Voters).HasField("voters").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.Candidates).WithOne().HasForeignKey(c => c.ElectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Candidates).HasField("candidates").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class TransferConfiguration : IEntityTypeConfiguration<Transfer>
{
    public void Configure(EntityTypeBuilder<Transfer> builder)
    {
        builder.ToTable("Transfers");
        builder.ConfigureAggregateRoot();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Cause).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ExternalOrganization).HasMaxLength(256);
        builder.Property(t => t.RejectionReason).HasMaxLength(512);
        builder.Property(t => t.DecisionNumber).HasMaxLength(64);
        builder.Property(t => t.InterruptionDecision).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.InterruptionDecisionNumber).HasMaxLength(64);
        builder.Property(t => t.InterruptionDismissalReason).HasMaxLength(512);
        builder.HasIndex(t => new { t.MemberId, t.RequestedOn });
        builder.HasIndex(t => new { t.Status, t.Kind });

        // A member has at most one open (REQUESTED or SENT) transfer: the database holds it when two requests race.
        builder.HasIndex(t => t.MemberId)
            .IsUnique()
            .HasFilter(UniqueIndexRules.OpenTransferFilter)
            .HasDatabaseName(UniqueIndexRules.OneOpenTransferPerMember);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(t => t.FromOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(t => t.ToOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

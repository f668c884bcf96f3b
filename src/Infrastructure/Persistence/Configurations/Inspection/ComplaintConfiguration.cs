using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection.Complaints;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("DisciplineComplaints");
        builder.ConfigureAggregateRoot();
        builder.Property(c => c.DecidedBy).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.NotAcceptedReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Settler).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.NewForm).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ComplainantName).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.Content).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.Note).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.DecisionNumber).HasMaxLength(Complaint.NumberMaxLength);
        builder.Property(c => c.RuleSetCode).HasMaxLength(32);
        builder.HasIndex(c => new { c.OrganizationId, c.ReceivedOn });
        builder.HasIndex(c => c.DisciplinaryActionId);
        builder.HasOne<DisciplinaryAction>().WithMany().HasForeignKey(c => c.DisciplinaryActionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class DisciplineActionConfiguration : IEntityTypeConfiguration<DisciplinaryAction>
{
    public void Configure(EntityTypeBuilder<DisciplinaryAction> builder)
    {
        builder.ToTable("DisciplinaryActions");
        builder.ConfigureAggregateRoot();
        builder.Property(a => a.SubjectKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SubjectCategory).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Form).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Body).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Violation).HasMaxLength(DisciplinaryAction.TextMaxLength);
        builder.Property(a => a.DecisionNumber).HasMaxLength(DisciplinaryAction.NumberMaxLength);
        builder.Property(a => a.RuleSetCode).HasMaxLength(32);
        builder.Property(a => a.PreviousForm).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.AmendmentNumber).HasMaxLength(DisciplinaryAction.NumberMaxLength);
        builder.Property(a => a.AmendmentReason).HasMaxLength(DisciplinaryAction.TextMaxLength);
        builder.HasIndex(a => new { a.MemberId, a.DecidedOn });
        builder.HasIndex(a => new { a.OrganizationId, a.DecidedOn });
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

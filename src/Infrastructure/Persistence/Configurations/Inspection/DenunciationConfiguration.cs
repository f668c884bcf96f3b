using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection.Denunciations;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class DenunciationConfiguration : IEntityTypeConfiguration<Denunciation>
{
    public void Configure(EntityTypeBuilder<Denunciation> builder)
    {
        builder.ToTable("Denunciations");
        builder.ConfigureAggregateRoot();
        builder.Property(d => d.SubjectKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Settler).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.NotAcceptedReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.DenouncerName).HasMaxLength(Denunciation.NameMaxLength);
        builder.Property(d => d.DenouncerAddress).HasMaxLength(Denunciation.NameMaxLength);
        builder.Property(d => d.Content).HasMaxLength(Denunciation.TextMaxLength);
        builder.Property(d => d.Note).HasMaxLength(Denunciation.TextMaxLength);
        builder.Property(d => d.ConclusionNumber).HasMaxLength(Denunciation.NumberMaxLength);
        builder.Property(d => d.RuleSetCode).HasMaxLength(32);
        builder.HasIndex(d => new { d.OrganizationId, d.ReceivedOn });
        builder.HasIndex(d => d.MemberId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(d => d.SubjectOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(d => d.AssigneeId).OnDelete(DeleteBehavior.Restrict);
    }
}

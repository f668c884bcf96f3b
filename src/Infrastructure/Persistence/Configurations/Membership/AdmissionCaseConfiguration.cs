using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class AdmissionCaseConfiguration : IEntityTypeConfiguration<AdmissionCase>
{
    public void Configure(EntityTypeBuilder<AdmissionCase> builder)
    {
        builder.ToTable("AdmissionCases");
        builder.ConfigureAggregateRoot();
        builder.Property(a => a.FullName).HasMaxLength(PersonName.MaxLength).IsRequired();
        builder.Property(a => a.NameFolded).HasMaxLength(PersonName.MaxLength).IsRequired().IsUnicode(false).IsNotAudited();
        builder.Property(a => a.NameSortKey).HasMaxLength(3 * PersonName.MaxLength).IsRequired().IsUnicode(false).IsNotAudited();
        builder.Property(a => a.Sex).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.EthnicityCode).HasMaxLength(2).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(a => a.GeneralEducation).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.CourseCertificateNumber).HasMaxLength(64);
        builder.Property(a => a.CellResolutionNumber).HasMaxLength(64);
        builder.Property(a => a.CommitteeDecisionNumber).HasMaxLength(64);
        builder.Property(a => a.RecognitionDecisionNumber).HasMaxLength(64);
        builder.Property(a => a.ClosedReason).HasMaxLength(512);
        builder.Property(a => a.EligibilityRuleSetCode).HasMaxLength(32);
        builder.Property(a => a.DecisionExtensionNumber).HasMaxLength(64);
        builder.Property(a => a.DecisionExtensionReason).HasMaxLength(512);
        builder.Property(a => a.RecognitionResolutionNumber).HasMaxLength(64);
        builder.Property(a => a.RecognitionExtensionNumber).HasMaxLength(64);
        builder.Property(a => a.RecognitionExtensionReason).HasMaxLength(512);
        builder.HasIndex(a => new { a.OrganizationId, a.Stage });
        builder.HasIndex(a => a.MemberId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Sponsors).WithOne().HasForeignKey(s => s.AdmissionCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Sponsors).HasField("sponsors").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.ActiveSponsors);
        builder.HasMany(a => a.Votes).WithOne().HasForeignKey(v => v.AdmissionCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Votes).HasField("votes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

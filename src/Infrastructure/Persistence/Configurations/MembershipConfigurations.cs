using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations;

internal sealed class PartyMemberConfiguration : IEntityTypeConfiguration<PartyMember>
{
    public void Configure(EntityTypeBuilder<PartyMember> builder)
    {
        builder.ToTable("Members");
        builder.ConfigureAggregateRoot();
        builder.Property(m => m.FullName).HasMaxLength(PersonName.MaxLength).IsRequired();
        builder.Property(m => m.FamilyName).HasMaxLength(PersonName.MaxLength).IsRequired().IsNotAudited();
        builder.Property(m => m.MiddleName).HasMaxLength(PersonName.MaxLength).IsRequired().IsNotAudited();
        builder.Property(m => m.GivenName).HasMaxLength(PersonName.MaxLength).IsRequired().IsNotAudited();
        builder.Property(m => m.NameFolded).HasMaxLength(PersonName.MaxLength).IsRequired().IsUnicode(false).IsNotAudited();
        builder.Property(m => m.NameSortKey).HasMaxLength(3 * PersonName.MaxLength).IsRequired().IsUnicode(false).IsNotAudited();
        builder.Property(m => m.Sex).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.PlaceOfBirth).HasMaxLength(256);
        builder.Property(m => m.HomeTown).HasMaxLength(256);
        builder.Property(m => m.EthnicityCode).HasMaxLength(2).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(m => m.Religion).HasMaxLength(64);
        builder.Property(m => m.CitizenId).HasMaxLength(12).IsUnicode(false);
        builder.Property(m => m.GeneralEducation).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.ProfessionalLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.PoliticalTheoryLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Position).HasMaxLength(256);
        builder.Property(m => m.Phone).HasMaxLength(20).IsUnicode(false);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.Address).HasMaxLength(512);
        builder.Property(m => m.PartyCardNumber).HasMaxLength(8).IsUnicode(false);
        builder.Property(m => m.RecordNumber).HasMaxLength(16).IsUnicode(false);
        builder.Property(m => m.AdmissionDecisionNumber).HasMaxLength(64);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(32);

        builder.HasIndex(m => m.PartyCardNumber).IsUnique();
        builder.HasIndex(m => m.CitizenId).IsUnique();
        builder.HasIndex(m => m.RecordNumber).IsUnique();
        builder.HasIndex(m => m.NameSortKey);
        builder.HasIndex(m => new { m.OrganizationId, m.NameSortKey });

        // Indexes measured in bench/ (docs/benchmarks.md): counting by status reads a narrow index; the statistics of
        // the current membership read a covering index instead of the wide rows; search scans the folded names in a
        // narrow covering index and looks up only the matching rows.
        // Column order = the statistics' GROUP BY order, so the database groups while scanning, without sorting.
        builder.HasIndex(m => new
        {
            m.Status, m.Sex, m.EthnicityCode, m.GeneralEducation, m.ProfessionalLevel, m.PoliticalTheoryLevel,
            m.IsProvincialCommitteeMember, m.OrganizationId, m.DateOfBirth, m.AdmissionDecisionDate,
        }).HasDatabaseName("IX_Members_Statistics");
        builder.HasIndex(m => m.Status).HasDatabaseName("IX_Members_Status");
        builder.HasIndex(m => new { m.NameFolded, m.Id }).HasDatabaseName("IX_Members_Search");
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(m => m.StatusHistory).WithOne().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.StatusHistory).HasField("statusHistory").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.Placements).WithOne().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Placements).HasField("placements").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MemberStatusPeriodConfiguration : IEntityTypeConfiguration<MemberStatusPeriod>
{
    public void Configure(EntityTypeBuilder<MemberStatusPeriod> builder)
    {
        builder.ToTable("MemberStatusPeriods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.DecisionNumber).HasMaxLength(64);
        builder.Property(p => p.Reason).HasMaxLength(512);
        builder.HasIndex(p => new { p.MemberId, p.StartsOn });
        builder.HasIndex(p => new { p.StartsOn, p.EndsOn });
    }
}

internal sealed class MemberPlacementConfiguration : IEntityTypeConfiguration<MemberPlacement>
{
    public void Configure(EntityTypeBuilder<MemberPlacement> builder)
    {
        builder.ToTable("MemberPlacements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.OrganizationId, p.StartsOn });
        builder.HasIndex(p => new { p.MemberId, p.StartsOn });
        builder.HasIndex(p => p.StartsOn);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

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
        builder.HasIndex(a => new { a.OrganizationId, a.Stage });
        builder.HasIndex(a => a.MemberId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Sponsors).WithOne().HasForeignKey(s => s.AdmissionCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Sponsors).HasField("sponsors").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AdmissionSponsorConfiguration : IEntityTypeConfiguration<AdmissionSponsor>
{
    public void Configure(EntityTypeBuilder<AdmissionSponsor> builder)
    {
        builder.ToTable("AdmissionSponsors");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

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
        builder.Property(t => t.ExternalOrganization).HasMaxLength(256);
        builder.Property(t => t.RejectionReason).HasMaxLength(512);
        builder.Property(t => t.DecisionNumber).HasMaxLength(64);
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

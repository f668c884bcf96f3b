using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

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
        builder.Property(m => m.NameOrder).HasConversion<string>().HasMaxLength(16).HasDefaultValue(NameOrder.FamilyFirst).HasSentinel((NameOrder)(-1));
        builder.Property(m => m.BirthName).HasMaxLength(PartyMember.OtherNameMaxLength);
        builder.Property(m => m.Alias).HasMaxLength(PartyMember.OtherNameMaxLength);
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
        builder.Property(m => m.ReadmissionDecisionNumber).HasMaxLength(64);
        builder.Property(m => m.Occupation).HasMaxLength(256);
        builder.Property(m => m.ForeignLanguages).HasMaxLength(256);
        builder.Property(m => m.ItLevel).HasMaxLength(128);
        builder.Property(m => m.AcademicTitle).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Awards).HasMaxLength(2000);
        builder.Ignore(m => m.ProbationStartsOn);

        builder.HasIndex(m => m.PartyCardNumber).IsUnique();
        builder.HasIndex(m => m.CitizenId).IsUnique();
        builder.HasIndex(m => m.RecordNumber).IsUnique();
        // The list's order by name with its tie-breaker (ADR 0059): a walk of this index needs no sort at all, which is
        // what makes SQLite's planner walk it for a large subtree instead of reading and sorting every row. The status
        // after them lets a walk skip the members who are not current on the index's entries and read the table for the
        // page's rows only (session 69, ADR 0104, migration MemberIndexesCoverTheirFilters: page 2000 of the 1M register
        // 0.9-1.1 s -> 0.07 s). Not the folded name too: SQLite then counted a broad search through this wider index
        // instead of IX_Members_Search (twice as slow).
        builder.HasIndex(m => new { m.NameSortKey, m.Id, m.Status }).HasDatabaseName("IX_Members_NameSortKey");
        // A subtree's (and a cell's) members in the list's name order (name, then identifier), with the status and the
        // folded name (session 72, ADR 0109): a subtree's search that tests each member's name (a broad text, or one matching
        // member by member) counts its members and orders the matching identifiers on this index alone, then reads only the
        // page's rows (a 200-cell sub-committee of the 1M register, 50k members: every row was read for its name, then every
        // matching row sorted, 0.2 s per statement). Same name; the order of its first two columns unchanged.
        builder.HasIndex(m => new { m.OrganizationId, m.NameSortKey, m.Id, m.Status, m.NameFolded }).HasDatabaseName("IX_Members_OrganizationId_NameSortKey");

        // Indexes measured in bench/ (docs/benchmarks.md): counting by status reads a narrow index; the statistics of
        // the current membership read a covering index instead of the wide rows; search scans the folded names in a
        // narrow covering index and looks up only the matching rows.
        // Column order = the statistics' GROUP BY order, so the database groups while scanning, without sorting.
        builder.HasIndex(m => new
        {
            m.Status, m.Sex, m.EthnicityCode, m.GeneralEducation, m.ProfessionalLevel, m.PoliticalTheoryLevel,
            m.IsProvincialCommitteeMember, m.OrganizationId, m.DateOfBirth, m.SeniorityCountedFrom,
        }).HasDatabaseName("IX_Members_Statistics");
        builder.HasIndex(m => m.Status).HasDatabaseName("IX_Members_Status");
        // Today's statistics from the pre-aggregated counts (ADR 0030) read the members of one partial year per age or
        // seniority band limit: a range of these indexes, covering the filter on status and organisation.
        // The name after the birth date (session 72, ADR 0108): the list sorted by birth date (sort=birthYear, either
        // direction; its second key is the name) walks this index in its order and stops after the page, as the lists by
        // name and by admission date do (ADR 0059, 0104, 0107), instead of looking up every member's row of the dates walked
        // to order their ties by name (the 1M register's page 2000: 1.2-1.4 s).
        builder.HasIndex(m => new { m.DateOfBirth, m.NameSortKey, m.Status, m.OrganizationId }).HasDatabaseName("IX_Members_BirthDate");
        builder.HasIndex(m => new { m.SeniorityCountedFrom, m.Status, m.OrganizationId }).HasDatabaseName("IX_Members_SeniorityFrom");
        // The same counts over a subtree (not the whole register) read, per organisation of the subtree, a range of its
        // members' birth dates or its members' seniority dates from this index alone (issue 12, session 68: a subtree of
        // 200 cells and 50k members in the 1M register took 150-300 ms per band through the indexes above, its statistics
        // today 1.5 s; 3-10 ms per band with this one). Its last column, the identifier, covers the subtree's members
        // joined to their conditions in force (session 69, ADR 0102, migration MemberIndexesCoverTheirFilters: SQLite read
        // each of the 50k members' rows for it, 0.3 s; SQL Server's nonclustered indexes carry the clustered key anyway).
        builder.HasIndex(m => new { m.OrganizationId, m.Status, m.DateOfBirth, m.SeniorityCountedFrom, m.Id }).HasDatabaseName("IX_Members_Subtree_Dates");
        // The folded names (the import's namesakes by equality) with the status: a broad search's count, which tests every
        // current member's name (ADR 0101, 0103), reads this index alone instead of the register's rows (session 69,
        // migration MemberIndexesCoverTheirFilters).
        builder.HasIndex(m => new { m.NameFolded, m.Id, m.Status }).HasDatabaseName("IX_Members_Search");
        // The list sorted by admission date (sort=admissionDecisionDate, either direction) walks this index in its
        // order and stops after the page, instead of reading and sorting the whole register (ADR 0059: at 1M members
        // a page took 3.9 s). The name is the list's second sort key; the descending order is the exact reverse. The
        // status and the cell after them (session 71, migration MembersAdmissionDateCarriesStatusAndCell): the walk skips
        // former members on the index (as ADR 0104's name order), and a year's admissions per cell (target progress) are
        // counted from the index alone instead of looking up each admitted member's row (ADR 0107).
        builder.HasIndex(m => new { m.AdmissionDecisionDate, m.NameSortKey, m.Status, m.OrganizationId }).HasDatabaseName("IX_Members_AdmissionDate");
        // The membership movements of a period take the members recognised full in it from a range of this index (with
        // the admissions' range above and the leaving status periods'), not from a test of every member (session 57:
        // 9 s of the register's report at 1M members).
        builder.HasIndex(m => m.FullMembershipDate).HasDatabaseName("IX_Members_FullMembershipDate");
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(m => m.StatusHistory).WithOne().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.StatusHistory).HasField("statusHistory").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.Placements).WithOne().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Placements).HasField("placements").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Conditions and seniority gaps are few per member and every rule on the member reads them (a suspended member
        // holds no seat, seniority leaves out the gaps): loaded with the member wherever it is loaded.
        builder.HasMany(m => m.Conditions).WithOne().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Conditions).HasField("conditions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(m => m.SeniorityGaps).WithOne().HasForeignKey(g => g.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.SeniorityGaps).HasField("seniorityGaps").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(m => m.Corrections).WithOne().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Corrections).HasField("corrections").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.Qualifications).WithOne().HasForeignKey(q => q.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Qualifications).HasField("qualifications").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.WorkHistory).WithOne().HasForeignKey(w => w.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.WorkHistory).HasField("workHistory").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.FamilyRelations).WithOne().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.FamilyRelations).HasField("familyRelations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.SupplementarySheets).WithOne().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.SupplementarySheets).HasField("supplementarySheets").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

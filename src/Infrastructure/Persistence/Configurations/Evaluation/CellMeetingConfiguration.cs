using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Application.Evaluation.Meetings;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation;

internal sealed class CellMeetingConfiguration : IEntityTypeConfiguration<CellMeeting>
{
    public void Configure(EntityTypeBuilder<CellMeeting> builder)
    {
        builder.ToTable("CellMeetings");
        builder.ConfigureAggregateRoot();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Agenda).HasMaxLength(CellMeeting.AgendaMaxLength).IsRequired();
        // A cell's meetings by day; the kind last (session 72, ADR 0108): the regular meetings of a period, which the review
        // months of the agenda and of the rating statistics read for every cell of a subtree, are found on the index alone
        // instead of looking up each meeting's row for its kind (the 1M register's 4,000 cells: 48,000 lookups a request).
        builder.HasIndex(m => new { m.OrganizationId, m.HeldOn, m.Kind });

        // The attendance counts kept with the meeting (ADR 0092), written only by the recount (the save pipeline's, the
        // backfill job's). The meetings still without them, in an index of their own: what the backfill job reads.
        builder.Property<int?>(MeetingAttendanceCounts.Expected);
        builder.Property<int?>(MeetingAttendanceCounts.Present);
        builder.HasIndex(MeetingAttendanceCounts.Expected).HasDatabaseName(MeetingAttendanceCounts.UncountedIndex).HasFilter($"{MeetingAttendanceCounts.Expected} IS NULL");
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(m => m.ChairMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(m => m.SecretaryMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attendance).HasField("attendance").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.Documents).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Documents).HasField("documents").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

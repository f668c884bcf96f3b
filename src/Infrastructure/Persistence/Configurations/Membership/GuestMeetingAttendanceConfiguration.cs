using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership.Guests;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

/// <summary>A guest's attendance at a meeting of the host cell (never in the meeting's figures).</summary>
internal sealed class GuestMeetingAttendanceConfiguration : IEntityTypeConfiguration<GuestMeetingAttendance>
{
    public void Configure(EntityTypeBuilder<GuestMeetingAttendance> builder)
    {
        builder.ToTable("GuestMeetingAttendances");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => new { a.GuestId, a.MeetingId }).IsUnique();
        builder.HasIndex(a => a.MeetingId);
        builder.HasOne<CellMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership.Guests;

/// <summary>Conversion into an official transfer, and attendance at the host cell's meetings.</summary>
public sealed partial class TemporaryGuest
{
    private readonly List<GuestMeetingAttendance> attendance = [];

    /// <summary>Attendance recorded at the host cell's meetings (never counted in the meeting's figures).</summary>
    public IReadOnlyList<GuestMeetingAttendance> Attendance => attendance;

    /// <summary>
    /// Closes the guest as CONVERTED on <paramref name="receivedOn"/>: the home committee sent the official transfer
    /// (Quy định 24-QĐ/TW 2021, 232-QĐ/TW and 294-QĐ/TW 2025 point 6.3.2: beyond the temporary period the member
    /// transfers officially; point 6.3.1: the official letter is presented at the receiving organisation) and the host
    /// cell received it that day, so that the member record created here takes over from the same day. The guest must
    /// still be attending (not returned, not converted) and the day is not before the presentation nor in the future.
    /// </summary>
    public void ConvertToOfficial(Guid memberId, Guid transferId, DateOnly receivedOn, DateOnly today)
    {
        EnsureAttending();
        EnsureStepDate(receivedOn, today);
        Status = GuestStatus.Converted;
        ConvertedOn = receivedOn;
        ConvertedMemberId = memberId;
        ConvertedTransferId = transferId;
    }

    /// <summary>
    /// Records (or replaces) the guest's attendance at a meeting of <paramref name="meetingCellId"/> held on
    /// <paramref name="heldOn"/>: the meeting is the host cell's and the guest attends it that day. A guest has no
    /// vote and is not counted (point 6.3.2), so the attendance never enters the meeting's figures.
    /// </summary>
    public GuestMeetingAttendance RecordAttendance(Guid meetingId, Guid meetingCellId, DateOnly heldOn, AttendanceStatus status)
    {
        if (meetingCellId != HostOrganizationId)
        {
            throw Rule("guest.meeting_not_at_host", "The meeting is not one of the guest's host cell.");
        }

        if (!IsAttendingOn(heldOn))
        {
            throw Rule("guest.not_attending_on_meeting_day", "The guest was not on temporary party activity at the host cell on the meeting's day.", Format(heldOn));
        }

        var existing = attendance.FirstOrDefault(a => a.MeetingId == meetingId);
        if (existing is not null)
        {
            existing.Change(status);
            return existing;
        }

        var entry = new GuestMeetingAttendance(Ids.NewVersion7(), Id, meetingId, heldOn, status);
        attendance.Add(entry);
        return entry;
    }
}

/// <summary>A guest's attendance at one meeting of the host cell.</summary>
public sealed class GuestMeetingAttendance : Entity, IAuditable
{
    /// <summary>For persistence.</summary>
    private GuestMeetingAttendance(Guid id)
        : base(id)
    {
    }

    internal GuestMeetingAttendance(Guid id, Guid guestId, Guid meetingId, DateOnly heldOn, AttendanceStatus status)
        : base(id)
    {
        GuestId = guestId;
        MeetingId = meetingId;
        HeldOn = heldOn;
        Status = status;
    }

    public Guid GuestId { get; private set; }

    public Guid MeetingId { get; private set; }

    /// <summary>The meeting's day (copied, so that the guest's history reads without the meeting).</summary>
    public DateOnly HeldOn { get; private set; }

    public AttendanceStatus Status { get; private set; }

    internal void Change(AttendanceStatus status) => Status = status;
}

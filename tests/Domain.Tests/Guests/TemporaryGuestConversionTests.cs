using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Guests;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Guests;

/// <summary>A guest converted into an official transfer, and a guest's attendance at the host cell's meetings.</summary>
public sealed class TemporaryGuestConversionTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private readonly PartyOrganization host;
    private readonly TemporaryGuest guest;

    public TemporaryGuestConversionTests()
    {
        var committee = PartyOrganization.Create(Guid.NewGuid(), "DB-GC", "Đảng bộ Sở thử nghiệm", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);
        host = PartyOrganization.Create(Guid.NewGuid(), "CB-GC", "Chi bộ Thanh tra Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), committee);
        guest = TemporaryGuest.Register(
            Guid.NewGuid(),
            new GuestRegistration("Hà Thị Khách", new DateOnly(1990, 1, 2), "79011111", "Chi bộ Văn phòng", "Đảng bộ Sở Y tế", "3-GTT/ĐU", new DateOnly(2025, 3, 3), TransferPurpose.Work, new DateOnly(2025, 3, 10), new DateOnly(2025, 12, 31)),
            host,
            Today,
            TransferRuleSet.Statutory);
    }

    private static void ShouldBreak(Action action, string code, RuleViolationKind kind = RuleViolationKind.Unprocessable)
    {
        var exception = Should.Throw<DomainRuleException>(action);
        exception.Code.ShouldBe(code);
        exception.Kind.ShouldBe(kind);
    }

    [Fact]
    public void A_converted_guest_attends_until_the_day_before_the_official_receipt_and_changes_no_more()
    {
        ShouldBreak(() => guest.ConvertToOfficial(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2025, 3, 9), Today), "guest.date_before_presentation");
        ShouldBreak(() => guest.ConvertToOfficial(Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(1), Today), EventDates.InFuture);

        var member = Guid.NewGuid();
        guest.ConvertToOfficial(member, Guid.NewGuid(), new DateOnly(2025, 9, 1), Today);

        guest.ShouldSatisfyAllConditions(g => g.Status.ShouldBe(GuestStatus.Converted), g => g.ConvertedOn.ShouldBe(new DateOnly(2025, 9, 1)), g => g.ConvertedMemberId.ShouldBe(member));
        guest.IsAttendingOn(new DateOnly(2025, 8, 31)).ShouldBeTrue();
        guest.IsAttendingOn(new DateOnly(2025, 9, 1)).ShouldBeFalse();
        ShouldBreak(() => guest.ConvertToOfficial(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2025, 9, 2), Today), "guest.invalid_state", RuleViolationKind.Conflict);
        ShouldBreak(() => guest.Return(new DateOnly(2025, 9, 2), Today), "guest.invalid_state", RuleViolationKind.Conflict);
    }

    [Fact]
    public void A_returned_guest_cannot_be_converted()
    {
        guest.Return(new DateOnly(2025, 6, 1), Today);
        ShouldBreak(() => guest.ConvertToOfficial(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2025, 6, 2), Today), "guest.invalid_state", RuleViolationKind.Conflict);
    }

    [Fact]
    public void Attendance_is_recorded_at_the_host_cells_meetings_on_days_the_guest_attends()
    {
        var meeting = Guid.NewGuid();
        ShouldBreak(() => guest.RecordAttendance(meeting, Guid.NewGuid(), new DateOnly(2025, 4, 5), AttendanceStatus.Present), "guest.meeting_not_at_host");
        ShouldBreak(() => guest.RecordAttendance(meeting, host.Id, new DateOnly(2025, 3, 9), AttendanceStatus.Present), "guest.not_attending_on_meeting_day");
        ShouldBreak(() => guest.RecordAttendance(meeting, host.Id, new DateOnly(2026, 1, 1), AttendanceStatus.Present), "guest.not_attending_on_meeting_day");

        guest.RecordAttendance(meeting, host.Id, new DateOnly(2025, 3, 10), AttendanceStatus.Present);
        guest.RecordAttendance(meeting, host.Id, new DateOnly(2025, 3, 10), AttendanceStatus.Excused);
        guest.RecordAttendance(Guid.NewGuid(), host.Id, new DateOnly(2025, 12, 31), AttendanceStatus.Absent);

        guest.Attendance.Count.ShouldBe(2);
        guest.Attendance.Single(a => a.MeetingId == meeting).Status.ShouldBe(AttendanceStatus.Excused);
    }
}

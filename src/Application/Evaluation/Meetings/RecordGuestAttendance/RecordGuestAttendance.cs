using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership.Guests;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Evaluation.Meetings.RecordGuestAttendance;

/// <summary>A guest's attendance at a meeting of the host cell.</summary>
/// <param name="Status">PRESENT, EXCUSED or ABSENT.</param>
public sealed record GuestAttendance([property: Required] AttendanceStatus? Status);

public sealed record RecordGuestAttendanceCommand(Guid Id, Guid MeetingId, long ExpectedVersion, GuestAttendance Attendance) : ICommand<GuestDto>;

public sealed class RecordGuestAttendanceValidator : AbstractValidator<RecordGuestAttendanceCommand>
{
    public RecordGuestAttendanceValidator()
    {
        RuleFor(c => c.Attendance.Status).NotNull().IsDefinedEnum().OverridePropertyName("status");
    }
}

/// <summary>
/// Records (or replaces) the guest's attendance at a meeting of the host cell on a day the guest attends it. The
/// meeting's figures (counted, expected, present, rate) never include guests: they are not counted in the host's
/// membership and have no vote there (Quy định 24/232/294 point 6.3.2).
/// </summary>
public sealed class RecordGuestAttendanceHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<RecordGuestAttendanceCommand, GuestDto>
{
    public async ValueTask<GuestDto> Handle(RecordGuestAttendanceCommand command, CancellationToken cancellationToken)
    {
        var guest = await db.LoadGuestInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        guest.EnsureVersion(command.ExpectedVersion);
        var meeting = await db.Set<CellMeeting>().AsNoTracking()
            .Where(m => m.Id == command.MeetingId)
            .Select(m => new { m.Id, m.OrganizationId, m.HeldOn })
            .FirstOrDefaultAsync(cancellationToken);
        if (meeting is null || !await scope.CoversAsync(meeting.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("guest.meeting_not_found", "The meeting was not found.", RuleViolationKind.Unprocessable, command.MeetingId);
        }

        guest.RecordAttendance(meeting.Id, meeting.OrganizationId, meeting.HeldOn, command.Attendance.Status!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(guest, rules, cancellationToken);
    }
}

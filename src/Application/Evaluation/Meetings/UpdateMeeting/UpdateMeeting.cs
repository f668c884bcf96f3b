using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Meetings.HoldMeeting;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Evaluation.Meetings.UpdateMeeting;

/// <summary>Replaces a meeting's record (the cell stays; the month stays once members were reviewed at it).</summary>
public sealed record UpdateMeetingCommand(Guid Id, long ExpectedVersion, MeetingInput Meeting) : ICommand<MeetingDto>;

public sealed class UpdateMeetingValidator : AbstractValidator<UpdateMeetingCommand>
{
    public UpdateMeetingValidator(TimeProvider time) => this.AddMeetingRules(c => c.Meeting, time);
}

public sealed class UpdateMeetingHandler(IAppDbContext db, IOrganizationScope scope)
    : ICommandHandler<UpdateMeetingCommand, MeetingDto>
{
    public async ValueTask<MeetingDto> Handle(UpdateMeetingCommand command, CancellationToken cancellationToken)
    {
        var cellId = (await db.LoadMeetingInScopeAsync(scope, command.Id, tracking: false, cancellationToken)).OrganizationId;
        return await db.ExclusiveAsync([Locks.Organization(cellId)], ct => UpdateAsync(command, ct), cancellationToken);
    }

    private async Task<MeetingDto> UpdateAsync(UpdateMeetingCommand command, CancellationToken cancellationToken)
    {
        var meeting = await db.LoadMeetingInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        meeting.EnsureVersion(command.ExpectedVersion);
        var input = command.Meeting;
        if (input.OrganizationId != meeting.OrganizationId)
        {
            throw new DomainRuleException("meeting.cell_cannot_change", "A meeting stays the meeting of its cell.", RuleViolationKind.Unprocessable);
        }

        var cell = await db.LoadNamedOrganizationAsync(scope, meeting.OrganizationId, "meeting.organization_not_found", cancellationToken);
        var record = await db.ToRecordAsync(input, cell, cancellationToken);
        if ((record.HeldOn.Year, record.HeldOn.Month) != (meeting.HeldOn.Year, meeting.HeldOn.Month)
            && await db.MonthlyReviews.AnyAsync(r => r.MeetingId == meeting.Id, cancellationToken))
        {
            throw new DomainRuleException(
                "meeting.has_reviews", "Members were reviewed at this meeting: it stays in its month.", RuleViolationKind.Conflict, WireFormat.Date(meeting.HeldOn));
        }

        var roster = await db.RosterOnAsync([cell.Id], record.HeldOn, cancellationToken);
        var other = await db.OtherRegularInMonthAsync(cell.Id, record.HeldOn, meeting.Id, cancellationToken);
        meeting.Change(cell, record, [.. roster.Select(r => r.ToRoster())], other);
        db.CellMeetings.Entry(meeting).Property(m => m.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(meeting, cancellationToken);
    }
}

using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.Meetings.HoldMeeting;

/// <summary>One member's attendance as the minutes record it.</summary>
/// <param name="MemberId">A member counted in the cell on the day.</param>
/// <param name="Status">PRESENT, EXCUSED or ABSENT.</param>
public sealed record AttendanceInput([property: Required] Guid? MemberId, [property: Required] AttendanceStatus? Status);

/// <summary>The record of a meeting (POST records it, PUT replaces it).</summary>
/// <param name="OrganizationId">The cell (it cannot change afterwards).</param>
/// <param name="HeldOn">The day (not in the future).</param>
/// <param name="Kind">REGULAR (one a month, Điều lệ Đảng Điều 24 khoản 2), EXTRAORDINARY or THEMATIC.</param>
/// <param name="Agenda">The agenda (nội dung sinh hoạt).</param>
/// <param name="ChairMemberId">Chair: a member of the cell present.</param>
/// <param name="SecretaryMemberId">Minute-taker: a member of the cell present.</param>
/// <param name="Attendance">Every probationary and full member counted in the cell on the day; exempt and suspended members may be left out (EXCUSED).</param>
/// <param name="DocumentIds">Documents disseminated: entries of the cell's register or of the registers above it, issued on or before the day.</param>
public sealed record MeetingInput(
    [property: Required] Guid? OrganizationId,
    [property: Required] DateOnly? HeldOn,
    [property: Required] MeetingKind? Kind,
    [property: Required] string? Agenda,
    [property: Required] Guid? ChairMemberId,
    [property: Required] Guid? SecretaryMemberId,
    [property: Required] IReadOnlyList<AttendanceInput>? Attendance,
    IReadOnlyList<Guid>? DocumentIds);

public sealed record HoldMeetingCommand(MeetingInput Meeting) : ICommand<MeetingDto>;

internal static class MeetingInputRules
{
    public const int MaxAttendance = 500;
    public const int MaxDocuments = 50;

    public static void AddMeetingRules<T>(this AbstractValidator<T> validator, Func<T, MeetingInput> input, TimeProvider time)
    {
        validator.RuleFor(c => input(c).OrganizationId).NotEmpty().OverridePropertyName("organizationId");
        validator.RuleFor(c => input(c).HeldOn).NotNull().IsEventDate(time).OverridePropertyName("heldOn");
        validator.RuleFor(c => input(c).Kind).NotNull().IsDefinedEnum().OverridePropertyName("kind");
        validator.RuleFor(c => input(c).Agenda).NotEmpty().MaximumLength(CellMeeting.AgendaMaxLength).OverridePropertyName("agenda");
        validator.RuleFor(c => input(c).ChairMemberId).NotEmpty().OverridePropertyName("chairMemberId");
        validator.RuleFor(c => input(c).SecretaryMemberId).NotEmpty().OverridePropertyName("secretaryMemberId");
        validator.RuleFor(c => input(c).Attendance).NotNull().Must(a => a is null || a.Count <= MaxAttendance).OverridePropertyName("attendance");
        validator.RuleForEach(c => input(c).Attendance).ChildRules(a =>
        {
            a.RuleFor(x => x.MemberId).NotEmpty();
            a.RuleFor(x => x.Status).NotNull().IsDefinedEnum();
        }).OverridePropertyName("attendance");
        validator.RuleFor(c => input(c).DocumentIds).Must(d => d is null || d.Count <= MaxDocuments).OverridePropertyName("documentIds");
        validator.RuleForEach(c => input(c).DocumentIds).NotEmpty().OverridePropertyName("documentIds");
    }

    /// <summary>The record of the domain, with the documents found in the cell's visible registers (422 otherwise).</summary>
    public static async Task<MeetingRecord> ToRecordAsync(this IAppDbContext db, MeetingInput input, PartyOrganization cell, CancellationToken cancellationToken)
    {
        var ids = (input.DocumentIds ?? []).Distinct().ToList();
        var documents = await (from d in db.PartyDocuments.AsNoTracking()
                               join o in db.Organizations on d.OrganizationId equals o.Id
                               where ids.Contains(d.Id)
                               select new { d.Id, d.Number, d.IssuedOn, o.Path }).ToListAsync(cancellationToken);
        var visible = documents.Where(d => cell.Path.StartsWith(d.Path, StringComparison.Ordinal)).ToDictionary(d => d.Id);
        if (ids.FirstOrDefault(id => !visible.ContainsKey(id)) is var missing && missing != Guid.Empty)
        {
            throw new DomainRuleException(
                "meeting.document_not_found", "The document is not in the cell's register nor in a register above it.", RuleViolationKind.Unprocessable, missing);
        }

        return new MeetingRecord(
            input.HeldOn!.Value,
            input.Kind!.Value,
            input.Agenda!,
            input.ChairMemberId!.Value,
            input.SecretaryMemberId!.Value,
            [.. input.Attendance!.Select(a => (a.MemberId!.Value, a.Status!.Value))],
            [.. ids.Select(id => new DisseminatedDocument(id, visible[id].Number, visible[id].IssuedOn))]);
    }

    /// <summary>The day of another regular meeting of the cell in the month of <paramref name="heldOn"/>, if any.</summary>
    public static Task<DateOnly?> OtherRegularInMonthAsync(this IAppDbContext db, Guid cellId, DateOnly heldOn, Guid? except, CancellationToken cancellationToken)
    {
        var first = new DateOnly(heldOn.Year, heldOn.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return db.CellMeetings.AsNoTracking()
            .Where(m => m.OrganizationId == cellId && m.Kind == MeetingKind.Regular && m.HeldOn >= first && m.HeldOn <= last && m.Id != except)
            .Select(m => (DateOnly?)m.HeldOn)
            .FirstOrDefaultAsync(cancellationToken);
    }
}

public sealed class HoldMeetingValidator : AbstractValidator<HoldMeetingCommand>
{
    public HoldMeetingValidator(TimeProvider time) => this.AddMeetingRules(c => c.Meeting, time);
}

public sealed class HoldMeetingHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<HoldMeetingCommand, MeetingDto>
{
    /// <summary>Under the cell's lock: the one-regular-meeting-a-month check sees every meeting committed before.</summary>
    public ValueTask<MeetingDto> Handle(HoldMeetingCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.Meeting.OrganizationId!.Value)], ct => HoldAsync(command.Meeting, ct), cancellationToken));

    private async Task<MeetingDto> HoldAsync(MeetingInput input, CancellationToken cancellationToken)
    {
        var cell = await db.LoadNamedOrganizationAsync(scope, input.OrganizationId!.Value, "meeting.organization_not_found", cancellationToken);
        var record = await db.ToRecordAsync(input, cell, cancellationToken);
        var roster = await db.RosterOnAsync([cell.Id], record.HeldOn, cancellationToken);
        var other = await db.OtherRegularInMonthAsync(cell.Id, record.HeldOn, null, cancellationToken);

        var meeting = CellMeeting.Hold(Ids.NewVersion7(time.GetUtcNow()), cell, record, [.. roster.Select(r => r.ToRoster())], other);
        db.CellMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(meeting, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Guests;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Meetings;

/// <summary>One member's attendance.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="Status">PRESENT, EXCUSED or ABSENT.</param>
/// <param name="StatusLabel">Display label.</param>
public sealed record AttendanceDto(Guid MemberId, string FullName, AttendanceStatus Status, BilingualLabel StatusLabel);

/// <summary>
/// A guest on temporary party activity at the cell on the meeting's day (Quy định 24/232/294 point 6.3.2): listed
/// on the roster as a guest, never counted in the figures, never reviewed or rated.
/// </summary>
/// <param name="GuestId">The guest (/api/v1/temporary-guests/{id}).</param>
/// <param name="FullName">The guest's name.</param>
/// <param name="HomeOrganization">Where the guest is officially active and counted.</param>
/// <param name="Status">PRESENT, EXCUSED or ABSENT; null while not recorded.</param>
/// <param name="StatusLabel">Display label of <paramref name="Status"/>.</param>
public sealed record GuestAttendanceDto(Guid GuestId, string FullName, string HomeOrganization, AttendanceStatus? Status, BilingualLabel? StatusLabel);

/// <summary>A document disseminated at the meeting.</summary>
public sealed record MeetingDocumentDto(Guid DocumentId, string Number, string Title);

/// <summary>The attendance figures of a meeting.</summary>
/// <param name="Counted">Members counted in the cell on the day (every one has an attendance entry).</param>
/// <param name="Expected">Of them, probationary and full members (expected to attend).</param>
/// <param name="Present">Members present.</param>
/// <param name="Excused">Members excused (exempt and suspended members by default).</param>
/// <param name="Absent">Members absent without reason.</param>
/// <param name="AttendanceRate">Expected members present / expected × 100, rounded down to one decimal.</param>
public sealed record AttendanceFiguresDto(int Counted, int Expected, int Present, int Excused, int Absent, decimal AttendanceRate);

/// <summary>A cell meeting.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The cell.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="HeldOn">The day.</param>
/// <param name="Kind">REGULAR, EXTRAORDINARY or THEMATIC.</param>
/// <param name="KindLabel">Display label.</param>
/// <param name="Agenda">The agenda.</param>
/// <param name="ChairMemberId">Chair.</param>
/// <param name="SecretaryMemberId">Minute-taker.</param>
/// <param name="Figures">Attendance figures.</param>
/// <param name="Attendance">Every counted member's attendance, in Vietnamese name order.</param>
/// <param name="Documents">The documents disseminated.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="Guests">Guests on temporary party activity at the cell that day, with their attendance (PUT /temporary-guests/{id}/meetings/{meetingId}/attendance); never in <paramref name="Figures"/>.</param>
public sealed record MeetingDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    DateOnly HeldOn,
    MeetingKind Kind,
    BilingualLabel KindLabel,
    string Agenda,
    Guid ChairMemberId,
    Guid SecretaryMemberId,
    AttendanceFiguresDto Figures,
    IReadOnlyList<AttendanceDto> Attendance,
    IReadOnlyList<MeetingDocumentDto> Documents,
    long Version,
    IReadOnlyList<GuestAttendanceDto> Guests) : IVersioned;

/// <summary>A meeting in a list.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The cell.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="HeldOn">The day.</param>
/// <param name="Kind">REGULAR, EXTRAORDINARY or THEMATIC.</param>
/// <param name="KindLabel">Display label.</param>
/// <param name="Present">Members present.</param>
/// <param name="Counted">Members counted in the cell on the day.</param>
/// <param name="DocumentCount">Documents disseminated.</param>
/// <param name="Version">Concurrency version.</param>
public sealed record MeetingSummaryDto(
    Guid Id, Guid OrganizationId, string OrganizationName, DateOnly HeldOn, MeetingKind Kind, BilingualLabel KindLabel, int Present, int Counted, int DocumentCount, long Version);

internal static class MeetingViews
{
    public static async Task<MeetingDto> ToDtoAsync(this IAppDbContext db, CellMeeting meeting, CancellationToken cancellationToken)
    {
        var cellName = await db.Organizations.AsNoTracking().Where(o => o.Id == meeting.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var memberIds = meeting.Attendance.Select(a => a.MemberId).ToList();
        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.FullName, m.NameSortKey }).ToListAsync(cancellationToken);
        var byId = members.ToDictionary(m => m.Id);
        var roster = await db.RosterOnAsync([meeting.OrganizationId], meeting.HeldOn, cancellationToken);
        var expected = roster.Where(r => r.IsExpected).Select(r => r.MemberId).ToHashSet();

        var documentIds = meeting.Documents.Select(d => d.DocumentId).ToList();
        var documents = await db.PartyDocuments.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .OrderBy(d => d.IssuedOn).ThenBy(d => d.Number)
            .Select(d => new MeetingDocumentDto(d.Id, d.Number, d.Title)).ToListAsync(cancellationToken);

        var attendance = meeting.Attendance
            .OrderBy(a => byId.TryGetValue(a.MemberId, out var m) ? m.NameSortKey : string.Empty, StringComparer.Ordinal)
            .Select(a => new AttendanceDto(a.MemberId, byId.TryGetValue(a.MemberId, out var m) ? m.FullName : string.Empty, a.Status, EvaluationLabels.Of(a.Status)))
            .ToList();
        var presentExpected = meeting.Attendance.Count(a => a.Status == AttendanceStatus.Present && expected.Contains(a.MemberId));
        var figures = new AttendanceFiguresDto(
            meeting.Attendance.Count,
            expected.Count,
            meeting.Attendance.Count(a => a.Status == AttendanceStatus.Present),
            meeting.Attendance.Count(a => a.Status == AttendanceStatus.Excused),
            meeting.Attendance.Count(a => a.Status == AttendanceStatus.Absent),
            DisseminationCoverage.PercentDown(presentExpected, expected.Count));

        return new MeetingDto(
            meeting.Id, meeting.OrganizationId, cellName, meeting.HeldOn, meeting.Kind, EvaluationLabels.Of(meeting.Kind), meeting.Agenda,
            meeting.ChairMemberId, meeting.SecretaryMemberId, figures, attendance, documents, meeting.Version,
            await db.GuestsOnRosterAsync(meeting.Id, meeting.OrganizationId, meeting.HeldOn, cancellationToken));
    }

    /// <summary>The guests attending <paramref name="cellId"/> on <paramref name="heldOn"/>, by name, with their attendance at the meeting.</summary>
    private static async Task<IReadOnlyList<GuestAttendanceDto>> GuestsOnRosterAsync(
        this IAppDbContext db, Guid meetingId, Guid cellId, DateOnly heldOn, CancellationToken cancellationToken)
    {
        var candidates = await db.TemporaryGuests.AsNoTracking()
            .Where(g => g.HostOrganizationId == cellId && g.PresentedOn <= heldOn && g.Until >= heldOn)
            .ToListAsync(cancellationToken);
        return [.. candidates
            .Where(g => g.IsAttendingOn(heldOn))
            .OrderBy(g => g.NameSortKey, StringComparer.Ordinal)
            .Select(g => g.Attendance.FirstOrDefault(a => a.MeetingId == meetingId)?.Status is { } status
                ? new GuestAttendanceDto(g.Id, g.FullName, g.HomeOrganization, status, EvaluationLabels.Of(status))
                : new GuestAttendanceDto(g.Id, g.FullName, g.HomeOrganization, null, null))];
    }
}

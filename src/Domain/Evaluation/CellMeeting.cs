using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Evaluation;

/// <summary>What a meeting record says, as the cell writes it in its minutes.</summary>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="Kind">Regular (monthly), extraordinary or thematic.</param>
/// <param name="Agenda">The agenda (nội dung sinh hoạt).</param>
/// <param name="ChairMemberId">Who chaired it (chủ trì): a member of the cell present that day.</param>
/// <param name="SecretaryMemberId">Who kept the minutes (thư ký): a member of the cell present that day.</param>
/// <param name="Attendance">Attendance per member; members exempt or suspended that day may be left out (excused).</param>
/// <param name="Documents">The documents disseminated at it, each issued on or before the day.</param>
public sealed record MeetingRecord(
    DateOnly HeldOn,
    MeetingKind Kind,
    string Agenda,
    Guid ChairMemberId,
    Guid SecretaryMemberId,
    IReadOnlyList<(Guid MemberId, AttendanceStatus Status)> Attendance,
    IReadOnlyList<DisseminatedDocument> Documents);

/// <summary>A document disseminated at a meeting (its id and issue date, found in the cell's visible register).</summary>
public sealed record DisseminatedDocument(Guid DocumentId, string Number, DateOnly IssuedOn);

/// <summary>
/// A meeting of a party cell (sinh hoạt chi bộ): regular (the statute's monthly meeting), extraordinary or thematic.
/// Attendance is recorded for exactly the members counted in the cell on the day (<see cref="RosterMember"/>); the
/// documents disseminated at it make the dissemination coverage of each document.
/// </summary>
public sealed class CellMeeting : AggregateRoot
{
    public const int AgendaMaxLength = 4000;

    private readonly List<MeetingAttendance> attendance = [];
    private readonly List<MeetingDocument> documents = [];

    private CellMeeting(Guid id, Guid organizationId)
        : base(id)
    {
        OrganizationId = organizationId;
        Agenda = string.Empty;
    }

    /// <summary>The cell that met.</summary>
    public Guid OrganizationId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public MeetingKind Kind { get; private set; }

    public string Agenda { get; private set; }

    public Guid ChairMemberId { get; private set; }

    public Guid SecretaryMemberId { get; private set; }

    public IReadOnlyList<MeetingAttendance> Attendance => attendance;

    public IReadOnlyList<MeetingDocument> Documents => documents;

    /// <summary>
    /// Records a meeting of <paramref name="cell"/>. <paramref name="roster"/> is the list of members counted in the
    /// cell on the day; <paramref name="otherRegularOn"/> the day of another regular meeting of the cell in the same
    /// month, if any (the statute's regular meeting is monthly: a second one is refused).
    /// </summary>
    public static CellMeeting Hold(Guid id, PartyOrganization cell, MeetingRecord record, IReadOnlyList<RosterMember> roster, DateOnly? otherRegularOn)
    {
        var meeting = new CellMeeting(id, cell.Id);
        meeting.Apply(cell, record, roster, otherRegularOn);
        return meeting;
    }

    /// <summary>Replaces the record under the rules of <see cref="Hold"/>.</summary>
    public void Change(PartyOrganization cell, MeetingRecord record, IReadOnlyList<RosterMember> roster, DateOnly? otherRegularOn) =>
        Apply(cell, record, roster, otherRegularOn);

    /// <summary>The status recorded for <paramref name="memberId"/>, or null when the member was not counted in the cell.</summary>
    public AttendanceStatus? StatusOf(Guid memberId) => attendance.FirstOrDefault(a => a.MemberId == memberId)?.Status;

    private void Apply(PartyOrganization cell, MeetingRecord record, IReadOnlyList<RosterMember> roster, DateOnly? otherRegularOn)
    {
        if (cell.Type != OrganizationType.PartyCell)
        {
            throw new DomainRuleException("meeting.not_a_cell", "Meetings are recorded for party cells.", RuleViolationKind.Unprocessable, cell.Code);
        }

        if (!cell.IsActiveOn(record.HeldOn))
        {
            throw new DomainRuleException(
                "meeting.cell_inactive", "The cell does not exist on that day.", RuleViolationKind.Unprocessable, cell.Code, WireFormat.Date(record.HeldOn));
        }

        if (record.Kind == MeetingKind.Regular && otherRegularOn is { } other)
        {
            throw new DomainRuleException(
                "meeting.regular_exists",
                "The cell already held its regular meeting that month.",
                RuleViolationKind.Conflict,
                WireFormat.Date(other));
        }

        var statuses = AttendanceFor(record, roster);
        foreach (var (role, memberId) in new[] { ("meeting.chair_not_present", record.ChairMemberId), ("meeting.secretary_not_present", record.SecretaryMemberId) })
        {
            if (!statuses.TryGetValue(memberId, out var status) || status != AttendanceStatus.Present)
            {
                throw new DomainRuleException(role, "The chair and the minute-taker are members of the cell present at the meeting.", RuleViolationKind.Unprocessable, memberId);
            }
        }

        if (record.Documents.FirstOrDefault(d => d.IssuedOn > record.HeldOn) is { } late)
        {
            throw new DomainRuleException(
                "meeting.document_after_meeting",
                "A document cannot be disseminated before it is issued.",
                RuleViolationKind.Unprocessable,
                late.Number,
                WireFormat.Date(late.IssuedOn));
        }

        HeldOn = record.HeldOn;
        Kind = record.Kind;
        Agenda = record.Agenda.Trim();
        ChairMemberId = record.ChairMemberId;
        SecretaryMemberId = record.SecretaryMemberId;
        attendance.Clear();
        attendance.AddRange(statuses.Select(s => new MeetingAttendance(Ids.NewVersion7(), Id, s.Key, s.Value)));
        documents.Clear();
        documents.AddRange(record.Documents.Select(d => d.DocumentId).Distinct().Select(d => new MeetingDocument(Ids.NewVersion7(), Id, d)));
    }

    /// <summary>
    /// The attendance of every member counted in the cell on the day: given for each member expected to attend
    /// (probationary and full), and for those exempt or suspended either given or EXCUSED by default. A member not
    /// counted in the cell that day cannot be listed; nobody is listed twice.
    /// </summary>
    public static Dictionary<Guid, AttendanceStatus> AttendanceFor(MeetingRecord record, IReadOnlyList<RosterMember> roster)
    {
        var counted = roster.ToDictionary(r => r.MemberId);
        var statuses = new Dictionary<Guid, AttendanceStatus>();
        foreach (var (memberId, status) in record.Attendance)
        {
            if (!counted.ContainsKey(memberId))
            {
                throw new DomainRuleException(
                    "meeting.attendee_not_in_cell",
                    "Attendance is recorded only for members counted in the cell on the day.",
                    RuleViolationKind.Unprocessable,
                    memberId,
                    WireFormat.Date(record.HeldOn));
            }

            if (!statuses.TryAdd(memberId, status))
            {
                throw new DomainRuleException("meeting.attendance_duplicate", "A member is listed twice.", RuleViolationKind.Unprocessable, memberId);
            }
        }

        var missing = roster.Where(r => r.IsExpected && !statuses.ContainsKey(r.MemberId)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleException(
                "meeting.attendance_missing",
                "The attendance of every member expected at the meeting is recorded.",
                RuleViolationKind.Unprocessable,
                missing.Count,
                string.Join(", ", missing.Select(m => m.MemberId)));
        }

        foreach (var excused in roster.Where(r => !r.IsExpected && !statuses.ContainsKey(r.MemberId)))
        {
            statuses[excused.MemberId] = AttendanceStatus.Excused;
        }

        return statuses;
    }
}

/// <summary>One member's attendance at a meeting.</summary>
public sealed class MeetingAttendance : Entity, IAuditable
{
    internal MeetingAttendance(Guid id, Guid meetingId, Guid memberId, AttendanceStatus status)
        : base(id)
    {
        MeetingId = meetingId;
        MemberId = memberId;
        Status = status;
    }

    public Guid MeetingId { get; private set; }

    public Guid MemberId { get; private set; }

    public AttendanceStatus Status { get; private set; }
}

/// <summary>A document disseminated at a meeting.</summary>
public sealed class MeetingDocument : Entity, IAuditable
{
    internal MeetingDocument(Guid id, Guid meetingId, Guid documentId)
        : base(id)
    {
        MeetingId = meetingId;
        DocumentId = documentId;
    }

    public Guid MeetingId { get; private set; }

    public Guid DocumentId { get; private set; }
}

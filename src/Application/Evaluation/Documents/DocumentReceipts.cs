using System.Linq.Expressions;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Documents;

/// <summary>A member's receipt of a party document: on the day of a meeting that disseminated it, or of a catch-up.</summary>
public sealed class DocumentReceipt
{
    public Guid DocumentId { get; init; }

    public Guid MemberId { get; init; }

    public DateOnly ReceivedOn { get; init; }
}

/// <summary>
/// Who received a party document by a day, the one rule of a document's coverage (the coverage, the rating statistics'
/// dissemination, the catch-up's "already received"): a member received it on the day of a cell meeting held on or
/// before that day which disseminated it (the document is on the meeting's list) and at which the member was present,
/// or on the day a catch-up of the member records (học tập bù, <see cref="DocumentCatchUp"/>). Written here once, in
/// the two shapes its readers need: the receipts of one document as rows (counted or grouped by the reader) and the
/// test of one member (<see cref="ReceivedBy"/>: nested tests that the database drives from the member's own rows, so
/// that a cell's coverage reads its members only, ADR 0075).
/// </summary>
public static class DocumentReceipts
{
    /// <summary>
    /// The receipts of one document, at meetings or caught up, on or before <paramref name="asOf"/> (a member may have
    /// several). Every reader asks for one document, its identifier compared for equality, so that each arm is a range of
    /// the document's index whatever the planner estimates of a list (ADR 0091: as a list, SQLite 3.53 scanned the
    /// catch-up table when its statistics said a document holds half of it).
    /// </summary>
    public static IQueryable<DocumentReceipt> Of(IAppDbContext db, Guid documentId, DateOnly asOf) =>
        AtMeetings(db, documentId, asOf).Concat(
            from c in db.Set<DocumentCatchUp>()
            where c.DocumentId == documentId && c.ReceivedOn <= asOf
            select new DocumentReceipt { DocumentId = c.DocumentId, MemberId = c.MemberId, ReceivedOn = c.ReceivedOn });

    /// <summary>The receipts at meetings held on or before <paramref name="asOf"/> that disseminated <paramref name="documentId"/>.</summary>
    public static IQueryable<DocumentReceipt> AtMeetings(IAppDbContext db, Guid documentId, DateOnly asOf) =>
        from md in db.Set<MeetingDocument>()
        join m in db.Set<CellMeeting>() on md.MeetingId equals m.Id
        join a in db.Set<MeetingAttendance>() on m.Id equals a.MeetingId
        where md.DocumentId == documentId && m.HeldOn <= asOf && a.Status == AttendanceStatus.Present
        select new DocumentReceipt { DocumentId = md.DocumentId, MemberId = a.MemberId, ReceivedOn = m.HeldOn };

    /// <summary>Whether the member received <paramref name="documentId"/> on or before <paramref name="asOf"/>: the same rule, tested on one member.</summary>
    public static Expression<Func<Guid, bool>> ReceivedBy(IAppDbContext db, Guid documentId, DateOnly asOf) => memberId =>
        db.Set<DocumentCatchUp>().Any(c => c.DocumentId == documentId && c.MemberId == memberId && c.ReceivedOn <= asOf)
        || db.Set<MeetingAttendance>().Any(a => a.MemberId == memberId && a.Status == AttendanceStatus.Present
            && db.Set<CellMeeting>().Any(m => m.Id == a.MeetingId && m.HeldOn <= asOf
                && db.Set<MeetingDocument>().Any(md => md.MeetingId == m.Id && md.DocumentId == documentId)));
}

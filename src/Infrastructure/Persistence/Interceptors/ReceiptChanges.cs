using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>A meeting as the receipts of documents read it: the day it was held and the documents it disseminated.</summary>
internal sealed record DisseminatingMeeting(DateOnly HeldOn, IReadOnlyList<Guid> Documents);

/// <summary>
/// What a save changes of the members' receipts of party documents (ADR 0093: the dated counts' <c>received</c> rows,
/// <see cref="MembershipCountChanges.Received"/>): the attendances and catch-ups it writes, the meetings it adds, deletes
/// or moves to another day, and the documents it adds to or removes from a meeting. A member's receipts change only
/// through a meeting that disseminates a document before or after the save (the "relevant" meetings), so a meeting
/// without documents recorded or changed touches nobody's dated counts.
/// </summary>
internal sealed class ReceiptChanges
{
    private const int IdsPerQuery = 500;

    private readonly ILookup<Guid, EntityEntry<MeetingAttendance>> attendances;
    private readonly ILookup<Guid, EntityEntry<DocumentCatchUp>> catchUps;
    private readonly List<EntityEntry<CellMeeting>> meetings;
    private readonly List<EntityEntry<MeetingDocument>> documents;
    private readonly List<EntityEntry<MeetingDocument>> allDocuments;

    private ReceiptChanges(ChangeTracker tracker)
    {
        attendances = Written(tracker.Entries<MeetingAttendance>()).ToLookup(e => e.Entity.MemberId);
        catchUps = Written(tracker.Entries<DocumentCatchUp>()).ToLookup(e => e.Entity.MemberId);
        meetings = [.. Written(tracker.Entries<CellMeeting>()).Where(e => e.State != EntityState.Modified
            || !Equals(e.OriginalValues[nameof(CellMeeting.HeldOn)], e.CurrentValues[nameof(CellMeeting.HeldOn)]))];
        allDocuments = [.. tracker.Entries<MeetingDocument>()];
        documents = [.. Written(allDocuments)];
    }

    public bool IsEmpty => attendances.Count == 0 && catchUps.Count == 0 && meetings.Count == 0 && documents.Count == 0;

    public static ReceiptChanges Of(ChangeTracker tracker) => new(tracker);

    /// <summary>
    /// Adds to <paramref name="touched"/> the members whose receipts the save may change: those with a catch-up written,
    /// an attendance written at a relevant meeting, or a present attendance (in the database) at a relevant meeting the
    /// save adds, deletes, moves or whose documents it changes. Returns the relevant meetings: those among the save's
    /// that disseminate a document in the database or in the change tracker. Read under the save's write lock.
    /// </summary>
    public async Task<IReadOnlyCollection<Guid>> AddTouchedAsync(DbContext context, HashSet<Guid> touched, bool async, CancellationToken cancellationToken)
    {
        foreach (var member in catchUps)
        {
            touched.Add(member.Key);
        }

        var changed = meetings.Select(e => e.Entity.Id).Concat(documents.Select(e => e.Entity.MeetingId)).ToHashSet();
        var candidates = attendances.SelectMany(g => g).Select(e => e.Entity.MeetingId).Concat(changed).ToHashSet();
        if (candidates.Count == 0)
        {
            return [];
        }

        var relevant = allDocuments.Select(e => e.Entity.MeetingId).Where(candidates.Contains).ToHashSet();
        foreach (var chunk in candidates.Where(id => !relevant.Contains(id)).Chunk(IdsPerQuery))
        {
            var query = context.Set<MeetingDocument>().Where(d => chunk.Contains(d.MeetingId)).Select(d => d.MeetingId).Distinct();
            relevant.UnionWith(async ? await query.ToListAsync(cancellationToken) : [.. query]);
        }

        foreach (var entry in attendances.SelectMany(g => g).Where(e => relevant.Contains(e.Entity.MeetingId)))
        {
            touched.Add(entry.Entity.MemberId);
        }

        foreach (var chunk in changed.Where(relevant.Contains).Chunk(IdsPerQuery))
        {
            var query = context.Set<MeetingAttendance>().Where(a => chunk.Contains(a.MeetingId) && a.Status == AttendanceStatus.Present).Select(a => a.MemberId).Distinct();
            touched.UnionWith(async ? await query.ToListAsync(cancellationToken) : [.. query]);
        }

        return relevant;
    }

    /// <summary>
    /// The present attendances among <paramref name="attendances"/> that the receipts read: at a meeting that disseminates
    /// a document, or at one of <paramref name="alsoAtMeetings"/>.
    /// </summary>
    public static IQueryable<MeetingAttendance> Disseminating(DbContext context, IQueryable<MeetingAttendance> attendances, IReadOnlyCollection<Guid> alsoAtMeetings)
    {
        var present = attendances.Where(a => a.Status == AttendanceStatus.Present);
        return alsoAtMeetings.Count == 0
            ? present.Where(a => context.Set<MeetingDocument>().Any(d => d.MeetingId == a.MeetingId))
            : present.Where(a => context.Set<MeetingDocument>().Any(d => d.MeetingId == a.MeetingId) || alsoAtMeetings.Contains(a.MeetingId));
    }

    /// <summary>
    /// The meetings of the histories' attendances and <paramref name="alsoAtMeetings"/> as stored (day, documents), set on
    /// every history (one map shared by them).
    /// </summary>
    public static async Task LoadMeetingsAsync(
        DbContext context, IEnumerable<DatedCountsDifference.History> histories, IReadOnlyCollection<Guid> alsoAtMeetings, bool async, CancellationToken cancellationToken)
    {
        var list = histories.ToList();
        var ids = list.SelectMany(h => h.Attendances.Values).Concat(alsoAtMeetings).Distinct().ToList();
        var map = new Dictionary<Guid, DisseminatingMeeting>();
        foreach (var chunk in ids.Chunk(IdsPerQuery))
        {
            var days = context.Set<CellMeeting>().AsNoTracking().Where(m => chunk.Contains(m.Id)).Select(m => new { m.Id, m.HeldOn });
            var disseminated = context.Set<MeetingDocument>().AsNoTracking().Where(d => chunk.Contains(d.MeetingId)).Select(d => new { d.MeetingId, d.DocumentId });
            var documents = (async ? await disseminated.ToListAsync(cancellationToken) : [.. disseminated]).ToLookup(d => d.MeetingId, d => d.DocumentId);
            foreach (var meeting in async ? await days.ToListAsync(cancellationToken) : [.. days])
            {
                map[meeting.Id] = new DisseminatingMeeting(meeting.HeldOn, [.. documents[meeting.Id]]);
            }
        }

        foreach (var history in list)
        {
            history.Meetings = map;
        }
    }

    /// <summary>The meetings after the save: <paramref name="before"/> with the meetings and documents it writes laid over.</summary>
    public IReadOnlyDictionary<Guid, DisseminatingMeeting> Overlay(IReadOnlyDictionary<Guid, DisseminatingMeeting> before)
    {
        if (meetings.Count == 0 && documents.Count == 0)
        {
            return before;
        }

        var after = before.ToDictionary();
        foreach (var entry in meetings)
        {
            if (entry.State == EntityState.Deleted)
            {
                after.Remove(entry.Entity.Id);
            }
            else
            {
                after[entry.Entity.Id] = new DisseminatingMeeting(entry.Entity.HeldOn, after.TryGetValue(entry.Entity.Id, out var m) ? m.Documents : []);
            }
        }

        // The removals first: a meeting changed keeps a document as one row deleted and another added.
        foreach (var entry in documents.OrderBy(e => e.State == EntityState.Deleted ? 0 : 1))
        {
            if (after.TryGetValue(entry.Entity.MeetingId, out var meeting))
            {
                var others = meeting.Documents.Where(d => d != entry.Entity.DocumentId);
                after[entry.Entity.MeetingId] = meeting with
                {
                    Documents = entry.State == EntityState.Deleted ? [.. others] : [.. others, entry.Entity.DocumentId],
                };
            }
        }

        return after;
    }

    /// <summary>The member's attendances and catch-ups after the save: the ones it writes laid over <paramref name="after"/>'s.</summary>
    public void Overlay(Guid memberId, DatedCountsDifference.History after, IReadOnlyCollection<Guid> relevant)
    {
        foreach (var entry in attendances[memberId])
        {
            var attendance = entry.Entity;
            if (entry.State == EntityState.Deleted || attendance.Status != AttendanceStatus.Present || !relevant.Contains(attendance.MeetingId))
            {
                after.Attendances.Remove(attendance.Id);
            }
            else
            {
                after.Attendances[attendance.Id] = attendance.MeetingId;
            }
        }

        foreach (var entry in catchUps[memberId])
        {
            if (entry.State == EntityState.Deleted)
            {
                after.CatchUps.Remove(entry.Entity.Id);
            }
            else
            {
                after.CatchUps[entry.Entity.Id] = new ReceivedDocument(entry.Entity.DocumentId, entry.Entity.ReceivedOn);
            }
        }
    }

    private static IEnumerable<EntityEntry<T>> Written<T>(IEnumerable<EntityEntry<T>> entries)
        where T : class =>
        entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
}

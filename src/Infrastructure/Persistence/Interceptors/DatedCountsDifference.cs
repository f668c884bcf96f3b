using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The difference a save makes to the dated membership counts (<see cref="MembershipCountChange"/>): for each member
/// whose history, counted columns, monthly reviews, conditions or receipts of documents (ADR 0093) the save touches, its dated contribution before (read from the database) minus its
/// contribution after (the same rows with the change tracker's additions, changes and deletions laid over them).
/// Back-dated changes therefore move the counts from their effective day on. The members added by the save are not
/// read (they have no rows yet).
/// </summary>
/// <remarks>
/// The before-state is read inside the transaction that writes the change (ADR 0042), so that no other writer can
/// change those members between the read and the commit: the caller's transaction when there is one, otherwise one this
/// step begins for the save (SQLite: <c>BEGIN IMMEDIATE</c>, the database's write lock, taken before the read); on SQL
/// Server the members' rows are also read with <c>UPDLOCK, HOLDLOCK</c> first, so that writers of the same member queue.
/// While a backfill is pending (<see cref="Migrations.Sql.MembershipCountChangesBackfill"/>), the members it has not
/// reached yet are skipped: their chunk counts them as they are then.
/// </remarks>
internal static class DatedCountsDifference
{
    private const int IdsPerQuery = 500;

    private static readonly string[] CountedColumns =
    [
        nameof(PartyMember.Sex), nameof(PartyMember.EthnicityCode), nameof(PartyMember.DateOfBirth),
        nameof(PartyMember.SeniorityCountedFrom), nameof(PartyMember.IsProvincialCommitteeMember),
    ];

    /// <summary>Adds the save's difference to <paramref name="deltas"/>; returns the transaction it began for the read, if it began one (the caller commits it after the save).</summary>
    public static async ValueTask<IDbContextTransaction?> AddAsync(DbContext context, Dictionary<(Guid, string, string, DateOnly), int> deltas, bool async, CancellationToken cancellationToken)
    {
        var tracker = context.ChangeTracker;
        var members = tracker.Entries<PartyMember>().ToDictionary(e => e.Entity.Id);
        var placements = Changed(tracker.Entries<MemberPlacement>(), p => p.MemberId);
        var statuses = Changed(tracker.Entries<MemberStatusPeriod>(), p => p.MemberId);
        var qualifications = Changed(tracker.Entries<MemberQualificationPeriod>(), p => p.MemberId);
        var reviews = Changed(tracker.Entries<MonthlyReview>(), r => r.MemberId);
        var conditions = Changed(tracker.Entries<MemberCondition>(), c => c.MemberId);
        var receipts = ReceiptChanges.Of(tracker);

        var touched = new HashSet<Guid>(placements.Select(p => p.Key).Concat(statuses.Select(p => p.Key)).Concat(qualifications.Select(p => p.Key)).Concat(reviews.Select(r => r.Key)).Concat(conditions.Select(c => c.Key)));
        foreach (var (id, entry) in members)
        {
            if (entry.State is EntityState.Added or EntityState.Deleted
                || (entry.State == EntityState.Modified && CountedColumns.Any(c => !Equals(entry.OriginalValues[c], entry.CurrentValues[c]))))
            {
                touched.Add(id);
            }
        }

        if (touched.Count == 0 && receipts.IsEmpty)
        {
            return null;
        }

        // Read under the write's lock: in the caller's transaction, or in one begun here for the save (EF then uses it).
        // SQL Server's retrying execution strategy refuses a transaction begun outside it: there a save without a caller's
        // transaction reads just before EF's own (the member's version token still refuses a concurrent change of it).
        IDbContextTransaction? begun = null;
        var database = context.Database;
        if (database.CurrentTransaction is null && !database.CreateExecutionStrategy().RetriesOnFailure)
        {
            begun = async ? await database.BeginTransactionAsync(cancellationToken) : database.BeginTransaction();
        }

        try
        {
            await AddAsync(context, deltas, members, placements, statuses, qualifications, reviews, conditions, receipts, touched, async, cancellationToken);
            return begun;
        }
        catch when (begun is not null)
        {
            if (async)
            {
                await begun.DisposeAsync();
            }
            else
            {
                begun.Dispose();
            }

            throw;
        }
    }

    private static async ValueTask AddAsync(
        DbContext context,
        Dictionary<(Guid, string, string, DateOnly), int> deltas,
        Dictionary<Guid, EntityEntry<PartyMember>> members,
        ILookup<Guid, EntityEntry<MemberPlacement>> placements,
        ILookup<Guid, EntityEntry<MemberStatusPeriod>> statuses,
        ILookup<Guid, EntityEntry<MemberQualificationPeriod>> qualifications,
        ILookup<Guid, EntityEntry<MonthlyReview>> reviews,
        ILookup<Guid, EntityEntry<MemberCondition>> conditions,
        ReceiptChanges receipts,
        HashSet<Guid> touched,
        bool async,
        CancellationToken cancellationToken)
    {
        var database = context.Database;
        // The members whose receipts of a document the save may change (ADR 0093): only where a meeting disseminates one.
        var relevantMeetings = await receipts.AddTouchedAsync(context, touched, async, cancellationToken);
        if (touched.Count == 0)
        {
            return;
        }

        if (await Migrations.Sql.MembershipCountChangesBackfill.ReadProgressAsync(context, async, cancellationToken) is { } progress)
        {
            touched.RemoveWhere(id => !progress.IsDone(id));
            if (touched.Count == 0)
            {
                return;
            }
        }

        if (context is SqlServerAppDbContext && database.CurrentTransaction is not null)
        {
            await LockMembersAsync(context, touched, async, cancellationToken);
        }

        var stored = await LoadAsync(
            context, [.. touched.Where(id => !(members.TryGetValue(id, out var e) && e.State == EntityState.Added))], IdsPerQuery, relevantMeetings, async, cancellationToken);
        var meetingsAfter = receipts.Overlay(stored.Values.FirstOrDefault()?.Meetings ?? History.NoMeetings);
        foreach (var id in touched)
        {
            var before = stored.GetValueOrDefault(id);
            var after = before?.Copy() ?? new History();
            after.Meetings = meetingsAfter;
            if (members.TryGetValue(id, out var member))
            {
                after.Columns = member.State == EntityState.Deleted ? null : Columns.Of(member.Entity);
            }

            Overlay(placements, id, after.Placements, Dated);
            Overlay(statuses, id, after.Statuses, Dated);
            Overlay(qualifications, id, after.Qualifications, Dated);
            Overlay(reviews, id, after.Reviews, r => new ReviewedMonth(r.Year, r.Month));
            Overlay(conditions, id, after.Excusals, Excusal);
            receipts.Overlay(id, after, relevantMeetings);

            if (before?.Facts() is { } old)
            {
                MembershipCountChanges.Add(old, deltas, -1);
            }

            if (after.Facts() is { } current)
            {
                MembershipCountChanges.Add(current, deltas, 1);
            }
        }
    }

    /// <summary>
    /// The difference new members make (the import writer, ADR 0046): their contribution after, from the entities, as
    /// <see cref="AddAsync(DbContext, Dictionary{ValueTuple{Guid, string, string, DateOnly}, int}, bool, CancellationToken)"/>
    /// makes it for members the change tracker holds as added (no rows before), the members a pending backfill has not
    /// reached skipped the same way. Read in the caller's transaction.
    /// </summary>
    public static async ValueTask AddCreatedAsync(DbContext context, IReadOnlyList<PartyMember> members, Dictionary<(Guid, string, string, DateOnly), int> deltas, CancellationToken cancellationToken)
    {
        var progress = await Migrations.Sql.MembershipCountChangesBackfill.ReadProgressAsync(context, async: true, cancellationToken);
        foreach (var member in members)
        {
            if (progress is not null && !progress.IsDone(member.Id))
            {
                continue;
            }

            var after = new History { Columns = Columns.Of(member) };
            foreach (var p in member.Placements)
            {
                after.Placements[p.Id] = Dated(p);
            }

            foreach (var p in member.StatusHistory)
            {
                after.Statuses[p.Id] = Dated(p);
            }

            foreach (var p in member.Qualifications)
            {
                after.Qualifications[p.Id] = Dated(p);
            }

            foreach (var c in member.Conditions)
            {
                after.Excusals[c.Id] = Excusal(c);
            }

            MembershipCountChanges.Add(after.Facts()!, deltas, 1);
        }
    }

    private static DatedPlacement Dated(MemberPlacement p) => new(p.OrganizationId, p.StartsOn, p.EndsOn);

    private static DatedStatus Dated(MemberStatusPeriod p) => new(p.Status, p.StartsOn, p.EndsOn);

    private static DatedExcusal Excusal(MemberCondition c) => DatedExcusal.Of(c.Kind, c.StartsOn, c.EndsOn);

    private static DatedQualification Dated(MemberQualificationPeriod p) => new(p.GeneralEducation, p.ProfessionalLevel, p.PoliticalTheoryLevel, p.StartsOn, p.EndsOn);

    /// <summary>SQL Server: the members' rows locked (update lock, held to the commit) before their history is read.</summary>
    private static async ValueTask LockMembersAsync(DbContext context, IEnumerable<Guid> ids, bool async, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(IdsPerQuery))
        {
            var json = System.Text.Json.JsonSerializer.Serialize(chunk);
            var query = context.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*) AS [Value] FROM [Members] WITH (UPDLOCK, HOLDLOCK) WHERE [Id] IN (SELECT CAST([value] AS uniqueidentifier) FROM OPENJSON({0}))", json);
            _ = async ? await query.ToListAsync(cancellationToken) : [.. query];
        }
    }

    /// <summary>The dated history the recount reads, of every member in <paramref name="ids"/> that has a row (for the backfill too).</summary>
    internal static Task<Dictionary<Guid, History>> LoadAsync(DbContext context, IReadOnlyList<Guid> ids, bool async, CancellationToken cancellationToken) =>
        LoadAsync(context, ids, IdsPerQuery, [], async, cancellationToken);

    /// <summary>
    /// As above, <paramref name="idsPerQuery"/> members per query of each table; the members' present attendances read at
    /// the meetings that disseminate a document and at <paramref name="alsoAtMeetings"/> (the meetings a save changes,
    /// which may disseminate one only after it).
    /// </summary>
    internal static async Task<Dictionary<Guid, History>> LoadAsync(
        DbContext context, IReadOnlyList<Guid> ids, int idsPerQuery, IReadOnlyCollection<Guid> alsoAtMeetings, bool async, CancellationToken cancellationToken)
    {
        var histories = new Dictionary<Guid, History>();
        foreach (var chunk in ids.Chunk(idsPerQuery))
        {
            var attendances = context.Set<MeetingAttendance>().Where(a => chunk.Contains(a.MemberId));
            await FillAsync(
                histories,
                context.Set<PartyMember>().Where(m => chunk.Contains(m.Id)),
                context.Set<MemberPlacement>().Where(p => chunk.Contains(p.MemberId)),
                context.Set<MemberStatusPeriod>().Where(p => chunk.Contains(p.MemberId)),
                context.Set<MemberQualificationPeriod>().Where(p => chunk.Contains(p.MemberId)),
                context.Set<MonthlyReview>().Where(r => chunk.Contains(r.MemberId)),
                context.Set<MemberCondition>().Where(c => chunk.Contains(c.MemberId)),
                ReceiptChanges.Disseminating(context, attendances, alsoAtMeetings),
                context.Set<DocumentCatchUp>().Where(c => chunk.Contains(c.MemberId)),
                async,
                cancellationToken);
        }

        await ReceiptChanges.LoadMeetingsAsync(context, histories.Values, alsoAtMeetings, async, cancellationToken);
        return histories;
    }

    /// <summary>
    /// The backfill's read: the history of every member whose id is between <paramref name="first"/> and
    /// <paramref name="last"/> (both included, in the engine's id order: the chunk's ids are consecutive), one range
    /// query per table on its member-id index instead of an id list of the chunk's size.
    /// </summary>
    internal static async Task<Dictionary<Guid, History>> LoadRangeAsync(DbContext context, Guid first, Guid last, CancellationToken cancellationToken)
    {
        var sqlServer = context is SqlServerAppDbContext;
        // SQLite stores ids as upper-case text (and binds a Guid parameter as a blob); SQL Server compares uniqueidentifiers.
        object from = sqlServer ? first : first.ToString().ToUpperInvariant();
        object to = sqlServer ? last : last.ToString().ToUpperInvariant();
        var histories = new Dictionary<Guid, History>();
        await FillAsync(
            histories,
            context.Set<PartyMember>().FromSqlRaw(sqlServer ? SqlServerRange[0] : SqliteRange[0], from, to),
            context.Set<MemberPlacement>().FromSqlRaw(sqlServer ? SqlServerRange[1] : SqliteRange[1], from, to),
            context.Set<MemberStatusPeriod>().FromSqlRaw(sqlServer ? SqlServerRange[2] : SqliteRange[2], from, to),
            context.Set<MemberQualificationPeriod>().FromSqlRaw(sqlServer ? SqlServerRange[3] : SqliteRange[3], from, to),
            context.Set<MonthlyReview>().FromSqlRaw(sqlServer ? SqlServerRange[4] : SqliteRange[4], from, to),
            context.Set<MemberCondition>().FromSqlRaw(sqlServer ? SqlServerRange[5] : SqliteRange[5], from, to),
            ReceiptChanges.Disseminating(context, context.Set<MeetingAttendance>().FromSqlRaw(sqlServer ? SqlServerRange[6] : SqliteRange[6], from, to), []),
            context.Set<DocumentCatchUp>().FromSqlRaw(sqlServer ? SqlServerRange[7] : SqliteRange[7], from, to),
            async: true,
            cancellationToken);
        await ReceiptChanges.LoadMeetingsAsync(context, histories.Values, [], async: true, cancellationToken);
        return histories;
    }

    private static readonly (string Table, string Column)[] RangeTables =
    [
        ("Members", "Id"), ("MemberPlacements", "MemberId"), ("MemberStatusPeriods", "MemberId"), ("MemberQualificationPeriods", "MemberId"), ("MonthlyReviews", "MemberId"),
        ("MemberConditions", "MemberId"), ("MeetingAttendances", "MemberId"), ("DocumentCatchUps", "MemberId"),
    ];

    private static readonly string[] SqliteRange =
        [.. RangeTables.Select(t => "SELECT * FROM \"" + t.Table + "\" WHERE \"" + t.Column + "\" BETWEEN {0} AND {1}")];

    private static readonly string[] SqlServerRange =
        [.. RangeTables.Select(t => "SELECT * FROM [" + t.Table + "] WHERE [" + t.Column + "] BETWEEN {0} AND {1}")];

    /// <summary>Reads the eight tables' counted columns (lean projections, no tracking) into <paramref name="histories"/>.</summary>
    private static async Task FillAsync(
        Dictionary<Guid, History> histories,
        IQueryable<PartyMember> members,
        IQueryable<MemberPlacement> placementRows,
        IQueryable<MemberStatusPeriod> statusRows,
        IQueryable<MemberQualificationPeriod> qualificationRows,
        IQueryable<MonthlyReview> reviewRows,
        IQueryable<MemberCondition> conditionRows,
        IQueryable<MeetingAttendance> attendanceRows,
        IQueryable<DocumentCatchUp> catchUpRows,
        bool async,
        CancellationToken cancellationToken)
    {
        var columns = members.AsNoTracking()
            .Select(m => new { m.Id, Columns = new Columns(m.Sex, m.EthnicityCode, m.DateOfBirth, m.SeniorityCountedFrom, m.IsProvincialCommitteeMember) });
        var placements = placementRows.AsNoTracking().Select(p => new { p.Id, p.MemberId, p.OrganizationId, p.StartsOn, p.EndsOn });
        var statuses = statusRows.AsNoTracking().Select(p => new { p.Id, p.MemberId, p.Status, p.StartsOn, p.EndsOn });
        var qualifications = qualificationRows.AsNoTracking()
            .Select(p => new { p.Id, p.MemberId, p.GeneralEducation, p.ProfessionalLevel, p.PoliticalTheoryLevel, p.StartsOn, p.EndsOn });
        var reviews = reviewRows.AsNoTracking().Select(r => new { r.Id, r.MemberId, r.Year, r.Month });
        var conditions = conditionRows.AsNoTracking().Select(c => new { c.Id, c.MemberId, c.Kind, c.StartsOn, c.EndsOn });
        var attendances = attendanceRows.AsNoTracking().Select(a => new { a.Id, a.MemberId, a.MeetingId });
        var catchUps = catchUpRows.AsNoTracking().Select(c => new { c.Id, c.MemberId, c.DocumentId, c.ReceivedOn });

        foreach (var row in async ? await columns.ToListAsync(cancellationToken) : [.. columns])
        {
            histories[row.Id] = new History { Columns = row.Columns };
        }

        History Of(Guid memberId) => histories.TryGetValue(memberId, out var history) ? history : histories[memberId] = new History();
        foreach (var p in async ? await placements.ToListAsync(cancellationToken) : [.. placements])
        {
            Of(p.MemberId).Placements[p.Id] = new DatedPlacement(p.OrganizationId, p.StartsOn, p.EndsOn);
        }

        foreach (var p in async ? await statuses.ToListAsync(cancellationToken) : [.. statuses])
        {
            Of(p.MemberId).Statuses[p.Id] = new DatedStatus(p.Status, p.StartsOn, p.EndsOn);
        }

        foreach (var p in async ? await qualifications.ToListAsync(cancellationToken) : [.. qualifications])
        {
            Of(p.MemberId).Qualifications[p.Id] = new DatedQualification(p.GeneralEducation, p.ProfessionalLevel, p.PoliticalTheoryLevel, p.StartsOn, p.EndsOn);
        }

        foreach (var r in async ? await reviews.ToListAsync(cancellationToken) : [.. reviews])
        {
            Of(r.MemberId).Reviews[r.Id] = new ReviewedMonth(r.Year, r.Month);
        }

        foreach (var c in async ? await conditions.ToListAsync(cancellationToken) : [.. conditions])
        {
            Of(c.MemberId).Excusals[c.Id] = DatedExcusal.Of(c.Kind, c.StartsOn, c.EndsOn);
        }

        foreach (var a in async ? await attendances.ToListAsync(cancellationToken) : [.. attendances])
        {
            Of(a.MemberId).Attendances[a.Id] = a.MeetingId;
        }

        foreach (var c in async ? await catchUps.ToListAsync(cancellationToken) : [.. catchUps])
        {
            Of(c.MemberId).CatchUps[c.Id] = new ReceivedDocument(c.DocumentId, c.ReceivedOn);
        }
    }

    private static ILookup<Guid, EntityEntry<T>> Changed<T>(IEnumerable<EntityEntry<T>> entries, Func<T, Guid> memberId)
        where T : Domain.Common.Entity =>
        entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToLookup(e => memberId(e.Entity));

    private static void Overlay<T, TPeriod>(ILookup<Guid, EntityEntry<T>> changed, Guid memberId, Dictionary<Guid, TPeriod> periods, Func<T, TPeriod> period)
        where T : Domain.Common.Entity
    {
        foreach (var entry in changed[memberId])
        {
            if (entry.State == EntityState.Deleted)
            {
                periods.Remove(entry.Entity.Id);
            }
            else
            {
                periods[entry.Entity.Id] = period(entry.Entity);
            }
        }
    }

    /// <summary>The member's undated columns the recount reads.</summary>
    internal sealed record Columns(Sex Sex, string EthnicityCode, DateOnly DateOfBirth, DateOnly SeniorityCountedFrom, bool IsProvincialCommitteeMember)
    {
        public static Columns Of(PartyMember member) =>
            new(member.Sex, member.EthnicityCode, member.DateOfBirth, member.SeniorityCountedFrom, member.IsProvincialCommitteeMember);
    }

    /// <summary>One member's rows as the recount joins them (periods by their id).</summary>
    internal sealed class History
    {
        public Columns? Columns { get; set; }

        public Dictionary<Guid, DatedPlacement> Placements { get; init; } = [];

        public Dictionary<Guid, DatedStatus> Statuses { get; init; } = [];

        public Dictionary<Guid, DatedQualification> Qualifications { get; init; } = [];

        /// <summary>The member's monthly reviews by id (year and month).</summary>
        public Dictionary<Guid, ReviewedMonth> Reviews { get; init; } = [];

        /// <summary>The member's conditions by id, as the days they excuse him.</summary>
        public Dictionary<Guid, DatedExcusal> Excusals { get; init; } = [];

        /// <summary>The member's present attendances (by id) at meetings that disseminate a document: the meeting's id.</summary>
        public Dictionary<Guid, Guid> Attendances { get; init; } = [];

        /// <summary>The member's catch-ups by id: the document and the day.</summary>
        public Dictionary<Guid, ReceivedDocument> CatchUps { get; init; } = [];

        /// <summary>The meetings of <see cref="Attendances"/> (shared by the histories of one read): day held, documents.</summary>
        public IReadOnlyDictionary<Guid, DisseminatingMeeting> Meetings { get; set; } = NoMeetings;

        public static IReadOnlyDictionary<Guid, DisseminatingMeeting> NoMeetings { get; } = new Dictionary<Guid, DisseminatingMeeting>();

        public History Copy() => new()
        {
            Columns = Columns, Placements = new(Placements), Statuses = new(Statuses), Qualifications = new(Qualifications), Reviews = new(Reviews), Excusals = new(Excusals),
            Attendances = new(Attendances), CatchUps = new(CatchUps), Meetings = Meetings,
        };

        /// <summary>Null without a member row (the recount joins the member table).</summary>
        public MemberHistoryFacts? Facts() => Columns is { } c
            ? new MemberHistoryFacts(
                c.Sex, c.EthnicityCode, c.DateOfBirth, c.SeniorityCountedFrom, c.IsProvincialCommitteeMember, [.. Placements.Values], [.. Statuses.Values], [.. Qualifications.Values],
                [.. Reviews.Values], [.. Excusals.Values], Received())
            : null;

        /// <summary>The first day of each document received (DocumentReceipts' rule): the meetings' days and the catch-ups'.</summary>
        private List<ReceivedDocument>? Received()
        {
            if (Attendances.Count == 0 && CatchUps.Count == 0)
            {
                return null;
            }

            var first = new Dictionary<Guid, DateOnly>();
            void Receive(Guid document, DateOnly on)
            {
                if (!first.TryGetValue(document, out var day) || on < day)
                {
                    first[document] = on;
                }
            }

            foreach (var meetingId in Attendances.Values)
            {
                if (Meetings.TryGetValue(meetingId, out var meeting))
                {
                    foreach (var document in meeting.Documents)
                    {
                        Receive(document, meeting.HeldOn);
                    }
                }
            }

            foreach (var catchUp in CatchUps.Values)
            {
                Receive(catchUp.DocumentId, catchUp.On);
            }

            return [.. first.Select(d => new ReceivedDocument(d.Key, d.Value))];
        }
    }
}

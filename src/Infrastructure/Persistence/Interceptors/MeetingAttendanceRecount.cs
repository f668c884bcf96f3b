using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartyCommittee.Application.Evaluation.Meetings;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The recount of the attendance counts kept with each meeting (<see cref="MeetingAttendanceCounts"/>, ADR 0092), run by
/// <see cref="MembershipCountsInterceptor"/> at the commit of the transaction that wrote the rows they depend on:
/// <list type="bullet">
/// <item>a meeting whose record or attendance the save wrote (held, changed): that meeting;</item>
/// <item>a member whose status periods the save wrote (a status change, a late record, an annulment): the meetings he
/// attended held on or after the first day the change touches (a period's start, or the end it was given or lost).</item>
/// </list>
/// A recount, not an increment: each meeting's two counts are counted again from its attendances and the status periods,
/// in the same statement, so the rule is the statistics' own (<c>GetRatingStatistics</c>: probationary or full on the
/// meeting's day) and a retried commit writes the same values. On SQL Server the reads take shared locks
/// (<c>READCOMMITTEDLOCK</c>, whatever the database's snapshot setting) so that a recount waits for a concurrent
/// writer of the rows it reads instead of counting their committed past; a deadlock between two such recounts is
/// retried by the execution strategy.
/// </summary>
internal static class MeetingAttendanceRecount
{
    /// <summary>Meetings or members per SQL Server statement (within the 2,100 parameters a request may carry).</summary>
    private const int SqlServerIdsPerStatement = 1_000;

    /// <summary>Adds what the tracked changes make to recount to <paramref name="deltas"/>.</summary>
    public static void Collect(ChangeTracker tracker, Deltas deltas)
    {
        foreach (var entry in tracker.Entries<CellMeeting>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                deltas.Meetings.Add(entry.Entity.Id);
            }
        }

        foreach (var entry in tracker.Entries<MeetingAttendance>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                deltas.Meetings.Add(entry.OriginalValues.GetValue<Guid>(nameof(MeetingAttendance.MeetingId)));
                deltas.Meetings.Add(entry.CurrentValues.GetValue<Guid>(nameof(MeetingAttendance.MeetingId)));
            }
        }

        foreach (var entry in tracker.Entries<MemberStatusPeriod>())
        {
            if (FirstDayChanged(entry) is { } day)
            {
                deltas.AddAttendee(entry.OriginalValues.GetValue<Guid>(nameof(MemberStatusPeriod.MemberId)), day);
            }
        }
    }

    /// <summary>
    /// The first day whose status <paramref name="entry"/>'s write changes: an added or removed period's start; for a
    /// changed one, the earliest of the starts and ends it had and has where they differ (its start when its status
    /// changed). Null when nothing the statistics read changed.
    /// </summary>
    internal static DateOnly? FirstDayChanged(EntityEntry<MemberStatusPeriod> entry)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                return entry.Entity.StartsOn;
            case EntityState.Deleted:
                return entry.OriginalValues.GetValue<DateOnly>(nameof(MemberStatusPeriod.StartsOn));
            case EntityState.Modified:
                var days = new List<DateOnly>();
                foreach (var name in new[] { nameof(MemberStatusPeriod.StartsOn), nameof(MemberStatusPeriod.EndsOn) })
                {
                    var before = entry.OriginalValues[name] as DateOnly?;
                    var after = entry.CurrentValues[name] as DateOnly?;
                    if (before != after)
                    {
                        days.AddRange(new[] { before, after }.OfType<DateOnly>());
                    }
                }

                if (!Equals(entry.OriginalValues[nameof(MemberStatusPeriod.Status)], entry.CurrentValues[nameof(MemberStatusPeriod.Status)]))
                {
                    days.Add(entry.OriginalValues.GetValue<DateOnly>(nameof(MemberStatusPeriod.StartsOn)));
                    days.Add(entry.CurrentValues.GetValue<DateOnly>(nameof(MemberStatusPeriod.StartsOn)));
                }

                return days.Count == 0 ? null : days.Min();
            default:
                return null;
        }
    }

    /// <summary>The recount's statements for what <paramref name="deltas"/> collected (none when it collected nothing).</summary>
    public static IEnumerable<DbCommand> Commands(DbConnection connection, DbTransaction? transaction, bool sqlServer, Deltas deltas)
    {
        // A stable order: concurrent recounts lock the meetings they share in the same order.
        var meetings = deltas.Meetings.Order().ToList();
        var attendees = deltas.Attendees.OrderBy(a => a.Key).ToList();
        if (!sqlServer)
        {
            if (meetings.Count > 0)
            {
                yield return SqliteCommand(connection, transaction, SqliteRecount("""WHERE "Id" IN (SELECT value FROM json_each(@ids))"""), JsonSerializer.Serialize(meetings.Select(Text)));
            }

            if (attendees.Count > 0)
            {
                yield return SqliteCommand(
                    connection,
                    transaction,
                    SqliteRecount("""
                        WHERE "Id" IN (
                            SELECT a."MeetingId" FROM json_each(@ids) AS j
                            JOIN "MeetingAttendances" AS a ON a."MemberId" = j.value ->> 0
                            JOIN "CellMeetings" AS m ON m."Id" = a."MeetingId"
                            WHERE m."HeldOn" >= j.value ->> 1)
                        """),
                    JsonSerializer.Serialize(attendees.Select(a => new[] { Text(a.Key), a.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })));
            }

            yield break;
        }

        foreach (var chunk in meetings.Chunk(SqlServerIdsPerStatement))
        {
            var command = BulkInserts.Command(connection, transaction, string.Empty);
            var values = new StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"(@m{i})");
                MembershipCountsInterceptor.Add(command, $"@m{i}", chunk[i], DbType.Guid);
            }

            command.CommandText = SqlServerRecount($"WHERE [m].[Id] IN (SELECT [Id] FROM (VALUES {values}) AS [v] ([Id]))");
            yield return command;
        }

        foreach (var chunk in attendees.Chunk(SqlServerIdsPerStatement))
        {
            var command = BulkInserts.Command(connection, transaction, string.Empty);
            var values = new StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"(@x{i}, @f{i})");
                MembershipCountsInterceptor.Add(command, $"@x{i}", chunk[i].Key, DbType.Guid);
                MembershipCountsInterceptor.Add(command, $"@f{i}", chunk[i].Value.ToDateTime(TimeOnly.MinValue), DbType.Date);
            }

            command.CommandText = SqlServerRecount($"""
                WHERE [m].[Id] IN (
                    SELECT [a].[MeetingId] FROM (VALUES {values}) AS [v] ([MemberId], [From])
                    JOIN [MeetingAttendances] AS [a] ON [a].[MemberId] = [v].[MemberId]
                    JOIN [CellMeetings] AS [h] ON [h].[Id] = [a].[MeetingId]
                    WHERE [h].[HeldOn] >= [v].[From])
                """);
            yield return command;
        }
    }

    /// <summary>
    /// The backfill's step (<c>MeetingAttendanceCountsBackfillJob</c>): up to <paramref name="meetings"/> meetings without
    /// counts (every meeting recorded before the columns existed, or written by raw SQL) recounted in one statement, its
    /// own transaction; the meetings are found in their partial index (<see cref="MeetingAttendanceCounts.UncountedIndex"/>).
    /// Returns how many were recounted: none when the backfill is done.
    /// </summary>
    public static async Task<int> RecountUncountedAsync(DbContext db, int meetings, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(db is SqlServerAppDbContext ? SqlServerRecountUncounted : SqliteRecountUncounted, [meetings], cancellationToken);

    /// <summary>SQLite: <see cref="RecountUncountedAsync"/>'s statement (its one parameter, the number of meetings).</summary>
    internal static string SqliteRecountUncounted => SqliteRecount(
        $$"""WHERE "Id" IN (SELECT "Id" FROM "CellMeetings" WHERE "{{MeetingAttendanceCounts.Expected}}" IS NULL LIMIT {0})""");

    /// <summary>SQL Server: <see cref="RecountUncountedAsync"/>'s statement.</summary>
    internal static string SqlServerRecountUncounted => SqlServerRecount(
        $"WHERE [m].[Id] IN (SELECT TOP ({{0}}) [Id] FROM [CellMeetings] WHERE [{MeetingAttendanceCounts.Expected}] IS NULL)");

    private static string SqliteRecount(string where)
    {
        static string Counted(string present) => $"""
            SELECT count(*) FROM "MeetingAttendances" AS a
            WHERE a."MeetingId" = "CellMeetings"."Id"{present} AND EXISTS (
                SELECT 1 FROM "MemberStatusPeriods" AS p
                WHERE p."MemberId" = a."MemberId" AND p."StartsOn" <= "CellMeetings"."HeldOn"
                  AND (p."EndsOn" IS NULL OR p."EndsOn" > "CellMeetings"."HeldOn") AND p."Status" IN ('{nameof(MemberStatus.Probationary)}', '{nameof(MemberStatus.Full)}'))
            """;
        return $"""
            UPDATE "CellMeetings" SET
                "{MeetingAttendanceCounts.Expected}" = ({Counted(string.Empty)}),
                "{MeetingAttendanceCounts.Present}" = ({Counted($" AND a.\"Status\" = '{nameof(AttendanceStatus.Present)}'")})
            {where};
            """;
    }

    private static string SqlServerRecount(string where)
    {
        static string Counted(string present) => $"""
            SELECT COUNT(*) FROM [MeetingAttendances] AS [a] WITH (READCOMMITTEDLOCK)
            WHERE [a].[MeetingId] = [m].[Id]{present} AND EXISTS (
                SELECT 1 FROM [MemberStatusPeriods] AS [p] WITH (READCOMMITTEDLOCK)
                WHERE [p].[MemberId] = [a].[MemberId] AND [p].[StartsOn] <= [m].[HeldOn]
                  AND ([p].[EndsOn] IS NULL OR [p].[EndsOn] > [m].[HeldOn]) AND [p].[Status] IN (N'{nameof(MemberStatus.Probationary)}', N'{nameof(MemberStatus.Full)}'))
            """;
        return $"""
            UPDATE [m] SET
                [{MeetingAttendanceCounts.Expected}] = ({Counted(string.Empty)}),
                [{MeetingAttendanceCounts.Present}] = ({Counted($" AND [a].[Status] = N'{nameof(AttendanceStatus.Present)}'")})
            FROM [CellMeetings] AS [m]
            {where};
            """;
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static DbCommand SqliteCommand(DbConnection connection, DbTransaction? transaction, string sql, string ids)
    {
        var command = BulkInserts.Command(connection, transaction, sql);
        MembershipCountsInterceptor.Add(command, "@ids", ids, DbType.String);
        return command;
    }
}

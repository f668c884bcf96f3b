using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Bench;

/// <summary>
/// The cells' meetings of a benchmark database (generator version 10; session 61), the rows behind the rating
/// statistics' meetings and dissemination sections (<c>/statistics/ratings</c>) and a document's coverage
/// (<c>/documents/{id}/coverage</c>), all in <see cref="ModuleData.Year"/>, written set-based in the generator's
/// transaction after <see cref="ModuleData"/>:
/// <list type="bullet">
/// <item>a regular meeting in every cell every month (on day 5-24, by the cell), a thematic meeting in every cell on 25
/// September, and an extraordinary one on 28 July in one cell in ten; chaired and minuted by a member of the cell;</item>
/// <item>an attendance of every member placed in the cell and probationary or full on the meeting's day (the roster the
/// API offers): nine in ten present, the others half excused, half absent without reason;</item>
/// <item>three documents of the register's root committee (a resolution disseminated at February's regular meetings,
/// another at July's, a directive at September's thematic ones) and, per document, a catch-up ten days after the
/// meeting for every other member who was not present at it;</item>
/// <item>each meeting's attendance counts (ADR 0092) recounted after the commit by the API's own backfill step
/// (<see cref="CountAsync"/>), as a database that has been running for years carries them; the dated counts' rows of
/// the members who received each document (ADR 0093) are written by the dated counts' backfill that follows
/// (<see cref="Counts.BackfillAsync"/>: the API's code reads every member's receipts).</item>
/// </list>
/// At 1M members: ~48,000 meetings and ~11.7M attendances. Identifiers are sequential in the API's text form, so that
/// the rows are appended to their primary keys; the attendances' member index is dropped during the insert and built
/// again after it (its own DDL, read from the schema), as the dues lines' is. No monthly review is generated (one per
/// member and month, 12M rows with their checks at 1M): the review months section counts every month as missing.
/// </summary>
internal static class MeetingData
{
    /// <summary>The documents' identifiers: <c>BD000000-0000-4000-8000-00000000000n</c>, n = 1, 2, 3.</summary>
    public static string DocumentId(int n) => string.Create(CultureInfo.InvariantCulture, $"BD000000-0000-4000-8000-{n:X12}");

    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, string now)
    {
        var clock = Stopwatch.StartNew();
        var y = ModuleData.Year.ToString(CultureInfo.InvariantCulture);
        var memberIndex = await ModuleData.IndexSqlAsync(connection, transaction, "IX_MeetingAttendances_MemberId");

        // Counted on the meeting's day: placed in the cell then, and probationary or full then (the roster's rule).
        const string OnRoster = """
            p.OrganizationId = mt.CellId AND p.StartsOn <= mt.HeldOn AND (p.EndsOn IS NULL OR p.EndsOn > mt.HeldOn)
            AND EXISTS (SELECT 1 FROM MemberStatusPeriods s WHERE s.MemberId = p.MemberId AND s.StartsOn <= mt.HeldOn
                        AND (s.EndsOn IS NULL OR s.EndsOn > mt.HeldOn) AND s.Status IN ('Probationary', 'Full'))
            """;
        const string Status = "CASE WHEN (a.r + a.n) % 10 <> 0 THEN 'Present' WHEN (a.r + a.n) % 20 = 0 THEN 'Absent' ELSE 'Excused' END";
        const string Issuer = "Đảng ủy Sở Lao động – Thương binh và Xã hội";
        string[] statements =
        [
            "CREATE TEMP TABLE bench_meeting_cells AS SELECT rowid AS n, Id FROM Organizations WHERE Type = 'PartyCell'",
            $"""
            INSERT INTO PartyDocuments (Id, OrganizationId, Number, IssuedOn, Issuer, Kind, Title, TitleEn, Version, CreatedAt, UpdatedAt)
            SELECT d.Id, o.Id, d.Number, d.IssuedOn, '{Issuer}', d.Kind, d.Title, d.TitleEn, 1, $now, $now
            FROM Organizations o CROSS JOIN (
                SELECT '{DocumentId(1)}' AS Id, '01-NQ/ĐU' AS Number, '{y}-01-15' AS IssuedOn, 'Resolution' AS Kind,
                       'Nghị quyết về lãnh đạo thực hiện nhiệm vụ chính trị năm {y} (benchmark)' AS Title, 'Resolution on the year''s political tasks (benchmark)' AS TitleEn
                UNION ALL SELECT '{DocumentId(2)}', '02-NQ/ĐU', '{y}-06-20', 'Resolution',
                       'Nghị quyết chuyên đề về công tác giảm nghèo bền vững (benchmark)', 'Resolution on sustainable poverty reduction (benchmark)'
                UNION ALL SELECT '{DocumentId(3)}', '03-CT/ĐU', '{y}-09-01', 'Directive',
                       'Chỉ thị về tăng cường công tác kiểm tra, giám sát (benchmark)', 'Directive on inspection and supervision (benchmark)') d
            WHERE o.Code = 'DB-BENCH'
            """,
            "CREATE TEMP TABLE bench_meetings (n INTEGER PRIMARY KEY, CellId TEXT NOT NULL, HeldOn TEXT NOT NULL, Kind TEXT NOT NULL, Agenda TEXT NOT NULL, DocumentId TEXT)",
            $"""
            INSERT INTO bench_meetings (CellId, HeldOn, Kind, Agenda, DocumentId)
            SELECT CellId, HeldOn, Kind, Agenda, DocumentId FROM (
                SELECT c.n AS cell, c.Id AS CellId, printf('{y}-%02d-%02d', k.k, 5 + c.n % 20) AS HeldOn, 'Regular' AS Kind,
                       'Sinh hoạt chi bộ thường kỳ tháng ' || k.k AS Agenda,
                       CASE k.k WHEN 2 THEN '{DocumentId(1)}' WHEN 7 THEN '{DocumentId(2)}' END AS DocumentId
                FROM bench_meeting_cells c CROSS JOIN (WITH RECURSIVE m(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM m WHERE k < 12) SELECT k FROM m) k
                UNION ALL SELECT c.n, c.Id, '{y}-07-28', 'Extraordinary', 'Sinh hoạt bất thường: kiện toàn cấp ủy', NULL FROM bench_meeting_cells c WHERE c.n % 10 = 0
                UNION ALL SELECT c.n, c.Id, '{y}-09-25', 'Thematic', 'Sinh hoạt chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', '{DocumentId(3)}' FROM bench_meeting_cells c)
            ORDER BY HeldOn, cell
            """,
            // The roster of every meeting: its members in the members' rowid order (sorted once here, so that the
            // attendances are appended meeting after meeting).
            $"""
            CREATE TEMP TABLE bench_attendees AS
            SELECT mt.n, m.rowid AS r, p.MemberId
            FROM bench_meetings mt JOIN MemberPlacements p ON {OnRoster} JOIN Members m ON m.Id = p.MemberId
            ORDER BY mt.n, m.rowid
            """,
            "CREATE INDEX temp.bench_attendees_n ON bench_attendees (n, r)",
            """
            INSERT INTO CellMeetings (Id, OrganizationId, HeldOn, Kind, Agenda, ChairMemberId, SecretaryMemberId, Version, CreatedAt, UpdatedAt)
            SELECT printf('BE000000-0000-4000-8000-%012X', mt.n), mt.CellId, mt.HeldOn, mt.Kind, mt.Agenda,
                   (SELECT a.MemberId FROM bench_attendees a WHERE a.n = mt.n ORDER BY a.r LIMIT 1),
                   (SELECT a.MemberId FROM bench_attendees a WHERE a.n = mt.n ORDER BY a.r DESC LIMIT 1),
                   1, $now, $now
            FROM bench_meetings mt WHERE EXISTS (SELECT 1 FROM bench_attendees a WHERE a.n = mt.n)
            ORDER BY mt.n
            """,
            "DROP INDEX IX_MeetingAttendances_MemberId",
            $"""
            INSERT INTO MeetingAttendances (Id, MeetingId, MemberId, Status)
            SELECT printf('BA%06X-0000-4000-8000-%012X', a.n, a.r), printf('BE000000-0000-4000-8000-%012X', a.n), a.MemberId, {Status}
            FROM bench_attendees a ORDER BY a.rowid
            """,
            memberIndex,
            """
            INSERT INTO MeetingDocuments (Id, MeetingId, DocumentId)
            SELECT printf('BF000000-0000-4000-8000-%012X', mt.n), printf('BE000000-0000-4000-8000-%012X', mt.n), mt.DocumentId
            FROM bench_meetings mt WHERE mt.DocumentId IS NOT NULL AND EXISTS (SELECT 1 FROM bench_attendees a WHERE a.n = mt.n)
            ORDER BY mt.n
            """,
            $"""
            INSERT INTO DocumentCatchUps (Id, DocumentId, MemberId, OrganizationId, ReceivedOn, Note, Version, CreatedAt, UpdatedAt)
            SELECT printf('BC%06X-0000-4000-8000-%012X', a.n, a.r), mt.DocumentId, a.MemberId, mt.CellId, date(mt.HeldOn, '+10 days'),
                   'Học tập bù (benchmark)', 1, $now, $now
            FROM bench_attendees a JOIN bench_meetings mt ON mt.n = a.n
            WHERE mt.DocumentId IS NOT NULL AND {Status} <> 'Present' AND a.r % 2 = 0
            ORDER BY a.n, a.r
            """,
            "DROP TABLE bench_attendees; DROP TABLE bench_meetings; DROP TABLE bench_meeting_cells",
        ];

        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.CommandTimeout = 0;
            command.Parameters.AddWithValue("$now", now);
            await command.ExecuteNonQueryAsync();
        }

        await using (var count = connection.CreateCommand())
        {
            count.Transaction = transaction;
            count.CommandText = "SELECT (SELECT count(*) FROM CellMeetings), (SELECT count(*) FROM MeetingAttendances), (SELECT count(*) FROM DocumentCatchUps)";
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            Console.Error.WriteLine($"  meetings ({reader.GetInt64(0):N0} meetings, {reader.GetInt64(1):N0} attendances, {reader.GetInt64(2):N0} catch-ups) in {clock.Elapsed.TotalSeconds:0.0}s");
        }
    }

    /// <summary>
    /// Each meeting's attendance counts (ADR 0092) by the API's backfill job's step,
    /// <see cref="MeetingAttendanceRecount.RecountUncountedAsync"/>, a thousand meetings a statement until none is left.
    /// Returns the meetings counted.
    /// </summary>
    public static async Task<int> CountAsync(string file)
    {
        var clock = Stopwatch.StartNew();
        SqliteConnection.ClearAllPools();
        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var total = 0;
        int counted;
        while ((counted = await MeetingAttendanceRecount.RecountUncountedAsync(db, 1000, CancellationToken.None)) > 0)
        {
            total += counted;
        }

        SqliteConnection.ClearAllPools();
        Console.Error.WriteLine($"  attendance counts of {total:N0} meetings in {clock.Elapsed.TotalSeconds:0.0}s");
        return total;
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Bench;

/// <summary>
/// Raw baselines of the modules' heaviest reads: the same aggregates as <c>/statistics/inspection</c>,
/// <c>/statistics/ratings</c> and <c>/targets/progress</c> over the same subtree and year, written as set-based SQL
/// with Microsoft.Data.Sqlite and serialised to JSON — no mediator, validation, authorisation, EF Core or domain
/// objects. They answer what the figures cost the database when asked in one statement per section; the API's
/// throughput is reported as a ratio of this. Subtrees by the materialised path (<c>Path LIKE root || '%'</c>).
/// The dues reads (<c>/dues/summary</c>, <c>/dues/arrears</c>, and the dues section of the inspection statistics) read
/// the sheets of the year in the subtree and their lines (<see cref="MapDues"/>).
/// The ratings baseline reads the expected monthly reviews with the same grouped join as the API (session 27) and
/// counts their months more coarsely; the meetings by kind with their kept attendance counts, and each document's
/// dissemination from the dated counts' roster and received rows in one statement (generator version 10: <see cref="MeetingData"/>). Not reproduced: labels, rule-set
/// names, quota and cap details, the review months' regular meetings (the bench database has no monthly reviews, so that
/// section's levels are empty on both sides).
/// </summary>
internal static class ModuleBaselines
{
    public static void Map(WebApplication app, string connectionString)
    {
        app.MapGet("/baseline/statistics/inspection", async (Guid organizationId, int? year) =>
        {
            var today = Today();
            var y = year ?? today.Year;
            var asOf = today < new DateOnly(y, 12, 31) ? today : new DateOnly(y, 12, 31);
            await using var connection = await OpenAsync(connectionString);
            var p = Parameters(organizationId, y, asOf);
            const string Subtree = "SELECT Id FROM Organizations WHERE Path LIKE (SELECT Path FROM Organizations WHERE Id = $root) || '%'";
            const string Cases = $"""
                SELECT c.Id, c.Kind, c.TopicCode, (SELECT s."On" FROM InspectionSteps s WHERE s.CaseId = c.Id AND s.Step = 'Conclusion') AS ConcludedOn
                FROM InspectionCases c
                WHERE c.DecidedOn >= $from AND c.DecidedOn <= $to
                  AND (c.OrganizationId IN ({Subtree}) OR c.Id IN (SELECT CaseId FROM InspectionSubjects WHERE OrganizationId IN ({Subtree})))
                """;
            var programmes = await RowsAsync(connection, $"SELECT COUNT(*), (SELECT COUNT(*) FROM InspectionProgrammeItems i WHERE i.ProgrammeId IN (SELECT Id FROM InspectionProgrammes WHERE Year = $year AND OrganizationId IN ({Subtree}))) FROM InspectionProgrammes WHERE Year = $year AND OrganizationId IN ({Subtree})", p);
            var byKind = await RowsAsync(connection, $"WITH cases AS ({Cases}) SELECT Kind, COUNT(*), COUNT(CASE WHEN ConcludedOn <= $asOf THEN 1 END) FROM cases GROUP BY Kind", p);
            var byTopic = await RowsAsync(connection, $"WITH cases AS ({Cases}) SELECT TopicCode, COUNT(*) FROM cases GROUP BY TopicCode", p);
            var subjects = await RowsAsync(connection, $"WITH cases AS ({Cases}) SELECT s.Type, COUNT(*) FROM cases c JOIN InspectionSubjects s ON s.CaseId = c.Id GROUP BY s.Type", p);
            var findings = await RowsAsync(connection, $"WITH cases AS ({Cases}) SELECT f.Severity, COUNT(*), SUM(f.Violation) FROM cases c JOIN InspectionFindings f ON f.CaseId = c.Id WHERE c.ConcludedOn <= $asOf GROUP BY f.Severity", p);
            var lateSteps = await RowsAsync(connection, $"WITH cases AS ({Cases}) SELECT COUNT(*) FROM cases c JOIN InspectionSteps s ON s.CaseId = c.Id WHERE s.WorkingDaysLate > 0 AND s.\"On\" <= $asOf", p);
            var recommendations = await RowsAsync(connection, $"""
                WITH cases AS ({Cases})
                SELECT COUNT(*), COUNT(CASE WHEN r.DoneOn <= $asOf THEN 1 END),
                       COUNT(CASE WHEN (r.DoneOn IS NULL OR r.DoneOn > $asOf) AND r.DueOn >= $asOf THEN 1 END),
                       COUNT(CASE WHEN (r.DoneOn IS NULL OR r.DoneOn > $asOf) AND r.DueOn < $asOf THEN 1 END)
                FROM cases c JOIN InspectionRecommendations r ON r.CaseId = c.Id WHERE c.ConcludedOn <= $asOf
                """, p);
            var discipline = await RowsAsync(connection, $"SELECT Form, SubjectCategory, COUNT(*) FROM DisciplinaryActions WHERE Status = 'Decided' AND DecidedOn >= $from AND DecidedOn <= $to AND OrganizationId IN ({Subtree}) GROUP BY Form, SubjectCategory", p);
            // The dues section: the same figures as /baseline/dues/summary (the API's section is its dues summary).
            var dues = await DuesSummaryAsync(connection, p, y);
            return Results.Json(new { organizationId, year = y, asOf, programmes, byKind, byTopic, subjects, findings, lateSteps, recommendations, discipline, dues });
        });

        app.MapGet("/baseline/statistics/ratings", async (Guid organizationId, int? year) =>
        {
            var today = Today();
            var y = year ?? today.Year;
            await using var connection = await OpenAsync(connectionString);
            var p = Parameters(organizationId, y, today);
            const string Subtree = "SELECT Id FROM Organizations WHERE Path LIKE (SELECT Path FROM Organizations WHERE Id = $root) || '%'";
            // Campaigns of the year of the root's grassroots organisation or above it (its path's ancestors) or in its subtree, published by today.
            const string Campaigns = """
                SELECT c.Id FROM RatingCampaigns c JOIN Organizations o ON o.Id = c.OrganizationId
                WHERE c.Year = $year AND ((SELECT Path FROM Organizations WHERE Id = $root) LIKE o.Path || '%' OR o.Path LIKE (SELECT Path FROM Organizations WHERE Id = $root) || '%')
                  AND EXISTS (SELECT 1 FROM RatingCampaignSteps s WHERE s.CampaignId = c.Id AND s.Step = 'Published' AND s.ReachedOn <= $asOf)
                """;
            var levels = await RowsAsync(connection, $"""
                SELECT COALESCE((SELECT k.ToLevel FROM RatingCorrections k WHERE k.RatingId = r.Id AND k.CorrectedOn <= $asOf ORDER BY k.CorrectedOn DESC LIMIT 1), r.DecidedLevel) AS Level, COUNT(*)
                FROM MemberRatings r WHERE r.Rated AND r.CampaignId IN ({Campaigns}) AND r.CellId IN ({Subtree}) GROUP BY Level
                """, p);
            var notRated = await RowsAsync(connection, $"SELECT NotRatedReason, COUNT(*) FROM MemberRatings WHERE NOT Rated AND CampaignId IN ({Campaigns}) AND CellId IN ({Subtree}) GROUP BY NotRatedReason", p);
            var organizations = await RowsAsync(connection, $"SELECT r.Level, COUNT(*) FROM OrganizationRatings r WHERE r.CampaignId IN ({Campaigns}) AND r.OrganizationId IN ({Subtree}) GROUP BY r.Level", p);
            // The meetings by kind with the attendance counts each keeps (ADR 0092: the same columns the API sums).
            var meetings = await RowsAsync(connection, $"SELECT Kind, COUNT(*), SUM(ExpectedAttendances), SUM(PresentAttendances) FROM CellMeetings WHERE HeldOn >= $from AND HeldOn <= $to AND OrganizationId IN ({Subtree}) GROUP BY Kind", p);
            // The dissemination on the year's last day (or today): per document disseminated at the subtree's meetings of
            // the year, the members on the subtree's roster that day and those of them who received it by then, read from
            // the dated counts as the API reads them (roster_open less the roster changes after the day; the received rows
            // up to the day; main and staged tables), in one statement. Recounted from the receipts instead (each receiver
            // tested as expected), the statement took 17.5 s at 100k (bench/results/20261206T212556Z-s61-…).
            // Each table's rows by its key (a view over both would be materialised and scanned).
            static string Changes(string columns, string where) =>
                $"SELECT {columns} FROM MembershipCountChanges c WHERE {where} UNION ALL SELECT {columns} FROM MembershipCountChangesStaged c WHERE {where}";
            var roster = Changes(
                "CASE c.Dimension WHEN 'roster_open' THEN c.Delta ELSE -c.Delta END AS Delta",
                $"c.OrganizationId IN ({Subtree}) AND c.Value = 'counted' AND (c.Dimension = 'roster_open' OR (c.Dimension = 'roster' AND c.Day > min($asOf, $to)))");
            var received = Changes(
                "c.Delta",
                $"c.OrganizationId IN ({Subtree}) AND c.Dimension = 'received' AND c.Value = upper(replace(d.DocumentId, '-', '')) AND c.Day <= min($asOf, $to)");
            var dissemination = await RowsAsync(connection, $"""
                WITH docs AS (SELECT DISTINCT md.DocumentId FROM MeetingDocuments md JOIN CellMeetings m ON m.Id = md.MeetingId
                              WHERE m.HeldOn >= $from AND m.HeldOn <= $to AND m.OrganizationId IN ({Subtree}))
                SELECT d.DocumentId, (SELECT coalesce(sum(Delta), 0) FROM ({roster})), (SELECT coalesce(sum(Delta), 0) FROM ({received}))
                FROM docs d
                """, p);
            var reviews = await RowsAsync(connection, $"SELECT Level, COUNT(*) FROM MonthlyReviews WHERE Year = $year AND OrganizationId IN ({Subtree}) GROUP BY Level", p);
            var models = await RowsAsync(connection, $"SELECT Kind, COUNT(*), COUNT(RecognizedOn) FROM EmulationModels WHERE Year = $year AND OrganizationId IN ({Subtree}) GROUP BY Kind", p);
            // The monthly reviews expected (session 27): the subtree's placements over the year joined to the members'
            // counted status periods, with the months each member was reviewed and whether an exemption or suspension
            // touches the year, grouped as the API groups them (ReviewCoverage.CountForYearAsync); then the months of
            // each group, counted here as every month the interval touches (the API's month rule is finer).
            var periods = await RowsAsync(connection, $"""
                SELECT p.OrganizationId, s.Status, max(p.StartsOn, s.StartsOn, $from) AS StartsOn,
                       min(coalesce(p.EndsOn, '9999-12-31'), coalesce(s.EndsOn, '9999-12-31'), $to) AS EndsOn,
                       c.MemberId AS Excused, coalesce(v.Months, 0) AS Reviewed, COUNT(*)
                FROM MemberPlacements p
                JOIN MemberStatusPeriods s ON s.MemberId = p.MemberId
                LEFT JOIN (SELECT MemberId, SUM(1 << (Month - 1)) AS Months FROM MonthlyReviews WHERE Year = $year GROUP BY MemberId) v ON v.MemberId = p.MemberId
                LEFT JOIN (SELECT MemberId FROM MemberConditions WHERE StartsOn <= $to AND (EndsOn IS NULL OR EndsOn >= $from) AND Kind IN ('Exemption', 'Suspension') GROUP BY MemberId) c ON c.MemberId = p.MemberId
                WHERE p.OrganizationId IN ({Subtree}) AND p.StartsOn <= $to AND (p.EndsOn IS NULL OR p.EndsOn > $from)
                  AND s.StartsOn <= $to AND (s.EndsOn IS NULL OR s.EndsOn > $from) AND s.Status IN ('Probationary', 'Full')
                  AND (p.EndsOn IS NULL OR s.StartsOn < p.EndsOn) AND (s.EndsOn IS NULL OR p.StartsOn < s.EndsOn)
                GROUP BY 1, 2, 3, 4, 5, 6
                """, p);
            var reviewsExpected = periods.Where(r => r[4] is null).Sum(r =>
                (Month((string)r[3]!) - Month((string)r[2]!) + 1) * Convert.ToInt64(r[6], CultureInfo.InvariantCulture));
            return Results.Json(new { organizationId, year = y, levels, notRated, organizations, meetings, dissemination, reviews, reviewsExpected, models });
        });

        app.MapGet("/baseline/targets/progress", async (Guid organizationId, int year) =>
        {
            var today = Today();
            await using var connection = await OpenAsync(connectionString);
            var p = Parameters(organizationId, year, today);
            // Every target of the year of the resolutions in the subtree, with its internal indicator computed set-based:
            // the members' rating shares and the admissions in each resolution organisation's subtree (per-cell sums first).
            var rows = await RowsAsync(connection, """
                WITH root AS (SELECT Path FROM Organizations WHERE Id = $root),
                published AS MATERIALIZED (
                  SELECT c.Id FROM RatingCampaigns c WHERE c.Year = $year
                    AND EXISTS (SELECT 1 FROM RatingCampaignSteps s WHERE s.CampaignId = c.Id AND s.Step = 'Published' AND s.ReachedOn <= $asOf)),
                levels AS MATERIALIZED (
                  SELECT r.CellId, COALESCE((SELECT k.ToLevel FROM RatingCorrections k WHERE k.RatingId = r.Id AND k.CorrectedOn <= $asOf ORDER BY k.CorrectedOn DESC LIMIT 1), r.DecidedLevel) AS Level
                  FROM MemberRatings r WHERE r.Rated AND r.CampaignId IN (SELECT Id FROM published)),
                cells AS MATERIALIZED (
                  SELECT o.Path, COUNT(l.Level) AS Rated, COUNT(CASE WHEN l.Level IN ('Excellent', 'Good') THEN 1 END) AS GoodOrBetter, COUNT(CASE WHEN l.Level = 'Excellent' THEN 1 END) AS Excellent
                  FROM levels l JOIN Organizations o ON o.Id = l.CellId GROUP BY o.Path),
                admitted AS MATERIALIZED (
                  SELECT o.Path, COUNT(*) AS Admitted FROM Members m JOIN Organizations o ON o.Id = m.OrganizationId
                  WHERE m.AdmissionDecisionDate >= $from AND m.AdmissionDecisionDate <= $to AND m.AdmissionDecisionDate <= $asOf GROUP BY o.Path),
                targets AS (
                  SELECT t.Id, r.Number, t.IndicatorCode, t.Kind, t.Low, t.High, o.Path
                  FROM ResolutionTargets t JOIN Resolutions r ON r.Id = t.ResolutionId JOIN Organizations o ON o.Id = r.OrganizationId
                  WHERE t.Year = $year AND r.FromYear <= $year AND r.ToYear >= $year AND o.Path LIKE (SELECT Path FROM root) || '%')
                SELECT t.Id, t.Number, t.IndicatorCode, t.Kind, t.Low, t.High,
                  CASE t.IndicatorCode
                    WHEN 'MEMBERS_GOOD_OR_BETTER_RATE' THEN (SELECT round(100.0 * SUM(GoodOrBetter) / NULLIF(SUM(Rated), 0), 2) FROM cells c WHERE c.Path LIKE t.Path || '%')
                    WHEN 'MEMBERS_EXCELLENT_RATE' THEN (SELECT round(100.0 * SUM(Excellent) / NULLIF(SUM(GoodOrBetter), 0), 2) FROM cells c WHERE c.Path LIKE t.Path || '%')
                    WHEN 'NEW_MEMBERS_ADMITTED' THEN (SELECT COALESCE(SUM(Admitted), 0) FROM admitted a WHERE a.Path LIKE t.Path || '%')
                  END AS Value
                FROM targets t ORDER BY t.Number, t.IndicatorCode
                """, p);
            var items = rows.Select(r =>
            {
                var value = r[6] is null ? (double?)null : Convert.ToDouble(r[6], CultureInfo.InvariantCulture);
                var low = r[4] is string l ? double.Parse(l, CultureInfo.InvariantCulture) : (double?)null;
                var status = value is null ? "NO_DATA" : value >= low ? "ACHIEVED" : "MISSED";
                return new { id = r[0], resolution = r[1], indicator = r[2], kind = r[3], low = r[4], high = r[5], value, status };
            }).ToList();
            return Results.Json(new { organizationId, year, asOf = today, items, counts = items.GroupBy(i => i.status).ToDictionary(g => g.Key, g => g.Count()) });
        });
    }

    /// <summary>
    /// The dues reads' baselines: <c>/dues/summary</c> (the year's sheets of the subtree, their sums, the cells'
    /// retention per sheet, the arrears and the members for removal review) and <c>/dues/arrears</c> (the API's default:
    /// every member of the subtree's sheets of the year with arrears, with his months unpaid without reason), each
    /// computed in SQL over the subtree's sheets of the year and their lines (the months unpaid are sorted here).
    /// </summary>
    public static void MapDues(WebApplication app, string connectionString)
    {
        app.MapGet("/baseline/dues/summary", async (Guid organizationId, int? year) =>
        {
            var y = year ?? Today().Year;
            await using var connection = await OpenAsync(connectionString);
            return Results.Json(await DuesSummaryAsync(connection, Parameters(organizationId, y, Today()), y));
        });

        app.MapGet("/baseline/dues/arrears", async (Guid organizationId, int? year) =>
        {
            var y = year ?? Today().Year;
            await using var connection = await OpenAsync(connectionString);
            // Per member: his lines of the year in the subtree; the organisation of his latest sheet is the bare column
            // of the group's only aggregate max() (SQLite takes it from the row with the maximum).
            var rows = await RowsAsync(connection, $"""
                SELECT g.MemberId, m.FullName, g.OrganizationId, g.Months, g.Due, g.Paid, g.Arrears, g.Unpaid, g.UnpaidMonths
                FROM (SELECT l.MemberId, max(s.Month) AS LastMonth, s.OrganizationId, COUNT(*) AS Months, SUM(l.Due) AS Due, SUM(l.Paid) AS Paid,
                             SUM(l.Arrears) AS Arrears,
                             COUNT(CASE WHEN {UnpaidWithoutReason} THEN 1 END) AS Unpaid,
                             group_concat(CASE WHEN {UnpaidWithoutReason} THEN s.Month END) AS UnpaidMonths
                      FROM DuesSheets s JOIN DuesLines l ON l.SheetId = s.Id
                      WHERE s.Month >= $from AND s.Month <= $to AND s.OrganizationId IN ({DuesSubtree})
                      GROUP BY l.MemberId) g
                JOIN Members m ON m.Id = g.MemberId
                WHERE g.Arrears > 0
                ORDER BY m.NameSortKey, m.Id
                """, Parameters(organizationId, y, Today()));
            var items = rows.Select(r =>
            {
                var unpaid = r[8] is string months ? months.Split(',') : [];
                Array.Sort(unpaid, StringComparer.Ordinal);
                return new { memberId = r[0], memberName = r[1], organizationId = r[2], months = r[3], due = r[4], paid = r[5], arrears = r[6], monthsUnpaidWithoutReason = r[7], unpaidMonths = unpaid };
            });
            return Results.Json(items);
        });
    }

    /// <summary>
    /// The paged list's baseline (<c>/dues/member-years</c>, its default: the first 20 members in arrears, ADR 0068): the
    /// members in arrears counted from the lines in arrears, the first page's ids walked from the register's name order,
    /// then their year summed, as the API's three statements do.
    /// </summary>
    public static void MapDuesPage(WebApplication app, string connectionString) =>
        app.MapGet("/baseline/dues/member-years", async (Guid organizationId, int? year) =>
        {
            var y = year ?? Today().Year;
            await using var connection = await OpenAsync(connectionString);
            var p = Parameters(organizationId, y, Today());
            // The lines in arrears by their own month and cell (ADR 0105: copied from the sheet), in member order through
            // IX_DuesLines_MemberArrears, as the API reads them.
            const string owing = "FROM DuesLines l WHERE l.Month >= $from AND l.Month <= $to AND l.OrganizationId IN (" + DuesSubtree + ") AND l.Arrears > 0";
            var total = await RowsAsync(connection, $"SELECT COUNT(*) FROM (SELECT l.MemberId {owing} GROUP BY l.MemberId)", p);
            var ids = await RowsAsync(connection, $"SELECT m.Id FROM Members m WHERE EXISTS (SELECT 1 {owing} AND l.MemberId = m.Id) ORDER BY m.NameSortKey, m.Id LIMIT 20", p);
            var page = new Dictionary<string, object>(p) { ["$ids"] = "[" + string.Join(",", ids.Select(r => $"\"{r[0]}\"")) + "]" };
            var rows = await RowsAsync(connection, $"""
                SELECT g.MemberId, m.FullName, g.OrganizationId, g.Months, g.Due, g.Paid, g.Arrears, g.Unpaid, g.UnpaidMonths
                FROM (SELECT l.MemberId, max(s.Month) AS LastMonth, s.OrganizationId, COUNT(*) AS Months, SUM(l.Due) AS Due, SUM(l.Paid) AS Paid,
                             SUM(l.Arrears) AS Arrears,
                             COUNT(CASE WHEN {UnpaidWithoutReason} THEN 1 END) AS Unpaid,
                             group_concat(CASE WHEN {UnpaidWithoutReason} THEN s.Month END) AS UnpaidMonths
                      FROM DuesLines l JOIN DuesSheets s ON l.SheetId = s.Id
                      WHERE l.MemberId IN (SELECT value FROM json_each($ids)) AND s.Month >= $from AND s.Month <= $to AND s.OrganizationId IN ({DuesSubtree})
                      GROUP BY l.MemberId) g
                JOIN Members m ON m.Id = g.MemberId
                ORDER BY m.NameSortKey, m.Id
                """, page);
            var items = rows.Select(r =>
            {
                var unpaid = r[8] is string months ? months.Split(',') : [];
                Array.Sort(unpaid, StringComparer.Ordinal);
                return new { memberId = r[0], memberName = r[1], organizationId = r[2], months = r[3], due = r[4], paid = r[5], arrears = r[6], monthsUnpaidWithoutReason = r[7], unpaidMonths = unpaid };
            });
            return Results.Json(new { items, page = 1, pageSize = 20, totalCount = total[0][0] });
        });

    private const string DuesSubtree = "SELECT Id FROM Organizations WHERE Path LIKE (SELECT Path FROM Organizations WHERE Id = $root) || '%'";

    // DuesLine.UnpaidWithoutReason, in the terms of the partial index on the lines in arrears (ADR 0066; the column is
    // filled by the generator, and by the API's migration on a cache generated before it).
    private const string UnpaidWithoutReason = "l.Arrears > 0 AND l.Paid = 0 AND NOT l.Excused";

    /// <summary>
    /// The dues summary of a year and subtree: sheets; due, collected and exempted; retained (per sheet, rounded when the
    /// sheet was written) and remitted; arrears (per line what is still owed): the sheets' stored totals summed, as the
    /// schema keeps them since ADR 0065 (generator version 8; before, the lines were summed per sheet here). Members with
    /// the rule set's months unpaid without reason: the unpaid lines grouped per member, by their own month and cell (ADR
    /// 0105; the sheets joined before it).
    /// </summary>
    private static async Task<object> DuesSummaryAsync(SqliteConnection connection, Dictionary<string, object> p, int year)
    {
        var threshold = (DuesRuleSet.Statutory.TryInForceOn(new DateOnly(year, 12, 1)) ?? DuesRuleSet.Statutory.Versions[0]).UnpaidMonthsForRemoval;
        var sums = await RowsAsync(connection, $"""
            SELECT COUNT(*), COALESCE(SUM(TotalDue), 0), COALESCE(SUM(TotalPaid), 0), COALESCE(SUM(Retained), 0), COALESCE(SUM(TotalExempted), 0), COALESCE(SUM(TotalArrears), 0)
            FROM DuesSheets s
            WHERE s.Month >= $from AND s.Month <= $to AND s.OrganizationId IN ({DuesSubtree})
            """, p);
        p["$threshold"] = threshold;
        var review = await RowsAsync(connection, $"""
            SELECT COUNT(*) FROM (
              SELECT l.MemberId FROM DuesLines l
              WHERE l.Month >= $from AND l.Month <= $to AND l.OrganizationId IN ({DuesSubtree}) AND {UnpaidWithoutReason}
              GROUP BY l.MemberId HAVING COUNT(*) >= $threshold)
            """, p);
        var r = sums[0];
        long Long(object? v) => Convert.ToInt64(v, CultureInfo.InvariantCulture);
        return new
        {
            organizationId = p["$root"], year, sheets = Long(r[0]), due = Long(r[1]), collected = Long(r[2]), retained = Long(r[3]),
            remitted = Long(r[2]) - Long(r[3]), exempted = Long(r[4]), arrears = Long(r[5]), membersForRemovalReview = Long(review[0][0]),
        };
    }

    /// <summary>
    /// The member detail's baseline: the member row, its status periods and placements and its cell's name, as JSON
    /// (the API also writes a read-audit record for the unmasked read: batched, off the request's path).
    /// </summary>
    public static void MapMemberDetail(WebApplication app, string connectionString) =>
        app.MapGet("/baseline/members/{id}", async (string id) =>
        {
            await using var connection = await OpenAsync(connectionString);
            var p = new Dictionary<string, object> { ["$id"] = id.ToUpperInvariant() };
            var member = await RowsAsync(connection, "SELECT m.*, o.Name FROM Members m JOIN Organizations o ON o.Id = m.OrganizationId WHERE m.Id = $id", p);
            if (member.Count == 0)
            {
                return Results.NotFound();
            }

            // The lists the API's detail returns or computes from (session 63; before, the placements, which the detail does
            // not show, and none of the four lists after the periods): the status periods (status, seniority), the
            // conditions, the seniority gaps, the work history and the family relations (an unmasked read).
            var periods = await RowsAsync(connection, "SELECT Status, StartsOn, EndsOn, DecisionNumber, Reason FROM MemberStatusPeriods WHERE MemberId = $id ORDER BY StartsOn", p);
            var conditions = await RowsAsync(connection, "SELECT Kind, Ground, StartsOn, EndsOn, DecisionNumber, Reason, DecidedByOrganizationId, EndDecisionNumber FROM MemberConditions WHERE MemberId = $id ORDER BY StartsOn", p);
            var gaps = await RowsAsync(connection, "SELECT StartsOn, EndsOn, Reason, DocumentNumber, Note, AmendsGapId, EndReason, EndedByDecisionDate, EndedByDecisionNumber, ReplacedByGapId FROM MemberSeniorityGaps WHERE MemberId = $id", p);
            var workHistory = await RowsAsync(connection, "SELECT \"From\", \"To\", Description FROM MemberWorkHistory WHERE MemberId = $id ORDER BY \"Order\"", p);
            var familyRelations = await RowsAsync(connection, "SELECT Relation, FullName, BirthYear, Occupation, PoliticalHistory, Address FROM MemberFamilyRelations WHERE MemberId = $id ORDER BY \"Order\"", p);
            return Results.Json(new { member = member[0], periods, conditions, gaps, workHistory, familyRelations });
        });

    private static int Month(string day) => int.Parse(day.AsSpan(5, 2), CultureInfo.InvariantCulture);

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static async Task<SqliteConnection> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static Dictionary<string, object> Parameters(Guid root, int year, DateOnly asOf) => new()
    {
        ["$root"] = root.ToString().ToUpperInvariant(),
        ["$year"] = year,
        ["$from"] = $"{year:0000}-01-01",
        ["$to"] = $"{year:0000}-12-31",
        ["$asOf"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static async Task<List<object?[]>> RowsAsync(SqliteConnection connection, string sql, Dictionary<string, object> parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}

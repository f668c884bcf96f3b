using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using PartyCommittee.Application.Inspection.Dues;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Bench;

/// <summary>
/// The modules' rows of a benchmark database, proportional to the members and written set-based (<c>INSERT … SELECT</c>
/// over the members and cells just generated, in the generator's transaction): the data behind
/// <c>/statistics/inspection</c>, <c>/statistics/ratings</c>, <c>/targets/progress</c>, <c>/dues/summary</c> and
/// <c>/dues/arrears</c>. Everything is dated in <see cref="Year"/> (a past year: every step is before today) and uses
/// the states, codes and rule sets the API writes itself, so that it materialises them:
/// <list type="bullet">
/// <item>inspection: the committee's programme of the year (one planned item per cell); two cases per cell (one per
/// 125 members) opened by the inspection commission with the cell as subject, three in four concluded (steps Decision,
/// Notice, Verification, Meeting, Conclusion; one in ten concluded late), one finding and two recommendations per
/// concluded case (the first done with its progress row, the second open or overdue);</item>
/// <item>discipline: one decided action (reprimand or warning, decided by the cell) per 200 members;</item>
/// <item>transfers (session 50): one current member in 100 with an official internal transfer to the next cell sent in
/// December and not yet presented (the transfer lists, the agenda's presentation items), one in 200 with a request
/// rejected; neither moves the member, so the placements and dated counts stay as generated. No received transfer is
/// generated (it would move the member's placement and counts).</item>
/// <item>ratings: the committee's published campaign of the year with its six steps, a rating of every current member
/// (decided level ~12% EXCELLENT, ~63% GOOD, ~22% COMPLETED, ~3% NOT_COMPLETED; those admitted after 30 June listed
/// as not rated), one correction per 500 ratings, and each cell's own rating;</item>
/// <item>targets: a resolution of the committee and one of each cell for the year, each with three targets on the
/// internal indicators (members GOOD or better ≥ 80%, EXCELLENT ≥ 10%, new members admitted ≥ 2);</item>
/// <item>dues (the largest table of the inspection module; <see cref="DuesStatementsAsync"/>): twelve monthly sheets per
/// cell, each with the rule set in force that month (Quyết định 342-QĐ/TW for 2025) and the API's default retention
/// (30%), and one line per member who is a current (probationary or full) member on the day the API reads for that
/// month: members born before 1 January of <see cref="Year"/> − 61 pensioners (0.5% of a pension of 4.0–10.0 million
/// đồng), one in fifty of the others OTHER (the fixed 5,000 đồng), the rest salaried (1% of 3.0–10.0 million đồng);
/// amounts to the đồng, so that the dues and the cells' shares round as the API rounds them; nothing exempted (342 has
/// neither a seniority exemption nor hardship reductions). ~88% of the lines paid in full in their month to the cell's
/// collector, ~2.5% excused with a reason, ~9% unpaid (54% of the members miss two months), and one member in 200
/// unpaid without reason for four consecutive months (the removal review's members).</item>
/// </list>
/// </summary>
internal static class ModuleData
{
    public const int Year = 2025;

    // A version-4-shaped GUID in the API's text form (upper case), from SQLite's random bytes.
    private const string NewId = "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, string now)
    {
        var clock = Stopwatch.StartNew();
        var y = Year.ToString(CultureInfo.InvariantCulture);
        string[] statements =
        [
            "CREATE TEMP TABLE bench_root AS SELECT Id FROM Organizations WHERE Code = 'DB-BENCH'",
            "CREATE TEMP TABLE bench_cells AS SELECT rowid AS n, Id FROM Organizations WHERE Type = 'PartyCell'",
            // Indexed: the transfers look each member's next cell up by these (without, 10k members x 4,000 cells x
            // 4,000 cells of scans at 1M: the step had not finished after an hour; session 56).
            "CREATE UNIQUE INDEX temp.bench_cells_id ON bench_cells (Id)",
            "CREATE UNIQUE INDEX temp.bench_cells_n ON bench_cells (n)",

            // Inspection: the programme, its items, the cases and their parts.
            $"INSERT INTO InspectionProgrammes (Id, OrganizationId, Year, IssuedBy, DocumentNumber, IssuedOn, Version, CreatedAt, UpdatedAt) SELECT {NewId}, Id, {y}, 'InspectionCommission', '01-CTr/UBKT', '{y}-01-10', 1, $now, $now FROM bench_root",
            $"INSERT INTO InspectionProgrammeItems (Id, ProgrammeId, Kind, SubjectType, OrganizationId, MemberId, TopicCode, Quarter) SELECT {NewId}, (SELECT Id FROM InspectionProgrammes WHERE Year = {y}), 'ThematicSupervision', 'Cell', Id, NULL, 'QD37-2021', 1 + n % 4 FROM bench_cells",
            $"""
            CREATE TEMP TABLE bench_cases AS
            SELECT {NewId} AS Id, c.Id AS CellId, c.n * 2 + k.k AS n,
                   date('{y}-01-06', '+' || ((c.n * 2 + k.k) % 200) || ' days') AS DecidedOn,
                   (c.n * 2 + k.k) % 4 AS Variant, (c.n * 2 + k.k) % 4 <> 3 AS Concluded
            FROM bench_cells c CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1) k
            """,
            $"""
            INSERT INTO InspectionCases (Id, OrganizationId, ProgrammeId, Kind, DecidedBy, TopicCode, Content, DecidedOn, CoveredFrom, CoveredTo, ScheduleFrom, ScheduleTo, Stage, ClosedOn, Version, CreatedAt, UpdatedAt)
            SELECT c.Id, (SELECT Id FROM bench_root), (SELECT Id FROM InspectionProgrammes WHERE Year = {y}),
                   CASE c.Variant WHEN 0 THEN 'ThematicSupervision' WHEN 1 THEN 'ThematicInspection' WHEN 2 THEN 'ThematicSupervision' ELSE 'PartyFinance' END,
                   'InspectionCommission',
                   CASE c.Variant WHEN 0 THEN 'NQ04-TW4-XII' WHEN 1 THEN 'CT05-2016' WHEN 2 THEN 'QD37-2021' ELSE 'PARTY_FINANCE' END,
                   'Kiểm tra, giám sát chi bộ (benchmark)', c.DecidedOn, '{Year - 1}-01-01', date(c.DecidedOn, '-1 day'), date(c.DecidedOn, '+7 days'), date(c.DecidedOn, '+45 days'),
                   CASE WHEN c.Concluded THEN 'Conclusion' ELSE 'Verification' END, NULL, 1, $now, $now
            FROM bench_cases c
            """,
            $"""
            INSERT INTO InspectionSteps (Id, CaseId, Step, "On", DocumentNumber, Note, DueOn, WorkingDaysLate, VotesFor, VotesAgainst, VotesAbstaining)
            SELECT {NewId}, c.Id, s.Step, date(c.DecidedOn, s.Offset), NULL, NULL,
                   CASE WHEN s.Step = 'Conclusion' AND c.n % 10 = 0 THEN date(c.DecidedOn, '+47 days') END,
                   CASE WHEN s.Step = 'Conclusion' AND c.n % 10 = 0 THEN 2 ELSE 0 END,
                   CASE WHEN s.Step = 'Meeting' THEN 5 END, CASE WHEN s.Step = 'Meeting' THEN 0 END, CASE WHEN s.Step = 'Meeting' THEN 0 END
            FROM bench_cases c JOIN (SELECT 'Decision' AS Step, '+0 days' AS Offset, 0 AS Final UNION ALL SELECT 'Notice', '+7 days', 0 UNION ALL SELECT 'Verification', '+14 days', 0
                                     UNION ALL SELECT 'Meeting', '+45 days', 1 UNION ALL SELECT 'Conclusion', '+50 days', 1) s ON c.Concluded OR s.Final = 0
            """,
            $"INSERT INTO InspectionSubjects (Id, CaseId, Type, OrganizationId, MemberId) SELECT {NewId}, Id, 'Cell', CellId, NULL FROM bench_cases",
            """
            INSERT INTO InspectionFindings (Id, CaseId, SubjectId, Violation, Severity, TopicCode, Article, Description)
            SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                   c.Id, s.Id, c.n % 5 IN (3, 4),
                   CASE c.n % 5 WHEN 0 THEN 'None' WHEN 1 THEN 'Shortcoming' WHEN 2 THEN 'Shortcoming' WHEN 3 THEN 'ViolationBelowDiscipline' ELSE 'ViolationRequiringDiscipline' END,
                   ic.TopicCode, NULL, NULL
            FROM bench_cases c JOIN InspectionSubjects s ON s.CaseId = c.Id JOIN InspectionCases ic ON ic.Id = c.Id WHERE c.Concluded
            """,
            $"""
            INSERT INTO InspectionRecommendations (Id, CaseId, Text, Owner, DueOn, DoneOn)
            SELECT {NewId}, c.Id, CASE r.k WHEN 0 THEN 'Chi bộ bổ sung nội dung tự phê bình trong sinh hoạt định kỳ.' ELSE 'Chi bộ khắc phục hạn chế, báo cáo Ủy ban Kiểm tra.' END,
                   'Chi bộ', date(c.DecidedOn, '+50 days', CASE r.k WHEN 0 THEN '+1 months' ELSE '+3 months' END),
                   CASE WHEN r.k = 0 THEN date(c.DecidedOn, '+70 days') END
            FROM bench_cases c CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1) r WHERE c.Concluded
            """,
            $"INSERT INTO InspectionRecommendationProgress (Id, RecommendationId, \"On\", Note, Evidence, Done) SELECT {NewId}, Id, DoneOn, 'Đã khắc phục, báo cáo Ủy ban Kiểm tra.', 'BC-KP', 1 FROM InspectionRecommendations WHERE DoneOn IS NOT NULL",

            // Discipline: one decided action per 200 members.
            $"""
            INSERT INTO DisciplinaryActions (Id, SubjectKind, MemberId, OrganizationId, SubjectCategory, Form, Body, Status, Violation, ViolationOn, NewViolationOn, SelfDetected, Remedied, ProposedOn, DecidedOn, DecisionNumber, AppealDueOn, RuleSetCode, Version, CreatedAt, UpdatedAt)
            SELECT {NewId}, 'Member', Id, OrganizationId, CASE Status WHEN 'Full' THEN 'FullMember' ELSE 'ProbationaryMember' END,
                   CASE WHEN rowid % 400 = 7 THEN 'Warning' ELSE 'Reprimand' END, 'Cell', 'Decided', 'Vi phạm Quy định 37-QĐ/TW (benchmark)',
                   '{y}-07-01', NULL, 0, 0, '{y}-08-04', '{y}-08-18', 'QĐKL-' || rowid, '{y}-09-17', 'QD296-2025', 1, $now, $now
            FROM Members WHERE rowid % 200 = 7 AND Status IN ('Full', 'Probationary') AND CeremonyDate < '{y}-01-01'
            """,

            // Transfers: pending official internal transfers and rejected requests (neither moves the member).
            $"""
            INSERT INTO Transfers (Id, MemberId, Kind, Direction, Purpose, FromOrganizationId, ToOrganizationId, RequestedOn, SentOn, Status, DecisionNumber, Version, CreatedAt, UpdatedAt)
            SELECT {NewId}, m.Id, 'Official', 'Internal', 'Work', m.OrganizationId,
                   coalesce((SELECT c.Id FROM bench_cells c WHERE c.n > (SELECT n FROM bench_cells WHERE Id = m.OrganizationId) ORDER BY c.n LIMIT 1),
                            (SELECT Id FROM bench_cells WHERE Id <> m.OrganizationId ORDER BY n LIMIT 1)),
                   date('{y}-12-01', '+' || (m.rowid % 10) || ' days'), date('{y}-12-03', '+' || (m.rowid % 10) || ' days'), 'Sent', 'QĐ-CSH-' || m.rowid, 2, $now, $now
            FROM Members m WHERE m.rowid % 100 = 37 AND m.Status IN ('Full', 'Probationary')
            """,
            $"""
            INSERT INTO Transfers (Id, MemberId, Kind, Direction, Purpose, FromOrganizationId, ToOrganizationId, RequestedOn, RejectedOn, RejectionReason, Status, DecisionNumber, Version, CreatedAt, UpdatedAt)
            SELECT {NewId}, m.Id, 'Official', 'Internal', 'Study', m.OrganizationId,
                   coalesce((SELECT c.Id FROM bench_cells c WHERE c.n > (SELECT n FROM bench_cells WHERE Id = m.OrganizationId) ORDER BY c.n LIMIT 1),
                            (SELECT Id FROM bench_cells WHERE Id <> m.OrganizationId ORDER BY n LIMIT 1)),
                   date('{y}-03-02', '+' || (m.rowid % 200) || ' days'), date('{y}-03-09', '+' || (m.rowid % 200) || ' days'),
                   'Chưa đủ điều kiện chuyển sinh hoạt (benchmark)', 'Rejected', 'QĐ-CSH-' || m.rowid, 2, $now, $now
            FROM Members m WHERE m.rowid % 200 = 73 AND m.Status IN ('Full', 'Probationary')
            """,

            // Ratings: the committee's published campaign, every current member's rating, the cells' own ratings.
            $"INSERT INTO RatingCampaigns (Id, OrganizationId, Year, RuleSetCode, Step, Version, CreatedAt, UpdatedAt) SELECT {NewId}, Id, {y}, 'QD366-2025', 'Published', 1, $now, $now FROM bench_root",
            $"""
            INSERT INTO RatingCampaignSteps (Id, CampaignId, Step, DueOn, ReachedOn, WorkingDaysLate)
            SELECT {NewId}, (SELECT Id FROM RatingCampaigns WHERE Year = {y}), s.Step, s."On", s."On", 0
            FROM (SELECT 'Open' AS Step, '{y}-11-17' AS "On" UNION ALL SELECT 'SelfAssessment', '{y}-11-28' UNION ALL SELECT 'CellReview', '{y}-12-05'
                  UNION ALL SELECT 'CommitteeAppraisal', '{y}-12-12' UNION ALL SELECT 'Decision', '{y}-12-19' UNION ALL SELECT 'Published', '{y}-12-26') s
            """,
            $"""
            INSERT INTO MemberRatings (Id, CampaignId, MemberId, CellId, Rated, NotRatedReason, Arrangement, OtherOrganization, OtherOrganizationComments, TaskGroup,
                SelfLevel, SelfScore, SelfComments, SelfAssessedOn, ProposedLevel, ProposedScore, ProposalComments, ProposedOn,
                ConcludedDegraded, UnderHalfTargets, SickLeaveMonths, CapCodes, DecidedLevel, DecidedScore, DecidedOn, Version, CreatedAt, UpdatedAt, ProposedPoints, SelfPoints)
            SELECT {NewId}, (SELECT Id FROM RatingCampaigns WHERE Year = {y}), m.Id, m.OrganizationId, r.Rated, CASE WHEN r.Rated THEN NULL ELSE 'AdmittedUnderSixMonths' END, 'Regular', NULL, NULL, NULL,
                   r.Level, NULL, NULL, CASE WHEN r.Rated THEN '{y}-11-26' END, r.Level, NULL, NULL, CASE WHEN r.Rated THEN '{y}-12-04' END,
                   0, 0, 0, NULL, r.Level, NULL, CASE WHEN r.Rated THEN '{y}-12-19' END, 1, $now, $now, NULL, NULL
            FROM Members m JOIN (
                SELECT rowid AS id, AdmissionDecisionDate <= '{y}-06-30' AS Rated,
                       CASE WHEN AdmissionDecisionDate > '{y}-06-30' THEN NULL WHEN rowid % 100 < 12 THEN 'Excellent' WHEN rowid % 100 < 75 THEN 'Good' WHEN rowid % 100 < 97 THEN 'Completed' ELSE 'NotCompleted' END AS Level
                FROM Members) r ON r.id = m.rowid
            WHERE m.Status IN ('Full', 'Probationary') AND m.CeremonyDate <= '{y}-11-17'
            """,
            $"INSERT INTO RatingCorrections (Id, RatingId, CorrectedOn, FromLevel, ToLevel, ToScore, Reason) SELECT {NewId}, Id, '{y}-12-23', 'Good', 'Completed', NULL, 'Kết luận kiểm tra sau xếp loại (benchmark)' FROM MemberRatings WHERE DecidedLevel = 'Good' AND rowid % 500 = 3",
            $"INSERT INTO OrganizationRatings (Id, CampaignId, OrganizationId, Level, Comments, DecidedOn) SELECT {NewId}, (SELECT Id FROM RatingCampaigns WHERE Year = {y}), Id, CASE n % 10 WHEN 0 THEN 'Excellent' WHEN 9 THEN 'Completed' ELSE 'Good' END, NULL, '{y}-12-19' FROM bench_cells",

            // Targets: a resolution of the committee and of each cell, three internal targets each.
            $"""
            INSERT INTO Resolutions (Id, OrganizationId, Kind, Number, IssuedOn, Issuer, Title, FromYear, ToYear, Version, CreatedAt, UpdatedAt)
            SELECT {NewId}, Id, 'Resolution', '01-NQ/' || substr(Id, 1, 8), '{y}-01-15', 'Hội nghị chi bộ', 'Nghị quyết lãnh đạo thực hiện nhiệm vụ năm {y} (benchmark)', {y}, {y}, 1, $now, $now
            FROM (SELECT Id FROM bench_root UNION ALL SELECT Id FROM bench_cells)
            """,
            $"""
            INSERT INTO ResolutionTargets (Id, ResolutionId, IndicatorCode, UnitCode, Disaggregation, Year, Kind, Low, High, Exclusive, Text)
            SELECT {NewId}, r.Id, t.Code, NULL, 'total', {y}, 'AtLeast', t.Low, NULL, 0, t.Text
            FROM Resolutions r CROSS JOIN (SELECT 'MEMBERS_GOOD_OR_BETTER_RATE' AS Code, '80.0' AS Low, 'Từ 80% đảng viên hoàn thành tốt nhiệm vụ trở lên' AS Text
                                          UNION ALL SELECT 'MEMBERS_EXCELLENT_RATE', '10.0', 'Trong đó 10% hoàn thành xuất sắc nhiệm vụ'
                                          UNION ALL SELECT 'NEW_MEMBERS_ADMITTED', '2.0', 'Kết nạp ít nhất 2 đảng viên mới') t
            WHERE r.FromYear = {y}
            """,
            "DROP TABLE bench_cases",
        ];

        await ExecuteAsync(connection, transaction, statements, now);
        Console.Error.WriteLine($"  module rows (inspection, discipline, transfers, ratings, targets) in {clock.Elapsed.TotalSeconds:0.0}s");

        clock.Restart();
        await ExecuteAsync(connection, transaction, await DuesStatementsAsync(connection, transaction), now);
        await using (var count = connection.CreateCommand())
        {
            count.Transaction = transaction;
            count.CommandText = "SELECT (SELECT COUNT(*) FROM DuesSheets), (SELECT COUNT(*) FROM DuesLines)";
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            Console.Error.WriteLine($"  dues rows ({reader.GetInt64(0):N0} sheets, {reader.GetInt64(1):N0} lines) in {clock.Elapsed.TotalSeconds:0.0}s");
        }

        await ExecuteAsync(connection, transaction, ["DROP TABLE bench_cells; DROP TABLE bench_root"], now);
    }

    /// <summary>
    /// The dues of <see cref="Year"/>, set-based: a temporary table of the sheets (cell × month, in month then cell
    /// order), one of the members with their counted interval and their deterministic figures (category, basis, the
    /// months they leave unpaid or are excused), then one <c>INSERT … SELECT</c> per table. The identifiers are version-7
    /// shaped like the ones the API makes for sheets and lines (<c>Ids.NewVersion7</c>): a sheet's stamped with the
    /// first day of its month (+ the cell's number in milliseconds), its lines sharing its time prefix; rows are written
    /// in that order, so the primary keys and <c>(SheetId, MemberId)</c> grow at the end instead of at random places
    /// (12M lines at 1M members). The index on <c>MemberId</c> (random member ids) is dropped for the insert and
    /// re-created from its own SQL afterwards (about twice as fast at 12M lines as inserting into it).
    /// A member is on a month's sheet as <c>DuesComputation.Lines</c> puts him there for the generated rows (one
    /// placement, from the ceremony, in the member's cell; contiguous status periods): counted (probationary or full)
    /// on the later of the month's first day and his ceremony, the ceremony on or before the month's last day.
    /// </summary>
    private static async Task<string[]> DuesStatementsAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var options = new DuesOptions();
        var months = new List<string>();
        for (var k = 1; k <= 12; k++)
        {
            var first = new DateOnly(Year, k, 1);
            var rules = DuesRuleSet.Statutory.InForceOn(first);
            if (rules.ExemptAtSeniorityYears is not null)
            {
                // The 2026 rules exempt 50 years of seniority: not generated (the generated year is under 342-QĐ/TW).
                throw new NotSupportedException($"{rules.Source.Code} exempts members by seniority: the benchmark's dues rows do not compute that exemption");
            }

            // Sheets opened on the first of the month at 08:00 in Vietnam.
            var opened = new DateTimeOffset(Year, k, 1, 1, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            // The rates in hundredths of a percent: the dues are then (basis × rate + 5,000) / 10,000 in integers, the
            // rule set's rounding to the đồng (half away from zero; amounts are not negative).
            months.Add(string.Create(CultureInfo.InvariantCulture,
                $"SELECT {k} AS k, '{first:yyyy-MM-dd}' AS Month, '{first.AddMonths(1).AddDays(-1):yyyy-MM-dd}' AS LastDay, '{first:yyyy-MM-}' AS Prefix, {opened} AS Opened, '{rules.Source.Code}' AS RuleSetCode, {Hundredths(rules.SalaryRatePercent)} AS SalaryRate, {Hundredths(rules.PensionRatePercent)} AS PensionRate"));
        }

        var counted = string.Join(", ", MembershipLabels.CountedStatuses.Select(s => $"'{s}'"));
        var memberIndex = await IndexSqlAsync(connection, transaction, "IX_DuesLines_MemberId");
        var memberArrearsIndex = await IndexSqlAsync(connection, transaction, "IX_DuesLines_MemberArrears");

        // A deterministic number 0-999 per member (two rounds of a 31-bit linear congruential generator over the rowid;
        // every product stays within 64-bit integers).
        const string Mix = "((((m.rowid * 1103515245 + 12345) % 2147483648) * 1103515245 + 12345) % 2147483648) / 65536 % 1000";
        return
        [
            $"""
            CREATE TEMP TABLE bench_sheets AS
            SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4)) || '-7' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)) AS Id,
                   OrganizationId, k, Month, LastDay, Prefix, RuleSetCode, SalaryRate, PensionRate, Collector
            FROM (SELECT printf('%012X', m.Opened + c.n) AS h, c.Id AS OrganizationId, m.*, c.n,
                         (SELECT FullName FROM Members WHERE OrganizationId = c.Id ORDER BY NameSortKey LIMIT 1) AS Collector
                  FROM ({string.Join(" UNION ALL ", months)}) m CROSS JOIN bench_cells c)
            ORDER BY k, n
            """,
            $"INSERT INTO DuesSheets (Id, OrganizationId, Month, RuleSetCode, RetentionPercent, Version, CreatedAt, UpdatedAt) SELECT Id, OrganizationId, Month, RuleSetCode, {options.CellRetentionPercent}, 1, $now, $now FROM bench_sheets ORDER BY rowid",
            $"""
            CREATE TEMP TABLE bench_dues_members AS
            SELECT Id, CellId, CountedFrom, CountedUntil, a,
                   CASE WHEN DateOfBirth < '{Year - 61}-01-01' THEN 'Pensioner' WHEN r % 50 = 3 THEN 'Other' ELSE 'Salaried' END AS Category,
                   CASE WHEN DateOfBirth < '{Year - 61}-01-01' THEN 4000000 + (a % 61) * 100000 + (a % 9) * 2300 WHEN r % 50 = 3 THEN 0 ELSE 3000000 + (a * 37 % 70) * 100000 + (a * 7 % 100) * 1050 END AS Basis,
                   CASE WHEN r % 200 = 17 THEN 1 + (r / 200) % 9 END AS RemovalFrom,
                   CASE WHEN a >= 200 AND a < 740 THEN 1 + (a / 3) % 12 END AS Unpaid1,
                   CASE WHEN a >= 200 AND a < 740 THEN 1 + (1 + (a / 3) % 12 + a % 11) % 12 END AS Unpaid2,
                   CASE WHEN a >= 440 AND a < 740 THEN 1 + (1 + (1 + (a / 3) % 12 + a % 11) % 12) % 12 END AS Excused
            FROM (SELECT m.rowid AS r, m.Id, m.OrganizationId AS CellId, m.DateOfBirth, {Mix} AS a,
                         (SELECT MIN(p.StartsOn) FROM MemberStatusPeriods p WHERE p.MemberId = m.Id AND p.Status IN ({counted})) AS CountedFrom,
                         (SELECT MIN(p.StartsOn) FROM MemberStatusPeriods p WHERE p.MemberId = m.Id AND p.Status NOT IN ({counted})) AS CountedUntil
                  FROM Members m)
            WHERE CountedFrom <= '{Year}-12-31' AND (CountedUntil IS NULL OR CountedUntil > '{Year}-01-01')
            """,
            "CREATE INDEX temp.bench_dues_members_cell ON bench_dues_members (CellId)",
            "DROP INDEX IX_DuesLines_MemberId",
            "DROP INDEX IX_DuesLines_MemberArrears",
            // CROSS JOIN keeps the sheets the outer loop: the lines are written sheet after sheet, in the sheets' id order.
            $"""
            INSERT INTO DuesLines (Id, SheetId, OrganizationId, Month, MemberId, Category, Due, Exempted, Paid, Arrears, PaidOn, Collector, Excused, Reason)
            SELECT substr(SheetId, 1, 15) || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)),
                   -- The sheet's cell and month copied onto the line, as DuesSheet.Open does (ADR 0105).
                   SheetId, CellId, Month, MemberId, Category, Due, 0,
                   CASE State WHEN 1 THEN Due ELSE 0 END,
                   -- What the line still owes, stored as DuesLine sets it (ADR 0066): paid in full nothing, else what is due.
                   CASE State WHEN 1 THEN 0 ELSE Due END,
                   CASE State WHEN 1 THEN Prefix || printf('%02d', 5 + (a + k) % 20) END,
                   CASE State WHEN 1 THEN Collector END,
                   State = 2,
                   CASE WHEN State = 2 THEN CASE a % 3 WHEN 0 THEN 'Điều trị bệnh dài ngày' WHEN 1 THEN 'Nghỉ thai sản' ELSE 'Gia đình gặp thiên tai, hoàn cảnh khó khăn đột xuất' END END
            FROM (SELECT s.Id AS SheetId, s.OrganizationId AS CellId, s.Month, s.k, s.Prefix, s.Collector, m.Id AS MemberId, m.Category, m.a,
                         CASE m.Category WHEN 'Salaried' THEN (m.Basis * s.SalaryRate + 5000) / 10000
                                         WHEN 'Pensioner' THEN (m.Basis * s.PensionRate + 5000) / 10000
                                         ELSE {options.OtherMonthlyAmount} END AS Due,
                         -- 0 unpaid, 1 paid in full, 2 excused: the removal review's months first, then the excused month, then the two unpaid ones.
                         CASE WHEN s.k BETWEEN m.RemovalFrom AND m.RemovalFrom + 3 THEN 0 WHEN s.k = m.Excused THEN 2 WHEN s.k IN (m.Unpaid1, m.Unpaid2) THEN 0 ELSE 1 END AS State
                  FROM bench_sheets s CROSS JOIN bench_dues_members m
                  WHERE m.CellId = s.OrganizationId AND m.CountedFrom <= s.LastDay AND (m.CountedUntil IS NULL OR m.CountedUntil > max(m.CountedFrom, s.Month)))
            """,
            memberIndex,
            memberArrearsIndex,
            // The sheets' stored totals from their lines, as the migration sets existing sheets' (ADR 0065).
            PartyCommittee.Infrastructure.Persistence.Migrations.Sql.DuesSheetTotalsBackfill.Sqlite,
            "DROP TABLE bench_dues_members; DROP TABLE bench_sheets",
        ];
    }

    /// <summary>
    /// The DDL of an index the migrations made, to build it again after a large insert without it (one sort instead of a
    /// random insertion per row).
    /// </summary>
    public static async Task<string> IndexSqlAsync(SqliteConnection connection, SqliteTransaction transaction, string name)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return await command.ExecuteScalarAsync() as string ?? throw new InvalidOperationException($"the migrations made no {name} index: see the bench generator");
    }

    private static long Hundredths(decimal percent) =>
        decimal.IsInteger(percent * 100) ? (long)(percent * 100) : throw new NotSupportedException($"a dues rate of {percent}% is not a whole number of hundredths");

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> statements, string now)
    {
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$now", now);
            await command.ExecuteNonQueryAsync();
        }
    }
}

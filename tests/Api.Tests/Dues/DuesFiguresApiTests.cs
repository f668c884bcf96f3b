using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Members;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Dues.Agenda;
using PartyCommittee.Application.Inspection.Dues.Arrears;
using PartyCommittee.Application.Inspection.Dues.Summary;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Dues;

/// <summary>
/// Issue 12, ADR 0064: the dues of a year (the summary, the arrears and removal-review lists, the agenda's removal
/// reviews, the inspection statistics' dues) are grouped per member and per sheet in SQL; they used to read every line
/// of the subtree's year and group them in memory. The reference is the former code, kept here, over random sheets:
/// partial, missing, excused and overpaid payments, lines with nothing due, retention percents that round, a member on
/// two cells' sheets in the same month, a sheet without lines. ADR 0065: the sums come from the totals each sheet stores
/// (equal to its lines recounted, after payments changed over HTTP too), the removal review from the unpaid lines alone.
/// </summary>
public sealed class DuesFiguresApiTests(DuesFiguresApiTests.Factory factory) : IClassFixture<DuesFiguresApiTests.Factory>
{
    /// <summary>
    /// The agenda's dues arrears through the chosen members' years up to this many items, the months whole past it
    /// (ADR 0095; 1,000 by default): the agenda's pages of a hundred are of both kinds, each checked against the recount.
    /// </summary>
    private const int ChosenAtMost = 150;

    private const int Year = 2023;

    private static readonly DateOnly EndOfYear = new(Year, 12, 31);

    [Fact]
    public async Task The_figures_grouped_in_SQL_equal_the_lines_grouped_one_by_one()
    {
        var cells = await factory.WithDbAsync(db => db.Set<PartyOrganization>()
            .Where(o => o.Type == OrganizationType.PartyCell && o.ParentId == DemoData.CommitteeId).OrderBy(o => o.Code).Select(o => o.Id).ToListAsync());
        cells.Count.ShouldBeGreaterThan(3);
        var moved = await SeedAsync(cells);

        var admin = factory.ClientAs("Admin", null);
        await RecordOverHttpAsync(admin, cells[1]);
        await TheStoredTotalsEqualTheLinesAsync(admin);

        // The migration's backfill (the same SQL text) sets the same totals from the lines.
        await factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "DuesSheets" SET "LineCount" = -1, "TotalDue" = -1, "TotalExempted" = -1, "TotalPaid" = -1, "TotalArrears" = -1, "Retained" = -1 WHERE "Id" IN (SELECT "SheetId" FROM "DuesLines")""");
            await db.Database.ExecuteSqlRawAsync(DuesSheetTotalsBackfill.Sqlite);
            // And the lines' stored arrears (ADR 0066): the column's default, then the migration's backfill.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "DuesLines" SET "Arrears" = 0""");
            await db.Database.ExecuteSqlRawAsync(DuesLineArrearsBackfill.Sqlite);
            // And the lines' copy of their sheet's month and cell (ADR 0105): the columns' defaults, then the backfill.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "DuesLines" SET "Month" = '0001-01-01', "OrganizationId" = '00000000-0000-0000-0000-000000000000'""");
            return await db.Database.ExecuteSqlRawAsync(DuesLineSheetCopyBackfill.Sqlite);
        });
        await TheStoredTotalsEqualTheLinesAsync(admin);
        foreach (var organization in new[] { DemoData.CommitteeId, cells[1] })
        {
            var scope = organization == DemoData.CommitteeId ? null : new[] { organization };
            var (summary, members, threshold) = await FormerAsync(scope, organization);
            var query = $"organizationId={organization}&year={Year}";

            factory.Statements.Take();
            var actualSummary = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dues/summary?{query}", HttpExtensions.Json);
            var arrears = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dues/arrears?{query}", HttpExtensions.Json);
            var review = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dues/removal-review?{query}", HttpExtensions.Json);
            var statements = factory.Statements.Take();

            actualSummary.ShouldEqualJsonOf(summary);
            arrears.ShouldEqualJsonOf(members.Where(m => m.Arrears > 0));
            review.ShouldEqualJsonOf(members.Where(m => m.MonthsUnpaidWithoutReason >= threshold));
            await ThePagesAreTheListsSlicesAsync(admin, query, members, threshold);
            await BothWaysToAPageGiveTheSameMembersAsync(scope, members.Where(m => m.Arrears > 0).ToList(), threshold);

            // The lines are only ever read grouped (per member, or summed per sheet), never one row per line.
            var lines = statements.Where(s => s.Contains("\"DuesLines\"", StringComparison.Ordinal)).ToList();
            lines.ShouldNotBeEmpty();
            lines.ShouldAllBe(
                s => s.Contains("GROUP BY", StringComparison.Ordinal) || s.Contains("SUM(", StringComparison.Ordinal),
                string.Join("\n---\n", lines));

            // The two whole lists are put in name order by the database and written out as they are read (the root's
            // arrears list at 1M held 365 MB in the process at once before; docs/benchmarks.md session 67): the same order
            // as the former code's, the equalities above say.
            lines.Count(s => s.Contains("ORDER BY", StringComparison.Ordinal) && s.Contains("NameSortKey", StringComparison.Ordinal)).ShouldBe(2, string.Join("\n---\n", lines));

            // The data exercises what the grouping must get right.
            members.Count(m => m.Arrears > 0).ShouldBeGreaterThan(0);
            members.Count(m => m.MonthsUnpaidWithoutReason >= threshold).ShouldBeGreaterThan(0);
            members.ShouldContain(m => m.Arrears == 0 && m.Paid > m.Due, "an overpaid member owes nothing");
            summary.Retained.ShouldBeGreaterThan(0);
            if (scope is null)
            {
                members.Single(m => m.MemberId == moved).Months.ShouldBe(13, "on two cells' sheets in June");
            }
        }

        // The agenda's removal reviews are the same members, and the inspection statistics carry the same dues.
        var (whole, all, limit) = await FormerAsync(null, DemoData.CommitteeId);
        factory.Statements.Take();
        var agenda = new List<DueItemDto>();
        for (var page = 1; page == 1 || agenda.Count % 100 == 0; page++)
        {
            var items = (await admin.GetFromJsonAsync<PagedList<DueItemDto>>($"/api/v1/agenda?organizationId={DemoData.CommitteeId}&asOf={Year}-12-31&page={page}&pageSize=100", HttpExtensions.Json))!.Items;
            agenda.AddRange(items);
            if (items.Count == 0)
            {
                break;
            }
        }

        var agendaStatements = factory.Statements.Take();
        agenda.Count.ShouldBeGreaterThan(ChosenAtMost + 50);
        agendaStatements.ShouldContain(s => s.Contains("@members", StringComparison.Ordinal), "a first page sums its chosen members' years");
        // The committee is the register's root: the whole register's lines in arrears, read without their sheets (ADR 0105).
        agendaStatements.ShouldContain(s => s.Contains("HAVING MIN(\"d\".\"Month\") <= @through", StringComparison.Ordinal), "a deeper page lists its months whole");
        await ThePagesOfAnySizeAreTheAgendasSlicesAsync(admin, agenda);
        agenda.Where(i => i.Source == "DUES").Select(i => i.Subject.Id).Order()
            .ShouldBe(all.Where(m => m.MonthsUnpaidWithoutReason >= limit).Select(m => m.MemberId).Order());

        // The agenda's arrears (every month before December with less paid than due and no excuse): one item per member,
        // due at the end of his oldest such month, in his latest such month's cell, as the former code listed them in
        // memory; the database returns them grouped.
        var arrearsLines = await factory.WithDbAsync(db => (
            from l in db.Set<DuesLine>()
            join s in db.Set<DuesSheet>() on l.SheetId equals s.Id
            where s.Month >= new DateOnly(Year, 1, 1) && s.Month < new DateOnly(Year, 12, 1) && l.Due > l.Paid && !l.Excused
            select new { l.MemberId, s.Month, s.OrganizationId }).ToListAsync());
        var expectedArrears = arrearsLines.GroupBy(l => l.MemberId)
            .Select(g => (MemberId: g.Key, DueDate: g.Min(l => l.Month).AddMonths(1).AddDays(-1), Cell: g.OrderBy(l => l.Month).ThenBy(l => l.OrganizationId.ToString(), StringComparer.Ordinal).Last().OrganizationId))
            .OrderBy(m => m.DueDate).ThenBy(m => m.MemberId)
            .ToList();
        expectedArrears.Count.ShouldBeGreaterThan(10);
        agenda.Where(i => i.Source == "DUES_ARREARS").Select(i => (i.Subject.Id, i.DueDate, i.OrganizationId)).OrderBy(i => i.DueDate).ThenBy(i => i.Id).ToList()
            .ShouldBe(expectedArrears.Select(m => (m.MemberId, m.DueDate, m.Cell)).ToList());
        agenda.Where(i => i.Source == "DUES_ARREARS").ShouldAllBe(i => i.Subject.Name.Length > 0);
        var agendaLines = agendaStatements.Where(s => s.Contains("\"DuesLines\"", StringComparison.Ordinal)).ToList();
        agendaLines.ShouldNotBeEmpty();
        agendaLines.ShouldAllBe(s => s.Contains("GROUP BY", StringComparison.Ordinal), string.Join("\n---\n", agendaLines));
        var statistics = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/statistics/inspection?organizationId={DemoData.CommitteeId}&year={Year}", HttpExtensions.Json);
        statistics.GetProperty("dues").ShouldEqualJsonOf(whole);
    }

    [Fact]
    public async Task The_removal_review_and_the_agendas_arrears_read_the_lines_in_arrears_through_their_partial_index()
    {
        var plans = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            // The planner's statistics of the lines as they are (the API refreshes them at start-up, PRAGMA optimize).
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"DuesLines\"");
            var review = await PlanAsync(DuesYears.KeptMembers(db, [DemoData.CommitteeId], Year, DuesYears.Members.ForRemovalReview, 3).CreateDbCommand());
            var arrears = await PlanAsync(DuesArrearsItemSource.PerMember(db, [DemoData.CommitteeId], EndOfYear).CreateDbCommand());
            var ids = await db.Set<DuesLine>().Select(l => l.MemberId).Distinct().Take(3).ToListAsync();
            var candidates = await PlanAsync(DuesArrearsItemSource.Candidates(db, [DemoData.CommitteeId], EndOfYear, new DateOnly(Year, 1, 1)).CreateDbCommand());
            var chosen = await PlanAsync(DuesArrearsItemSource.PerMember(db, [DemoData.CommitteeId], EndOfYear, members: ids).CreateDbCommand());
            var pageSums = await PlanAsync(DuesYears.PageSums(db, [DemoData.CommitteeId], Year, ids).CreateDbCommand());
            var pageIds = await PlanAsync(DuesYears.PageIds(db, DuesYears.InArrearsIds(db, [DemoData.CommitteeId], Year), 0, 20).CreateDbCommand());
            var walk = await PlanAsync(DuesYears.WalkIds(db, [DemoData.CommitteeId], Year, 0, 20).CreateDbCommand());
            await db.Database.CloseConnectionAsync();
            return (review, arrears, candidates, chosen, pageSums, pageIds, walk);
        });

        plans.review.ShouldContain("IX_DuesLines_Arrears", Case.Sensitive, $"the members to review are found from the lines in arrears' partial index (ADR 0066):\n{plans.review}");
        plans.arrears.ShouldContain("IX_DuesLines_Arrears", Case.Sensitive, $"the agenda's members in arrears are grouped from the partial index (ADR 0066):\n{plans.arrears}");
        plans.candidates.ShouldContain("IX_DuesLines_Arrears", Case.Sensitive, $"a slice's candidates come from the partial index, its months' sheets only:\n{plans.candidates}");
        plans.chosen.ShouldContain("IX_DuesLines_MemberArrears (MemberId=?)", Case.Sensitive, $"the slice's members' year is summed from their own lines in arrears, found by member (ADR 0105):\n{plans.chosen}");
        plans.pageSums.ShouldContain("IX_DuesLines_MemberId", Case.Sensitive, $"a page of the paged list sums its members' lines only, found by member (ADR 0068):\n{plans.pageSums}");
        plans.pageIds.ShouldContain("IX_DuesLines_Arrears", Case.Sensitive, $"the paged list finds the members in arrears from the partial index (ADR 0068):\n{plans.pageIds}");
        plans.walk.ShouldContain("IX_Members_NameSortKey", Case.Sensitive, $"a first page walks the register in name order (ADR 0068):\n{plans.walk}");
        plans.walk.ShouldContain("IX_DuesLines_MemberArrears (MemberId=?)", Case.Sensitive, $"and looks each member's lines in arrears up by member (ADR 0068, 0105):\n{plans.walk}");
        plans.walk.ShouldNotContain("TEMP B-TREE", Case.Sensitive, $"without sorting (ADR 0068):\n{plans.walk}");
    }

    [Fact]
    public async Task The_whole_registers_lists_read_the_years_sheets_first()
    {
        // The planner's statistics of the 100k bench register (bench/.cache, ANALYZE): the plan that read the lines in
        // member order there (the arrears list 2.3 -> 15 s once ADR 0071 dropped the organisation filter for the whole
        // register; docs/benchmarks.md session 63) is chosen from these figures, not from the few lines of a test.
        var plans = await PlansWithStatisticsAsync(
            [
                ("DuesSheets", "IX_DuesSheets_OrganizationId_Month", "4800 12 1"),
                ("DuesSheets", "sqlite_autoindex_DuesSheets_1", "4800 1"),
                ("DuesLines", "IX_DuesLines_MemberId", "1165546 12"),
                ("DuesLines", "IX_DuesLines_Arrears", "134000 28 1 1 1"),
                ("DuesLines", "IX_DuesLines_SheetId_MemberId", "1165546 243 1"),
                ("DuesLines", "sqlite_autoindex_DuesLines_1", "1165546 1"),
            ],
            async db =>
        {
            var plans = new List<string>();
            foreach (var which in new[] { DuesYears.Members.InArrears, DuesYears.Members.All })
            {
                plans.Add(await PlanAsync(DuesYears.KeptMembers(db, null, Year, which, 3).CreateDbCommand()));
            }

            return plans;
        });

        plans.ShouldAllBe(
            plan => plan.Contains("IX_DuesLines_SheetId_MemberId (SheetId=?)", StringComparison.Ordinal) && !plan.Contains("IX_DuesLines_MemberId", StringComparison.Ordinal),
            "the year's lines read sheet by sheet, not walked in member order:\n" + string.Join("\n---\n", plans));
    }

    [Fact]
    public async Task The_whole_registers_lines_in_arrears_are_grouped_from_their_member_ordered_index_without_their_sheets()
    {
        // The planner's statistics of the 1M bench register (bench/.cache, ANALYZE after ADR 0105's migration). Before
        // it, each of these statements looked up every line in arrears' sheet for its month and cell, then sorted the
        // lines per member (1M: the agenda's count per oldest month 1.06 s, the members to review 0.7 s in the shell).
        var plans = await PlansWithStatisticsAsync(
            [
                ("DuesSheets", "IX_DuesSheets_OrganizationId_Month", "48000 12 1"),
                ("DuesSheets", "sqlite_autoindex_DuesSheets_1", "48000 1"),
                ("DuesLines", "IX_DuesLines_Arrears", "1340491 28 1 1 1"),
                ("DuesLines", "IX_DuesLines_MemberArrears", "1340491 3 1 1 1 1 1"),
                ("DuesLines", "IX_DuesLines_MemberId", "11653696 12"),
                ("DuesLines", "IX_DuesLines_SheetId_MemberId", "11653696 243 1"),
                ("DuesLines", "sqlite_autoindex_DuesLines_1", "11653696 1"),
            ],
            async db => new Dictionary<string, string>
        {
            ["the agenda's count per oldest month"] = await PlanAsync(DuesArrearsItemSource.PerOldestMonth(db, null, EndOfYear).CreateDbCommand()),
            ["the agenda's candidates of its first months"] = await PlanAsync(DuesArrearsItemSource.Candidates(db, null, EndOfYear, new DateOnly(Year, 2, 1)).CreateDbCommand()),
            ["the members to review"] = await PlanAsync(DuesYears.KeptMembers(db, null, Year, DuesYears.Members.ForRemovalReview, 3).CreateDbCommand()),
            ["the members in arrears"] = await PlanAsync(DuesYears.InArrearsIds(db, null, Year).CreateDbCommand()),
        });

        foreach (var (what, plan) in plans)
        {
            plan.ShouldContain("USING COVERING INDEX IX_DuesLines_MemberArrears", Case.Sensitive, $"{what}: the lines in arrears read from the index alone, in member order:\n{plan}");
        }

        // The groupings per member need no sort (the index's order); the only sorts left are the oldest months' (twelve
        // groups) and the review's name order.
        plans["the members in arrears"].ShouldNotContain("TEMP B-TREE", Case.Sensitive, plans["the members in arrears"]);
        plans["the agenda's candidates of its first months"].ShouldNotContain("TEMP B-TREE", Case.Sensitive, plans["the agenda's candidates of its first months"]);
        plans["the agenda's count per oldest month"].Split('\n').Count(l => l.Contains("TEMP B-TREE", StringComparison.Ordinal)).ShouldBe(1, plans["the agenda's count per oldest month"]);
        // Not even the members to review's whole years (their every line, found by member): the lines' own month.
        foreach (var what in plans.Keys)
        {
            plans[what].ShouldNotContain("DuesSheets", Case.Sensitive, $"{what}: no line's sheet looked up:\n{plans[what]}");
        }
    }

    /// <summary>
    /// Which way a page of the members in arrears is found (ADR 0068, 0105), with the 1M bench register's figures
    /// (1,000,000 members, 529,365 in arrears): the whole register walks its name order while that tries at most three
    /// members per member the sort would read (page 5000 of 100: 5.4-6.0 s sorted, 3.0-3.3 s walked; page 100: 2.5 s
    /// against 0.55 s), a subtree within the fixed budget of 4,000 members tried, and few members in arrears are sorted.
    /// </summary>
    [Theory]
    [InlineData(true, 20, 529_365, true)] // the first page
    [InlineData(true, 10_000, 529_365, true)] // page 100 of 100: ~18,900 tried
    [InlineData(true, 500_000, 529_365, true)] // page 5000 of 100: ~945,000 tried, 3 x 529,365 allowed
    [InlineData(true, 529_365, 529_365, true)] // the last page: the whole register walked
    [InlineData(true, 5_000, 1_000, false)] // few in arrears: 5M "tried" against 1,000 to sort
    [InlineData(true, 20, 1_000, false)] // their first page: 20,000 tried, more than 3 x 1,000 and than the budget
    [InlineData(true, 20, 6_000, true)] // 3,333 tried: within the budget
    [InlineData(false, 20, 26_000, true)] // a sub-committee's first page: ~770 tried
    [InlineData(false, 10_000, 26_000, false)] // its page 100 of 100: ~385,000 tried, over the budget
    public void A_page_walks_the_register_while_that_costs_less_than_sorting(bool wholeRegister, long listed, int inArrears, bool walks)
    {
        IReadOnlyCollection<Guid>? organizations = wholeRegister ? null : [Guid.NewGuid()];
        DuesYears.Walks(organizations, listed, 1_000_000, inArrears).ShouldBe(walks);
    }

    /// <summary>
    /// The plans <paramref name="plan"/> gets with the given statistics of the dues tables (<c>sqlite_stat1</c> rows:
    /// table, index, figures) in place of the test database's (restored after).
    /// </summary>
    private Task<T> PlansWithStatisticsAsync<T>((string Table, string Index, string Figures)[] statistics, Func<AppDbContext, Task<T>> plan) =>
        factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await db.Database.ExecuteSqlRawAsync("""ANALYZE "DuesLines";"""); // sqlite_stat1 exists from here on
                // The test's own constants, not input.
                var replace = """DELETE FROM "sqlite_stat1" WHERE "tbl" IN ('DuesLines', 'DuesSheets'); INSERT INTO "sqlite_stat1" ("tbl", "idx", "stat") VALUES """
                    + string.Join(", ", statistics.Select(s => $"('{s.Table}', '{s.Index}', '{s.Figures}')"))
                    + """; ANALYZE "sqlite_schema";""";
                await db.Database.ExecuteSqlRawAsync(replace);
                return await plan(db);
            }
            finally
            {
                // The test database's own statistics again, for the tests that follow.
                await db.Database.ExecuteSqlRawAsync("""DELETE FROM "sqlite_stat1" WHERE "tbl" IN ('DuesLines', 'DuesSheets'); ANALYZE "DuesLines"; ANALYZE "DuesSheets"; ANALYZE "sqlite_schema";""");
                await db.Database.CloseConnectionAsync();
            }
        });

    private static async Task<string> PlanAsync(System.Data.Common.DbCommand command)
    {
        await using (command)
        {
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            var details = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                details.Add(reader.GetString(3));
            }

            return string.Join("\n", details);
        }
    }

    [Fact]
    public void The_lists_translate_on_SQL_Server_in_one_grouped_statement()
    {
        using var db = SqlServerTranslation.Context();
        var kept = DuesYears.KeptMembers(db, [DemoData.CommitteeId], Year, DuesYears.Members.ForRemovalReview, 3).ToQueryString();
        kept.ShouldContain("GROUP BY [d].[MemberId]");
        kept.ShouldContain("WHERE [d0].[Arrears] > CAST(0 AS bigint) AND [d0].[Paid] = CAST(0 AS bigint) AND [d0].[Excused] = CAST(0 AS bit)", Case.Sensitive, "the filtered index's term");
        kept.ShouldContain("HAVING COUNT(*) >= @threshold");
        kept.ShouldContain("STRING_AGG(", Case.Sensitive, "the unpaid months of a member joined by the database");
        kept.ShouldContain("MAX(CONVERT(varchar(100), [d].[Month]) + CONVERT(varchar(36), [d].[OrganizationId]))", Case.Sensitive, "the latest month and its cell (a date converts as yyyy-mm-dd), the line's own (ADR 0105)");
        kept.ShouldContain("WHERE [d].[Month] >= @first AND [d].[Month] < @before AND [d].[OrganizationId] IN (", Case.Sensitive, "the members to review's years by the lines' own month and cell, no line's sheet looked up");
        var arrears = DuesArrearsItemSource.PerMember(db, [DemoData.CommitteeId], EndOfYear).ToQueryString();
        arrears.ShouldContain("[d].[Arrears] > CAST(0 AS bigint)", Case.Sensitive, "the filtered index's term");
        arrears.ShouldContain("GROUP BY [d].[MemberId]");
        var candidates = DuesArrearsItemSource.Candidates(db, [DemoData.CommitteeId], EndOfYear, new DateOnly(Year, 3, 1)).ToQueryString();
        candidates.ShouldContain("[d0].[Month] < @before", Case.Sensitive, "only the lines of the months a page needs");
        candidates.ShouldContain("[d].[Arrears] > CAST(0 AS bigint)", Case.Sensitive, "the filtered index's term");
        var deep = DuesArrearsItemSource.PerMember(db, [DemoData.CommitteeId], EndOfYear, oldestThrough: new DateOnly(Year, 3, 1)).ToQueryString();
        deep.ShouldContain("HAVING MIN([d1].[Month]) <= @through", Case.Sensitive, "a deep page: only the months it needs, whole");
        var chosen = DuesArrearsItemSource.PerMember(db, [DemoData.CommitteeId], EndOfYear, members: [Guid.NewGuid(), Guid.NewGuid()]).ToQueryString();
        chosen.ShouldContain("[d].[MemberId] IN (", Case.Sensitive, "only the slice's members summed over the year");
        var perMonth = DuesArrearsItemSource.PerOldestMonth(db, [DemoData.CommitteeId], EndOfYear).ToQueryString();
        perMonth.ShouldContain("[d].[Arrears] > CAST(0 AS bigint)", Case.Sensitive, "the filtered index's term");
        perMonth.ShouldNotContain("[Members]", Case.Sensitive, "the counts read no names");
        var pageIds = DuesYears.PageIds(db, DuesYears.InArrearsIds(db, [DemoData.CommitteeId], Year), 40, 20).ToQueryString();
        pageIds.ShouldContain("[d].[Arrears] > CAST(0 AS bigint)", Case.Sensitive, "the filtered index's term");
        pageIds.ShouldContain("ORDER BY [m].[NameSortKey], [m].[Id]");
        pageIds.ShouldContain("ROWS FETCH NEXT", Case.Sensitive, "one page of ids");
        var pageSums = DuesYears.PageSums(db, [DemoData.CommitteeId], Year, [Guid.NewGuid(), Guid.NewGuid()]).ToQueryString();
        pageSums.ShouldContain("GROUP BY [d].[MemberId]");
        pageSums.ShouldContain("[d].[MemberId] IN (", Case.Sensitive, "only the page's members");

        // The whole register's lines in arrears by their own month, without their sheets (ADR 0105): the filtered index's
        // term and the columns it holds.
        var wholeReview = DuesYears.KeptMembers(db, null, Year, DuesYears.Members.ForRemovalReview, 3).ToQueryString();
        wholeReview.ShouldContain(
            "WHERE [d0].[Month] >= @first2 AND [d0].[Month] < @before3 AND [d0].[Arrears] > CAST(0 AS bigint) AND [d0].[Paid] = CAST(0 AS bigint) AND [d0].[Excused] = CAST(0 AS bit)",
            Case.Sensitive);
        wholeReview.ShouldNotContain("[DuesSheets]", Case.Sensitive, "their years too by the lines' own month");
        var wholePerMonth = DuesArrearsItemSource.PerOldestMonth(db, null, EndOfYear).ToQueryString();
        wholePerMonth.ShouldContain("MIN([d].[Month])", Case.Sensitive, wholePerMonth);
        wholePerMonth.ShouldNotContain("[DuesSheets]", Case.Sensitive, wholePerMonth);
    }

    [Fact]
    public async Task The_paged_list_refuses_an_unknown_list_and_a_page_out_of_range()
    {
        var admin = factory.ClientAs("Admin", null);
        foreach (var (query, code) in new[]
        {
            ("list=OVERDUE", "field.enum_invalid"), ("list=in_arrears", "field.enum_invalid"), ("list=ALL", "field.enum_invalid"), ("page=0", "paging.page_invalid"),
            ("pageSize=101", "paging.page_size_invalid"), ("pageSize=0", "paging.page_size_invalid"),
        })
        {
            var problem = await (await admin.GetAsync($"/api/v1/dues/member-years?year={Year}&{query}")).ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest, "validation.failed");
            problem.GetProperty("errorDetails")[0].GetProperty("code").GetString().ShouldBe(code, query);
        }

        await (await admin.GetAsync("/api/v1/dues/member-years?year=1800")).ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest, "validation.failed");
        var cell = factory.ClientAs("CellSecretary", DemoData.Cell(1));
        await (await cell.GetAsync($"/api/v1/dues/member-years?organizationId={DemoData.Cell(2)}&year={Year}")).ShouldBeProblemAsync(System.Net.HttpStatusCode.NotFound, "organization.not_found");
    }

    /// <summary>
    /// ADR 0068: <c>GET /dues/member-years</c> pages through the same members as the whole lists, in the same order, with
    /// the same figures and the list's total; a page past the end is empty; the page's sums read the lines by member.
    /// </summary>
    private async Task ThePagesAreTheListsSlicesAsync(HttpClient admin, string query, List<MemberDuesYearDto> members, int threshold)
    {
        var lists = new Dictionary<string, List<MemberDuesYearDto>>
        {
            ["IN_ARREARS"] = [.. members.Where(m => m.Arrears > 0)],
            ["FOR_REMOVAL_REVIEW"] = [.. members.Where(m => m.MonthsUnpaidWithoutReason >= threshold)],
        };
        lists["IN_ARREARS"].Count.ShouldBeLessThan(members.Count, "some members owe nothing");
        foreach (var (list, expected) in lists)
        {
            expected.Count.ShouldBeGreaterThan(1, list);
            foreach (var size in new[] { 1, 7, 100 })
            {
                var walked = new List<JsonElement>();
                // Small pages: the first three; the largest: to the end.
                for (var page = 1; size == 100 || page <= 3; page++)
                {
                    var result = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dues/member-years?{query}&list={list}&page={page}&pageSize={size}", HttpExtensions.Json);
                    result.GetProperty("totalCount").GetInt32().ShouldBe(expected.Count, list);
                    var items = result.GetProperty("items").EnumerateArray().ToList();
                    items.Count.ShouldBe(Math.Clamp(expected.Count - ((page - 1) * size), 0, size), $"{list}, page {page} of {size}");
                    if (items.Count == 0)
                    {
                        break;
                    }

                    walked.AddRange(items);
                }

                JsonSerializer.SerializeToElement(walked).ShouldEqualJsonOf(size == 100 ? expected : expected.Take(3 * size));
            }
        }

        var past = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dues/member-years?{query}&page={PagedList<object>.MaxPage}&pageSize=100", HttpExtensions.Json);
        past.GetProperty("items").GetArrayLength().ShouldBe(0);
        past.GetProperty("totalCount").GetInt32().ShouldBe(lists["IN_ARREARS"].Count, "IN_ARREARS by default");
        var beyond = await admin.GetAsync($"/api/v1/dues/member-years?{query}&page={int.MaxValue}&pageSize=100");
        (await beyond.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errorDetails")[0].GetProperty("code").GetString().ShouldBe("paging.page_invalid");
    }

    /// <summary>The page of members in arrears walked from the register's name order, and cut from the sorted set: the same.</summary>
    private async Task BothWaysToAPageGiveTheSameMembersAsync(IReadOnlyCollection<Guid>? scope, List<MemberDuesYearDto> inArrears, int threshold)
    {
        foreach (var budget in new[] { 0, int.MaxValue })
        {
            for (var page = 1; (page - 1) * 7 < inArrears.Count; page++)
            {
                var paged = await factory.WithDbAsync(db => DuesYears.PageAsync(db, scope, Year, MemberDuesList.InArrears, threshold, page, 7, CancellationToken.None, budget));
                paged.TotalCount.ShouldBe(inArrears.Count);
                JsonSerializer.SerializeToElement(paged.Items, HttpExtensions.Json).ShouldEqualJsonOf(inArrears.Skip((page - 1) * 7).Take(7));
            }
        }
    }

    /// <summary>
    /// Each source gives the agenda only its count and first page × size items, the dues arrears reading only the months
    /// those fall in (issue 12): pages of any size are slices of the whole agenda, with its total.
    /// </summary>
    private async Task ThePagesOfAnySizeAreTheAgendasSlicesAsync(HttpClient admin, List<DueItemDto> agenda)
    {
        var head = agenda.Take(45).ToList();
        head.Select(i => i.DueDate).Distinct().Count().ShouldBeGreaterThan(2);
        head.Where(i => i.Source == "DUES_ARREARS").Select(i => i.DueDate).Distinct().Count().ShouldBeGreaterThan(1, "arrears of more than one oldest month in the slices");
        foreach (var size in new[] { 1, 4, 9 })
        {
            var walked = new List<DueItemDto>();
            for (var page = 1; walked.Count < head.Count; page++)
            {
                factory.Statements.Take();
                var result = (await admin.GetFromJsonAsync<PagedList<DueItemDto>>($"/api/v1/agenda?organizationId={DemoData.CommitteeId}&asOf={Year}-12-31&page={page}&pageSize={size}", HttpExtensions.Json))!;
                result.TotalCount.ShouldBe(agenda.Count, $"page {page} of {size}");
                walked.AddRange(result.Items);
                // The arrears' statements that read names (the removal review's list reads them too): the candidates from
                // the lines of the months the page needs only, then the chosen members' years.
                var named = factory.Statements.Take().Where(s => s.Contains("\"Oldest\"", StringComparison.Ordinal) && s.Contains("\"FullName\"", StringComparison.Ordinal)).ToList();
                named.Count.ShouldBe(2, string.Join("\n---\n", named));
                named.ShouldContain(s => s.Contains("\"d\".\"Month\" < @before", StringComparison.Ordinal) && !s.Contains("@members", StringComparison.Ordinal));
                named.ShouldContain(s => s.Contains("@members", StringComparison.Ordinal));
            }

            walked.Take(head.Count).ShouldBe(head, $"pages of {size}");
        }

    }

    /// <summary>Payments changed through the API on one of <paramref name="cell"/>'s sheets: unpaid, overpaid, excused, paid.</summary>
    private async Task RecordOverHttpAsync(HttpClient admin, Guid cell)
    {
        var (id, members) = await factory.WithDbAsync(async db =>
        {
            var sheet = await db.Set<DuesSheet>().AsNoTracking().Include(s => s.Lines)
                .SingleAsync(s => s.OrganizationId == cell && s.Month == new DateOnly(Year, 3, 1));
            return (sheet.Id, sheet.Lines.Where(l => l.Due > 0).OrderBy(l => l.MemberId).Select(l => (l.MemberId, l.Due)).Take(4).ToList());
        });
        members.Count.ShouldBe(4);
        var before = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dues/sheets/{id}", HttpExtensions.Json);
        var body = new
        {
            payments = new object[]
            {
                new { memberId = members[0].MemberId, paid = 0 },
                new { memberId = members[1].MemberId, paid = members[1].Due + 12_345, paidOn = $"{Year}-03-20" },
                new { memberId = members[2].MemberId, paid = 0, excused = true, reason = "Nằm viện" },
                new { memberId = members[3].MemberId, paid = members[3].Due / 3, paidOn = $"{Year}-03-21" },
            },
        };
        var response = await admin.PutJsonAsync($"/api/v1/dues/sheets/{id}/payments", body, $"\"{before.GetProperty("version").GetInt64()}\"");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Every line's stored arrears equal its due less paid (never negative), every sheet's stored totals equal its lines
    /// recounted by the database, and the list of sheets shows them.
    /// </summary>
    private async Task TheStoredTotalsEqualTheLinesAsync(HttpClient admin)
    {
        var lineArrears = await factory.WithDbAsync(db => db.Set<DuesLine>().AsNoTracking()
            .GroupBy(l => 1)
            .Select(g => new
            {
                Wrong = g.Count(l => l.Arrears != (l.Due > l.Paid ? l.Due - l.Paid : 0)),
                Owing = g.Count(l => l.Arrears > 0),
                Partial = g.Count(l => l.Arrears > 0 && l.Paid > 0),
                Overpaid = g.Count(l => l.Paid > l.Due && l.Arrears == 0),
            })
            .SingleAsync());
        lineArrears.Wrong.ShouldBe(0, "a line's stored arrears is its due less paid, never negative (ADR 0066)");
        (lineArrears.Owing, lineArrears.Partial, lineArrears.Overpaid).ShouldSatisfyAllConditions(
            () => lineArrears.Owing.ShouldBeGreaterThan(10),
            () => lineArrears.Partial.ShouldBeGreaterThan(0, "partly paid lines still owe"),
            () => lineArrears.Overpaid.ShouldBeGreaterThan(0, "overpaid lines owe nothing"));

        // Each line carries its sheet's month and cell (ADR 0105), whether opened over HTTP or set by the backfill.
        var copies = await factory.WithDbAsync(db => (
            from l in db.Set<DuesLine>().AsNoTracking()
            join sheet in db.Set<DuesSheet>().AsNoTracking() on l.SheetId equals sheet.Id
            group new { Equal = l.Month == sheet.Month && l.OrganizationId == sheet.OrganizationId } by 1 into g
            select new { Lines = g.Count(), Wrong = g.Count(x => !x.Equal) }).SingleAsync());
        copies.Lines.ShouldBeGreaterThan(100);
        copies.Wrong.ShouldBe(0, "a line's month and cell are its sheet's");

        var recount = await factory.WithDbAsync(db => db.Set<DuesSheet>().AsNoTracking()
            .Select(s => new
            {
                s.Id,
                s.Month,
                s.RetentionPercent,
                Stored = new long[] { s.LineCount, s.TotalDue, s.TotalExempted, s.TotalPaid, s.TotalArrears, s.Retained },
                Lines = db.Set<DuesLine>().Count(l => l.SheetId == s.Id),
                Due = db.Set<DuesLine>().Where(l => l.SheetId == s.Id).Sum(l => (long?)l.Due) ?? 0,
                Exempted = db.Set<DuesLine>().Where(l => l.SheetId == s.Id).Sum(l => (long?)l.Exempted) ?? 0,
                Paid = db.Set<DuesLine>().Where(l => l.SheetId == s.Id).Sum(l => (long?)l.Paid) ?? 0,
                Arrears = db.Set<DuesLine>().Where(l => l.SheetId == s.Id).Sum(l => (long?)(l.Due > l.Paid ? l.Due - l.Paid : 0)) ?? 0,
            })
            .ToListAsync());
        recount.Count.ShouldBeGreaterThan(12);
        recount.ShouldContain(s => s.Lines == 0, "a sheet without lines");
        foreach (var sheet in recount)
        {
            sheet.Stored.ShouldBe([sheet.Lines, sheet.Due, sheet.Exempted, sheet.Paid, sheet.Arrears, DuesSheet.RetainedOf(sheet.Paid, sheet.RetentionPercent)], $"sheet {sheet.Id}");
        }

        var listed = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var items = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dues/sheets?year={Year}&page={page}&pageSize=100", HttpExtensions.Json)).GetProperty("items");
            listed.AddRange(items.EnumerateArray());
            if (items.GetArrayLength() < 100)
            {
                break;
            }
        }

        var byId = recount.Where(s => s.Month.Year == Year).ToDictionary(s => s.Id);
        listed.Count.ShouldBe(byId.Count);
        foreach (var item in listed)
        {
            var sheet = byId[item.GetProperty("id").GetGuid()];
            new[] { item.GetProperty("members").GetInt64(), item.GetProperty("totalDue").GetInt64(), item.GetProperty("totalPaid").GetInt64() }
                .ShouldBe([sheet.Lines, sheet.Due, sheet.Paid]);
        }
    }

    /// <summary>Twelve sheets per cell with random lines and payments; returns the member on two cells' June sheets.</summary>
    private async Task<Guid> SeedAsync(IReadOnlyList<Guid> cells)
    {
        var random = new Random(20231231);
        var members = await factory.WithDbAsync(db => db.Set<PartyMember>()
            .Where(m => cells.Contains(m.OrganizationId) && (m.Status == MemberStatus.Full || m.Status == MemberStatus.Probationary))
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.OrganizationId }).ToListAsync());
        members.Count.ShouldBeGreaterThan(20);
        var moved = members.First(m => m.OrganizationId == cells[0]).Id;
        await factory.WithDbAsync(async db =>
        {
            foreach (var cell in cells)
            {
                for (var month = 1; month <= 12; month++)
                {
                    var first = new DateOnly(Year, month, 1);
                    var onSheet = cell == cells[^1] && month == 12
                        ? []
                        : members.Where(m => m.OrganizationId == cell && (m.Id == moved || random.NextDouble() < 0.92)).Select(m => m.Id).ToList();
                    if (cell == cells[2] && month == 6)
                    {
                        onSheet.Add(moved);
                    }

                    var lines = onSheet.Select(id =>
                    {
                        var due = random.Next(10) == 0 ? 0 : random.Next(1, 40) * 5_000L;
                        return new DuesLineInput(id, DuesCategory.Salaried, due, random.Next(8) == 0 ? 2_500 : 0);
                    }).ToList();
                    var sheet = DuesSheet.Open(Guid.CreateVersion7(), cell, first, lines, DuesRuleSet.Statutory.InForceOn(first), random.Next(0, 101), EndOfYear);
                    sheet.RecordPayments(
                        lines.Select(l => random.Next(20) switch
                        {
                            0 or 1 => new DuesPayment(l.MemberId, 0, null, null, false, null),
                            2 => new DuesPayment(l.MemberId, 0, null, null, true, "Ốm dài ngày"),
                            3 => new DuesPayment(l.MemberId, l.Due / 2 + 1, first.AddDays(5), "Thủ quỹ", false, null),
                            4 => new DuesPayment(l.MemberId, l.Due + 7_000, first.AddDays(5), "Thủ quỹ", false, null),
                            _ => new DuesPayment(l.MemberId, l.Due, first.AddDays(9), "Thủ quỹ", false, null),
                        }),
                        EndOfYear);
                    db.Set<DuesSheet>().Add(sheet);
                }
            }

            // Members unpaid in four months in a row, so that the removal review has several.
            foreach (var member in members.Where((_, i) => i % 9 == 4))
            {
                foreach (var line in db.ChangeTracker.Entries<DuesLine>().Where(e => e.Entity.MemberId == member.Id).Take(4))
                {
                    var sheet = db.ChangeTracker.Entries<DuesSheet>().Single(s => s.Entity.Id == line.Entity.SheetId).Entity;
                    sheet.RecordPayments([new DuesPayment(member.Id, 0, null, null, false, null)], EndOfYear);
                }
            }

            return await db.SaveChangesAsync();
        });
        return moved;
    }

    /// <summary>The former computation (before ADR 0064): every line of the subtree's year read and grouped in memory.</summary>
    private Task<(DuesSummaryDto Summary, List<MemberDuesYearDto> Members, int Threshold)> FormerAsync(IReadOnlyCollection<Guid>? organizations, Guid organizationId) =>
        factory.WithDbAsync(async db =>
        {
            var threshold = DuesYears.RemovalThreshold(DuesRuleSet.Statutory, Year);
            var sheets = await db.Set<DuesSheet>().AsNoTracking().Include(s => s.Lines)
                .Where(s => s.Month >= new DateOnly(Year, 1, 1) && s.Month <= new DateOnly(Year, 12, 1))
                .Where(s => organizations == null || organizations.Contains(s.OrganizationId))
                .ToListAsync();
            var names = await db.Set<PartyMember>().AsNoTracking().Select(m => new { m.Id, m.FullName, m.NameSortKey }).ToDictionaryAsync(m => m.Id);
            var members = sheets.SelectMany(s => s.Lines.Select(l => new { l.MemberId, s.OrganizationId, s.Month, l.Due, l.Paid, l.Excused }))
                .GroupBy(l => l.MemberId)
                .Select(g =>
                {
                    var unpaid = g.Where(l => l.Due > 0 && l.Paid == 0 && !l.Excused).Select(l => l.Month).Order().ToList();
                    return new MemberDuesYearDto(
                        g.Key, names[g.Key].FullName, g.MaxBy(l => l.Month)!.OrganizationId, g.Count(), g.Sum(l => l.Due), g.Sum(l => l.Paid),
                        g.Sum(l => Math.Max(l.Due - l.Paid, 0)), unpaid.Count, unpaid);
                })
                .OrderBy(m => names[m.MemberId].NameSortKey, StringComparer.Ordinal).ThenBy(m => m.MemberId)
                .ToList();
            // The sheets' totals from their lines (not the stored columns, ADR 0065), as the sheet used to compute them.
            var paid = sheets.Sum(s => s.Lines.Sum(l => l.Paid));
            var retained = sheets.Sum(s => DuesSheet.RetainedOf(s.Lines.Sum(l => l.Paid), s.RetentionPercent));
            var summary = new DuesSummaryDto(
                organizationId, Year, sheets.Count, sheets.Sum(s => s.Lines.Sum(l => l.Due)), paid, retained,
                paid - retained, sheets.Sum(s => s.Lines.Sum(l => l.Exempted)), members.Sum(m => m.Arrears), members.Count(m => m.MonthsUnpaidWithoutReason >= threshold));
            return (summary, members, threshold);
        });

    /// <summary>The statement-counting factory with the agenda's chosen members' limit at <see cref="ChosenAtMost"/>.</summary>
    public sealed class Factory() : RequestStatementCountingApiFactory(
        new Dictionary<string, string?> { ["Dues:AgendaChosenMembersAtMost"] = ChosenAtMost.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}

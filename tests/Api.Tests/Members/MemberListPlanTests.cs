using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Members.ListMembers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// The demo register with every list past the small-list limit (so that its lists take the large-subtree shape when the
/// cost model says so), planned by SQLite with the statistics of the benchmark's register of 1M members over 4,021
/// organisations (<c>sqlite_stat1</c> of <c>bench-v6-1000000.db</c>, ANALYZE; its transfers added in session 50, its placements in session 59): on the demo's hundred rows the
/// planner would rightly read everything and sort, which says nothing about a large register.
/// </summary>
public sealed class WalkingListApiFactory : RequestStatementCountingApiFactory
{
    public WalkingListApiFactory()
        : base(new Dictionary<string, string?> { ["Statistics:SortedListRowsAtMost"] = "0" }) => planned = new Lazy<Task>(PlanOnceAsync);

    private static readonly string[] Statistics =
    [
        "('Organizations','IX_Organizations_Path','4021 1')", "('Organizations','IX_Organizations_ParentId','4021 183')",
        "('Organizations','IX_Organizations_Code','4021 1')", "('Organizations','sqlite_autoindex_Organizations_1','4021 1')",
        "('Members','IX_Members_SeniorityFrom','1000000 49 21 1')",
        // Session 72 (bench-v10-1000000.db, ANALYZE after migration BirthDateAndMeetingIndexesCoverTheirReaders): birth date, name, status, cell.
        "('Members','IX_Members_BirthDate','1000000 60 1 1 1')",
        // Session 68 (bench-v10-1000000.db, ANALYZE of the new index): organisation, status, birth date, seniority date.
        "('Members','IX_Members_Subtree_Dates','1000000 250 125 2 1 1')",
        "('Members','IX_Members_Statistics','1000000 200000 100000 50000 50000 12500 4311 4311 7 1 1')",
        "('Members','IX_Members_Status','1000000 200000')", "('Members','IX_Members_Search','1000000 51 1 1')",
        "('Members','IX_Members_RecordNumber','1000000 1000000')", "('Members','IX_Members_PartyCardNumber','1000000 1')",
        "('Members','IX_Members_OrganizationId_NameSortKey','1000000 250 1 1 1')", "('Members','IX_Members_NameSortKey','1000000 51 1 1')",
        "('Members','IX_Members_CitizenId','1000000 1')", "('Members','sqlite_autoindex_Members_1','1000000 1')",
        // Not in the benchmark's database when its statistics were read (ADR 0059): admission dates over about forty years.
        "('Members','IX_Members_AdmissionDate','1000000 68 1')",
        // 200,000 transfers over the register (session 50's probe on the benchmark's register, ANALYZE).
        "('Transfers','IX_Transfers_MemberId_Open','40000 1')", "('Transfers','IX_Transfers_ToOrganizationId','200000 50')",
        "('Transfers','IX_Transfers_Status_Kind','200000 100000 100000')", "('Transfers','IX_Transfers_MemberId_RequestedOn','200000 1 1')",
        "('Transfers','IX_Transfers_FromOrganizationId','200000 50')", "('Transfers','sqlite_autoindex_Transfers_1','200000 1')",
        // The placements of the benchmark's register of 1M (bench-v9-1000000.db, session 59): one open placement per member.
        "('MemberPlacements','IX_MemberPlacements_OrganizationId_StartsOn_EndsOn_MemberId','1000000 250 1 1 1')",
        "('MemberPlacements','IX_MemberPlacements_StartsOn','1000000 49')", "('MemberPlacements','IX_MemberPlacements_MemberId_StartsOn','1000000 1 1')",
        "('MemberPlacements','sqlite_autoindex_MemberPlacements_1','1000000 1')",
        // Session 69, an assumption (the benchmark's register has no condition): 50,000 exemptions, reductions and
        // suspensions, one per member concerned (5% of the register), started over about twenty years.
        "('MemberConditions','IX_MemberConditions_MemberId_StartsOn','50000 1 1')", "('MemberConditions','IX_MemberConditions_StartsOn_EndsOn','50000 7 2')",
        "('MemberConditions','sqlite_autoindex_MemberConditions_1','50000 1')",
    ];

    private readonly Lazy<Task> planned;

    /// <summary>
    /// SQLite's plans (<c>EXPLAIN QUERY PLAN</c>, with each statement's parameters) of the statements run since the last
    /// take that <paramref name="reading"/> selects; at least one.
    /// </summary>
    public Task<List<(string Sql, string Plan)>> PlansAsync(Func<string, bool> reading) => PlansAsync(Statements.TakeWithParameters(), reading);

    /// <summary>The plans of those of <paramref name="statements"/> that <paramref name="reading"/> selects; at least one.</summary>
    public async Task<List<(string Sql, string Plan)>> PlansAsync(
        IReadOnlyList<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> statements, Func<string, bool> reading)
    {
        var plans = new List<(string Sql, string Plan)>();
        foreach (var (sql, parameters) in statements.Where(s => reading(s.Sql)))
        {
            plans.Add((sql, string.Join(" | ", await WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)))));
        }

        plans.ShouldNotBeEmpty();
        return plans;
    }

    /// <summary>Puts the large register's statistics in place (once); every connection reloads them at its next statement.</summary>
    public Task PlanAsALargeRegisterAsync() => planned.Value;

    private async Task PlanOnceAsync()
    {
        _ = CreateClient();
        var insert = "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES " + string.Join(", ", Statistics);
        await WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE tbl IN ('Members', 'Organizations', 'Transfers', 'MemberPlacements', 'MemberConditions')");
            await db.Database.ExecuteSqlRawAsync(insert);
            // A schema change makes every open connection read the schema, and with it the statistics, again.
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE statistics_reload (x INTEGER); DROP TABLE statistics_reload;");
            return 0;
        });
        // The schema change alone did not reload them on the pooled connections every time (session 50: a plan taken on
        // a pooled connection followed the demo's own statistics, one taken on a new connection the register's); every
        // connection opened from here on reads them when it opens.
        SqliteConnection.ClearAllPools();
    }
}

/// <summary>
/// Issue 12, ADR 0059: a page of a large subtree's list (a committee's, or the register's filtered by status) is read by
/// walking the index of the requested order and stopping after the page; a subtree that is every organisation (the
/// committee office's) is the whole register's list. At 1M members the committee office's list read
/// and sorted the whole register (the subtree's identifiers matched through the organisation index): 3.6 s of CPU per
/// page; sorted by admission date, 3.9 s. A small subtree (a cell) is still read through the organisation index and
/// sorted. Both shapes must return the same rows in the same order. Checked with SQLite's own plans
/// (<c>EXPLAIN QUERY PLAN</c> of the statement the request ran, with its parameters).
/// </summary>
public sealed class MemberListPlanTests(WalkingListApiFactory factory) : IClassFixture<WalkingListApiFactory>
{
    public static TheoryData<string> Sorts => new()
    {
        "name", "-name", "admissionDecisionDate", "-admissionDecisionDate", "birthYear", "-birthYear",
    };

    [Theory]
    [InlineData("partyCardNumber")]
    [InlineData("-partyCardNumber")]
    public async Task Sorted_by_card_number_a_large_subtree_selects_the_same_rows(string sort)
    {
        // Not served by an index with its tie-breaker (ADR 0059, left): the planner may still read and sort; the rows
        // of either shape must be the same.
        await factory.PlanAsALargeRegisterAsync();
        var counted = MembershipLabels.CountedStatuses;
        var committee = await PageAsync(factory.ClientAs("CommitteeOffice", DemoData.CommitteeId), $"/api/v1/members?pageSize=5&sort={sort}");
        committee.Page.Items.Select(Key).ShouldBe(await ExpectedAsync(sort, m => counted.Contains(m.Status)));
        var full = await PageAsync(factory.ClientAs("Admin", null), $"/api/v1/members?pageSize=5&sort={sort}&status=FULL");
        full.Page.Items.Select(Key).ShouldBe(await ExpectedAsync(sort, m => m.Status == MemberStatus.Full));
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task A_large_subtree_walks_the_index_of_its_order_and_a_cell_is_read_by_organisation(string sort)
    {
        await factory.PlanAsALargeRegisterAsync();
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var admin = factory.ClientAs("Admin", null);

        // The committee office's subtree is every organisation: its list is the whole register's (no subtree filter at
        // all) and walks the order's index, as does the register's full members (a status filter).
        // The birth date's index carries the name since session 72 (ADR 0108), as the admission date's does (ADR 0104, 0107).
        var index = sort.TrimStart('-') switch
        {
            "name" => "SCAN m USING INDEX IX_Members_NameSortKey",
            "birthYear" => "SCAN m USING INDEX IX_Members_BirthDate",
            _ => "SCAN m USING INDEX IX_Members_AdmissionDate",
        };
        var committee = await PageAsync(office, $"/api/v1/members?pageSize=5&sort={sort}");
        committee.Plan.ShouldNotContain("USE TEMP B-TREE FOR ORDER BY", Case.Sensitive, committee.Sql);
        committee.Plan.ShouldStartWith(index, Case.Sensitive, committee.Sql);
        committee.Sql.ShouldNotContain("\"Path\"", Case.Sensitive);
        committee.Sql.ShouldNotContain("json_each", Case.Sensitive);
        var named = await PageAsync(office, $"/api/v1/members?pageSize=5&sort={sort}&organizationId={DemoData.CommitteeId}");
        named.Sql.ShouldBe(committee.Sql);

        // A subtree that is not every organisation, past the cost model's line (a page of one row of a cell): by the
        // path of each row's organisation, walking the order's index.
        var walked = await PageAsync(office, $"/api/v1/members?pageSize=1&sort={sort}&organizationId={DemoData.Cell(1)}");
        walked.Sql.ShouldContain("\"Path\"", Case.Sensitive);
        walked.Plan.ShouldStartWith(index, Case.Sensitive, walked.Sql);
        walked.Plan.ShouldNotContain("USE TEMP B-TREE FOR ORDER BY", Case.Sensitive, walked.Sql);
        var full = await PageAsync(admin, $"/api/v1/members?pageSize=5&sort={sort}&status=FULL");
        full.Plan.ShouldNotContain("USE TEMP B-TREE FOR ORDER BY", Case.Sensitive, full.Sql);
        full.Plan.ShouldNotContain("IX_Members_Status", Case.Sensitive, full.Sql);

        // A cell (its size squared below the page's extent times the register's size) is read through the organisation
        // index and sorted.
        var cell = await PageAsync(office, $"/api/v1/members?pageSize=100&sort={sort}&organizationId={DemoData.Cell(1)}");
        // Through an index that starts with the organisation: the (organisation, name…) one, or for another order the
        // narrower (organisation, status, dates…) one since the first carries the identifier, status and folded name (ADR 0109).
        cell.Plan.ShouldMatch(@"^SEARCH m USING INDEX IX_Members_(OrganizationId_NameSortKey|Subtree_Dates) \(OrganizationId=\?", cell.Sql);
        cell.Sql.ShouldNotContain("\"Path\"", Case.Sensitive);

        // The pages: the first rows of the whole ordering of the members each list selects.
        var counted = MembershipLabels.CountedStatuses;
        committee.Page.Items.Select(Key).ShouldBe(await ExpectedAsync(sort, m => counted.Contains(m.Status)));
        full.Page.Items.Select(Key).ShouldBe(await ExpectedAsync(sort, m => m.Status == MemberStatus.Full));
        cell.Page.Items.Take(5).Select(Key).ShouldBe(await ExpectedAsync(sort, m => m.OrganizationId == DemoData.Cell(1) && counted.Contains(m.Status)));
        walked.Page.Items.Select(Key).ShouldBe(cell.Page.Items.Take(1).Select(Key));
        walked.Page.TotalCount.ShouldBe(cell.Page.TotalCount);
        committee.Page.TotalCount.ShouldBe(await factory.WithDbAsync(db => db.Members.CountAsync(m => counted.Contains(m.Status))));
        full.Page.TotalCount.ShouldBe(await factory.WithDbAsync(db => db.Members.CountAsync(m => m.Status == MemberStatus.Full)));
    }

    [Fact]
    public async Task A_later_page_and_a_sub_tree_named_by_the_caller_select_the_same_rows_in_either_shape()
    {
        await factory.PlanAsALargeRegisterAsync();
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var counted = MembershipLabels.CountedStatuses;
        var all = await factory.WithDbAsync(db => db.Members.AsNoTracking().Where(m => counted.Contains(m.Status))
            .OrderBy(m => m.AdmissionDecisionDate).ThenBy(m => m.NameSortKey).Select(m => m.Id).ToListAsync());
        all.Count.ShouldBeGreaterThan(10);

        // Page 2 of 5: the walk stops after ten rows of the index (in the cost model: extent 10).
        var second = await PageAsync(office, "/api/v1/members?page=2&pageSize=5&sort=admissionDecisionDate");
        second.Page.Items.Select(i => i.Id).ShouldBe(all.Skip(5).Take(5));
        second.Plan.ShouldContain("SCAN m USING INDEX IX_Members_AdmissionDate", Case.Sensitive, second.Sql);

        // The committee named explicitly by the caller: the same subtree, the same rows.
        var named = await PageAsync(office, $"/api/v1/members?page=2&pageSize=5&sort=admissionDecisionDate&organizationId={DemoData.CommitteeId}");
        named.Page.Items.Select(i => i.Id).ShouldBe(all.Skip(5).Take(5));
        named.Page.TotalCount.ShouldBe(all.Count);
    }

    private async Task<(PagedList<MemberListItem> Page, string Plan, string Sql)> PageAsync(HttpClient client, string url)
    {
        factory.Statements.Take();
        var page = await client.GetFromJsonAsync<PagedList<MemberListItem>>(url, HttpExtensions.Json);
        var statements = factory.Statements.TakeWithParameters()
            .Where(s => s.Sql.Contains("FROM \"Members\" AS \"m\"", StringComparison.Ordinal) && s.Sql.Contains("ORDER BY", StringComparison.Ordinal))
            .ToList();
        statements.Count.ShouldBe(1, string.Join("\n---\n", statements.Select(s => s.Sql)));
        var (sql, parameters) = statements[0];
        var plan = string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)));
        return (page!, plan, sql);
    }

    /// <summary>
    /// Session 69 (ADR 0103): a broad search's count tests every current member's folded name; it reads the folded-name
    /// index, which carries the status (migration <c>MemberIndexesCoverTheirFilters</c>), instead of every member's row.
    /// </summary>
    [Theory]
    [InlineData("a")]
    [InlineData("th")]
    public async Task A_broad_searchs_count_reads_the_folded_name_index_alone(string search)
    {
        var (sql, plan) = await SearchCountPlanAsync(factory.ClientAs("Admin", null), $"/api/v1/members?search={search}");
        plan.ShouldContain("USING COVERING INDEX IX_Members_Search", Case.Sensitive, sql);
    }

    /// <summary>
    /// Session 72 (ADR 0109): a subtree's broad search (its count, and its page when nothing matches) tests each of the
    /// subtree's members' folded names on the organisation index, which carries the status and the folded name
    /// (migration <c>MembersOrganizationIndexCarriesStatusAndFoldedName</c>), instead of reading every member's row (a
    /// 200-cell sub-committee of the 1M register: 0.2 s per statement); the whole register's count still reads the
    /// narrower folded-name index (<see cref="A_broad_searchs_count_reads_the_folded_name_index_alone"/>).
    /// </summary>
    [Theory]
    [InlineData("a")]
    [InlineData("%")]
    public async Task A_subtrees_broad_search_tests_the_names_on_the_organisation_index(string search)
    {
        var (sql, plan) = await SearchCountPlanAsync(
            factory.ClientAs("CommitteeOffice", DemoData.CommitteeId), $"/api/v1/members?organizationId={DemoData.Cell(1)}&search={Uri.EscapeDataString(search)}");
        plan.ShouldContain("USING COVERING INDEX IX_Members_OrganizationId_NameSortKey", Case.Sensitive, sql);
    }

    /// <summary>
    /// Session 72 (ADR 0109): a search in a subtree, in name order, orders the matching members' keys on the organisation
    /// index alone (it carries the name, the identifier, the status and the folded name) and reads only the page's rows,
    /// instead of reading every matching row into the sorter; the pages are the ordering's slices either way.
    /// </summary>
    [Theory]
    [InlineData("name")]
    [InlineData("-name")]
    public async Task A_subtrees_search_in_name_order_orders_the_keys_on_the_organisation_index(string sort)
    {
        await factory.PlanAsALargeRegisterAsync();
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var counted = MembershipLabels.CountedStatuses;
        var expected = await factory.WithDbAsync(async db =>
        {
            var rows = await db.Members.AsNoTracking()
                .Where(m => m.OrganizationId == DemoData.Cell(1) && counted.Contains(m.Status) && m.NameFolded.Contains("a"))
                .Select(m => new { m.FullName, m.NameSortKey, Id = m.Id.ToString() }).ToListAsync();
            var ordered = sort.StartsWith('-')
                ? rows.OrderByDescending(r => r.NameSortKey, StringComparer.Ordinal).ThenByDescending(r => r.Id, StringComparer.OrdinalIgnoreCase)
                : rows.OrderBy(r => r.NameSortKey, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.OrdinalIgnoreCase);
            return ordered.Select(r => r.FullName).ToList();
        });
        expected.Count.ShouldBeGreaterThan(6);

        var first = await PageAsync(office, $"/api/v1/members?organizationId={DemoData.Cell(1)}&search=a&pageSize=3&sort={sort}");
        first.Sql.ShouldContain("\"Id\" IN (", Case.Sensitive);
        first.Plan.ShouldContain("USING COVERING INDEX IX_Members_OrganizationId_NameSortKey", Case.Sensitive, first.Sql);
        first.Page.Items.Select(Key).ShouldBe(expected.Take(3));
        first.Page.TotalCount.ShouldBe(expected.Count);
        var second = await PageAsync(office, $"/api/v1/members?organizationId={DemoData.Cell(1)}&search=a&pageSize=3&page=2&sort={sort}");
        second.Page.Items.Select(Key).ShouldBe(expected.Skip(3).Take(3));
    }

    /// <summary>The plan of the search count (the one statement counting on the folded names) that <paramref name="url"/> runs under the large register's statistics.</summary>
    private async Task<(string Sql, string Plan)> SearchCountPlanAsync(HttpClient client, string url)
    {
        await factory.PlanAsALargeRegisterAsync();
        factory.Statements.Take();
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await factory.PlansAsync(s => s.Contains("COUNT(*)", StringComparison.Ordinal) && s.Contains("\"NameFolded\"", StringComparison.Ordinal)))
            .ShouldHaveSingleItem();
    }

    private static string Key(MemberListItem item) => item.FullName;

    /// <summary>The names of the first five rows in the order <paramref name="sort"/> asks for.</summary>
    private Task<List<string>> ExpectedAsync(string sort, System.Linq.Expressions.Expression<Func<PartyMember, bool>> filter) =>
        factory.WithDbAsync(async db =>
        {
            var rows = await db.Members.AsNoTracking().Where(filter)
                .Select(m => new { m.FullName, m.NameSortKey, m.AdmissionDecisionDate, m.DateOfBirth, m.PartyCardNumber, m.Id })
                .ToListAsync();
            var descending = sort.StartsWith('-');
            var ordered = sort.TrimStart('-') switch
            {
                "admissionDecisionDate" => descending
                    ? rows.OrderByDescending(r => r.AdmissionDecisionDate).ThenByDescending(r => r.NameSortKey, StringComparer.Ordinal)
                    : rows.OrderBy(r => r.AdmissionDecisionDate).ThenBy(r => r.NameSortKey, StringComparer.Ordinal),
                "birthYear" => descending
                    ? rows.OrderByDescending(r => r.DateOfBirth).ThenByDescending(r => r.NameSortKey, StringComparer.Ordinal)
                    : rows.OrderBy(r => r.DateOfBirth).ThenBy(r => r.NameSortKey, StringComparer.Ordinal),
                "partyCardNumber" => descending
                    ? rows.OrderByDescending(r => r.PartyCardNumber, StringComparer.Ordinal).ThenByDescending(r => r.NameSortKey, StringComparer.Ordinal)
                    : rows.OrderBy(r => r.PartyCardNumber, StringComparer.Ordinal).ThenBy(r => r.NameSortKey, StringComparer.Ordinal),
                _ => descending
                    ? rows.OrderByDescending(r => r.NameSortKey, StringComparer.Ordinal).ThenByDescending(r => r.Id.ToString(), StringComparer.Ordinal)
                    : rows.OrderBy(r => r.NameSortKey, StringComparer.Ordinal).ThenBy(r => r.Id.ToString(), StringComparer.Ordinal),
            };
            return ordered.Take(5).Select(r => r.FullName).ToList();
        });
}

/// <summary>
/// ADR 0059: the committee office's list is the whole register's only while its committee holds every organisation.
/// A second top-level organisation (another committee on the same database) keeps its members out of it.
/// </summary>
public sealed class MemberListWholeRegisterTests
{
    [Fact]
    public async Task A_second_top_level_organisation_keeps_its_members_out_of_the_committee_office_list()
    {
        using var factory = new RequestStatementCountingApiFactory();
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var admin = factory.ClientAs("Admin", null);
        var before = await office.GetFromJsonAsync<PagedList<MemberListItem>>("/api/v1/members?pageSize=100", HttpExtensions.Json);
        (await admin.GetFromJsonAsync<PagedList<MemberListItem>>("/api/v1/members?pageSize=100", HttpExtensions.Json))!.TotalCount.ShouldBe(before!.TotalCount);

        var cell = await factory.WithDbAsync(async db =>
        {
            var committee = PartyOrganization.Create(Guid.CreateVersion7(), "DB-KHAC", "Đảng bộ khác", null, OrganizationType.PartyCommittee, null, new DateOnly(1980, 1, 1), null);
            var inside = PartyOrganization.Create(Guid.CreateVersion7(), "CB-KHAC", "Chi bộ khác", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(1980, 1, 1), committee);
            db.Set<PartyOrganization>().AddRange(committee, inside);
            await db.SaveChangesAsync();
            return inside.Id;
        });
        var outsider = await factory.AddMemberAsync(cell, "Lê Văn Ngoài Đảng Bộ", admittedOn: new DateOnly(1990, 1, 1), dateOfBirth: new DateOnly(1960, 1, 1));

        foreach (var sort in new[] { "name", "admissionDecisionDate" })
        {
            var after = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=100&sort={sort}", HttpExtensions.Json);
            after!.TotalCount.ShouldBe(before.TotalCount);
            after.Items.Select(i => i.Id).ShouldNotContain(outsider);
            var all = await admin.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=100&sort={sort}", HttpExtensions.Json);
            all!.TotalCount.ShouldBe(before.TotalCount + 1);
            all.Items.Select(i => i.Id).ShouldContain(outsider);
        }
    }
}

/// <summary>ADR 0059 on SQL Server (no server here: the statements as SQL Server would receive them, <c>ToQueryString</c>).</summary>
public sealed class MemberListSqlServerTranslationTests
{
    [Fact]
    public void Both_shapes_and_the_constant_page_size_translate_on_SQL_Server()
    {
        using var db = SqlServerTranslation.Context();
        var walked = ListMembersHandler.Page(db, ListMembersHandler.Ordered(
            ListMembersHandler.BySubtreeAndStatus(db, db.Members.AsNoTracking(), [Guid.CreateVersion7(), Guid.CreateVersion7()], MemberStatus.Full, "/0195a0000000700080000000000000aa/"),
            SortOrder.Parse("-admissionDecisionDate", "name")), 40, 20).ToQueryString();
        walked.ShouldContain("WHERE [o].[Id] = [m].[OrganizationId]) LIKE @walkUnder_startswith");
        walked.ShouldContain("NOT IN (N'Probationary'", Case.Sensitive);
        walked.ShouldNotContain("OPENJSON");
        walked.ShouldContain("ORDER BY [m].[AdmissionDecisionDate] DESC, [m].[NameSortKey] DESC");
        walked.ShouldContain("FETCH NEXT 20 ROWS ONLY");

        var small = ListMembersHandler.Page(db, ListMembersHandler.Ordered(
            ListMembersHandler.BySubtreeAndStatus(db, db.Members.AsNoTracking(), [Guid.CreateVersion7(), Guid.CreateVersion7()], MemberStatus.Full, null),
            SortOrder.Parse(null, "name")), 0, 5).ToQueryString();
        small.ShouldContain("OPENJSON(@organizations)");
        small.ShouldContain("[m].[Status] = @");
        small.ShouldNotContain("[Path]");
        small.ShouldContain("FETCH NEXT 5 ROWS ONLY");

        var cell = ListMembersHandler.BySubtreeAndStatus(db, db.Members.AsNoTracking(), [Guid.CreateVersion7()], null, null).ToQueryString();
        cell.ShouldContain("[m].[OrganizationId] = @cell");
    }

    [Fact]
    public void A_subtrees_search_page_by_keys_translates_on_SQL_Server()
    {
        using var db = SqlServerTranslation.Context();
        var members = ListMembersHandler.BySubtreeAndStatus(
            db, db.Members.AsNoTracking().Where(MemberSearch.MatchingEach(db, "a", null)), [Guid.CreateVersion7(), Guid.CreateVersion7()], null, null);
        var sql = ListMembersHandler.PageByKeys(db, members, SortOrder.Parse("-name", "name"), 40, 20).ToQueryString();
        sql.ShouldContain("[m].[Id] IN (");
        sql.ShouldContain("OPENJSON(@organizations)");
        sql.ShouldContain("FETCH NEXT 20 ROWS ONLY");
        sql.ShouldContain("ORDER BY [m].[NameSortKey] DESC, [m].[Id] DESC");
    }

    [Fact]
    public void Both_forms_of_the_search_translate_on_SQL_Server()
    {
        using var db = SqlServerTranslation.Context();
        string[] ranges = ["nguyen van an", "thu"];
        var each = db.Members.AsNoTracking().Where(MemberSearch.MatchingEach(db, "an", ranges)).ToQueryString();
        each.ShouldContain("EXISTS (");
        each.ShouldContain("[m0].[MemberId] = [m].[Id]");
        each.ShouldContain(" OR ");
        var through = db.Members.AsNoTracking().Where(MemberSearch.Matching(db, "an", ranges)).ToQueryString();
        through.ShouldContain("[m].[Id] IN (");
        through.ShouldContain("UNION");
        db.Members.AsNoTracking().Where(MemberSearch.MatchingEach(db, "a", null)).ToQueryString().ShouldContain("LIKE");
        MemberSearch.TokensIn(db, ranges).ToQueryString().ShouldContain("[m].[Token] >= @from");
    }
}

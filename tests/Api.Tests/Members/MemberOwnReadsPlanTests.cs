using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Session 49: reads about one member or one cell that walked the register. At 1M members a member's review summary of a
/// year built the whole register's roster once per month not reviewed (218-248 s), and opening a cell's dues sheet
/// selected its members with a correlated "any placement here", which SQLite answers by walking every member (8.8-10.1 s;
/// bench/results/20261205T1340Z-s49-member-reads-through-member.md). Checked with SQLite's own plans of the statements
/// the requests ran, planned with the statistics of the benchmark's register (<see cref="WalkingListApiFactory"/>).
/// </summary>
public sealed class MemberOwnReadsPlanTests(WalkingListApiFactory factory) : IClassFixture<WalkingListApiFactory>
{
    [Fact]
    public async Task A_review_summary_reads_the_members_own_placements_and_periods()
    {
        await factory.PlanAsALargeRegisterAsync();
        var admin = factory.ClientAs("Admin", null);
        var member = await factory.WithDbAsync(db => db.Set<PartyMember>().Where(m => m.OrganizationId == DemoData.Cell(1)).Select(m => m.Id).FirstAsync());
        var year = DateTime.UtcNow.Year - 1;
        factory.Statements.Take();
        var response = await admin.GetAsync($"/api/v1/members/{member}/monthly-reviews/summary?year={year}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // One statement per month not reviewed, each reading this member's placements and periods by his identifier.
        var plans = await factory.PlansAsync(s => s.Contains("FROM \"MemberPlacements\"", StringComparison.Ordinal));
        plans.Count.ShouldBe(12);
        plans.ShouldAllBe(p => p.Plan.StartsWith("SEARCH m USING INDEX IX_MemberPlacements_MemberId_StartsOn (MemberId=?", StringComparison.Ordinal)
            && p.Plan.Contains("IX_MemberStatusPeriods_MemberId_StartsOn_EndsOn_Status (MemberId=?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Opening_a_dues_sheet_selects_the_cells_members_through_its_placements()
    {
        await factory.PlanAsALargeRegisterAsync();
        var admin = factory.ClientAs("Admin", null);
        factory.Statements.Take();
        var response = await admin.PostAsJsonAsync("/api/v1/dues/sheets", new { organizationId = DemoData.Cell(1), month = "2023-05-01" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        // The members with their histories: looked up by identifier from the cell's range of placements, not the
        // register walked with a probe of each member's placements.
        var plans = await factory.PlansAsync(s => s.Contains("FROM \"Members\" AS \"m\"", StringComparison.Ordinal) && s.Contains("FROM \"MemberPlacements\"", StringComparison.Ordinal));
        var selection = plans.ShouldHaveSingleItem();
        selection.Plan.ShouldStartWith("SEARCH m USING INDEX sqlite_autoindex_Members_1 (Id=?)", Case.Sensitive, selection.Sql);
        selection.Plan.ShouldContain("USING COVERING INDEX IX_MemberPlacements_OrganizationId_StartsOn_EndsOn_MemberId (OrganizationId=?", Case.Sensitive, selection.Sql);
    }

    [Fact]
    public async Task A_civil_servant_import_looks_up_only_the_members_its_file_names()
    {
        // It loaded every member of the register (and every rating) for any file.
        await factory.PlanAsALargeRegisterAsync();
        var two = await factory.WithDbAsync(db => db.Set<PartyMember>().Where(m => m.PartyCardNumber != null)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.PartyCardNumber }).Take(2).ToListAsync());
        var csv = "year,memberId,partyCardNumber,fullName,dateOfBirth,cellCode,level,decidedOn\n"
            + $"2023,{two[0].Id},,,,,GOOD,2023-12-20\n2023,,{two[1].PartyCardNumber},,,,EXCELLENT,2023-12-20\n";
        factory.Statements.Take();
        var content = new MultipartFormDataContent { { new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), "file", "ratings.csv" } };
        var response = await factory.ClientAs("Admin", null).PostAsync("/api/v1/civil-servant-ratings/import?dryRun=true", content);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        text.ShouldContain("\"created\":2", Case.Sensitive, "both rows found their member");
        var statements = factory.Statements.TakeWithParameters();
        // The ratings of the file's years only (the table is the demo's few rows here, so its plan says nothing).
        statements.Where(s => s.Sql.Contains("FROM \"CivilServantRatings\"", StringComparison.Ordinal))
            .ShouldAllBe(s => s.Sql.Contains("\"c\".\"Year\" IN (", StringComparison.Ordinal));
        var plans = await factory.PlansAsync(statements, s => s.Contains("FROM \"Members\" AS \"m\"", StringComparison.Ordinal));
        plans.ShouldAllBe(p => !p.Plan.StartsWith("SCAN m", StringComparison.Ordinal));
        plans.Count(p => p.Plan.Contains("(Id=?)", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
        plans.Count(p => p.Plan.Contains("IX_Members_PartyCardNumber (PartyCardNumber=?)", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Theory]
    [InlineData("/api/v1/members/{0}/timeline")]
    [InlineData("/api/v1/inspections?memberId={0}")]
    public async Task A_members_inspection_cases_are_taken_from_his_subject_rows(string url)
    {
        // Every case was tested for a subject of his (a correlated EXISTS per case: SQLite cannot start it from the
        // subjects' index). Now the case ids come from his subject rows; the demo's few cases say nothing of the plan, so
        // the statement's shape is checked.
        var member = await factory.WithDbAsync(db => db.Set<InspectionSubject>().Where(s => s.MemberId != null).Select(s => s.MemberId!.Value).FirstAsync());
        factory.Statements.Take();
        var response = await factory.ClientAs("Admin", null).GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, member));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var cases = factory.Statements.Take().Where(s => s.Contains("FROM \"InspectionCases\"", StringComparison.Ordinal)
            && s.Contains("FROM \"InspectionSubjects\"", StringComparison.Ordinal) && s.Contains("\"MemberId\" = @", StringComparison.Ordinal)).ToList();
        cases.ShouldNotBeEmpty();
        cases.ShouldAllBe(sql => !sql.Contains("EXISTS", StringComparison.Ordinal) && sql.Contains("\"Id\" IN (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/transfers?pageSize=5")]
    [InlineData("/api/v1/transfers?pageSize=5&late=true")]
    [InlineData("/api/v1/agenda")]
    public async Task A_cells_transfers_are_found_through_the_indexes(string url)
    {
        // Session 50: every transfer was read and its member looked up (an OR of sending cell, receiving cell and the
        // member's cell): 3-5 s for a cell's page with 200,000 transfers at 1M members.
        await factory.PlanAsALargeRegisterAsync();
        factory.Statements.Take();
        var response = await factory.ClientAs("CellSecretary", DemoData.Cell(1)).GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var plans = await factory.PlansAsync(s => s.Contains("FROM \"Transfers\"", StringComparison.Ordinal));
        plans.ShouldAllBe(p => !Regex.IsMatch(p.Plan, @"SCAN (t|m)\d*( |$)"));
        // The transfers touching the cell (the agenda's other transfer read, the interruptions, starts from its members: their
        // identifiers from an index that starts with the organisation and carries the identifier, alone: IX_Members_Subtree_Dates
        // since session 69, or IX_Members_OrganizationId_NameSortKey, which carries it too since session 72, ADR 0109).
        var touching = plans.Where(p => p.Sql.Contains("\"FromOrganizationId\" IN (", StringComparison.Ordinal)).ToList();
        touching.ShouldNotBeEmpty();
        touching.ShouldAllBe(p => p.Plan.Contains("IX_Transfers_FromOrganizationId (FromOrganizationId=?)", StringComparison.Ordinal)
            && p.Plan.Contains("IX_Transfers_ToOrganizationId (ToOrganizationId=?)", StringComparison.Ordinal)
            && Regex.IsMatch(p.Plan, @"SEARCH m USING COVERING INDEX IX_Members_(Subtree_Dates|OrganizationId_NameSortKey) \(OrganizationId=\?\)")
            && p.Plan.Contains("IX_Transfers_MemberId_RequestedOn (MemberId=?)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/reports/member-quality")]
    [InlineData("/api/v1/reports/ethnicity-religion?asOf=2024-06-30")]
    public async Task The_registers_members_on_a_day_are_read_table_by_table_not_looked_up_member_by_member(string url)
    {
        // Session 55 (ADR 0087): over the whole register each member's placement, status period and conditions on the day
        // were looked up by his key, pages read at random (a form 21-26 s at 1M members). Each table is now read once in
        // its own order: the placements and status periods through their covering indexes, the members in table order.
        await factory.PlanAsALargeRegisterAsync();
        factory.Statements.Take();
        var response = await factory.ClientAs("Admin", null).GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var statements = factory.Statements.TakeWithParameters();
        var histories = await factory.PlansAsync(statements, s => !s.Contains("FROM \"Members\"", StringComparison.Ordinal)
            && (s.Contains("FROM \"MemberPlacements\"", StringComparison.Ordinal) || s.Contains("FROM \"MemberStatusPeriods\"", StringComparison.Ordinal)));
        histories.ShouldAllBe(p => !p.Plan.Contains("(MemberId=?", StringComparison.Ordinal) && !p.Plan.Contains("CORRELATED", StringComparison.Ordinal));
        histories.ShouldContain(p => p.Plan.Contains("USING COVERING INDEX IX_MemberStatusPeriods_MemberId_StartsOn_EndsOn_Status", StringComparison.Ordinal)
            && !p.Plan.Contains("IX_MemberStatusPeriods_StartsOn_EndsOn", StringComparison.Ordinal), string.Join("\n", histories.Select(p => p.Plan)));
        histories.ShouldContain(p => p.Plan.Contains("USING COVERING INDEX IX_MemberPlacements_OrganizationId_StartsOn_EndsOn_MemberId", StringComparison.Ordinal), string.Join("\n", histories.Select(p => p.Plan)));

        // The form's members: one scan in table order, nothing looked up per member.
        var members = (await factory.PlansAsync(statements, s => s.Contains("FROM \"Members\"", StringComparison.Ordinal))).ShouldHaveSingleItem();
        members.Plan.ShouldBe("SCAN m", members.Sql);
    }

    [Fact]
    public async Task The_registers_movements_count_from_the_dated_counts_and_find_the_events_through_index_ranges()
    {
        // Session 57: the counts at both ends recounted the register (its placements and status periods read whole, ~5 s
        // each at 1M members), and the members with an event were found by testing every member (9 s): now the dated
        // counts' sums, and the ids of three index ranges (admission date, full membership date, status periods' start)
        // looked up by key.
        await factory.PlanAsALargeRegisterAsync();
        factory.Statements.Take();
        var response = await factory.ClientAs("Admin", null).GetAsync("/api/v1/reports/membership-movements?from=2024-01-01&to=2024-12-31");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var statements = factory.Statements.TakeWithParameters();
        statements.ShouldNotContain(s => !s.Sql.Contains("FROM \"Members\"", StringComparison.Ordinal)
            && (s.Sql.Contains("FROM \"MemberPlacements\"", StringComparison.Ordinal) || s.Sql.Contains("FROM \"MemberStatusPeriods\"", StringComparison.Ordinal)));
        (await factory.PlansAsync(statements, s => s.Contains("FROM \"MembershipCountChanges\"", StringComparison.Ordinal) && s.Contains("SUM(", StringComparison.Ordinal))).Count.ShouldBe(2);
        var events = (await factory.PlansAsync(statements, s => s.Contains("\"FullMembershipDate\" >=", StringComparison.Ordinal))).ShouldHaveSingleItem();
        events.Plan.ShouldStartWith("SEARCH m USING INDEX sqlite_autoindex_Members_1 (Id=?)", Case.Sensitive, events.Sql);
        foreach (var range in new[] { "IX_Members_AdmissionDate (AdmissionDecisionDate>?", "IX_Members_FullMembershipDate (FullMembershipDate>?", "IX_MemberStatusPeriods_StartsOn_EndsOn (StartsOn>?" })
        {
            events.Plan.ShouldContain(range, Case.Sensitive, events.Plan);
        }
    }

    [Fact]
    public async Task The_badge_list_reads_the_unchanged_candidates_without_their_status_periods()
    {
        // Session 58 (ADR 0090): every candidate was read with his status periods, the members' table looked up by key in
        // member order (at 1M, 5.5 s of the 7 s request). A candidate with no period begun since the previous round is now
        // one row; the changed ones are found through the periods' index by start, and with UNION (not UNION ALL)
        // SQLite merged them with the gaps in member order, reading every status period.
        await factory.PlanAsALargeRegisterAsync();
        factory.Statements.Take();
        var response = await factory.ClientAs("Admin", null).GetAsync("/api/v1/party-badges/eligible?roundDate=2060-02-03");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var statements = factory.Statements.TakeWithParameters();
        var unchanged = (await factory.PlansAsync(statements, s => s.Contains("\"SeniorityCountedFrom\"", StringComparison.Ordinal) && s.Contains("NOT IN", StringComparison.Ordinal))).ShouldHaveSingleItem();
        unchanged.Plan.ShouldContain("IX_MemberStatusPeriods_StartsOn_EndsOn (StartsOn>?)", Case.Sensitive, unchanged.Sql);
        unchanged.Plan.ShouldNotContain("MERGE", Case.Sensitive, unchanged.Plan);
        unchanged.Plan.ShouldNotContain("IX_MemberStatusPeriods_MemberId", Case.Sensitive, unchanged.Plan);
        var changed = (await factory.PlansAsync(statements, s => s.Contains("INNER JOIN \"MemberStatusPeriods\"", StringComparison.Ordinal))).ShouldHaveSingleItem();
        changed.Plan.ShouldContain("IX_MemberStatusPeriods_StartsOn_EndsOn (StartsOn>?)", Case.Sensitive, changed.Plan);
        changed.Plan.ShouldStartWith("SEARCH m USING INDEX sqlite_autoindex_Members_1 (Id=?)", Case.Sensitive, "the changed members looked up by key, not the candidates walked");
    }
}

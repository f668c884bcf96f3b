using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Members;
using PartyCommittee.Application.Indicators.Progress;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.CivilServants;
using PartyCommittee.Domain.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Issue 12, session 27 (ADR 0057): the modules' heaviest reads. Target progress counts the year's admissions ONCE per
/// request (per cell, summed by subtree) instead of once per target, and each target still gets its own subtree's
/// count; the rating statistics and target progress read the ratings, placements and status periods through
/// covering indexes.
/// </summary>
public sealed class StatisticsReadPathTests(RequestStatementCountingApiFactory factory) : IClassFixture<RequestStatementCountingApiFactory>
{
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task Target_progress_counts_the_admissions_once_and_gives_each_target_its_own_subtree()
    {
        // Three cells with a resolution and an admissions target each, beside the seed's committee resolution.
        var cells = new[] { DemoData.Cell(1), DemoData.Cell(2), DemoData.Cell(3) };
        foreach (var cell in cells)
        {
            var resolution = await CreateResolutionAsync(cell);
            (await office.PostJsonAsync($"/api/v1/resolutions/{resolution.Id}/targets",
                new { indicator = "NEW_MEMBERS_ADMITTED", year = 2020, kind = "AT_LEAST", low = 1, text = "Kết nạp ít nhất 01 đảng viên" }, resolution.ETag))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        factory.Statements.Take();
        var report = await office.GetFromJsonAsync<JsonElement>($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020&asOf=2020-12-31");
        var statements = factory.Statements.Take();

        var admitted = report.GetProperty("targets").EnumerateArray()
            .Where(t => t.GetProperty("indicator").GetString() == "NEW_MEMBERS_ADMITTED")
            .ToDictionary(t => t.GetProperty("resolutionId").GetGuid(), t => t.GetProperty("value").GetDecimal());
        admitted.Count.ShouldBe(4, "the seed's committee target and the three cells' targets");

        // Each target's value is its own subtree's count, recounted here one subtree at a time.
        var expected = await factory.WithDbAsync(async db =>
        {
            var resolutions = await db.Set<Resolution>().AsNoTracking().Where(r => admitted.Keys.Contains(r.Id)).Select(r => new { r.Id, r.OrganizationId }).ToListAsync();
            var result = new Dictionary<Guid, decimal>();
            foreach (var resolution in resolutions)
            {
                var root = await db.Set<PartyOrganization>().Where(o => o.Id == resolution.OrganizationId).Select(o => o.Path).SingleAsync();
                var subtree = await db.Set<PartyOrganization>().Where(o => o.Path.StartsWith(root)).Select(o => o.Id).ToListAsync();
                result[resolution.Id] = await db.Set<PartyMember>().CountAsync(m =>
                    m.AdmissionDecisionDate >= new DateOnly(2020, 1, 1) && m.AdmissionDecisionDate <= new DateOnly(2020, 12, 31) && subtree.Contains(m.OrganizationId));
            }

            return result;
        });
        admitted.OrderBy(a => a.Key).ShouldBe(expected.OrderBy(e => e.Key));
        admitted.Values.Distinct().Count().ShouldBeGreaterThan(1, "the subtrees differ: a shared figure would give every target the same value");
        admitted.Values.Max().ShouldBe(3, "the seed's three admissions of 2020 (domain.md section 4), counted at the committee");

        statements.Count(s => s.Contains("\"AdmissionDecisionDate\" >=", StringComparison.Ordinal)).ShouldBe(1, "one count of the year's admissions per request, whatever the number of targets");
    }

    [Fact]
    public async Task The_statements_of_a_progress_report_do_not_grow_with_its_internal_targets()
    {
        async Task<IReadOnlyList<string>> StatementsAsync()
        {
            factory.Statements.Take();
            (await office.GetAsync($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020&asOf=2020-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);
            return factory.Statements.Take();
        }

        await StatementsAsync(); // the first report of the factory warms whatever is read once per process
        var before = await StatementsAsync();
        string[] indicators = ["NEW_MEMBERS_ADMITTED", "MEMBERS_GOOD_OR_BETTER_RATE", "MEMBERS_EXCELLENT_RATE", "MASS_ORGS_STRONG_RATE", "CIVIL_SERVANTS_GOOD_OR_BETTER_RATE"];
        foreach (var cell in new[] { DemoData.Cell(4), DemoData.Cell(5) })
        {
            var resolution = await CreateResolutionAsync(cell);
            foreach (var indicator in indicators)
            {
                var added = await office.PostJsonAsync($"/api/v1/resolutions/{resolution.Id}/targets",
                    new { indicator, year = 2020, kind = "AT_LEAST", low = 1, text = "Chỉ tiêu năm 2020" }, resolution.ETag);
                added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
                resolution = (resolution.Id, added.Headers.ETag!.Tag);
            }
        }

        var after = await StatementsAsync();
        // Each internal source reads its figures once per request and every root path comes from one statement. The two
        // rating shares each read their year once when the report first holds such a target (at most 2 more statements).
        after.Count.ShouldBeLessThanOrEqualTo(before.Count + 2, $"{before.Count} statements before ten more internal targets, {after.Count} after");
        after.Count(s => s.Contains("FROM \"MassOrganizationRatings\"", StringComparison.Ordinal)).ShouldBe(1, "the mass organisations' ratings of the year, once per report");
        after.Count(s => s.Contains("FROM \"CivilServantRatings\"", StringComparison.Ordinal)).ShouldBe(1, "the civil servants' ratings of the year, once per report");
    }

    [Fact]
    public async Task The_rating_shares_give_each_subtree_its_own_share_from_the_ratings_read_once()
    {
        // Every organisation of the register, the committee first: one scope, so every call after the first of an
        // indicator and year reads the ratings the source kept, and each must still be its own subtree's share.
        var organizations = await factory.WithDbAsync(db => db.Set<PartyOrganization>().AsNoTracking().Select(o => new { o.Id, o.Path }).ToListAsync());
        var massRatings = await factory.WithDbAsync(db => db.Set<MassOrganizationRating>().AsNoTracking().Where(r => r.Year == 2020)
            .Select(r => new { r.LeadingOrganizationId, r.IsStrong }).ToListAsync());
        var civilRatings = await factory.WithDbAsync(db => db.Set<CivilServantRating>().AsNoTracking().Where(r => r.Year == 2020).ToListAsync());
        massRatings.ShouldNotBeEmpty();
        civilRatings.ShouldNotBeEmpty();

        using var scope = factory.Services.CreateScope();
        var rules = scope.ServiceProvider.GetRequiredService<RuleBook<CivilServantRatingRuleSet>>();
        var source = scope.ServiceProvider.GetServices<IInternalIndicatorSource>().OfType<RatingShareIndicatorSource>().Single();
        var pathOf = organizations.ToDictionary(o => o.Id, o => o.Path);
        static YearFigure? Share(int counted, int rated) => rated == 0 ? null : new YearFigure(decimal.Round(counted * 100m / rated, 2), 12);

        var strongShares = new List<YearFigure?>();
        var goodShares = new List<YearFigure?>();
        foreach (var organization in organizations.OrderBy(o => o.Path.Length))
        {
            bool InSubtree(Guid id) => pathOf.TryGetValue(id, out var path) && path.StartsWith(organization.Path, StringComparison.Ordinal);
            var mass = massRatings.Where(r => InSubtree(r.LeadingOrganizationId)).ToList();
            var civil = civilRatings.Where(r => InSubtree(r.OrganizationId)).ToList();
            var strong = Share(mass.Count(r => r.IsStrong), mass.Count);
            var good = Share(civil.Count(r => r.RuleSet(rules).IsGoodOrBetter(r.Level)), civil.Count);

            (await source.ComputeAsync(InternalIndicators.MassOrganizationsStrong, organization.Id, 2020, new DateOnly(2020, 12, 31), CancellationToken.None))
                .ShouldBe(strong, $"mass organisations strong under {organization.Path}");
            (await source.ComputeAsync(InternalIndicators.CivilServantsGoodOrBetter, organization.Id, 2020, new DateOnly(2020, 12, 31), CancellationToken.None))
                .ShouldBe(good, $"civil servants good or better under {organization.Path}");
            strongShares.Add(strong);
            goodShares.Add(good);
        }

        strongShares.Distinct().Count().ShouldBeGreaterThan(1, "the subtrees differ: one shared figure would give every organisation the same value");
        goodShares.Distinct().Count().ShouldBeGreaterThan(1, "the subtrees differ: one shared figure would give every organisation the same value");
    }

    [Fact]
    public async Task A_progress_report_reads_the_members_ratings_of_its_own_subtree_once_for_every_target_under_it()
    {
        // Two cells with a resolution and a members' rating target each, beside the seed's committee target of 2020.
        var resolutions = new Dictionary<Guid, Guid>();
        foreach (var cell in new[] { DemoData.Cell(1), DemoData.Cell(2) })
        {
            var resolution = await CreateResolutionAsync(cell);
            (await office.PostJsonAsync($"/api/v1/resolutions/{resolution.Id}/targets",
                new { indicator = "MEMBERS_GOOD_OR_BETTER_RATE", year = 2020, kind = "AT_LEAST", low = 90, text = "Từ 90% đảng viên hoàn thành tốt nhiệm vụ trở lên" }, resolution.ETag))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
            resolutions[cell] = resolution.Id;
        }

        var paths = await factory.WithDbAsync(db => db.Set<PartyOrganization>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Path));
        async Task<(Dictionary<Guid, decimal?> Values, List<string> Roots)> ReportAsync(Guid organizationId)
        {
            factory.Statements.Take();
            var report = await office.GetFromJsonAsync<JsonElement>($"/api/v1/targets/progress?organizationId={organizationId}&year=2020&asOf=2020-12-31");
            var reads = factory.Statements.TakeWithParameters()
                .Where(s => s.Sql.Contains("GROUP BY \"r\".\"CellId\", \"r\".\"Rated\", \"r\".\"DecidedLevel\"", StringComparison.Ordinal)).ToList();
            var values = report.GetProperty("targets").EnumerateArray()
                .Where(t => t.GetProperty("indicator").GetString() == "MEMBERS_GOOD_OR_BETTER_RATE")
                .ToDictionary(t => t.GetProperty("resolutionId").GetGuid(), t => t.GetProperty("value").ValueKind == JsonValueKind.Null ? null : (decimal?)t.GetProperty("value").GetDecimal());
            return (values, [.. reads.Select(r => r.Sql.Contains("\"Path\" LIKE", StringComparison.Ordinal) ? r.Parameters.Single(p => p.Name.Contains("rootPath", StringComparison.Ordinal)).Value?.ToString() ?? "?" : "(every cell)")]);
        }

        // The committee's report: one read, of the committee's cells, for its own target and the two cells' targets.
        var committee = await ReportAsync(DemoData.CommitteeId);
        committee.Values.Count.ShouldBeGreaterThanOrEqualTo(3, "the seed's committee target and the two cells' targets");
        committee.Values.Values.ShouldContain(v => v != null, "the seed's 2020 campaign is published: the committee's figure is known");
        committee.Roots.ShouldBe([paths[DemoData.CommitteeId] + "%"], "the members' ratings read once, for the cells under the report's organisation");

        // A cell's report: the cell's own lines only, and the same figure as the committee's report gave its target.
        var cell2 = await ReportAsync(DemoData.Cell(2));
        cell2.Roots.ShouldBe([paths[DemoData.Cell(2)] + "%"]);
        cell2.Values.Keys.ShouldBe([resolutions[DemoData.Cell(2)]]);
        cell2.Values[resolutions[DemoData.Cell(2)]].ShouldBe(committee.Values[resolutions[DemoData.Cell(2)]]);
        committee.Values[resolutions[DemoData.Cell(1)]].ShouldBe((await ReportAsync(DemoData.Cell(1))).Values[resolutions[DemoData.Cell(1)]]);
    }

    /// <summary>
    /// The year's admissions per cell (target progress) are counted from <c>IX_Members_AdmissionDate</c> alone: the index
    /// carries the member's cell (session 71), so no admitted member's row is looked up (1M: 18,758 lookups, 0.24 s).
    /// </summary>
    [Fact]
    public async Task The_admissions_per_cell_are_counted_from_the_admission_date_index_alone()
    {
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        factory.Statements.Take();
        (await office.GetAsync($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020&asOf=2020-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (sql, parameters) = factory.Statements.TakeWithParameters()
            .Single(s => s.Sql.Contains("\"AdmissionDecisionDate\" >=", StringComparison.Ordinal) && s.Sql.Contains("GROUP BY \"o\".\"Path\"", StringComparison.Ordinal));
        var plan = string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)));
        plan.ShouldContain("USING COVERING INDEX IX_Members_AdmissionDate", Case.Sensitive, plan);
    }

    [Fact]
    public async Task An_admission_after_the_as_of_day_is_not_counted_yet()
    {
        var early = await office.GetFromJsonAsync<JsonElement>($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020&asOf=2020-01-31");
        var full = await office.GetFromJsonAsync<JsonElement>($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020&asOf=2020-12-31");
        decimal Admitted(JsonElement report) => report.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("indicator").GetString() == "NEW_MEMBERS_ADMITTED" && t.GetProperty("resolutionNumber").GetString() == "NQ-2020/ĐU").GetProperty("value").GetDecimal();

        var januaryCount = await factory.WithDbAsync(db => db.Set<PartyMember>().CountAsync(m =>
            m.AdmissionDecisionDate >= new DateOnly(2020, 1, 1) && m.AdmissionDecisionDate <= new DateOnly(2020, 1, 31)));
        Admitted(early).ShouldBe(januaryCount);
        Admitted(full).ShouldBe(3);
    }

    /// <summary>
    /// ADR 0110: the statistics' count of the suspended among the lines listed as exempt or suspended finds those lines
    /// through their partial index (the 1M campaign was read whole: 0.24-0.46 s in the shell), for one campaign or several.
    /// </summary>
    [Fact]
    public async Task The_excused_lines_are_found_through_their_partial_index()
    {
        var plans = await factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            var campaignIds = await db.Set<Domain.Evaluation.Ratings.RatingCampaign>().Select(c => c.Id).ToListAsync();
            campaignIds.ShouldNotBeEmpty();
            var plans = new List<string>();
            foreach (var ids in new[] { campaignIds.Take(1).ToList(), campaignIds })
            {
                await using var command = Application.Evaluation.Statistics.MemberRatingFigures.ExcusedLines(db, ids).CreateDbCommand();
                var parameters = command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
                plans.Add(string.Join(" | ", await QueryPlans.ExplainAsync(db, command.CommandText, parameters)));
            }

            return plans;
        });
        plans.ShouldAllBe(p => p.Contains("USING COVERING INDEX IX_MemberRatings_Excused (CampaignId=?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_rating_statistics_and_target_progress_read_through_covering_indexes()
    {
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        factory.Statements.Take();
        (await office.GetAsync($"/api/v1/statistics/ratings?organizationId={DemoData.CommitteeId}&year=2020")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.GetAsync($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year=2020")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var statements = factory.Statements.TakeWithParameters();

        var plans = new List<(string Sql, string Plan)>();
        foreach (var (sql, parameters) in statements.Where(s => s.Sql.StartsWith("SELECT", StringComparison.Ordinal)
            && (s.Sql.Contains("FROM \"MemberRatings\"", StringComparison.Ordinal) || s.Sql.Contains("FROM \"RatingLineCounts\"", StringComparison.Ordinal)
                || s.Sql.Contains("INNER JOIN \"MemberStatusPeriods\"", StringComparison.Ordinal) || s.Sql.Contains("FROM \"MembershipCountChanges\"", StringComparison.Ordinal))))
        {
            plans.Add((sql, string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)))));
        }

        // The campaign's lines are never grouped (ADR 0110): the statistics and the targets' rating shares read the
        // lines' counts kept by the triggers, a campaign's rows through the counts' key.
        plans.ShouldNotContain(p => p.Sql.Contains("FROM \"MemberRatings\"", StringComparison.Ordinal) && p.Sql.Contains("GROUP BY", StringComparison.Ordinal));
        var counts = plans.Where(p => p.Sql.Contains("FROM \"RatingLineCounts\"", StringComparison.Ordinal)).ToList();
        counts.Count.ShouldBe(2, "the statistics' campaign counts and the targets' per-cell counts");
        counts.ShouldAllBe(p => !p.Plan.Contains("MemberRatings", StringComparison.Ordinal));
        counts.ShouldContain(p => p.Sql.Contains("GROUP BY \"r\".\"CellId\", \"r\".\"Rated\", \"r\".\"DecidedLevel\"", StringComparison.Ordinal));
        // The demo's few campaigns' counts are scanned (as cheap); with the counts of a national register (many
        // campaigns, ~20 rows each) both statements search the campaigns' rows by the counts' key.
        var national = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await db.Database.ExecuteSqlRawAsync("""
                    DELETE FROM sqlite_stat1 WHERE tbl = 'RatingLineCounts';
                    INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('RatingLineCounts', 'IX_RatingLineCounts_Figures', '2000000 20 5 3 3 2 2 1 1');
                    ANALYZE sqlite_schema;
                    """);
                var plans = new List<string>();
                foreach (var (sql, parameters) in statements.Where(s => s.Sql.Contains("FROM \"RatingLineCounts\"", StringComparison.Ordinal)))
                {
                    plans.Add(string.Join(" | ", await QueryPlans.ExplainAsync(db, sql, parameters)));
                }

                return plans;
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE \"RatingLineCounts\"");
                await db.Database.CloseConnectionAsync();
            }
        });
        national.ShouldNotBeEmpty();
        national.ShouldAllBe(p => p.Contains("SEARCH r USING INDEX IX_RatingLineCounts_Figures (CampaignId=?", StringComparison.Ordinal));

        // The review months from the dated counts (ADR 0061): each dimension through the key's range, never the day index
        // (which would read every dimension's changes after 1 January, future age bands included).
        var datedReviewMonths = plans.Where(p => p.Sql.Contains("'roster'", StringComparison.Ordinal) || p.Sql.Contains("'roster_open'", StringComparison.Ordinal)).ToList();
        datedReviewMonths.Count.ShouldBe(3, "the review months' two reads, and the dissemination's members expected (ADR 0091)");
        datedReviewMonths.ShouldAllBe(p => !p.Plan.Contains("SCAN m", StringComparison.Ordinal));
        var expectedOnTheDay = datedReviewMonths.Single(p => p.Sql.Contains("GROUP BY", StringComparison.Ordinal));
        expectedOnTheDay.Plan.Split("USING PRIMARY KEY").Length.ShouldBe(5, expectedOnTheDay.Plan);
        // Both arms of the roster and reviewed statement seek the key's B-tree (WITHOUT ROWID, ADR 0062: "PRIMARY KEY"), in
        // the main table and in the staged one (ADR 0082): four ranges.
        var keyed = datedReviewMonths.Single(p => p.Sql.Contains("'reviewed'", StringComparison.Ordinal));
        keyed.Sql.ShouldContain("UNION ALL");
        keyed.Sql.ShouldContain("FROM \"MembershipCountChangesStaged\"");
        keyed.Plan.Split("USING PRIMARY KEY").Length.ShouldBe(5, keyed.Plan);
        keyed.Plan.ShouldNotContain("IX_MembershipCountChanges_Day");

        // The same without the table's statistics (a database where ANALYZE never ran on it): with one OR instead of
        // two arms, SQLite then took the day index for the WITHOUT ROWID table.
        var (keyedSql, keyedParameters) = statements.Single(s => s.Sql == keyed.Sql);
        var unanalysed = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE tbl = 'MembershipCountChanges'; ANALYZE sqlite_schema;");
                return string.Join(" | ", await QueryPlans.ExplainAsync(db, keyedSql, keyedParameters));
            }
            finally
            {
                // The statistics back for the factory's other tests, whatever the explain did.
                await db.Database.ExecuteSqlRawAsync("ANALYZE \"MembershipCountChanges\"");
                await db.Database.CloseConnectionAsync();
            }
        });
        unanalysed.Split("USING PRIMARY KEY").Length.ShouldBe(5, unanalysed);
        unanalysed.ShouldNotContain("IX_MembershipCountChanges_Day");
    }

    [Fact]
    public async Task A_campaign_view_counts_its_lines_from_the_covering_index_without_a_sort()
    {
        // ADR 0069: the view's per-cell counts (levels and the three steps' dates) read IX_MemberRatings_CampaignSteps
        // alone, in its key order: no lookup of each rating's row, no temporary B-tree for the grouping.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        factory.Statements.Take();
        var view = await office.GetAsync($"/api/v1/rating-campaigns/{DemoRatings.CampaignId}");
        view.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (sql, parameters) = factory.Statements.TakeWithParameters()
            .Single(s => s.Sql.Contains("FROM \"MemberRatings\"", StringComparison.Ordinal) && s.Sql.Contains("\"m\".\"ProposedLevel\"", StringComparison.Ordinal) && s.Sql.Contains("GROUP BY", StringComparison.Ordinal));

        var plan = string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)));
        plan.ShouldContain("COVERING INDEX IX_MemberRatings_CampaignSteps", Case.Sensitive, plan);
        plan.ShouldNotContain("TEMP B-TREE", Case.Sensitive, plan);
    }

    [Fact]
    public async Task Statistics_as_of_a_past_date_seek_the_dated_counts_key_for_the_register_and_for_a_subtree()
    {
        // ADR 0070: the dated counts have no index but their key (OrganizationId, Dimension, Value, Day). The register's
        // rows and each cell of a subtree are one range of it; the day filter is checked on the rows read. Both come in the
        // grouping's order, no temporary B-tree: a subtree's changes are grouped by organisation too and its organisations'
        // sums added by the handler (ADR 0102; grouped by dimension and value alone, a 200-cell subtree of the 1M register
        // sorted its ~900k changes first: 1.1 s per request, 0.42-0.59 s without the sort).
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        // An administrator's default scope is the whole register (its own rows); the office's cell is a subtree.
        foreach (var (client, organization) in new[] { (factory.ClientAs("Admin", null), (Guid?)null), (office, DemoData.Cell(1)) })
        {
            factory.Statements.Take();
            var response = await client.GetAsync("/api/v1/statistics/membership?asOf=2020-12-31" + (organization is { } id ? $"&organizationId={id}" : string.Empty));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var (sql, parameters) = factory.Statements.TakeWithParameters()
                .Single(s => s.Sql.Contains("FROM \"MembershipCountChanges\"", StringComparison.Ordinal) && s.Sql.Contains("GROUP BY", StringComparison.Ordinal));

            var plan = string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)));
            // Each table grouped on its own (ADR 0082: the main and the staged changes, their sums added by the handler).
            plan.Split("USING PRIMARY KEY (OrganizationId=?)").Length.ShouldBe(3, plan);
            plan.ShouldNotContain("SCAN m", Case.Sensitive, plan);
            plan.ShouldNotContain("TEMP B-TREE", Case.Sensitive, plan);
        }
    }

    [Fact]
    public async Task The_root_committees_office_gets_the_register_wide_figures_from_the_register_wide_rows()
    {
        // Session 41: the office of the register's root (or anyone naming the root) covers every organisation. Its
        // statistics, today and as of a date, read the register-wide rows of the counts (no list of the subtree's
        // organisations, one range per cell) and equal an administrator's. At 1M members the list form took 73 s for
        // today's figures and 13-15 s for a past date's.
        var admin = factory.ClientAs("Admin", null);
        foreach (var asOf in new[] { string.Empty, "asOf=2020-12-31" })
        {
            var expected = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/statistics/membership?{asOf}");
            foreach (var url in new[] { $"/api/v1/statistics/membership?{asOf}", $"/api/v1/statistics/membership?organizationId={DemoData.CommitteeId}&{asOf}" })
            {
                factory.Statements.Take();
                var body = await office.GetFromJsonAsync<JsonElement>(url);
                var counts = factory.Statements.Take().Where(s => s.Contains("FROM \"MembershipCount", StringComparison.Ordinal)).ToList();

                foreach (var part in new[] { "asOf", "organizations", "members", "bodies", "massOrganizations" })
                {
                    body.GetProperty(part).GetRawText().ShouldBe(expected.GetProperty(part).GetRawText(), $"{url}: {part}");
                }

                body.GetProperty("members").GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
                counts.ShouldNotBeEmpty(url);
                counts.ShouldAllBe(sql => !sql.Contains("json_each", StringComparison.Ordinal), url);
            }
        }

        // A cell's office still reads its own rows.
        factory.Statements.Take();
        (await factory.ClientAs("CellSecretary", DemoData.Cell(1)).GetAsync("/api/v1/statistics/membership?asOf=2020-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Statements.Take().ShouldContain(sql => sql.Contains("FROM \"MembershipCountChanges\"", StringComparison.Ordinal) && sql.Contains("json_each", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_root_committees_office_lists_the_dues_bases_without_a_list_of_every_organisation()
    {
        // ADR 0071: the dues bases of the root's subtree (every organisation) read as an administrator's, unfiltered; at
        // 1M members the list form walked every member of the organisations (20 s against 0.08 s).
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(1));
        var members = await office.GetFromJsonAsync<JsonElement>($"/api/v1/members?organizationId={DemoData.Cell(1)}&pageSize=1");
        var memberId = members.GetProperty("items")[0].GetProperty("id").GetGuid();
        var recorded = await secretary.PostJsonAsync("/api/v1/dues/bases", new { memberId, category = "SALARIED", monthlyBasisAmount = 6_500_000, effectiveFrom = "2025-03-01" });
        recorded.StatusCode.ShouldBe(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());

        var expected = await factory.ClientAs("Admin", null).GetFromJsonAsync<JsonElement>("/api/v1/dues/bases?pageSize=100");
        foreach (var url in new[] { "/api/v1/dues/bases?pageSize=100", $"/api/v1/dues/bases?organizationId={DemoData.CommitteeId}&pageSize=100" })
        {
            factory.Statements.Take();
            var listed = await office.GetFromJsonAsync<JsonElement>(url);
            var statements = factory.Statements.Take().Where(sql => sql.Contains("FROM \"DuesBases\"", StringComparison.Ordinal)).ToList();
            listed.GetRawText().ShouldBe(expected.GetRawText(), url);
            listed.GetProperty("items").EnumerateArray().ShouldContain(b => b.GetProperty("memberId").GetGuid() == memberId);
            statements.ShouldNotBeEmpty(url);
            statements.ShouldAllBe(sql => !sql.Contains("json_each", StringComparison.Ordinal), url);
        }

        // A cell's secretary: its own cell's bases, filtered by its subtree.
        factory.Statements.Take();
        var own = await secretary.GetFromJsonAsync<JsonElement>("/api/v1/dues/bases?pageSize=100");
        own.GetProperty("items").EnumerateArray().ShouldContain(b => b.GetProperty("memberId").GetGuid() == memberId);
        factory.Statements.Take().ShouldContain(sql => sql.Contains("FROM \"DuesBases\"", StringComparison.Ordinal) && sql.Contains("json_each", StringComparison.Ordinal));
    }

    [Fact]
    public void The_admissions_per_cell_translate_on_SQL_Server()
    {
        using var db = SqlServerTranslation.Context();
        var sql = NewMembersAdmittedSource.AdmissionsPerCell(db, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)).ToQueryString();
        sql.ShouldContain("GROUP BY [o].[Path]");
        sql.ShouldContain("COUNT(*)");
    }

    private async Task<(Guid Id, string ETag)> CreateResolutionAsync(Guid organizationId)
    {
        var response = await office.PostAsJsonAsync("/api/v1/resolutions", new
        {
            organizationId,
            kind = "ACTION_PROGRAMME",
            header = new { number = $"{Guid.NewGuid().ToString("N")[..4]}-CTr/CB", issuedOn = "2020-01-06", issuer = "Chi bộ", title = "Chương trình công tác năm 2020", fromYear = 2020, toYear = 2020 },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.ReadAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }
}

/// <summary>
/// The review months' other form (ADR 0061: while a backfill of the dated counts is pending, or with
/// <c>Statistics:PreAggregated=false</c>): the cells' placements over the year joined to the members' status periods
/// through the covering index.
/// </summary>
public sealed class StatisticsReadPathWithoutCountsTests(StatisticsReadPathWithoutCountsTests.Factory factory) : IClassFixture<StatisticsReadPathWithoutCountsTests.Factory>
{
    public sealed class Factory() : RequestStatementCountingApiFactory(new Dictionary<string, string?> { ["Statistics:PreAggregated"] = "false" });

    /// <summary>
    /// Session 72 (ADR 0108): the regular meetings of a period, which the review months read for every cell of a subtree
    /// (the agenda's missing reviews, the rating statistics, a month's missing reviews), are found on the meetings'
    /// (organisation, day, kind) index alone; with the former (organisation, day) index SQLite looked up each meeting's row
    /// for its kind (48,000 rows for the 1M register's root).
    /// </summary>
    [Fact]
    public async Task The_review_months_find_the_regular_meetings_on_the_meetings_index_alone()
    {
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        factory.Statements.Take();
        (await office.GetAsync($"/api/v1/agenda?organizationId={DemoData.CommitteeId}&asOf=2020-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.GetAsync($"/api/v1/statistics/ratings?organizationId={DemoData.CommitteeId}&year=2020")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.GetAsync($"/api/v1/monthly-reviews/missing?organizationId={DemoData.CommitteeId}&year=2020&month=6")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var plans = new List<(string Sql, string Plan)>();
        foreach (var (sql, parameters) in factory.Statements.TakeWithParameters()
            .Where(s => s.Sql.Contains("FROM \"CellMeetings\"", StringComparison.Ordinal) && s.Sql.Contains("\"Kind\" = 'Regular'", StringComparison.Ordinal)))
        {
            plans.Add((sql, string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)))));
        }

        plans.Count.ShouldBeGreaterThanOrEqualTo(3, "the agenda's, the rating statistics' and the month's reads of the regular meetings");
        plans.ShouldAllBe(p => p.Plan.Contains("USING COVERING INDEX IX_CellMeetings_OrganizationId_HeldOn_Kind", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_review_months_intervals_read_the_status_periods_through_their_covering_index()
    {
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        factory.Statements.Take();
        (await office.GetAsync($"/api/v1/statistics/ratings?organizationId={DemoData.CommitteeId}&year=2020")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var plans = new List<(string Sql, string Plan)>();
        foreach (var (sql, parameters) in factory.Statements.TakeWithParameters()
            .Where(s => s.Sql.Contains("INNER JOIN \"MemberStatusPeriods\"", StringComparison.Ordinal) && s.Sql.Contains("FROM \"MemberPlacements\"", StringComparison.Ordinal)))
        {
            plans.Add((sql, string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)))));
        }

        plans.ShouldNotBeEmpty();
        plans.ShouldAllBe(p => p.Plan.Contains("COVERING INDEX IX_MemberStatusPeriods_MemberId_StartsOn_EndsOn_Status", StringComparison.Ordinal));
    }
}

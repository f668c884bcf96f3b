using System.Net;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Issue 12, session 68: today's statistics of a subtree that is not the whole register count its members per age and
/// seniority band from <c>IX_Members_Subtree_Dates</c> (organisation, status, birth date, seniority date), a range per
/// organisation of the subtree read from the index alone. Through the register-wide date indexes a subtree of 200 cells
/// (50k members) of the 1M bench register took 150-300 ms per band and 1.5 s per request; 3-10 ms per band and
/// 0.23-0.33 s with it. As of a past date, the subtree's dated counts are summed without a sort (ADR 0102). Planned with
/// the large register's statistics (<see cref="WalkingListApiFactory"/>).
/// </summary>
public sealed class SubtreeStatisticsPlanTests(WalkingListApiFactory factory) : IClassFixture<WalkingListApiFactory>
{
    [Fact]
    public async Task A_subtrees_band_counts_read_the_subtree_index_alone()
    {
        await factory.PlanAsALargeRegisterAsync();
        factory.Statements.Take();
        var response = await factory.ClientAs("Admin", null).GetAsync($"/api/v1/statistics/membership?organizationId={DemoData.Cell(1)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var bands = factory.Statements.TakeWithParameters()
            .Where(s => s.Sql.Contains("FROM \"Members\"", StringComparison.Ordinal)
                && (s.Sql.Contains("\"DateOfBirth\" >", StringComparison.Ordinal) || s.Sql.Contains("\"SeniorityCountedFrom\" >", StringComparison.Ordinal)))
            .ToList();
        bands.ShouldNotBeEmpty("today's statistics count the members of the partial band years");
        foreach (var (sql, parameters) in bands)
        {
            var plan = string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)));
            plan.ShouldContain("USING COVERING INDEX IX_Members_Subtree_Dates (OrganizationId=? AND Status=?", Case.Sensitive, sql);
        }
    }

    /// <summary>
    /// Session 69 (ADR 0102): a subtree's statistics as of a past date sum its organisations' dated count changes grouped by
    /// organisation, dimension and value, the key's own order, so the database sums while it reads each organisation's
    /// range. Grouped by dimension and value alone, SQLite sorted every change first (a temporary B-tree): 200 cells of the
    /// 1M register, ~900k changes, 1.1 s per request; 0.42-0.59 s grouped in the key's order.
    /// </summary>
    [Fact]
    public async Task A_subtrees_dated_counts_are_summed_in_the_keys_order_without_a_sort()
    {
        await factory.PlanAsALargeRegisterAsync();
        factory.Statements.Take();
        var response = await factory.ClientAs("Admin", null).GetAsync($"/api/v1/statistics/membership?organizationId={DemoData.Cell(1)}&asOf=2025-12-31");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var sums = factory.Statements.TakeWithParameters()
            .Where(s => s.Sql.Contains("FROM \"MembershipCountChanges\"", StringComparison.Ordinal) && s.Sql.Contains("GROUP BY", StringComparison.Ordinal))
            .ToList();
        sums.Count.ShouldBe(1, "the member breakdowns as of a past date are one grouped sum of the dated counts");
        var (sql, parameters) = sums[0];
        var plan = string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)));
        plan.ShouldContain("USING PRIMARY KEY (OrganizationId=?)", Case.Sensitive, sql);
        plan.ShouldNotContain("TEMP B-TREE", Case.Sensitive, sql);
    }
}

using System.Net;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Issue 12, session 68: today's statistics of a subtree that is not the whole register count its members per age and
/// seniority band from <c>IX_Members_Subtree_Dates</c> (organisation, status, birth date, seniority date), a range per
/// organisation of the subtree read from the index alone. Through the register-wide date indexes a subtree of 200 cells
/// (50k members) of the 1M bench register took 150-300 ms per band and 1.5 s per request; 3-10 ms per band and
/// 0.23-0.33 s with it. Planned with the large register's statistics (<see cref="WalkingListApiFactory"/>).
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
    /// Session 69: a subtree's members joined to their conditions in force are read from the same index alone (its last
    /// column is the member's identifier, migration <c>MemberSubtreeDatesIndexWithId</c>). Without it SQLite read every
    /// member's row for the identifier: 0.3 s of the 50k-member subtree's statistics today at 1M, with no condition at all.
    /// </summary>
    [Fact]
    public async Task A_subtrees_members_are_joined_to_their_conditions_from_the_subtree_index_alone()
    {
        await factory.PlanAsALargeRegisterAsync();
        factory.Statements.Take();
        var response = await factory.ClientAs("Admin", null).GetAsync($"/api/v1/statistics/membership?organizationId={DemoData.Cell(1)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var joins = factory.Statements.TakeWithParameters()
            .Where(s => s.Sql.Contains("FROM \"MemberConditions\"", StringComparison.Ordinal) && s.Sql.Contains("FROM \"Members\"", StringComparison.Ordinal))
            .ToList();
        joins.Count.ShouldBe(1, "today's statistics count the subtree's members' conditions in force in one statement");
        var (sql, parameters) = joins[0];
        var plan = string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, sql, parameters)));
        plan.ShouldContain("USING COVERING INDEX IX_Members_Subtree_Dates (OrganizationId=? AND Status=?)", Case.Sensitive, sql);
    }
}

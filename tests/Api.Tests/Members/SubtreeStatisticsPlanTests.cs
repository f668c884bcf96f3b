using System.Net;
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
        var bands = await PlansOfACellsStatisticsAsync(s => s.Contains("FROM \"Members\"", StringComparison.Ordinal)
            && (s.Contains("\"DateOfBirth\" >", StringComparison.Ordinal) || s.Contains("\"SeniorityCountedFrom\" >", StringComparison.Ordinal)));
        foreach (var (sql, plan) in bands)
        {
            plan.ShouldContain("USING COVERING INDEX IX_Members_Subtree_Dates (OrganizationId=? AND Status=?", Case.Sensitive, sql);
        }
    }

    /// <summary>
    /// Session 69: a subtree's members joined to their conditions in force are read from the same index alone (its last
    /// column is the member's identifier, migration <c>MemberIndexesCoverTheirFilters</c>). Without it SQLite read every
    /// member's row for the identifier: 0.3 s of the 50k-member subtree's statistics today at 1M, with no condition at all.
    /// </summary>
    [Fact]
    public async Task A_subtrees_members_are_joined_to_their_conditions_from_the_subtree_index_alone()
    {
        var (sql, plan) = (await PlansOfACellsStatisticsAsync(s => s.Contains("FROM \"MemberConditions\"", StringComparison.Ordinal) && s.Contains("FROM \"Members\"", StringComparison.Ordinal)))
            .ShouldHaveSingleItem("today's statistics count the subtree's members' conditions in force in one statement");
        plan.ShouldContain("USING COVERING INDEX IX_Members_Subtree_Dates (OrganizationId=? AND Status=?)", Case.Sensitive, sql);
    }

    /// <summary>The plans of the statements of a cell's statistics today (planned as in the 1M register) that <paramref name="reading"/> selects.</summary>
    private async Task<List<(string Sql, string Plan)>> PlansOfACellsStatisticsAsync(Func<string, bool> reading)
    {
        await factory.PlanAsALargeRegisterAsync();
        factory.Statements.Take();
        var response = await factory.ClientAs("Admin", null).GetAsync($"/api/v1/statistics/membership?organizationId={DemoData.Cell(1)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await factory.PlansAsync(reading);
    }
}

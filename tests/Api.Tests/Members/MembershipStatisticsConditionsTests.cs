using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Today's conditions (exemptions, reductions, suspensions) of the whole register are counted from the conditions in
/// force, each checked against its member (session 22: a correlated EXISTS instead of a join driven by every counted
/// member). They equal a count done here from every row, on both of today's paths (pre-aggregated and recount), and
/// the committee's figures, which are still counted by the join over its members.
/// </summary>
public sealed class MembershipStatisticsConditionsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Members = "/api/v1/members";

    [Fact]
    public async Task Conditions_of_the_whole_register_today_equal_a_count_of_the_conditions_in_force_among_counted_members()
    {
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(3));
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        async Task<string> Ok(HttpResponseMessage response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return response.Headers.ETag!.Tag;
        }

        // In force: two exemptions and a suspension. Ended: an exemption. Not counted: an exempted member removed since
        // (the condition left open, as in older rows).
        foreach (var name in new[] { "Lý Thị Miễn Một", "Lý Văn Miễn Hai" })
        {
            var id = await factory.AddMemberAsync(DemoData.Cell(3), name);
            await Ok(await secretary.PostJsonAsync($"{Members}/{id}/exemptions", new { kind = "EXEMPTION", ground = "AGE", startsOn = "2024-01-02", decisionNumber = "7-NQ/CB" }, "\"1\""));
        }

        var suspended = await factory.AddMemberAsync(DemoData.Cell(3), "Lý Văn Đình Chỉ");
        await Ok(await office.PostJsonAsync($"{Members}/{suspended}/suspensions", new { startsOn = "2024-06-15", decisionNumber = "5-QĐ/ĐU" }, "\"1\""));
        var ended = await factory.AddMemberAsync(DemoData.Cell(3), "Lý Văn Đã Hết");
        var tag = await Ok(await secretary.PostJsonAsync($"{Members}/{ended}/exemptions", new { kind = "EXEMPTION", ground = "OTHER", startsOn = "2024-03-01", endsOn = "2025-02-28" }, "\"1\""));
        await Ok(await secretary.PostJsonAsync($"{Members}/{ended}/exemptions/end", new { lastDay = "2024-06-30", decisionNumber = "9-NQ/CB" }, tag));
        var removed = await factory.AddMemberAsync(DemoData.Cell(3), "Lý Văn Đã Xóa");
        tag = await Ok(await secretary.PostJsonAsync($"{Members}/{removed}/exemptions", new { kind = "EXEMPTION", ground = "AGE", startsOn = "2024-01-02", decisionNumber = "8-NQ/CB" }, "\"1\""));
        await Ok(await office.PostJsonAsync(
            $"{Members}/{removed}/status-changes", new { status = "NAME_REMOVED", effectiveOn = "2025-01-10", decisionNumber = "4-QĐ/ĐU", leavingReason = "NO_DUES_OR_ACTIVITIES" }, tag));

        // Removal ends the member's conditions; rows written before that rule (or imported) may have stayed open.
        (await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE MemberConditions SET EndsOn = NULL WHERE MemberId = {removed}"))).ShouldBe(1);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var today = time.TodayInVietnam();

        // Today's figures are read from the current state (nothing dated after today), the path this test is about.
        (await db.MemberStatusPeriods.AnyAsync(p => p.StartsOn > today)).ShouldBeFalse();
        (await db.MemberPlacements.AnyAsync(p => p.StartsOn > today)).ShouldBeFalse();
        (await db.Set<MemberQualificationPeriod>().AnyAsync(p => p.StartsOn > today)).ShouldBeFalse();

        // The expected figures, from every row, in memory.
        var members = await db.Members.AsNoTracking().Select(m => new { m.Id, m.Status, m.OrganizationId }).ToDictionaryAsync(m => m.Id);
        var conditions = await db.Set<MemberCondition>().AsNoTracking().Select(c => new { c.MemberId, c.Kind, c.StartsOn, c.EndsOn }).ToListAsync();
        var inForce = conditions.Where(c => c.StartsOn <= today && (c.EndsOn == null || c.EndsOn >= today)).ToList();
        inForce.Count(c => !MembershipLabels.CountedStatuses.Contains(members[c.MemberId].Status)).ShouldBeGreaterThan(0, "a condition in force of a member no longer counted");
        conditions.Count.ShouldBeGreaterThan(inForce.Count, "a condition no longer in force");
        var expected = Enum.GetValues<MemberConditionKind>()
            .Select(k => (k, inForce.Count(c => c.Kind == k && MembershipLabels.CountedStatuses.Contains(members[c.MemberId].Status))))
            .ToList();
        expected.Single(e => e.k == MemberConditionKind.Exemption).Item2.ShouldBeGreaterThanOrEqualTo(2);
        expected.Single(e => e.k == MemberConditionKind.Suspension).Item2.ShouldBeGreaterThanOrEqualTo(1);
        var subtree = await new UnrestrictedScope(db).SubtreeAsync(DemoData.CommitteeId, CancellationToken.None);
        members.Values.ShouldAllBe(m => subtree!.Contains(m.OrganizationId), "every member is under the committee: its figures equal the register's");

        foreach (var preAggregated in new[] { true, false })
        {
            var handler = new GetMembershipStatisticsHandler(db, new UnrestrictedScope(db), time, new MembershipStatisticsOptions { PreAggregated = preAggregated });
            var register = await handler.Handle(new GetMembershipStatisticsQuery(null, null), CancellationToken.None);
            var committee = await handler.Handle(new GetMembershipStatisticsQuery(DemoData.CommitteeId, null), CancellationToken.None);
            register.AsOf.ShouldBe(today);
            register.Members.ByCondition.Select(c => c.Count).ShouldBe(expected.Select(e => e.Item2), $"register, pre-aggregated {preAggregated}");
            committee.Members.ByCondition.Select(c => c.Count).ShouldBe(expected.Select(e => e.Item2), $"committee, pre-aggregated {preAggregated}");
        }
    }
}

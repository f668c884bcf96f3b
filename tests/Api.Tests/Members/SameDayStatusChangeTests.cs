using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Reports;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Two status decisions taking effect on one day: the later replaces the earlier period (its row deleted), so no
/// zero-length status period is ever stored, and every reader of that day — the member's record, the dated counts of
/// the statistics, the statistical forms over a subtree (one statement) and over the whole register (sequential
/// passes, ADR 0087) — reads the later status. The readers' tie rule between a zero-length period and the period
/// starting the same day (MembersOnDay, <c>SeniorityRules.StatusOn</c>) then applies to no row the product writes: were the
/// earlier period kept as a zero-length row, the forms would count the member on the day and the dated counts would not.
/// </summary>
public sealed class SameDayStatusChangeTests(SameDayStatusChangeTests.Host factory) : IClassFixture<SameDayStatusChangeTests.Host>
{
    private const string Url = "/api/v1/members";

    [Fact]
    public async Task The_later_decision_of_a_day_replaces_the_earlier_and_every_reader_of_the_day_reads_it()
    {
        var office = factory.ClientAs(Roles.CommitteeOffice, DemoData.CommitteeId);
        var admin = factory.ClientAs(Roles.Admin, null);
        var cell = DemoData.Cell(2);
        var id = await factory.AddMemberAsync(cell, "Phan Văn Cùng Ngày", MemberStatus.Probationary, new DateOnly(2024, 3, 4), new DateOnly(1995, 6, 7));
        var day = new DateOnly(2025, 3, 4);

        // Recognised full from the end of the probation (2025-03-04), then expelled by a decision taking effect that day.
        (await office.PostJsonAsync($"{Url}/{id}/full-membership", new { recognizedOn = "2025-03-10", decisionNumber = "30-QĐ/ĐU" }, "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var periods = await factory.WithDbAsync(db => db.Set<MemberStatusPeriod>().AsNoTracking().Where(p => p.MemberId == id).OrderBy(p => p.StartsOn).ToListAsync());
        periods.Select(p => (p.Status, p.StartsOn)).ShouldBe([(MemberStatus.Probationary, new DateOnly(2024, 3, 4)), (MemberStatus.Full, day)]);

        async Task<(int Eve, int Day, int Morrow)> CountsAsync(string path, Guid? root)
        {
            async Task<int> OnAsync(DateOnly on)
            {
                var query = $"asOf={on:yyyy-MM-dd}" + (root is { } r ? $"&organizationId={r}" : string.Empty);
                if (path == "statistics")
                {
                    var statistics = await admin.GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?{query}", HttpExtensions.Json);
                    return statistics!.Members.Total;
                }

                var form = await admin.GetFromJsonAsync<StatisticalFormDto>($"/api/v1/reports/member-quality?{query}", HttpExtensions.Json);
                return form!.Rows[0].Values[0];
            }

            return (await OnAsync(day.AddDays(-1)), await OnAsync(day), await OnAsync(day.AddDays(1)));
        }

        var readers = new (string Path, Guid? Root)[] { ("statistics", cell), ("statistics", null), ("forms", cell), ("forms", DemoData.CommitteeId), ("forms", null) };
        var before = new Dictionary<(string, Guid?), (int Eve, int Day, int Morrow)>();
        foreach (var reader in readers)
        {
            before[reader] = await CountsAsync(reader.Path, reader.Root);
        }

        var expelled = await office.PostJsonAsync(
            $"{Url}/{id}/status-changes", new { status = "EXPELLED", effectiveOn = "2025-03-04", decisionNumber = "31-QĐ/ĐU", reason = "Vi phạm kỷ luật" }, "\"2\"");
        expelled.StatusCode.ShouldBe(HttpStatusCode.OK, await expelled.Content.ReadAsStringAsync());

        // The full period of one day is gone: no zero-length row.
        periods = await factory.WithDbAsync(db => db.Set<MemberStatusPeriod>().AsNoTracking().Where(p => p.MemberId == id).OrderBy(p => p.StartsOn).ToListAsync());
        periods.Select(p => (p.Status, p.StartsOn, p.EndsOn)).ShouldBe([(MemberStatus.Probationary, new DateOnly(2024, 3, 4), (DateOnly?)day), (MemberStatus.Expelled, day, null)]);
        var member = await factory.WithDbAsync(db => db.Set<PartyMember>().AsNoTracking().Include(m => m.StatusHistory).SingleAsync(m => m.Id == id));
        member.StatusOn(day).ShouldBe(MemberStatus.Expelled);
        member.StatusOn(day.AddDays(-1)).ShouldBe(MemberStatus.Probationary);

        // Every reader: the eve unchanged (counted, probationary), the day and after one fewer (expelled, not counted).
        foreach (var reader in readers)
        {
            var after = await CountsAsync(reader.Path, reader.Root);
            after.ShouldBe((before[reader].Eve, before[reader].Day - 1, before[reader].Morrow - 1), $"{reader.Path} {reader.Root}");
        }

        // The readers agree with each other on each day.
        var cellCounts = await CountsAsync("statistics", cell);
        (await CountsAsync("forms", cell)).ShouldBe(cellCounts);
    }

    public sealed class Host : ApiFactory;
}

using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Statistics;

/// <summary>
/// ADR 0061: the review months read from the dated counts (<c>roster</c>, <c>roster_open</c>, <c>reviewed</c> rows kept by
/// the save pipeline) equal the review months counted over the placement × status intervals and the month-by-month
/// rosters, after random changes through the API and the domain: monthly reviews recorded at the demo's 2020 meetings,
/// exemptions (open and dated, which excuse the member), moves between cells and transfers out dated in 2020. The table
/// itself equals the dated changes recomputed from every member's history, reviews and conditions.
/// </summary>
public sealed class ReviewMonthCountsApiTests(ReviewMonthCountsApiTests.Factory factory) : IClassFixture<ReviewMonthCountsApiTests.Factory>
{
    /// <summary>A database of its own: the test changes the demo's 2020 reviews and members.</summary>
    public sealed class Factory : ApiFactory;

    private const int Year = 2020;

    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private DateOnly Today => factory.Services.GetRequiredService<TimeProvider>().TodayInVietnam();

    private static string ETag(HttpResponseMessage response) => response.Headers.ETag!.Tag;

    [Fact]
    public async Task The_review_months_from_the_dated_counts_equal_the_intervals_and_the_rosters_after_random_changes()
    {
        var random = new Random(20261203);
        var done = new Dictionary<string, int>();
        var refused = new List<string>();
        void Count(string kind, bool ok, string? why = null)
        {
            if (ok)
            {
                done[kind] = done.GetValueOrDefault(kind) + 1;
            }
            else
            {
                refused.Add($"{kind}: {why}");
            }
        }

        for (var op = 0; op < 90; op++)
        {
            var cellNumber = random.Next(1, 4);
            var cell = DemoData.Cell(cellNumber);
            var secretary = factory.ClientAs("CellSecretary", cell);
            var month = random.Next(1, 13);
            var kind = random.Next(6);
            if (kind <= 2)
            {
                // A review at the cell's regular meeting of the month, for a member not yet reviewed.
                var missing = await secretary.AllItemsAsync($"/api/v1/monthly-reviews/missing?year={Year}&month={month}");
                var notReviewed = missing.SelectMany(c => c.GetProperty("notReviewed").EnumerateArray()).Select(m => m.GetProperty("memberId").GetGuid()).ToList();
                if (notReviewed.Count == 0)
                {
                    continue;
                }

                var response = await secretary.PostJsonAsync(
                    "/api/v1/monthly-reviews", new { meetingId = EvaluationDemoData.MeetingId(cellNumber, month), memberId = notReviewed[random.Next(notReviewed.Count)], level = "GOOD" });
                response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, await response.Content.ReadAsStringAsync());
                Count("review", response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                continue;
            }

            var members = await MembersOfAsync(cell);
            var memberId = members[random.Next(members.Count)];
            var day = new DateOnly(Year, month, random.Next(1, 29));
            if (kind == 3)
            {
                // An exemption from 2020 on: open (age) or dated (another reason, within the rule set's limit).
                var dated = random.Next(2) == 0;
                var body = dated
                    ? (object)new { kind = "EXEMPTION", ground = "OTHER", startsOn = day.ToString("yyyy-MM-dd"), endsOn = day.AddDays(random.Next(20, 200)).ToString("yyyy-MM-dd"), reason = "Đi học" }
                    : new { kind = "EXEMPTION", ground = "AGE", startsOn = day.ToString("yyyy-MM-dd"), decisionNumber = "7-NQ/CB", reason = "Tuổi cao" };
                var version = ETag(await office.GetAsync($"/api/v1/members/{memberId}"));
                var response = await secretary.PostJsonAsync($"/api/v1/members/{memberId}/exemptions", body, version);
                response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, await response.Content.ReadAsStringAsync());
                Count(dated ? "dated exemption" : "open exemption", response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                continue;
            }

            // A move to another demo cell or a transfer out, dated in 2020, through the aggregate and the save pipeline.
            var target = DemoData.Cell(random.Next(1, 4));
            var moved = await factory.WithDbAsync(async db =>
            {
                var member = await db.Set<PartyMember>().Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == memberId);
                try
                {
                    if (kind == 4 && target != cell)
                    {
                        member.MoveToCell(await db.Set<PartyOrganization>().SingleAsync(o => o.Id == target), day);
                    }
                    else
                    {
                        member.TransferOut(day, "05-QĐ/ĐU");
                    }

                    await db.SaveChangesAsync();
                    return true;
                }
                catch (Domain.Common.DomainRuleException)
                {
                    return false;
                }
            });
            Count(kind == 4 && target != cell ? "move" : "transfer", moved, "refused by the domain");
        }

        foreach (var kind in new[] { "review", "dated exemption", "open exemption", "move", "transfer" })
        {
            done.GetValueOrDefault(kind).ShouldBeGreaterThan(0, $"no {kind} succeeded; refusals: {string.Join(" | ", refused.Take(12))}");
        }

        // The table equals the dated changes recomputed from every member's history, reviews and conditions.
        var (stored, recount) = await factory.WithDbAsync(async db => (await DatedRowsAsync(db), await DatedCountsRecount.ExpectedRowsAsync(db)));
        stored.ShouldBe(recount);
        stored.Count(r => r.Contains($"/{MembershipCountChanges.Reviewed}/{Year}-", StringComparison.Ordinal)).ShouldBeGreaterThan(10);

        // The review months from the dated counts equal the intervals' and the month-by-month rosters'.
        foreach (var year in new[] { 2019, Year, 2021, Today.Year })
        {
            foreach (var root in new Guid?[] { null, DemoData.CommitteeId, DemoData.Cell(1), DemoData.Cell(2), DemoData.Cell(3) })
            {
                var (rosters, intervals, fromCounts) = await factory.WithDbAsync(async db =>
                {
                    var subtree = await ReviewMonthsReference.SubtreeAsync(db, root);
                    return (await ReviewMonthsReference.RostersAsync(db, subtree, year, Today), await db.CountForYearAsync(subtree, year, Today, CancellationToken.None),
                        await db.CountForYearAsync(subtree, year, Today, CancellationToken.None, fromDatedCounts: true));
                });

                static string Line(CellMonthReviewCount m) => $"{m.CellId} {m.Month} {m.RosterDate} {m.Expected} {m.Missing}";
                var reference = rosters.Select(m => $"{m.CellId} {m.Month} {m.RosterDate} {m.Expected.Count} {m.Missing.Count}").ToList();
                intervals.Select(Line).ToList().ShouldBe(reference, $"root {root}, {year}: intervals vs rosters");
                fromCounts.Select(Line).ToList().ShouldBe(reference, $"root {root}, {year}: dated counts vs rosters");
                if (year == Year)
                {
                    var expected = rosters.Sum(m => m.Expected.Count);
                    expected.ShouldBeGreaterThan(0);
                    rosters.Sum(m => m.Missing.Count).ShouldBeLessThan(expected, "some of the expected were reviewed");
                }
            }
        }

        // Over HTTP, the statistics' review section (read from the dated counts) is the rosters' sum.
        var statistics = await (await office.GetAsync($"/api/v1/statistics/ratings?year={Year}")).ReadAsync<JsonElement>();
        var all = await factory.WithDbAsync(async db =>
            await ReviewMonthsReference.RostersAsync(db, await ReviewMonthsReference.SubtreeAsync(db, DemoData.CommitteeId), Year, Today));
        var reviews = statistics.GetProperty("monthlyReviews");
        reviews.GetProperty("expected").GetInt32().ShouldBe(all.Sum(m => m.Expected.Count));
        reviews.GetProperty("missing").GetInt32().ShouldBe(all.Sum(m => m.Missing.Count));
    }

    private async Task<List<Guid>> MembersOfAsync(Guid cell)
    {
        var page = await (await office.GetAsync($"/api/v1/members?organizationId={cell}&pageSize=100")).ReadAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid())];
    }

    private static Task<List<string>> DatedRowsAsync(AppDbContext db) => DatedCountsRecount.StoredRowsAsync(db);
}

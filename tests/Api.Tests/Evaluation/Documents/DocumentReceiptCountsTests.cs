using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Documents;

/// <summary>
/// ADR 0093: the dated counts' <c>received</c> rows (the members expected in a cell on a day who received a document by
/// then) equal their recount from every member's history and receipts after each kind of write they depend on, over
/// HTTP: a meeting held with two documents and two members absent; the meeting changed (one document removed, another
/// member absent, the day moved); catch-ups of the absent members; a meeting without documents (touching nobody's rows);
/// deaths recorded late, before and after the meeting. After each step the document's coverage (committee and cell, on
/// several days) and the rating statistics' dissemination, both read from those rows, equal the roster and the receipts
/// read member by member.
/// </summary>
public sealed class DocumentReceiptCountsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    [Fact]
    public async Task The_received_counts_equal_the_recount_after_meetings_catch_ups_and_late_deaths()
    {
        await ShouldEqualTheRecountAsync("the demo data's meetings and documents", []);

        var created = await admin.PostJsonAsync("/api/v1/documents", new
        {
            organizationId = DemoData.CommitteeId, number = "21-NQ/ĐU", issuedOn = "2021-02-01", issuer = "Đảng ủy Sở", kind = "RESOLUTION", title = "Nghị quyết kiểm thử số lượng đã nhận",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var fresh = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var older = EvaluationDemoData.DocumentId(1);
        Guid[] documents = [fresh, older];

        // Members of cell 4 expected on the meeting's day whose status has not changed since 2020 (they can die later).
        var cell = DemoData.Cell(4);
        var heldOn = new DateOnly(2021, 4, 12);
        var roster = await factory.WithDbAsync(async db =>
        {
            var expected = (await db.RosterOnAsync([cell], heldOn, CancellationToken.None)).Where(r => r.IsExpected).Select(r => r.MemberId).ToList();
            var settled = await db.Set<MemberStatusPeriod>().Where(p => expected.Contains(p.MemberId)).GroupBy(p => p.MemberId)
                .Where(g => g.Max(p => p.StartsOn) < new DateOnly(2020, 1, 1)).Select(g => g.Key).ToListAsync();
            return expected.OrderBy(id => !settled.Contains(id)).ThenBy(id => id).ToList();
        });
        roster.Count.ShouldBeGreaterThan(8);
        object Body(string day, IEnumerable<Guid> absent, IEnumerable<Guid> disseminated) => new
        {
            organizationId = cell, heldOn = day, kind = "THEMATIC", agenda = "Sinh hoạt chuyên đề", chairMemberId = roster[^1], secretaryMemberId = roster[^2],
            attendance = roster.Select(m => new { memberId = m, status = absent.Contains(m) ? "ABSENT" : "PRESENT" }).ToArray(), documentIds = disseminated.ToArray(),
        };

        var held = await admin.PostJsonAsync("/api/v1/meetings", Body("2021-04-12", [roster[0], roster[1]], documents));
        held.StatusCode.ShouldBe(HttpStatusCode.Created, await held.Content.ReadAsStringAsync());
        var meeting = await held.ReadAsync<JsonElement>();
        var meetingId = meeting.GetProperty("id").GetGuid();
        await ShouldEqualTheRecountAsync("a meeting held with two documents", documents);

        var changed = await admin.PutJsonAsync($"/api/v1/meetings/{meetingId}", Body("2021-04-20", [roster[0], roster[2]], [fresh]), $"\"{meeting.GetProperty("version").GetInt64()}\"");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        await ShouldEqualTheRecountAsync("the meeting changed: a document removed, another member absent, the day moved", documents);

        foreach (var (member, day) in new[] { (roster[0], "2021-05-03"), (roster[2], "2021-06-15") })
        {
            var caughtUp = await admin.PostJsonAsync($"/api/v1/documents/{fresh}/catch-ups", new { memberId = member, receivedOn = day, note = "Học tập bù" });
            caughtUp.StatusCode.ShouldBe(HttpStatusCode.Created, await caughtUp.Content.ReadAsStringAsync());
        }

        await ShouldEqualTheRecountAsync("catch-ups of the absent members", documents);

        // A meeting without documents writes no received row.
        var rows = await factory.WithDbAsync(db => db.Set<MembershipCountChange>().CountAsync(c => c.Dimension == MembershipCountChanges.Received));
        var plain = await admin.PostJsonAsync("/api/v1/meetings", Body("2021-05-25", [], []));
        plain.StatusCode.ShouldBe(HttpStatusCode.Created, await plain.Content.ReadAsStringAsync());
        (await factory.WithDbAsync(db => db.Set<MembershipCountChange>().CountAsync(c => c.Dimension == MembershipCountChanges.Received))).ShouldBe(rows);

        // Deaths recorded late: a receiver dies before the meeting (never received it as a member), another after it.
        foreach (var (member, day) in new[] { (roster[3], "2021-03-01"), (roster[4], "2021-09-01") })
        {
            var version = await factory.WithDbAsync(db => db.Set<PartyMember>().Where(m => m.Id == member).Select(m => m.Version).SingleAsync());
            var died = await admin.PostJsonAsync(
                $"/api/v1/members/{member}/status-changes", new { status = "DECEASED", effectiveOn = day, decisionNumber = "01-TB/ĐU", reason = "Từ trần" }, $"\"{version}\"");
            died.StatusCode.ShouldBe(HttpStatusCode.OK, await died.Content.ReadAsStringAsync());
        }

        await ShouldEqualTheRecountAsync("deaths recorded late", documents);
    }

    private async Task ShouldEqualTheRecountAsync(string step, IReadOnlyList<Guid> documents)
    {
        var stored = await factory.WithDbAsync(db => DatedCountsRecount.StoredRowsAsync((AppDbContext)db));
        var recount = await factory.WithDbAsync(db => DatedCountsRecount.ExpectedRowsAsync((AppDbContext)db));
        stored.Except(recount).ShouldBeEmpty($"{step}: stored, not recounted");
        recount.Except(stored).ShouldBeEmpty($"{step}: recounted, not stored");
        stored.ShouldContain(r => r.Contains("/" + MembershipCountChanges.Received + "/", StringComparison.Ordinal), step);
        foreach (var documentId in documents)
        {
            foreach (var root in new[] { DemoData.CommitteeId, DemoData.Cell(4) })
            {
                foreach (var asOf in new[] { new DateOnly(2021, 4, 15), new DateOnly(2021, 4, 30), new DateOnly(2021, 6, 1), new DateOnly(2021, 12, 31) })
                {
                    await CoverageEquality.ShouldEqualTheRosterAsync(factory, admin, documentId, root, asOf);
                }
            }
        }

        if (documents.Count > 0)
        {
            var statistics = await (await admin.GetAsync($"/api/v1/statistics/ratings?year=2021&organizationId={DemoData.CommitteeId}")).ReadAsync<JsonElement>();
            var items = statistics.GetProperty("dissemination").GetProperty("items").EnumerateArray().ToList();
            items.ShouldNotBeEmpty(step);
            foreach (var item in items)
            {
                var documentId = item.GetProperty("documentId").GetGuid();
                var reference = await factory.WithDbAsync(db => CoverageReference.ReferenceAsync(db, documentId, DemoData.CommitteeId, new DateOnly(2021, 12, 31)));
                item.GetProperty("expected").GetInt32().ShouldBe(reference.Expected, $"{step}: {documentId}");
                item.GetProperty("received").GetInt32().ShouldBe(reference.Received, $"{step}: {documentId}");
                DisseminationCoverage.PercentDown(reference.Received, reference.Expected).ShouldBe(item.GetProperty("percent").GetDecimal(), step);
            }
        }
    }
}

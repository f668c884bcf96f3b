using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Evaluation.Statistics;
using PartyCommittee.Api.Tests.Indicators;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Members;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Application.Evaluation.Documents.GetCoverage;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Documents;

/// <summary>
/// A document's coverage counted in the database with a page of the members missing (ADR 0075) equals the roster read
/// member by member: after random catch-ups, for documents of the demo year and a new committee document, at several
/// roots and days, the totals, each cell's figures in name order, and every page of the missing members in Vietnamese
/// name order. Run twice: with the default settings the missing members are read and sorted (the demo register is
/// small), and with <c>Statistics:SortedListRowsAtMost=0</c> the large pages walk the register in name order.
/// </summary>
public sealed class CoverageEqualityTests(ApiFactory factory) : CoverageEquality(factory), IClassFixture<ApiFactory>;

/// <summary><see cref="CoverageEquality"/> with the walk of the register in name order taken wherever it is cheaper.</summary>
public sealed class CoverageWalkEqualityTests(SubtreeSearchApiFactory factory) : CoverageEquality(factory), IClassFixture<SubtreeSearchApiFactory>;

/// <summary>
/// <see cref="CoverageEquality"/> without the dated counts (<c>Statistics:PreAggregated=false</c>, as while their backfill is
/// pending): the members expected counted member by member (ADR 0075) rather than from the roster rows (ADR 0091).
/// </summary>
public sealed class CoverageRecountEqualityTests(StatisticsReadPathWithoutCountsTests.Factory factory)
    : CoverageEquality(factory), IClassFixture<StatisticsReadPathWithoutCountsTests.Factory>;

public abstract class CoverageEquality(ApiFactory factory)
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    [Fact]
    public async Task Coverage_and_every_page_of_the_missing_members_equal_the_roster_read_member_by_member()
    {
        var created = await admin.PostJsonAsync("/api/v1/documents", new
        {
            organizationId = DemoData.CommitteeId, number = "09-NQ/ĐU", issuedOn = "2020-01-02", issuer = "Đảng ủy Sở", kind = "RESOLUTION", title = "Nghị quyết kiểm thử phạm vi phổ biến",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var fresh = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var documents = new[] { EvaluationDemoData.DocumentId(1), EvaluationDemoData.DocumentId(5), EvaluationDemoData.DocumentId(7), fresh };

        // Random catch-ups: members expected in a cell on a random day of 2020 receive a document then.
        var random = new Random(20261205);
        await factory.WithDbAsync(async db =>
        {
            foreach (var documentId in documents)
            {
                var document = await db.Set<PartyDocument>().SingleAsync(d => d.Id == documentId);
                for (var i = 0; i < 12; i++)
                {
                    var day = new DateOnly(2020, 1 + random.Next(12), 1 + random.Next(28));
                    var cell = DemoData.Cell(1 + random.Next(3));
                    var roster = (await db.RosterOnAsync([cell], day, CancellationToken.None)).Where(r => r.IsExpected).ToList();
                    if (roster.Count == 0 || day < document.IssuedOn)
                    {
                        continue;
                    }

                    var member = roster[random.Next(roster.Count)].MemberId;
                    if ((await CoverageReference.ReceivedAsync(db, documentId, new DateOnly(2100, 1, 1))).Contains(member))
                    {
                        continue;
                    }

                    db.Add(DocumentCatchUp.Record(Guid.CreateVersion7(), document, member, cell, day, "bù", null));
                    await db.SaveChangesAsync();
                }
            }

            return true;
        });

        // A member present at a meeting of 2020 that disseminated a document is exempt from 15/11/2020: he received it but
        // is no longer expected at the year's end (the statistics below count only the receivers expected).
        await factory.WithDbAsync(async db =>
        {
            var receiver = await (from md in db.Set<MeetingDocument>()
                                  join m in db.Set<CellMeeting>() on md.MeetingId equals m.Id
                                  join a in db.Set<MeetingAttendance>() on m.Id equals a.MeetingId
                                  where m.HeldOn.Year == 2020 && m.HeldOn < new DateOnly(2020, 11, 15) && a.Status == AttendanceStatus.Present
                                  orderby a.MemberId
                                  select a.MemberId).FirstAsync();
            var member = await db.Set<PartyMember>().Include(m => m.Conditions).Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == receiver);
            var from = new DateOnly(2020, 11, 15);
            member.Exempt(MemberConditionKind.Exemption, ExemptionGround.Health, new DateRange(from, null), "15-NQ/CB", "Sức khỏe", from, MemberConditionRuleSet.Statutory);
            return await db.SaveChangesAsync();
        });

        // Besides four fixed days, the last days on which a cell's roster changed (someone began or stopped being
        // expected: the figures of the day itself, which ADR 0091 reads as the open roster less the changes after it).
        var changeDays = await factory.WithDbAsync(async db =>
            (await db.DatedCountChanges().Where(c => c.Dimension == MembershipCountChanges.Roster && c.Delta != 0).Select(c => c.Day).ToListAsync())
            .Distinct().OrderDescending().Take(3).ToList());
        changeDays.Count.ShouldBe(3);
        var days = new[] { new DateOnly(2020, 3, 31), new DateOnly(2020, 6, 30), new DateOnly(2020, 12, 31), new DateOnly(2024, 6, 1) }.Concat(changeDays).ToList();
        var compared = 0;
        foreach (var documentId in documents)
        {
            foreach (var root in new[] { DemoData.CommitteeId, DemoData.Cell(1), DemoData.Cell(3) })
            {
                foreach (var asOf in days)
                {
                    var (received, missing) = await ShouldEqualTheRosterAsync(factory, admin, documentId, root, asOf);
                    compared += received > 0 && missing > 0 ? 1 : 0;
                }
            }
        }

        compared.ShouldBeGreaterThan(5, "cases with members received and missing");

        // The rating statistics' dissemination of the year (the same rule: ADR 0091 reads its members expected from the
        // roster counts and tests each receipt's member) after the same catch-ups.
        var yearEnd = new DateOnly(2020, 12, 31);
        var statistics = await (await admin.GetAsync($"/api/v1/statistics/ratings?year=2020&organizationId={DemoData.CommitteeId}")).ReadAsync<JsonElement>();
        var disseminated = statistics.GetProperty("dissemination").GetProperty("items").EnumerateArray().ToList();
        disseminated.ShouldNotBeEmpty();
        foreach (var item in disseminated)
        {
            var documentId = item.GetProperty("documentId").GetGuid();
            var reference = await factory.WithDbAsync(db => CoverageReference.ReferenceAsync(db, documentId, DemoData.CommitteeId, yearEnd));
            item.GetProperty("expected").GetInt32().ShouldBe(reference.Expected, $"{documentId} in the statistics of 2020");
            item.GetProperty("received").GetInt32().ShouldBe(reference.Received, $"{documentId} in the statistics of 2020");
        }
        await (await admin.GetAsync($"/api/v1/documents/{fresh}/coverage?pageSize=101")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await admin.GetAsync($"/api/v1/documents/{fresh}/coverage?page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    /// <summary>
    /// The coverage of <paramref name="documentId"/> under <paramref name="root"/> on <paramref name="asOf"/>, with every
    /// page of its missing members, equals <see cref="CoverageReference"/>; returns how many received it and how many not.
    /// </summary>
    public static async Task<(int Received, int Missing)> ShouldEqualTheRosterAsync(ApiFactory factory, HttpClient client, Guid documentId, Guid root, DateOnly asOf)
    {
        var reference = await factory.WithDbAsync(db => CoverageReference.ReferenceAsync(db, documentId, root, asOf));
        var url = $"/api/v1/documents/{documentId}/coverage?organizationId={root}&asOf={asOf:yyyy-MM-dd}";
        var first = await (await client.GetAsync($"{url}&pageSize=7")).ReadAsync<JsonElement>();
        var where = $"{documentId} under {root} on {asOf}";
        var total = first.GetProperty("total");
        total.GetProperty("expected").GetInt32().ShouldBe(reference.Expected, where);
        total.GetProperty("received").GetInt32().ShouldBe(reference.Received, where);
        total.GetProperty("percent").GetDecimal().ShouldBe(DisseminationCoverage.PercentDown(reference.Received, reference.Expected), where);
        total.GetProperty("complete").GetBoolean().ShouldBe(reference.Received == reference.Expected, where);
        first.GetProperty("cells").EnumerateArray()
            .Select(c => $"{c.GetProperty("organizationId").GetGuid()} {c.GetProperty("expected").GetInt32()} {c.GetProperty("received").GetInt32()} {c.GetProperty("complete").GetBoolean()}")
            .ToList().ShouldBe(reference.Cells, where);

        var missing = new List<string>();
        for (var page = 1; ; page++)
        {
            var body = page == 1 ? first : await (await client.GetAsync($"{url}&pageSize=7&page={page}")).ReadAsync<JsonElement>();
            var list = body.GetProperty("missing");
            list.GetProperty("totalCount").GetInt32().ShouldBe(reference.Missing.Count, where);
            var items = list.GetProperty("items").EnumerateArray()
                .Select(m => $"{m.GetProperty("memberId").GetGuid()} {m.GetProperty("fullName").GetString()} {m.GetProperty("organizationId").GetGuid()}").ToList();
            missing.AddRange(items);
            if (items.Count < 7)
            {
                break;
            }
        }

        missing.ShouldBe(reference.Missing, where);
        return (reference.Received, reference.Missing.Count);
    }
}

/// <summary>The reference of the coverage: the former reading, the roster and the receivers read row by row.</summary>
internal static class CoverageReference
{

    /// <summary>Who received the document on or before <paramref name="asOf"/>, read row by row: present at a meeting that disseminated it, or caught up.</summary>
    internal static async Task<HashSet<Guid>> ReceivedAsync(IAppDbContext db, Guid documentId, DateOnly asOf)
    {
        var present = await (from md in db.Set<MeetingDocument>()
                             join m in db.Set<CellMeeting>() on md.MeetingId equals m.Id
                             join a in db.Set<MeetingAttendance>() on m.Id equals a.MeetingId
                             where md.DocumentId == documentId && m.HeldOn <= asOf && a.Status == AttendanceStatus.Present
                             select a.MemberId).ToListAsync();
        var caughtUp = await db.Set<DocumentCatchUp>().Where(c => c.DocumentId == documentId && c.ReceivedOn <= asOf).Select(c => c.MemberId).ToListAsync();
        return [.. present, .. caughtUp];
    }

    internal static async Task<(int Expected, int Received, List<string> Cells, List<string> Missing)> ReferenceAsync(IAppDbContext db, Guid documentId, Guid root, DateOnly asOf)
    {
        var subtree = (await ReviewMonthsReference.SubtreeAsync(db, root))!;
        var roster = (await db.RosterOnAsync(subtree, asOf, CancellationToken.None)).Where(r => r.IsExpected).ToList();
        var received = await ReceivedAsync(db, documentId, asOf);
        var organizations = await db.Set<PartyOrganization>().Where(o => subtree.Contains(o.Id)).ToDictionaryAsync(o => o.Id);
        var cells = roster.GroupBy(r => r.OrganizationId)
            .OrderBy(g => organizations[g.Key].NameFolded, StringComparer.Ordinal).ThenBy(g => organizations[g.Key].Name, StringComparer.Ordinal).ThenBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Count()} {g.Count(r => received.Contains(r.MemberId))} {g.All(r => received.Contains(r.MemberId))}")
            .ToList();
        var missingIds = roster.Where(r => !received.Contains(r.MemberId)).ToDictionary(r => r.MemberId, r => r.OrganizationId);
        var keys = missingIds.Keys.ToList();
        var names = await db.Set<PartyMember>().Where(m => keys.Contains(m.Id)).Select(m => new { m.Id, m.FullName, m.NameSortKey }).ToListAsync();
        var missing = names.OrderBy(m => m.NameSortKey, StringComparer.Ordinal).ThenBy(m => m.Id).Select(m => $"{m.Id} {m.FullName} {missingIds[m.Id]}").ToList();
        return (roster.Count, roster.Count(r => received.Contains(r.MemberId)), cells, missing);
    }
}

/// <summary>The coverage's statements as SQL Server gets them (no server runs here: translated only, ADR 0075).</summary>
public sealed class CoverageTranslationTests
{
    [Fact]
    public void The_coverage_statements_translate_on_SQL_Server_with_no_subquery_inside_an_aggregate()
    {
        using var db = SqlServerTranslation.Context();
        var queries = new CoverageQueries(db, [DemoData.CommitteeId, DemoData.Cell(1)], Guid.NewGuid(), new DateOnly(2025, 6, 30));
        var expected = queries.ExpectedPerCell().ToQueryString();
        var received = queries.ReceivedPerCell().ToQueryString();
        var fromReceipts = queries.ReceivedPerCellFromReceipts().ToQueryString();
        var rosterCounts = db.RosterCountRows([DemoData.Cell(1)], new DateOnly(2025, 6, 30)).ToQueryString();
        var sorted = queries.MissingSorted().Skip(40).TakeAsConstant(20).ToQueryString();
        var walk = queries.MissingByWalk().Skip(40).TakeAsConstant(20).ToQueryString();
        foreach (var sql in new[] { expected, received })
        {
            sql.ShouldContain("GROUP BY");
            sql.ShouldContain("COUNT(*)");
            sql.ShouldNotContain("COUNT(CASE", Case.Sensitive, "SQL Server refuses a subquery inside an aggregate");
        }

        foreach (var sql in new[] { received, fromReceipts })
        {
            sql.ShouldContain("[DocumentCatchUps]");
            sql.ShouldContain("[MeetingAttendances]");
        }

        fromReceipts.ShouldContain("GROUP BY");
        fromReceipts.ShouldContain("[m].[MemberId] IN (", Case.Sensitive, "the placements of the receivers");
        rosterCounts.ShouldContain("[MembershipCountChanges]");
        rosterCounts.ShouldContain("[MembershipCountChangesStaged]");
        rosterCounts.ShouldContain("UNION ALL");
        rosterCounts.ShouldContain("GROUP BY [m0].[OrganizationId]");
        foreach (var sql in new[] { sorted, walk })
        {
            sql.ShouldContain("[d].[ReceivedOn] <= @asOf) AND NOT EXISTS (", Case.Sensitive, "the missing: neither caught up nor present");
            sql.ShouldContain("FETCH NEXT 20 ROWS ONLY", Case.Sensitive, "the page size written into the statement");
        }

        walk.ShouldStartWith("DECLARE");
        walk.ShouldContain("FROM [Members]");
    }
}

/// <summary>
/// ADR 0091: a committee's document read every placement of its subtree twice (the members expected, then each tested for
/// receipt): at 1M members 8.5-13 s before any meeting. The expected figure is now the dated counts' roster rows, and
/// (ADR 0093) the received one their received rows of the document: no placement and no receipt is read for the figures,
/// each cell's rows a range of the dated counts' key. Checked with SQLite's own plans, with the large register's statistics.
/// </summary>
public sealed class CoveragePlanTests(WalkingListApiFactory factory) : IClassFixture<WalkingListApiFactory>
{
    [Fact]
    public async Task A_committee_document_reads_the_roster_and_received_counts_not_the_placements()
    {
        await factory.PlanAsALargeRegisterAsync();
        var admin = factory.ClientAs("Admin", null);
        var created = await admin.PostJsonAsync("/api/v1/documents", new
        {
            organizationId = DemoData.CommitteeId, number = "11-NQ/ĐU", issuedOn = "2020-01-02", issuer = "Đảng ủy Sở", kind = "RESOLUTION", title = "Nghị quyết chưa phổ biến",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var documentId = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        factory.Statements.Take();
        var response = await admin.GetAsync($"/api/v1/documents/{documentId}/coverage?organizationId={DemoData.CommitteeId}&asOf=2020-06-30");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var statements = factory.Statements.TakeWithParameters();
        statements.ShouldContain(s => s.Sql.Contains("'roster_open'", StringComparison.Ordinal), "the members expected from the dated counts");
        statements.ShouldNotContain(s => s.Sql.Contains("FROM \"MemberPlacements\"", StringComparison.Ordinal) && s.Sql.Contains("GROUP BY", StringComparison.Ordinal), "no placement counted");
        var received = statements.Single(s => s.Sql.Contains("'received'", StringComparison.Ordinal));
        received.Sql.ShouldContain("\"m\".\"Value\" = @value", Case.Sensitive, "one document's rows");
        received.Sql.ShouldNotContain("MeetingAttendances", Case.Sensitive, "no receipt read");
        var plan = string.Join(" | ", await factory.WithDbAsync(db => QueryPlans.ExplainAsync(db, received.Sql, received.Parameters)));
        plan.ShouldContain("(OrganizationId=? AND Dimension=? AND Value=? AND Day<?)", Case.Sensitive, plan);
        plan.ShouldNotContain("SCAN m ", Case.Sensitive, plan);
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Statistics;

/// <summary>
/// Issue 12 (modstats): the statistics sections rewritten as grouped SQL give the same figures as the implementation
/// they replace. The reference is the former implementation, kept here: entities and rows loaded and counted in memory
/// (the review months per month with <see cref="ReviewCoverage.ForMonthAsync"/>, the meetings' attendances with the
/// status periods, each document's receivers with <see cref="Documents.CoverageReference.ReceivedAsync"/>, the inspection
/// cases with all their parts). Compared over the demo data's evaluation and inspection year (2020) and its
/// neighbours, for the whole organisation and for one cell's subtree.
/// </summary>
public sealed class StatisticsEqualityApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<int> Years => [2019, 2020, 2021];

    private async Task<JsonElement> GetAsync(string role, Guid? organizationId, string url)
    {
        var response = await factory.ClientAs(role, organizationId).GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<JsonElement>();
    }

    private DateOnly Today => factory.Services.GetRequiredService<TimeProvider>().TodayInVietnam();

    [Theory]
    [MemberData(nameof(Years))]
    public async Task The_review_months_of_the_year_in_one_read_equal_the_month_by_month_rosters(int year)
    {
        foreach (var root in new Guid?[] { null, DemoData.CommitteeId, DemoData.Cell(1) })
        {
            var (reference, actual) = await factory.WithDbAsync(async db =>
            {
                var subtree = await ReviewMonthsReference.SubtreeAsync(db, root);
                var months = await ReviewMonthsReference.RostersAsync(db, subtree, year, Today);

                return (months, (Former: await db.FormerForYearAsync(subtree, year, Today, CancellationToken.None),
                    Counted: await db.CountForYearAsync(subtree, year, Today, CancellationToken.None),
                    FromDatedCounts: await db.CountForYearAsync(subtree, year, Today, CancellationToken.None, fromDatedCounts: true)));
            });

            static string Line(CellMonthReviews m) =>
                $"{m.CellId} {m.Month} {m.RosterDate} {m.RegularMeetingOn} [{string.Join(',', m.Expected.Order())}] [{string.Join(',', m.Missing.Order())}]";
            static string CountLine(CellMonthReviews m) => $"{m.CellId} {m.CellName} {m.Month} {m.RosterDate} {m.RegularMeetingOn} {m.Expected.Count} {m.Missing.Count}";
            actual.Former.Select(Line).ToList().ShouldBe(reference.Select(Line).ToList(), $"root {root}, {year}");
            actual.Counted.Select(m => $"{m.CellId} {m.CellName} {m.Month} {m.RosterDate} {m.RegularMeetingOn} {m.Expected} {m.Missing}").ToList()
                .ShouldBe(reference.Select(CountLine).ToList(), $"root {root}, {year} (counted over the grouped intervals)");
            actual.FromDatedCounts.Select(m => $"{m.CellId} {m.CellName} {m.Month} {m.RosterDate} {m.RegularMeetingOn} {m.Expected} {m.Missing}").ToList()
                .ShouldBe(reference.Select(CountLine).ToList(), $"root {root}, {year} (from the dated counts, ADR 0061)");
            if (year == 2020)
            {
                reference.Sum(m => m.Expected.Count).ShouldBeGreaterThan(0, "the demo year has members to review");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public async Task The_meetings_dissemination_and_review_sections_equal_the_in_memory_recount(int year)
    {
        var body = await GetAsync("Admin", null, $"/api/v1/statistics/ratings?year={year}");
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var asOf = last < Today ? last : Today;

        var expected = await factory.WithDbAsync(async db =>
        {
            var months = await ReviewMonthsReference.RostersAsync(db, null, year, Today);

            // Meetings: every attendance tested in memory against the members' status periods.
            var held = await db.Set<CellMeeting>().Where(m => m.HeldOn >= first && m.HeldOn <= last).Select(m => m.Kind).ToListAsync();

            // Dissemination: each document's receivers read one by one.
            var documentIds = await (from md in db.Set<MeetingDocument>()
                                     join m in db.Set<CellMeeting>() on md.MeetingId equals m.Id
                                     where m.HeldOn >= first && m.HeldOn <= last
                                     select md.DocumentId).Distinct().ToListAsync();
            var cells = await db.Set<PartyOrganization>().Where(o => o.Type == OrganizationType.PartyCell).Select(o => o.Id).ToListAsync();
            var roster = (await db.RosterOnAsync(cells, asOf, CancellationToken.None)).Where(r => r.IsExpected).Select(r => r.MemberId).ToList();
            var documents = new Dictionary<Guid, DisseminationCoverage>();
            foreach (var id in documentIds)
            {
                documents[id] = DisseminationCoverage.Of(roster, await Documents.CoverageReference.ReceivedAsync(db, id, asOf));
            }

            return (Months: months, Held: held, Documents: documents);
        });

        var meetings = body.GetProperty("meetings");
        meetings.GetProperty("cells").GetInt32().ShouldBe(expected.Months.Select(m => m.CellId).Distinct().Count());
        meetings.GetProperty("cellMonths").GetInt32().ShouldBe(expected.Months.Count);
        meetings.GetProperty("regularHeld").GetInt32().ShouldBe(expected.Months.Count(m => m.RegularMeetingOn is not null));
        meetings.GetProperty("extraordinary").GetInt32().ShouldBe(expected.Held.Count(k => k == MeetingKind.Extraordinary));
        meetings.GetProperty("thematic").GetInt32().ShouldBe(expected.Held.Count(k => k == MeetingKind.Thematic));
        var attendances = await MeetingAttendanceCountsReference.ReferenceAsync(factory, year);
        meetings.GetProperty("expectedAttendances").GetInt32().ShouldBe(attendances.Expected);
        meetings.GetProperty("present").GetInt32().ShouldBe(attendances.Present);

        var reviews = body.GetProperty("monthlyReviews");
        reviews.GetProperty("expected").GetInt32().ShouldBe(expected.Months.Sum(m => m.Expected.Count));
        reviews.GetProperty("missing").GetInt32().ShouldBe(expected.Months.Sum(m => m.Missing.Count));

        var items = body.GetProperty("dissemination").GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("documentId").GetGuid()).Order().ShouldBe(expected.Documents.Keys.Order());
        foreach (var item in items)
        {
            var coverage = expected.Documents[item.GetProperty("documentId").GetGuid()];
            item.GetProperty("expected").GetInt32().ShouldBe(coverage.Expected);
            item.GetProperty("received").GetInt32().ShouldBe(coverage.Received);
            item.GetProperty("percent").GetDecimal().ShouldBe(coverage.Percent);
            item.GetProperty("complete").GetBoolean().ShouldBe(coverage.Complete);
        }

        if (year == 2020)
        {
            expected.Months.Count.ShouldBeGreaterThan(0);
            (attendances.Expected + expected.Documents.Count).ShouldBeGreaterThan(0, "the demo year has meetings with attendance and documents");
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public async Task The_inspection_cases_section_counted_in_SQL_equals_the_count_over_the_cases_loaded_with_their_parts(int year)
    {
        var section = (await GetAsync("Admin", null, $"/api/v1/statistics/inspection?year={year}")).GetProperty("inspection");
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var asOf = Today < to ? Today : to;
        var cases = await factory.WithDbAsync(db => db.Set<InspectionCase>().AsNoTracking()
            .Include(c => c.Subjects).Include(c => c.Steps).Include(c => c.Findings).Include(c => c.Recommendations)
            .Where(c => c.DecidedOn >= from && c.DecidedOn <= to).ToListAsync());

        var concluded = cases.Where(c => c.DateOf(InspectionStep.Conclusion) <= asOf).ToList();
        var findings = concluded.SelectMany(c => c.Findings).ToList();
        var recommendations = concluded.SelectMany(c => c.Recommendations).ToList();
        int Count(string list, string code) => section.GetProperty(list).EnumerateArray().Where(x => x.GetProperty("code").GetString() == code).Sum(x => x.GetProperty("count").GetInt32());

        section.GetProperty("cases").GetInt32().ShouldBe(cases.Count);
        section.GetProperty("concluded").GetInt32().ShouldBe(concluded.Count);
        foreach (var kind in Enum.GetValues<InspectionKind>())
        {
            Count("byKind", WireFormat.Code(kind)).ShouldBe(cases.Count(c => c.Kind == kind));
        }

        section.GetProperty("byTopic").EnumerateArray().Select(x => $"{x.GetProperty("code").GetString()}={x.GetProperty("count").GetInt32()}").ToList()
            .ShouldBe([.. cases.GroupBy(c => c.TopicCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}")]);
        foreach (var type in Enum.GetValues<InspectionSubjectType>())
        {
            Count("subjectsByType", WireFormat.Code(type)).ShouldBe(cases.Sum(c => c.Subjects.Count(s => s.Type == type)));
        }

        section.GetProperty("findings").GetInt32().ShouldBe(findings.Count);
        section.GetProperty("violationsFound").GetInt32().ShouldBe(findings.Count(f => f.Violation));
        foreach (var severity in Enum.GetValues<FindingSeverity>())
        {
            Count("findingsBySeverity", WireFormat.Code(severity)).ShouldBe(findings.Count(f => f.Severity == severity));
        }

        section.GetProperty("lateSteps").GetInt32().ShouldBe(cases.Sum(c => c.Steps.Count(s => s.Late && s.On <= asOf)));
        var counts = section.GetProperty("recommendations");
        counts.GetProperty("total").GetInt32().ShouldBe(recommendations.Count);
        counts.GetProperty("done").GetInt32().ShouldBe(recommendations.Count(r => r.DoneOn is { } d && d <= asOf));
        counts.GetProperty("overdue").GetInt32().ShouldBe(recommendations.Count(r => !(r.DoneOn is { } d && d <= asOf) && asOf > r.DueOn));
        counts.GetProperty("open").GetInt32().ShouldBe(recommendations.Count(r => !(r.DoneOn is { } d && d <= asOf) && asOf <= r.DueOn));
        if (year == 2020)
        {
            (cases.Count + findings.Count).ShouldBeGreaterThan(0, "the demo inspection year has cases");
        }
    }
}

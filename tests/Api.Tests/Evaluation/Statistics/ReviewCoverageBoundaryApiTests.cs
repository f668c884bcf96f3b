using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Statistics;

/// <summary>
/// Issue 12 (ratingagg): the review months counted over the placement × status intervals grouped in SQL
/// (<see cref="ReviewCoverage.CountForYearAsync"/>) equal the former in-memory rosters (<see cref="FormerReviewCoverage"/>,
/// frozen in this project) and the month-by-month rosters (<see cref="ReviewCoverage.ForMonthAsync"/>) at the
/// boundaries of the intervals: placements starting or ending on the first or last day of a month (ends are exclusive),
/// a suspension across months (its end day included), a transfer in the middle of a month, members admitted in the year,
/// a probationary member becoming full, a member leaving (deceased) in the year, exempt members, a regular meeting
/// moving the roster day, and reviews of some months. The rows are inserted with raw SQL into cells 2 and 3 of the demo.
/// </summary>
public sealed class ReviewCoverageBoundaryApiTests(ReviewCoverageBoundaryApiTests.BoundaryFactory factory) : IClassFixture<ReviewCoverageBoundaryApiTests.BoundaryFactory>
{
    private const int Year = 2025;

    /// <summary>
    /// One member of the scenario: placements (cell number, from, exclusive end), status periods (status, from, exclusive
    /// end), conditions (kind, from, inclusive end) and the months of <see cref="Year"/> he was reviewed in.
    /// </summary>
    private sealed record Case(
        string Name,
        (int Cell, string From, string? To)[] Placements,
        (string Status, string From, string? To)[] Statuses,
        (string Kind, string From, string? To)[] Conditions,
        int[] Reviewed);

    private static readonly Case[] Cases =
    [
        new("placed on the first day of March", [(2, "2025-03-01", null)], [("Full", "2012-05-04", null)], [], [3, 4]),
        new("placed on the last day of September", [(2, "2025-09-30", null)], [("Full", "2012-05-04", null)], [], [9]),
        new("leaving the cell on the last day of April", [(2, "2015-01-01", "2025-04-30")], [("Full", "2012-05-04", null)], [], [1, 2, 3, 4]),
        new("leaving the cell on the first day of June", [(2, "2015-01-01", "2025-06-01")], [("Full", "2012-05-04", null)], [], [5]),
        new("placed after the March meeting", [(2, "2025-03-16", null)], [("Full", "2012-05-04", null)], [], []),
        new("placed on the day of the March meeting", [(2, "2025-03-15", null)], [("Full", "2012-05-04", null)], [], [3]),
        new("suspended from February to April", [(2, "2015-01-01", null)], [("Full", "2012-05-04", null)], [("Suspension", "2025-02-10", "2025-04-30")], [1, 5, 6]),
        new("suspended to the last day of March", [(2, "2015-01-01", null)], [("Full", "2012-05-04", null)], [("Suspension", "2025-03-01", "2025-03-31")], []),
        new("transferred mid-July", [(2, "2015-01-01", "2025-07-15"), (3, "2025-07-15", null)], [("Full", "2012-05-04", null)], [], [6, 7, 8]),
        new("admitted in June", [(3, "2025-06-20", null)], [("Probationary", "2025-06-20", null)], [], [7]),
        new("full from August", [(3, "2024-08-01", null)], [("Probationary", "2024-08-01", "2025-08-01"), ("Full", "2025-08-01", null)], [], [1, 2, 3, 8, 9, 10, 11, 12]),
        new("deceased in October", [(3, "2015-01-01", null)], [("Full", "2012-05-04", "2025-10-10"), ("Deceased", "2025-10-10", null)], [], [10]),
        new("exempt all year", [(3, "2015-01-01", null)], [("Full", "1990-05-04", null)], [("Exemption", "2020-01-01", null)], []),
        new("exempt until September", [(3, "2015-01-01", null)], [("Full", "1990-05-04", null)], [("Exemption", "2020-01-01", "2025-09-30")], [10, 11]),
        new("placed all year, reviewed each month", [(3, "2015-01-01", null)], [("Full", "2012-05-04", null)], [], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
        new("placed all year, never reviewed", [(3, "2015-01-01", null)], [("Full", "2012-05-04", null)], [], []),
        new("placed in the next year", [(3, "2026-01-01", null)], [("Full", "2012-05-04", null)], [], []),
        new("left the cell the year before", [(3, "2015-01-01", "2025-01-01")], [("Full", "2012-05-04", null)], [], []),
    ];

    private static string Id(int kind, int n) => $"0195A000-0000-7000-9980-{kind:000}{n:000000000}";

    /// <summary>An API host whose database holds the <see cref="Cases"/> and a regular meeting of cell 2 on 15 March 2025.</summary>
    public sealed class BoundaryFactory : IAsyncLifetime
    {
        private const string Now = "2026-01-05 08:00:00.0000000";

        public ApiFactory Factory { get; } = new();

        private static string Cell(int number) => DemoData.Cell(number).ToString().ToUpperInvariant();

        private static string Date(string? day) => day is null ? "NULL" : $"'{day}'";

        public async Task InitializeAsync()
        {
            var statements = new List<string>();
            for (var i = 0; i < Cases.Length; i++)
            {
                var c = Cases[i];
                var member = Id(1, i);
                var n = i.ToString("00000000", CultureInfo.InvariantCulture);
                statements.Add($"""
                    INSERT INTO Members (Id, FullName, FamilyName, MiddleName, GivenName, NameFolded, NameSortKey, Sex, DateOfBirth, PlaceOfBirth, HomeTown, EthnicityCode, Religion, CitizenId,
                        GeneralEducation, ProfessionalLevel, PoliticalTheoryLevel, Position, Phone, Email, Address, IsProvincialCommitteeMember, PartyCardNumber, RecordNumber,
                        AdmissionDecisionDate, AdmissionDecisionNumber, CeremonyDate, FullMembershipDate, OrganizationId, Status, Version, CreatedAt, UpdatedAt, AcademicTitle, SeniorityCountedFrom)
                    VALUES ('{member}', 'Trần Thị Bình', 'Trần', 'Thị', 'Bình', 'tran thi binh', 'binh tran thi', 'Female', '1985-01-01', 'Sóc Trăng', 'Sóc Trăng', '01', NULL,
                        '0986{n}', 'UpperSecondary', 'University', 'Intermediate', 'Chuyên viên', NULL, NULL, NULL, 0, '7776{n}', NULL,
                        '2012-05-01', NULL, '2012-05-04', '2013-05-04', '{Cell(c.Placements[^1].Cell)}', 'Full', 1, '{Now}', '{Now}', 'None', '2012-05-04')
                    """);
                for (var p = 0; p < c.Placements.Length; p++)
                {
                    var (cell, from, to) = c.Placements[p];
                    statements.Add($"INSERT INTO MemberPlacements (Id, MemberId, OrganizationId, StartsOn, EndsOn) VALUES ('{Id(2, (i * 10) + p)}', '{member}', '{Cell(cell)}', '{from}', {Date(to)})");
                }

                for (var s = 0; s < c.Statuses.Length; s++)
                {
                    var (status, from, to) = c.Statuses[s];
                    statements.Add($"INSERT INTO MemberStatusPeriods (Id, MemberId, Status, StartsOn, EndsOn, DecisionNumber, Reason) VALUES ('{Id(3, (i * 10) + s)}', '{member}', '{status}', '{from}', {Date(to)}, NULL, NULL)");
                }

                for (var k = 0; k < c.Conditions.Length; k++)
                {
                    var (kind, from, to) = c.Conditions[k];
                    statements.Add($"""
                        INSERT INTO MemberConditions (Id, MemberId, Kind, Ground, StartsOn, EndsOn, DecisionNumber, Reason, DecidedByOrganizationId, EndDecisionNumber)
                        VALUES ('{Id(4, (i * 10) + k)}', '{member}', '{kind}', NULL, '{from}', {Date(to)}, NULL, 'Kiểm tra biên', '{DemoData.CommitteeId.ToString().ToUpperInvariant()}', NULL)
                        """);
                }

                foreach (var month in c.Reviewed)
                {
                    statements.Add($"""
                        INSERT INTO MonthlyReviews (Id, OrganizationId, MemberId, MeetingId, ReviewedOn, Year, Month, Level, Comments, TemplateId, Version, CreatedAt, UpdatedAt)
                        SELECT '{Id(5, (i * 100) + month)}', '{Cell(c.Placements[^1].Cell)}', '{member}', (SELECT Id FROM CellMeetings ORDER BY Id LIMIT 1), '{Year}-{month:00}-20', {Year}, {month},
                            'Good', NULL, (SELECT Id FROM ReviewTemplates ORDER BY Id LIMIT 1), 1, '{Now}', '{Now}'
                        """);
                }
            }

            statements.Add($"""
                INSERT INTO CellMeetings (Id, OrganizationId, HeldOn, Kind, Agenda, ChairMemberId, SecretaryMemberId, Version, CreatedAt, UpdatedAt)
                VALUES ('{Id(6, 1)}', '{Cell(2)}', '{Year}-03-15', 'Regular', 'Sinh hoạt thường kỳ tháng 3', '{Id(1, 0)}', '{Id(1, 2)}', 1, '{Now}', '{Now}')
                """);
            await Factory.WithDbAsync(async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                foreach (var sql in statements)
                {
                    await db.Database.ExecuteSqlRawAsync(sql);
                }

                await transaction.CommitAsync();
                return 0;
            });

            // Raw rows bypass the save pipeline: the dated counts (ADR 0061's roster and reviewed rows) are rebuilt by their backfill.
            await Factory.WithDbAsync(async db =>
            {
                await db.Database.ExecuteSqlRawAsync(MembershipCountChangesBackfill.Sqlite);
                return await MembershipCountChangesBackfill.RunAsync(db, CancellationToken.None);
            });
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private DateOnly Today => factory.Factory.Services.GetRequiredService<TimeProvider>().TodayInVietnam();

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public async Task The_counted_review_months_equal_the_former_rosters_at_the_interval_boundaries(int year)
    {
        foreach (var root in new Guid?[] { null, DemoData.CommitteeId, DemoData.Cell(2), DemoData.Cell(3) })
        {
            var (monthByMonth, former, counted, fromDatedCounts) = await factory.Factory.WithDbAsync(async db =>
            {
                var subtree = await ReviewMonthsReference.SubtreeAsync(db, root);
                var months = await ReviewMonthsReference.RostersAsync(db, subtree, year, Today);

                return (months, await db.FormerForYearAsync(subtree, year, Today, CancellationToken.None), await db.CountForYearAsync(subtree, year, Today, CancellationToken.None),
                    await db.CountForYearAsync(subtree, year, Today, CancellationToken.None, fromDatedCounts: true));
            });

            static string Line(CellMonthReviews m) => $"{m.CellId} {m.CellName} {m.Month} {m.RosterDate} {m.RegularMeetingOn} {m.Expected.Count} {m.Missing.Count}";
            var actual = counted.Select(m => $"{m.CellId} {m.CellName} {m.Month} {m.RosterDate} {m.RegularMeetingOn} {m.Expected} {m.Missing}").ToList();
            actual.ShouldBe(former.Select(Line).ToList(), $"root {root}, {year}: counted vs the former in-memory rosters");
            actual.ShouldBe(monthByMonth.Select(Line).ToList(), $"root {root}, {year}: counted vs the month-by-month rosters");
            fromDatedCounts.Select(m => $"{m.CellId} {m.CellName} {m.Month} {m.RosterDate} {m.RegularMeetingOn} {m.Expected} {m.Missing}").ToList()
                .ShouldBe(actual, $"root {root}, {year}: from the dated counts (ADR 0061) vs counted over the intervals");
        }
    }

    /// <summary>
    /// The agenda's cell-meeting items (issue 12: now from <see cref="ReviewCoverage.CountForYearAsync"/>, the dated counts
    /// when complete) are those the former source built month by month from <see cref="ReviewCoverage.ForMonthAsync"/>:
    /// a cell without its regular meeting, a cell whose meeting left members unreviewed (with the counts in its label).
    /// </summary>
    [Theory]
    [InlineData("2025-12-31")]
    [InlineData("2025-06-15")]
    public async Task The_agendas_cell_meeting_items_are_the_month_by_month_rosters(string asOfText)
    {
        var asOf = DateOnly.ParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rules = factory.Factory.Services.GetRequiredService<RuleBook<CellMeetingRuleSet>>();
        var months = await factory.Factory.WithDbAsync(async db =>
            await ReviewMonthsReference.RostersAsync(db, await ReviewMonthsReference.SubtreeAsync(db, DemoData.CommitteeId), asOf.Year, asOf));
        var expected = months
            .Select(m => (Month: m, Due: new DateOnly(asOf.Year, m.Month, 1).AddMonths(1).AddDays(-1)))
            .Where(m => rules.TryInForceOn(m.Due) is not null && (m.Month.RegularMeetingOn is null || m.Month.Missing.Count > 0))
            .Select(m =>
            {
                var label = $"{m.Month.CellName} ({asOf.Year:0000}-{m.Month.Month:00})";
                return m.Month.RegularMeetingOn is null
                    ? $"REGULAR_MEETING {m.Month.CellId} {label} {m.Due:yyyy-MM-dd} {m.Due < asOf}"
                    : $"MONTHLY_REVIEWS {m.Month.CellId} {label}: {m.Month.Missing.Count}/{m.Month.Expected.Count} {m.Due:yyyy-MM-dd} {m.Due < asOf}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();
        expected.ShouldContain(e => e.StartsWith("MONTHLY_REVIEWS", StringComparison.Ordinal));
        expected.ShouldContain(e => e.StartsWith("REGULAR_MEETING", StringComparison.Ordinal));

        var admin = factory.Factory.ClientAs("Admin", null);
        var actual = new List<string>();
        for (var page = 1; ; page++)
        {
            var items = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/agenda?organizationId={DemoData.CommitteeId}&asOf={asOfText}&page={page}&pageSize=100", HttpExtensions.Json)).GetProperty("items");
            actual.AddRange(items.EnumerateArray()
                .Where(i => i.GetProperty("source").GetString() == "CELL_MEETINGS")
                .Select(i => $"{i.GetProperty("kind").GetString()} {i.GetProperty("organizationId").GetGuid()} {i.GetProperty("subject").GetProperty("name").GetString()} {i.GetProperty("dueDate").GetString()} {i.GetProperty("overdue").GetBoolean()}"));
            if (items.GetArrayLength() < 100)
            {
                break;
            }
        }

        actual.Order(StringComparer.Ordinal).ToList().ShouldBe(expected);
    }

    [Fact]
    public async Task The_boundary_members_are_on_the_roster_of_the_months_their_intervals_cover_on_the_roster_day()
    {
        var (former, counted) = await factory.Factory.WithDbAsync(async db =>
            (await db.FormerForYearAsync(null, Year, Today, CancellationToken.None), await db.CountForYearAsync(null, Year, Today, CancellationToken.None)));
        var ours = Enumerable.Range(0, Cases.Length).ToDictionary(i => Guid.Parse(Id(1, i)), i => Cases[i].Name);

        // Member by member (from the former rosters, whose counts the counted months equal): who is expected in which month.
        string MonthsOf(string name) => string.Join(',', former.Where(m => m.Expected.Any(e => ours.GetValueOrDefault(e) == name)).Select(m => m.Month));
        string MissingIn(string name) => string.Join(',', former.Where(m => m.Missing.Any(e => ours.GetValueOrDefault(e) == name)).Select(m => m.Month));
        MonthsOf("placed on the first day of March").ShouldBe("3,4,5,6,7,8,9,10,11,12");
        MissingIn("placed on the first day of March").ShouldBe("5,6,7,8,9,10,11,12");
        MonthsOf("placed on the last day of September").ShouldBe("9,10,11,12");
        MonthsOf("leaving the cell on the last day of April").ShouldBe("1,2,3", "the end is exclusive: not in the cell on 30 April");
        MonthsOf("leaving the cell on the first day of June").ShouldBe("1,2,3,4,5");
        MonthsOf("placed after the March meeting").ShouldBe("4,5,6,7,8,9,10,11,12", "March's roster day is its regular meeting, 15 March");
        MonthsOf("placed on the day of the March meeting").ShouldBe("3,4,5,6,7,8,9,10,11,12");
        MonthsOf("suspended from February to April").ShouldBe("1,5,6,7,8,9,10,11,12", "the suspension's end day (30 April) is included");
        MonthsOf("suspended to the last day of March").ShouldBe("1,2,4,5,6,7,8,9,10,11,12");
        MonthsOf("transferred mid-July").ShouldBe("1,2,3,4,5,6,7,8,9,10,11,12", "one cell a month: cell 2 until June, cell 3 from July");
        former.Single(m => m.Month == 7 && m.Expected.Any(e => ours.GetValueOrDefault(e) == "transferred mid-July")).CellId.ShouldBe(DemoData.Cell(3));
        MonthsOf("admitted in June").ShouldBe("6,7,8,9,10,11,12");
        MonthsOf("full from August").ShouldBe("1,2,3,4,5,6,7,8,9,10,11,12");
        MonthsOf("deceased in October").ShouldBe("1,2,3,4,5,6,7,8,9");
        MonthsOf("exempt all year").ShouldBeEmpty();
        MonthsOf("exempt until September").ShouldBe("10,11,12", "the exemption's end day (30 September) is included");
        MissingIn("exempt until September").ShouldBe("12");
        MissingIn("placed all year, reviewed each month").ShouldBeEmpty();
        MissingIn("placed all year, never reviewed").ShouldBe("1,2,3,4,5,6,7,8,9,10,11,12");
        MonthsOf("placed in the next year").ShouldBeEmpty();
        MonthsOf("left the cell the year before").ShouldBeEmpty();

        counted.Sum(m => m.Expected).ShouldBe(former.Sum(m => m.Expected.Count));
        counted.Sum(m => m.Missing).ShouldBe(former.Sum(m => m.Missing.Count));
        counted.Single(m => m.CellId == DemoData.Cell(2) && m.Month == 3).RosterDate.ShouldBe(new DateOnly(Year, 3, 15));
    }

    [Fact]
    public async Task The_statistics_review_section_counts_the_boundary_members()
    {
        var response = await factory.Factory.ClientAs("Admin", null).GetAsync($"/api/v1/statistics/ratings?year={Year}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var reviews = (await response.ReadAsync<JsonElement>()).GetProperty("monthlyReviews");
        var former = await factory.Factory.WithDbAsync(db => db.FormerForYearAsync(null, Year, Today, CancellationToken.None));
        reviews.GetProperty("expected").GetInt32().ShouldBe(former.Sum(m => m.Expected.Count));
        reviews.GetProperty("missing").GetInt32().ShouldBe(former.Sum(m => m.Missing.Count));
        reviews.GetProperty("expected").GetInt32().ShouldBeGreaterThan(reviews.GetProperty("missing").GetInt32());
    }

    [Fact]
    public void The_grouped_intervals_translate_on_SQL_Server()
    {
        using var db = SqlServerTranslation.Context();
        var sql = ReviewCoverage.RosterIntervals(db, [DemoData.Cell(2)], Year, new DateOnly(Year, 12, 31)).ToQueryString();
        sql.ShouldContain("GROUP BY");
        sql.ShouldContain("OPENJSON");
        sql.ShouldContain("'2025-01-01'");
    }
}

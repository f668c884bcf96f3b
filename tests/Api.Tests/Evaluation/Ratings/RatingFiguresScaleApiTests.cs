using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>
/// Issues 10/11/12 (benchmark): a subtree with more members than SQLite's 32,766 parameters. The rating statistics and
/// the target progress answer 200 with the right figures: no query sends one parameter per member (the members'
/// identifiers travel as one JSON parameter, the progress reads per-cell figures aggregated in SQL once per request).
/// The rows are inserted with raw SQL (one INSERT … WITH RECURSIVE each) into a published 2025 campaign of the committee.
/// </summary>
public sealed class RatingFiguresScaleApiTests(RatingFiguresScaleApiTests.ScaleFactory factory) : IClassFixture<RatingFiguresScaleApiTests.ScaleFactory>
{
    /// <summary>Members inserted: more than SQLite's default limit of 32,766 host parameters.</summary>
    public const int Members = 33_000;

    private const int Year = 2025;

    /// <summary>An API host whose database holds <see cref="Members"/> more members in cell 1, rated in 2025.</summary>
    public sealed class ScaleFactory : IAsyncLifetime
    {
        private static readonly string Cell = DemoData.Cell(1).ToString().ToUpperInvariant();
        private static readonly string Cell2 = DemoData.Cell(2).ToString().ToUpperInvariant();
        private static readonly string Committee = DemoData.CommitteeId.ToString().ToUpperInvariant();
        internal const string Campaign = "0195A000-0000-7000-9990-000000000001";
        private const string Now = "2026-01-05 08:00:00.0000000";

        public ApiFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var n = Members.ToString(CultureInfo.InvariantCulture);
            var series = $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) ";
            string[] statements =
            [
                series + $"""
                INSERT INTO Members (Id, FullName, FamilyName, MiddleName, GivenName, NameFolded, NameSortKey, Sex, DateOfBirth, PlaceOfBirth, HomeTown, EthnicityCode, Religion, CitizenId,
                    GeneralEducation, ProfessionalLevel, PoliticalTheoryLevel, Position, Phone, Email, Address, IsProvincialCommitteeMember, PartyCardNumber, RecordNumber,
                    AdmissionDecisionDate, AdmissionDecisionNumber, CeremonyDate, FullMembershipDate, OrganizationId, Status, Version, CreatedAt, UpdatedAt, AcademicTitle, SeniorityCountedFrom)
                SELECT printf('0195A000-0000-7000-9999-%012d', i), 'Nguyễn Văn An', 'Nguyễn', 'Văn', 'An', 'nguyen van an', 'an nguyen van', 'Male', '1980-01-01', 'Sóc Trăng', 'Sóc Trăng', '01', NULL,
                    printf('0987%08d', i), 'UpperSecondary', 'University', 'Intermediate', 'Chuyên viên', NULL, NULL, NULL, 0, printf('7777%08d', i), NULL,
                    '2010-01-01', NULL, '2010-01-15', '2011-01-25', '{Cell}', 'Full', 1, '{Now}', '{Now}', 'None', '2010-01-01' FROM n
                """,
                series + $"INSERT INTO MemberStatusPeriods (Id, MemberId, Status, StartsOn, EndsOn, DecisionNumber, Reason) SELECT printf('0195A000-0000-7000-9998-%012d', i), printf('0195A000-0000-7000-9999-%012d', i), 'Full', '2011-01-25', NULL, NULL, NULL FROM n",
                series + $"INSERT INTO MemberPlacements (Id, MemberId, OrganizationId, StartsOn, EndsOn) SELECT printf('0195A000-0000-7000-9997-%012d', i), printf('0195A000-0000-7000-9999-%012d', i), '{Cell}', '2010-01-15', NULL FROM n",
                $"INSERT INTO RatingCampaigns (Id, OrganizationId, Year, RuleSetCode, Step, Version, CreatedAt, UpdatedAt) VALUES ('{Campaign}', '{Committee}', {Year}, 'QD366-2025', 'Published', 1, '{Now}', '{Now}')",
                $"""
                INSERT INTO RatingCampaignSteps (Id, CampaignId, Step, DueOn, ReachedOn, WorkingDaysLate)
                SELECT printf('0195A000-0000-7000-9991-%012d', s.k), '{Campaign}', s.Step, s."On", s."On", 0
                FROM (SELECT 1 AS k, 'Open' AS Step, '{Year}-11-17' AS "On" UNION ALL SELECT 2, 'SelfAssessment', '{Year}-11-28' UNION ALL SELECT 3, 'CellReview', '{Year}-12-05'
                      UNION ALL SELECT 4, 'CommitteeAppraisal', '{Year}-12-12' UNION ALL SELECT 5, 'Decision', '{Year}-12-19' UNION ALL SELECT 6, 'Published', '{Year}-12-26') s
                """,
                series + $"""
                INSERT INTO MemberRatings (Id, CampaignId, MemberId, CellId, Rated, NotRatedReason, Arrangement, OtherOrganization, OtherOrganizationComments, TaskGroup,
                    SelfLevel, SelfScore, SelfComments, SelfAssessedOn, ProposedLevel, ProposedScore, ProposalComments, ProposedOn,
                    ConcludedDegraded, UnderHalfTargets, SickLeaveMonths, CapCodes, DecidedLevel, DecidedScore, DecidedOn, Version, CreatedAt, UpdatedAt, ProposedPoints, SelfPoints)
                SELECT printf('0195A000-0000-7000-9996-%012d', i), '{Campaign}', printf('0195A000-0000-7000-9999-%012d', i), CASE WHEN i % 10 = 0 THEN '{Cell2}' ELSE '{Cell}' END,
                    r.Rated, CASE WHEN r.Rated THEN NULL ELSE 'AdmittedUnderSixMonths' END, 'Regular', NULL, NULL, NULL,
                    r.Level, NULL, NULL, CASE WHEN r.Rated THEN '{Year}-11-26' END, r.Level, NULL, NULL, CASE WHEN r.Rated THEN '{Year}-12-04' END,
                    0, 0, 0, NULL, r.Level, NULL, CASE WHEN r.Rated THEN '{Year}-12-19' END, 1, '{Now}', '{Now}', NULL, NULL
                FROM (SELECT i, i % 1000 <> 7 AS Rated,
                             CASE WHEN i % 1000 = 7 THEN NULL WHEN i % 100 < 12 THEN 'Excellent' WHEN i % 100 < 75 THEN 'Good' WHEN i % 100 < 97 THEN 'Completed' ELSE 'NotCompleted' END AS Level
                      FROM n) r
                """,
                $"INSERT INTO RatingCorrections (Id, RatingId, CorrectedOn, FromLevel, ToLevel, ToScore, Reason) SELECT printf('0195A000-0000-7000-9995-%s', substr(Id, 25)), Id, '{Year}-12-23', 'Good', 'Completed', NULL, 'Kết luận kiểm tra sau xếp loại' FROM MemberRatings WHERE CampaignId = '{Campaign}' AND CAST(substr(Id, 25) AS INTEGER) % 500 = 50",
                $"""
                INSERT INTO Resolutions (Id, OrganizationId, Kind, Number, IssuedOn, Issuer, Title, FromYear, ToYear, Version, CreatedAt, UpdatedAt)
                VALUES ('0195A000-0000-7000-9994-000000000001', '{Committee}', 'Resolution', '01-NQ/SCALE', '{Year}-01-15', 'Đại hội', 'Nghị quyết năm {Year}', {Year}, {Year}, 1, '{Now}', '{Now}'),
                       ('0195A000-0000-7000-9994-000000000002', '{Cell2}', 'Resolution', '02-NQ/SCALE', '{Year}-01-16', 'Hội nghị chi bộ', 'Nghị quyết năm {Year}', {Year}, {Year}, 1, '{Now}', '{Now}')
                """,
                $"""
                INSERT INTO ResolutionTargets (Id, ResolutionId, IndicatorCode, UnitCode, Disaggregation, Year, Kind, Low, High, Exclusive, Text)
                SELECT printf('0195A000-0000-7000-9993-%s%d', substr(r.Id, 26, 11), t.k), r.Id, t.Code, NULL, 'total', {Year}, 'AtLeast', t.Low, NULL, 0, t.Text
                FROM Resolutions r CROSS JOIN (SELECT 1 AS k, 'MEMBERS_GOOD_OR_BETTER_RATE' AS Code, '80.0' AS Low, 'Từ 80% đảng viên hoàn thành tốt nhiệm vụ trở lên' AS Text
                                              UNION ALL SELECT 2, 'MEMBERS_EXCELLENT_RATE', '10.0', 'Trong đó 10% hoàn thành xuất sắc nhiệm vụ') t
                WHERE r.Number LIKE '%-NQ/SCALE'
                """,
            ];
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
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    /// <summary>
    /// The figures the inserted rows give, counted here one by one (cell 2 rates every tenth member); with
    /// <paramref name="corrected"/> false, the levels as stored (the corrections inserted beside them not applied: what
    /// the campaign's own view counts).
    /// </summary>
    private static (int Listed, int Rated, int GoodOrBetter, int Excellent) Expected(bool onlyCell2, bool corrected = true, bool onlyCell1 = false)
    {
        int listed = 0, rated = 0, good = 0, excellent = 0;
        for (var i = 1; i <= Members; i++)
        {
            if ((onlyCell2 && i % 10 != 0) || (onlyCell1 && i % 10 == 0))
            {
                continue;
            }

            listed++;
            if (i % 1000 == 7)
            {
                continue;
            }

            rated++;
            var lowered = corrected && i % 500 == 50;
            if (i % 100 < 12)
            {
                excellent++;
                good++;
            }
            else if (i % 100 < 75 && !lowered)
            {
                good++;
            }
        }

        return (listed, rated, good, excellent);
    }

    private static decimal Percent(int part, int whole) => decimal.Round(part * 100m / whole, 2);

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await factory.Factory.ClientAs("CommitteeOffice", DemoData.CommitteeId).GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<JsonElement>();
    }

    [Fact]
    public async Task The_rating_statistics_of_a_subtree_larger_than_the_parameter_limit_answer_with_every_member_counted()
    {
        var expected = Expected(onlyCell2: false);
        expected.Listed.ShouldBeGreaterThan(32_766);

        var ratings = (await GetAsync($"/api/v1/statistics/ratings?organizationId={DemoData.CommitteeId}&year={Year}")).GetProperty("ratings");

        ratings.GetProperty("listed").GetInt32().ShouldBe(expected.Listed);
        ratings.GetProperty("rated").GetInt32().ShouldBe(expected.Rated);
        ratings.GetProperty("goodOrBetter").GetInt32().ShouldBe(expected.GoodOrBetter);
        ratings.GetProperty("excellent").GetInt32().ShouldBe(expected.Excellent);
        ratings.GetProperty("goodOrBetterPercent").GetDecimal().ShouldBe(Percent(expected.GoodOrBetter, expected.Rated));
        ratings.GetProperty("excellentPercent").GetDecimal().ShouldBe(Percent(expected.Excellent, expected.GoodOrBetter));
    }

    [Fact]
    public async Task The_target_progress_of_the_committee_and_of_a_cell_give_their_subtrees_figures_at_scale()
    {
        var report = await GetAsync($"/api/v1/targets/progress?organizationId={DemoData.CommitteeId}&year={Year}");
        decimal Value(string resolution, string indicator) => report.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("resolutionNumber").GetString() == resolution && t.GetProperty("indicator").GetString() == indicator)
            .GetProperty("value").GetDecimal();

        var all = Expected(onlyCell2: false);
        Value("01-NQ/SCALE", "MEMBERS_GOOD_OR_BETTER_RATE").ShouldBe(Percent(all.GoodOrBetter, all.Rated));
        Value("01-NQ/SCALE", "MEMBERS_EXCELLENT_RATE").ShouldBe(Percent(all.Excellent, all.GoodOrBetter));

        var cell2 = Expected(onlyCell2: true);
        Value("02-NQ/SCALE", "MEMBERS_GOOD_OR_BETTER_RATE").ShouldBe(Percent(cell2.GoodOrBetter, cell2.Rated));
        Value("02-NQ/SCALE", "MEMBERS_EXCELLENT_RATE").ShouldBe(Percent(cell2.Excellent, cell2.GoodOrBetter));
        Percent(cell2.GoodOrBetter, cell2.Rated).ShouldNotBe(Percent(all.GoodOrBetter, all.Rated), "the cell's subtree is summed, not the whole campaign");
    }

    /// <summary>
    /// The campaign's own view (issue 12: its lines counted in SQL, grouped) over more lines than SQLite's parameter
    /// limit: the counts, the quota and each organisation's row give every line, as stored.
    /// </summary>
    [Fact]
    public async Task The_campaign_view_of_a_campaign_larger_than_the_parameter_limit_counts_every_line()
    {
        var campaign = await GetAsync($"/api/v1/rating-campaigns/{ScaleFactory.Campaign}");
        var all = Expected(onlyCell2: false, corrected: false);
        campaign.GetProperty("listed").GetInt32().ShouldBe(all.Listed);
        campaign.GetProperty("rated").GetInt32().ShouldBe(all.Rated);
        campaign.GetProperty("decided").GetInt32().ShouldBe(all.Rated);
        campaign.GetProperty("quota").GetProperty("excellent").GetInt32().ShouldBe(all.Excellent);
        campaign.GetProperty("quota").GetProperty("goodOrBetter").GetInt32().ShouldBe(all.GoodOrBetter);

        campaign.GetProperty("committee").GetProperty("organizationId").GetGuid().ShouldBe(DemoData.CommitteeId);
        campaign.GetProperty("cells").GetInt32().ShouldBe(2);
        var rows = (await GetAsync($"/api/v1/rating-campaigns/{ScaleFactory.Campaign}/organizations?pageSize=100")).GetProperty("items").EnumerateArray()
            .ToDictionary(r => r.GetProperty("organizationId").GetGuid(), r => (Rated: r.GetProperty("rated").GetInt32(), Good: r.GetProperty("goodOrBetter").GetInt32()));
        rows.Keys.ShouldBe([DemoData.CommitteeId, DemoData.Cell(1), DemoData.Cell(2)], ignoreOrder: true);
        rows[DemoData.CommitteeId].ShouldBe((all.Rated, all.GoodOrBetter));
        var cell1 = Expected(onlyCell2: false, corrected: false, onlyCell1: true);
        var cell2 = Expected(onlyCell2: true, corrected: false);
        rows[DemoData.Cell(1)].ShouldBe((cell1.Rated, cell1.GoodOrBetter));
        rows[DemoData.Cell(2)].ShouldBe((cell2.Rated, cell2.GoodOrBetter));
    }
}

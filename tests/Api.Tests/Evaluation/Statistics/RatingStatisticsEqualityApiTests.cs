using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation.Ratings;
using PartyCommittee.Application.Evaluation.Statistics;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Statistics;

/// <summary>
/// Issue 12 (ratingstats): the ratings section counted over lines grouped in SQL, and the dissemination counted in SQL
/// (compared in <see cref="StatisticsEqualityApiTests"/>) give the figures of the implementation they replace. The reference is the former
/// implementation, kept here: every line read with <see cref="FormerRatingFigures.LoadRatingYearAsync"/> and counted in
/// memory (the handler's former code, copied below).
/// </summary>
public sealed class RatingStatisticsEqualityApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<int> Years => [2019, 2020, 2021];

    private DateOnly Today => factory.Services.GetRequiredService<TimeProvider>().TodayInVietnam();

    private static readonly Guid?[] Roots = [null, DemoData.CommitteeId, DemoData.Cell(1), DemoData.Cell(3)];

    [Theory]
    [MemberData(nameof(Years))]
    public async Task The_ratings_section_over_grouped_lines_equals_the_line_by_line_count(int year)
    {
        foreach (var root in Roots)
        {
            var response = await factory.ClientAs("Admin", null).GetAsync($"/api/v1/statistics/ratings?year={year}" + (root is { } id ? $"&organizationId={id}" : string.Empty));
            var body = await response.ReadAsync<JsonElement>();
            var actual = JsonNode.Parse(body.GetProperty("ratings").GetRawText());

            // The ratings section reads as of today (docs/ratings.md).
            var asOf = Today;
            var reference = await factory.WithDbAsync(async db =>
            {
                using var scope = factory.Services.CreateScope();
                var rules = scope.ServiceProvider.GetRequiredService<RuleBook<MemberRatingRuleSet>>();
                var options = scope.ServiceProvider.GetRequiredService<RatingOptions>();
                var ratingYear = await db.LoadRatingYearAsync(root, year, asOf, rules, CancellationToken.None);
                return await FormerRatingsAsync(db, ratingYear, options);
            });

            var expected = JsonSerializer.SerializeToNode(reference.Section, HttpExtensions.Json);
            JsonNode.DeepEquals(actual, expected).ShouldBeTrue($"root {root}, {year}:\nactual   {actual!.ToJsonString()}\nexpected {expected!.ToJsonString()}");

            // The rows the section counts, a page at a time (ADR 0078): pages of 100 and of 3 read the reference's rows in order.
            foreach (var size in new[] { 100, 3 })
            {
                var rows = new List<JsonElement>();
                for (var page = 1; ; page++)
                {
                    var list = await (await factory.ClientAs("Admin", null).GetAsync(
                        $"/api/v1/statistics/ratings/organizations?year={year}&page={page}&pageSize={size}" + (root is { } r ? $"&organizationId={r}" : string.Empty))).ReadAsync<JsonElement>();
                    list.GetProperty("totalCount").GetInt32().ShouldBe(reference.Rows.Count);
                    rows.AddRange(list.GetProperty("items").EnumerateArray());
                    if (list.GetProperty("items").GetArrayLength() < size)
                    {
                        break;
                    }
                }

                JsonSerializer.SerializeToElement(rows).ShouldEqualJsonOf(reference.Rows);
            }
            if (year == 2020 && root != DemoData.Cell(3))
            {
                actual!["rated"]!.GetValue<int>().ShouldBeGreaterThan(0, "the demo year is rated");
            }
        }
    }

    /// <summary>
    /// The demo campaign of 2020: decided 23/12, published 30/12, corrected 31/12. Each as-of day at the boundaries
    /// (decision step, the day before publication, publication, the day before / of / after the corrections) gives the
    /// same lines, levels and shares grouped as read one by one.
    /// </summary>
    [Theory]
    [InlineData("2020-12-23")]
    [InlineData("2020-12-29")]
    [InlineData("2020-12-30")]
    [InlineData("2020-12-31")]
    [InlineData("2021-01-01")]
    public async Task The_grouped_lines_equal_the_lines_as_of_each_day_around_the_publication_and_the_corrections(string day)
    {
        var asOf = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var root in Roots)
        {
            var (lines, groups) = await factory.WithDbAsync(async db =>
            {
                using var scope = factory.Services.CreateScope();
                var rules = scope.ServiceProvider.GetRequiredService<RuleBook<MemberRatingRuleSet>>();
                return (await db.LoadRatingYearAsync(root, DemoRatings.Year, asOf, rules, CancellationToken.None),
                    await db.LoadRatingYearGroupsAsync(root, DemoRatings.Year, asOf, rules, CancellationToken.None));
            });

            groups.Campaigns.Select(c => (c.Campaign.Id, c.Counted, c.Rules.Source.Code)).ShouldBe(lines.Campaigns.Select(c => (c.Campaign.Id, c.Counted, c.Rules.Source.Code)));
            foreach (var (campaign, grouped) in lines.Campaigns.Zip(groups.Campaigns))
            {
                static string Key(Guid cell, bool rated, NotRatedReason? reason, EvaluationLevel? level, string? taskGroup, string caps) => $"{cell} {rated} {reason} {level} {taskGroup} {caps}";
                var fromLines = campaign.Lines.GroupBy(l => Key(l.CellId, l.Rated, l.NotRatedReason, l.Level, l.TaskGroup, string.Join(',', l.CapCodes)))
                    .Select(g => $"{g.Key} = {g.Count()}").Order(StringComparer.Ordinal).ToList();
                var fromGroups = grouped.Groups.GroupBy(g => Key(g.CellId, g.Rated, g.NotRatedReason, g.Level, g.TaskGroup, string.Join(',', g.Caps)))
                    .Select(g => $"{g.Key} = {g.Sum(x => x.Count)}").Order(StringComparer.Ordinal).ToList();
                fromGroups.ShouldBe(fromLines, $"root {root}, as of {asOf}");
            }

            groups.Shares.ShouldBe(lines.Shares, $"root {root}, as of {asOf}");
        }

        if (asOf == new DateOnly(2020, 12, 29))
        {
            var (lines, groups) = await SharesAsync(asOf);
            groups.Listed.ShouldBe(0, "not published on 29/12: nothing counts");
            groups.ShouldBe(lines);
        }
    }

    [Fact]
    public async Task A_correction_counts_from_its_date_in_the_grouped_lines()
    {
        // The demo's corrections are dated 31/12/2020: the day before they do not count, on the day and after they do.
        var before = await SharesAsync(new DateOnly(2020, 12, 30));
        var on = await SharesAsync(new DateOnly(2020, 12, 31));
        var after = await SharesAsync(new DateOnly(2021, 1, 1));
        before.Groups.ShouldBe(before.Lines);
        on.Groups.ShouldBe(on.Lines);
        after.Groups.ShouldBe(after.Lines);
        on.Groups.Excellent.ShouldNotBe(before.Groups.Excellent, "the corrections of 31/12 raise members to EXCELLENT");
        after.Groups.ShouldBe(on.Groups);
    }

    private async Task<(MemberRatingShares Lines, MemberRatingShares Groups)> SharesAsync(DateOnly asOf) =>
        await factory.WithDbAsync(async db =>
        {
            using var scope = factory.Services.CreateScope();
            var rules = scope.ServiceProvider.GetRequiredService<RuleBook<MemberRatingRuleSet>>();
            return ((await db.LoadRatingYearAsync(DemoData.CommitteeId, DemoRatings.Year, asOf, rules, CancellationToken.None)).Shares,
                (await db.LoadRatingYearGroupsAsync(DemoData.CommitteeId, DemoRatings.Year, asOf, rules, CancellationToken.None)).Shares);
        });

    /// <summary>The ratings section as the handler computed it before ratingstats: every line in memory.</summary>
    private static async Task<(MemberRatingStatisticsDto Section, List<OrganizationLevelRowDto> Rows)> FormerRatingsAsync(IAppDbContext db, RatingYear ratingYear, RatingOptions ratingOptions)
    {
        var shares = ratingYear.Shares;
        var counted = ratingYear.CountedLines.ToList();
        var rated = counted.Where(x => x.Line.Rated && x.Line.Level is not null).ToList();
        var byLevel = Enum.GetValues<EvaluationLevel>()
            .Select(l =>
            {
                var members = rated.Count(x => x.Line.Level == l);
                return new MemberLevelCountDto(l, EvaluationLabels.Of(l), members, MemberRatingFigures.Percent(members, shares.Rated));
            })
            .ToList();

        var notRated = counted.Where(x => !x.Line.Rated).ToList();
        var suspended = await db.SuspendedAsync(notRated, CancellationToken.None);
        var notRatedByReason = new List<NotRatedCountDto>
        {
            new(NotRatedCause.Exempt, new("Miễn công tác và sinh hoạt đảng", "Exempt"),
                notRated.Count(x => x.Line.NotRatedReason == NotRatedReason.ExemptOrSuspended && !suspended.Contains(x.Line.RatingId))),
            new(NotRatedCause.Suspended, new("Bị đình chỉ sinh hoạt đảng", "Suspended"), suspended.Count),
            new(NotRatedCause.AdmittedUnderSixMonths, RatingLabels.Of(NotRatedReason.AdmittedUnderSixMonths),
                notRated.Count(x => x.Line.NotRatedReason == NotRatedReason.AdmittedUnderSixMonths)),
        };

        var quota = ratingYear.Campaigns.Select(c =>
        {
            var levels = c.Lines.Where(l => l.Rated && l.Level is not null).ToList();
            var goodOrBetter = levels.Count(l => l.Level <= EvaluationLevel.Good);
            var groups = c.Rules.QuotaPerTaskGroup
                ? levels.Where(l => !string.IsNullOrWhiteSpace(l.TaskGroup)).GroupBy(l => l.TaskGroup!.Trim(), StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g =>
                    {
                        var good = g.Count(l => l.Level <= EvaluationLevel.Good);
                        return new TaskGroupQuotaDto(g.Key, g.Count(l => l.Level == EvaluationLevel.Excellent), good, RatingRules.QuotaFor(c.Rules, good));
                    })
                    .ToList()
                : [];
            return new CampaignQuotaDto(
                c.Campaign.Id, c.Campaign.OrganizationId, c.OrganizationName, c.Campaign.Step, c.Campaign.PublishedOn, c.Counted, c.Rules.Source.Code, c.Rules.Source.Source,
                c.Rules.ExcellentQuotaPercent, levels.Count(l => l.Level == EvaluationLevel.Excellent), goodOrBetter, RatingRules.QuotaFor(c.Rules, goodOrBetter), groups);
        }).ToList();

        var everyFact = new MemberYearFacts(true, false, true, true, EvaluationLevel.NotCompleted, int.MaxValue);
        var caps = rated
            .SelectMany(x => x.Line.CapCodes.Select(code => (Code: code, Cap: RatingRules.CapsFor(x.Campaign.Rules, everyFact, ratingOptions.SickLeaveCapMonths).FirstOrDefault(c => c.Code == code))))
            .GroupBy(x => (x.Code, x.Cap?.MaxLevel, x.Cap?.Source))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => new CapCountDto(g.Key.Code, g.Key.MaxLevel ?? EvaluationLevel.NotCompleted, g.Key.Source ?? string.Empty, g.Count()))
            .ToList();

        var from = new DateOnly(ratingYear.Year, 1, 1);
        var to = new DateOnly(ratingYear.Year, 12, 31);
        var disciplinedOrganizations = (await db.Set<DisciplinaryAction>().AsNoTracking()
                .Where(a => a.Status == DisciplineStatus.Decided && a.DecidedOn >= from && a.DecidedOn <= to && a.SubjectKind == DisciplineSubjectKind.Organization)
                .Select(a => a.OrganizationId).Distinct().ToListAsync())
            .ToHashSet();
        var rows = new List<OrganizationLevelRowDto>();
        foreach (var c in ratingYear.Campaigns.Where(c => c.Counted))
        {
            var ratedLines = c.Lines.Where(l => l.Rated && l.Level is not null).ToList();
            var ids = ratedLines.Select(l => l.CellId).Concat(c.Campaign.OrganizationRatings.Select(o => o.OrganizationId)).Append(c.Campaign.OrganizationId).Distinct()
                .Where(id => ratingYear.Subtree is null || ratingYear.Subtree.Contains(id))
                .ToList();
            var names = await db.Set<PartyOrganization>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
            foreach (var id in ids.OrderBy(id => id == c.Campaign.OrganizationId ? 0 : 1).ThenBy(id => names[id], StringComparer.Ordinal))
            {
                var levels = (id == c.Campaign.OrganizationId ? ratedLines : ratedLines.Where(l => l.CellId == id)).Select(l => l.Level!.Value).ToList();
                var conditions = RatingRules.ConditionsFor(c.Rules, levels, disciplinedOrganizations.Contains(id));
                var decided = c.Campaign.OrganizationRatings.FirstOrDefault(o => o.OrganizationId == id);
                rows.Add(new OrganizationLevelRowDto(
                    id, names[id], c.Campaign.Id, conditions.Rated, conditions.GoodOrBetter, conditions.MaxLevel, EvaluationLabels.Of(conditions.MaxLevel),
                    decided?.Level, decided is null ? null : EvaluationLabels.Of(decided.Level)));
            }
        }

        var organizations = new OrganizationRatingStatisticsDto(
            rows.Count,
            rows.Count(r => r.DecidedLevel is not null),
            [.. Enum.GetValues<EvaluationLevel>().Select(l => new OrganizationLevelCountDto(l, EvaluationLabels.Of(l), rows.Count(r => r.DecidedLevel == l), rows.Count(r => r.ComputedLevel == l)))]);
        return (new MemberRatingStatisticsDto(
            ratingYear.AsOf, ratingYear.Campaigns.Count, ratingYear.Campaigns.Count(c => c.Counted), shares.Listed, shares.Rated, shares.GoodOrBetter, shares.GoodOrBetterPercent,
            shares.Excellent, shares.ExcellentPercent, byLevel, notRated.Count, notRatedByReason, quota, caps, organizations), rows);
    }
}

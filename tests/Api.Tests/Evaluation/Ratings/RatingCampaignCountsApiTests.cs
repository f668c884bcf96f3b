using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Members;
using PartyCommittee.Application.Evaluation.Ratings;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>
/// Issue 12: a campaign's view (<c>GET /rating-campaigns/{id}</c>, and the response of every write on the campaign)
/// counts its lines in SQL, grouped by cell, rated and levels, and reads the organisations disciplined in the year once:
/// it used to read every line of the campaign, look each cell's lines up in the whole list and ask the discipline
/// records once per cell. The reference is the former code, kept here, over random lines spread across the cells, a
/// disciplined cell, a cell whose lines are all listed and not rated, and decisions on organisations.
/// </summary>
public sealed class RatingCampaignCountsApiTests(RequestStatementCountingApiFactory factory) : IClassFixture<RequestStatementCountingApiFactory>
{
    private const int Year = 2024;

    [Fact]
    public async Task The_campaign_counted_in_SQL_equals_its_lines_counted_one_by_one_and_reads_discipline_once()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var opened = await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year = Year, openedOn = "2024-12-02" });
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = (await opened.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

        var cells = await factory.WithDbAsync(db => db.Set<PartyOrganization>()
            .Where(o => o.Type == OrganizationType.PartyCell && o.ParentId == DemoData.CommitteeId).OrderBy(o => o.Code).Select(o => o.Id).ToListAsync());
        cells.Count.ShouldBeGreaterThan(3);
        var silent = cells[^1];
        var disciplined = cells[1];
        await RandomizeAsync(id, cells, silent);
        await DisciplineAsync(disciplined);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO OrganizationRatings (Id, CampaignId, OrganizationId, Level, Comments, DecidedOn)
            VALUES ({Guid.NewGuid()}, {id}, {DemoData.CommitteeId}, 'Good', 'Đảng bộ', '2024-12-20'), ({Guid.NewGuid()}, {id}, {cells[0]}, 'Completed', NULL, '2024-12-20')
            """));

        factory.Statements.Take();
        var response = await office.GetAsync($"/api/v1/rating-campaigns/{id}");
        var statements = factory.Statements.Take();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var actual = await response.ReadAsync<JsonElement>();

        var expected = await FormerAsync(id);
        var actualCounts = new[] { "listed", "rated", "selfAssessed", "proposed", "decided" }.Select(p => actual.GetProperty(p).GetInt32()).ToArray();
        actualCounts.ShouldBe([expected.Listed, expected.Rated, expected.SelfAssessed, expected.Proposed, expected.Decided]);
        actual.GetProperty("quota").ShouldEqualJsonOf(expected.Quota);
        // The view gives the committee's row and the number of cells; their rows are a page at a time (ADR 0077).
        actual.GetProperty("committee").ShouldEqualJsonOf(expected.Organizations[0]);
        actual.GetProperty("cells").GetInt32().ShouldBe(expected.Organizations.Count - 1);
        foreach (var size in new[] { 100, 3, 1 })
        {
            var read = new List<JsonElement>();
            for (var page = 1; ; page++)
            {
                var body = await (await office.GetAsync($"/api/v1/rating-campaigns/{id}/organizations?page={page}&pageSize={size}")).ReadAsync<JsonElement>();
                body.GetProperty("totalCount").GetInt32().ShouldBe(expected.Organizations.Count);
                read.AddRange(body.GetProperty("items").EnumerateArray());
                if (body.GetProperty("items").GetArrayLength() < size || read.Count == expected.Organizations.Count)
                {
                    break;
                }
            }

            JsonSerializer.SerializeToElement(read).ShouldEqualJsonOf(expected.Organizations);
        }

        var one = await (await office.GetAsync($"/api/v1/rating-campaigns/{id}/organizations?organizationId={disciplined}")).ReadAsync<JsonElement>();
        one.GetProperty("items").ShouldEqualJsonOf(expected.Organizations.Where(o => o.OrganizationId == disciplined).ToList());
        one.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var none = await (await office.GetAsync($"/api/v1/rating-campaigns/{id}/organizations?organizationId={silent}")).ReadAsync<JsonElement>();
        (none.GetProperty("items").GetArrayLength(), none.GetProperty("totalCount").GetInt32()).ShouldBe((0, 0));

        // The data exercises what the counting must get right.
        var rows = expected.Organizations;
        rows[0].OrganizationId.ShouldBe(DemoData.CommitteeId);
        rows.ShouldContain(r => r.OrganizationId == disciplined && r.Disciplined);
        rows.ShouldNotContain(r => r.OrganizationId == silent, "a cell without a rated line is not listed");
        rows.Count(r => r.Level != null).ShouldBe(2);
        expected.Rated.ShouldBeLessThan(expected.Listed);

        // One read of the discipline records whatever the number of cells; the lines only ever read grouped.
        statements.Count(s => s.Contains("\"DisciplinaryActions\"", StringComparison.Ordinal)).ShouldBe(1, string.Join("\n---\n", statements));
        var lines = statements.Where(s => s.Contains("FROM \"MemberRatings\"", StringComparison.Ordinal)).ToList();
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(s => s.Contains("GROUP BY", StringComparison.Ordinal));
    }

    /// <summary>Each line moved to a random cell, rated or not, with random proposed and decided levels and step days (the silent cell's lines are all not rated).</summary>
    private async Task RandomizeAsync(Guid campaignId, IReadOnlyList<Guid> cells, Guid silent)
    {
        var ids = await factory.WithDbAsync(db => db.Set<MemberRating>().Where(r => r.CampaignId == campaignId).Select(r => r.Id).ToListAsync());
        ids.Count.ShouldBeGreaterThan(100);
        var random = new Random(2024);
        string?[] levels = [null, "Excellent", "Good", "Good", "Completed", "NotCompleted"];
        await factory.WithDbAsync(async db =>
        {
            foreach (var ratingId in ids)
            {
                var cell = cells[random.Next(cells.Count)];
                var rated = cell != silent && random.Next(8) > 0;
                var proposed = rated ? levels[random.Next(levels.Length)] : null;
                var decided = rated && proposed is not null && random.Next(3) > 0 ? levels[random.Next(levels.Length)] : null;
                string? selfOn = rated && random.Next(4) > 0 ? "2024-12-05" : null;
                string? proposedOn = proposed is null ? null : "2024-12-10";
                string? decidedOn = decided is null ? null : "2024-12-18";
                string? reason = rated ? null : "AdmittedUnderSixMonths";
                await db.Database.ExecuteSqlAsync($"""
                    UPDATE MemberRatings SET CellId = {cell}, Rated = {rated}, NotRatedReason = {reason}, ProposedLevel = {proposed}, DecidedLevel = {decided},
                        SelfAssessedOn = {selfOn}, ProposedOn = {proposedOn}, DecidedOn = {decidedOn}
                    WHERE Id = {ratingId}
                    """);
            }

            return 0;
        });
    }

    /// <summary>A reprimand of the cell decided in the year.</summary>
    private async Task DisciplineAsync(Guid cell)
    {
        var rules = DisciplineRuleSet.Statutory.InForceOn(new DateOnly(Year, 6, 20));
        var action = DisciplinaryAction.Propose(
            Guid.NewGuid(), DisciplineSubjectKind.Organization, null, cell, DisciplineSubjectCategory.Organization, DisciplineForm.Reprimand, DecidingBody.Committee,
            "Buông lỏng lãnh đạo, để nhiều đảng viên vi phạm", new DateOnly(Year, 3, 1), null, selfDetected: false, remedied: false, new DateOnly(Year, 6, 1), rules);
        action.Decide(DisciplineForm.Reprimand, DecidingBody.Committee, new DateOnly(Year, 6, 20), "02-QĐ/ĐU", selfDetected: false, remedied: false, DisciplineSubjectCategory.Organization, rules);
        await factory.WithDbAsync(async db =>
        {
            db.Set<DisciplinaryAction>().Add(action);
            return await db.SaveChangesAsync();
        });
    }

    private sealed record Former(int Listed, int Rated, int SelfAssessed, int Proposed, int Decided, RatingQuotaDto Quota, List<OrganizationRatingDto> Organizations);

    /// <summary>The campaign's figures as the view computed them before issue 12's change: every line read, each cell's looked up in the list, discipline asked per organisation.</summary>
    private async Task<Former> FormerAsync(Guid campaignId)
    {
        using var scope = factory.Services.CreateScope();
        var book = scope.ServiceProvider.GetRequiredService<RuleBook<MemberRatingRuleSet>>();
        var discipline = scope.ServiceProvider.GetRequiredService<IDisciplineRecords>();
        return await factory.WithDbAsync(async db =>
        {
            var c = await db.Set<RatingCampaign>().AsNoTracking().Include(x => x.Steps).Include(x => x.OrganizationRatings).FirstAsync(x => x.Id == campaignId);
            var rules = book.RulesOf(c);
            var committee = await db.Set<PartyOrganization>().AsNoTracking().FirstAsync(o => o.Id == c.OrganizationId);
            var ratings = await db.Set<MemberRating>().AsNoTracking().Where(r => r.CampaignId == c.Id).ToListAsync();
            var rated = ratings.Where(r => r.Rated).ToList();
            var effective = rated.Select(r => r.DecidedLevel ?? r.ProposedLevel).OfType<EvaluationLevel>().ToList();
            var excellent = effective.Count(l => l == EvaluationLevel.Excellent);
            var goodOrBetter = effective.Count(l => l <= EvaluationLevel.Good);
            // The cells in folded name order (accents and case aside), then name and id, as the view lists them.
            var cells = (await db.Set<PartyOrganization>().AsNoTracking()
                .Where(o => o.Path.StartsWith(committee.Path) && o.Type == OrganizationType.PartyCell)
                .Select(o => new { o.Id, o.Name })
                .ToListAsync())
                .OrderBy(o => VietnameseText.Fold(o.Name), StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id)
                .ToList();
            var organizations = new List<OrganizationRatingDto>();
            foreach (var (id, name) in cells.Where(x => rated.Any(r => r.CellId == x.Id)).Select(x => (x.Id, x.Name)).Prepend((committee.Id, committee.Name)))
            {
                var levels = (id == committee.Id ? rated : rated.Where(r => r.CellId == id)).Select(r => r.DecidedLevel ?? r.ProposedLevel).OfType<EvaluationLevel>().ToList();
                var disciplined = (await discipline.ForYearAsync(DisciplineSubject.Organization(id), c.Year, CancellationToken.None)).Disciplined;
                var conditions = RatingRules.ConditionsFor(rules, levels, disciplined);
                var decided = c.OrganizationRatings.FirstOrDefault(o => o.OrganizationId == id);
                organizations.Add(new OrganizationRatingDto(
                    id, name, conditions.Rated, conditions.GoodOrBetter, conditions.CompletedOrBetter, conditions.NotCompleted, disciplined, conditions.MaxLevel, conditions.Conditions,
                    decided?.Level, decided is null ? null : EvaluationLabels.Of(decided.Level), decided?.DecidedOn, decided?.Comments));
            }

            return new Former(
                ratings.Count, rated.Count, rated.Count(r => r.SelfAssessedOn is not null), rated.Count(r => r.ProposedOn is not null), rated.Count(r => r.DecidedOn is not null),
                new RatingQuotaDto(excellent, goodOrBetter, RatingRules.QuotaFor(rules, goodOrBetter), rules.ExcellentQuotaPercent),
                organizations);
        });
    }
}

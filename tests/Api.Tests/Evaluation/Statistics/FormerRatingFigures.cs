using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation.Statistics;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Api.Tests.Evaluation.Statistics;

// The former line-by-line reading of the rating year (issue 12, ratingstats), moved out of src/Application by ratingagg:
// it is only the reference of the equality tests (RatingStatisticsEqualityApiTests); the statistics and the target
// progress count the lines in groups (MemberRatingFigures.LoadRatingYearGroupsAsync, CellCountsAsync).

/// <summary>One member's line of a campaign, with the level that counts on the as-of day.</summary>
/// <param name="RatingId">The rating.</param>
/// <param name="MemberId">The member.</param>
/// <param name="CellId">The cell that rates him.</param>
/// <param name="Rated">Rated (false: listed only).</param>
/// <param name="NotRatedReason">Why not rated.</param>
/// <param name="Level">
/// The level that counts: in a campaign published by the as-of day, the committee's decision after the corrections
/// dated on or before that day (a later correction does not count); in a campaign still running, the decision so far,
/// else the cell's proposal (as the campaign resource counts its quota).
/// </param>
/// <param name="TaskGroup">Group of comparable tasks.</param>
/// <param name="CapCodes">Caps applied at the last proposal, decision or correction.</param>
public sealed record RatingLine(
    Guid RatingId, Guid MemberId, Guid CellId, bool Rated, NotRatedReason? NotRatedReason, EvaluationLevel? Level, string? TaskGroup, IReadOnlyList<string> CapCodes);

/// <summary>A campaign of the year that concerns the subtree, with every line of it (the quota is counted over all of them).</summary>
/// <param name="Campaign">The campaign (steps and organisation decisions loaded).</param>
/// <param name="OrganizationName">The grassroots organisation's name.</param>
/// <param name="Rules">The rule set it applies.</param>
/// <param name="Counted">Published on or before the as-of day: its results count in the figures.</param>
/// <param name="Lines">Every member listed in it.</param>
public sealed record CampaignLines(RatingCampaign Campaign, string OrganizationName, MemberRatingRuleSet Rules, bool Counted, IReadOnlyList<RatingLine> Lines);

/// <summary>The rating campaigns of a year as seen from a subtree, as of a day.</summary>
/// <param name="Year">The year rated.</param>
/// <param name="AsOf">The day the results are read on.</param>
/// <param name="Subtree">The organisations of the subtree (null: every organisation).</param>
/// <param name="Campaigns">The campaigns of the grassroots organisations in the subtree or above its root.</param>
public sealed record RatingYear(int Year, DateOnly AsOf, IReadOnlySet<Guid>? Subtree, IReadOnlyList<CampaignLines> Campaigns)
{
    /// <summary>The lines of the counted (published) campaigns rated by a cell of the subtree.</summary>
    public IEnumerable<(CampaignLines Campaign, RatingLine Line)> CountedLines =>
        Campaigns.Where(c => c.Counted).SelectMany(c => c.Lines.Where(l => Subtree is null || Subtree.Contains(l.CellId)).Select(l => (c, l)));

    /// <summary>The members' shares: the one computation behind the indicators and the statistics.</summary>
    public MemberRatingShares Shares
    {
        get
        {
            var lines = CountedLines.Select(x => x.Line).ToList();
            var levels = lines.Where(l => l.Rated && l.Level is not null).Select(l => l.Level!.Value).ToList();
            var goodOrBetter = levels.Count(l => l <= EvaluationLevel.Good);
            var excellent = levels.Count(l => l == EvaluationLevel.Excellent);
            return new MemberRatingShares(
                lines.Count, levels.Count, goodOrBetter, excellent, MemberRatingFigures.Percent(goodOrBetter, levels.Count), MemberRatingFigures.Percent(excellent, goodOrBetter));
        }
    }
}

/// <summary>The former line-by-line reading, frozen as the reference of the equality tests.</summary>
public static class FormerRatingFigures
{
    /// <summary>
    /// Loads the campaigns of <paramref name="year"/> of the grassroots organisations in the subtree of
    /// <paramref name="rootId"/> or above it (a cell's figures come from its committee's campaign; null: every
    /// organisation), with their lines and the level of each as of <paramref name="asOf"/>. A campaign counts when it
    /// was published on or before <paramref name="asOf"/>.
    /// </summary>
    public static async Task<RatingYear> LoadRatingYearAsync(
        this IAppDbContext db, Guid? rootId, int year, DateOnly asOf, RuleBook<MemberRatingRuleSet> rules, CancellationToken cancellationToken)
    {
        var (subtree, campaigns) = await MemberRatingFigures.CampaignsOfAsync(db, rootId, year, cancellationToken);
        var campaignIds = campaigns.Select(c => c.Id).ToList();
        // The lines as scalar projections (no rating entity is materialised); the corrections, few, are read apart.
        var ratingsOfCampaigns = db.Set<MemberRating>().Where(r => campaignIds.Contains(r.CampaignId));
        var ratings = (await ratingsOfCampaigns.AsNoTracking()
                .Select(r => new { r.Id, r.CampaignId, r.MemberId, r.CellId, r.Rated, r.NotRatedReason, r.DecidedLevel, r.ProposedLevel, r.TaskGroup, r.CapCodes })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.CampaignId);
        var corrections = (await db.Set<RatingCorrection>().AsNoTracking().Where(c => ratingsOfCampaigns.Select(r => r.Id).Contains(c.RatingId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.RatingId);
        var campaignOrganizations = campaigns.Select(c => c.OrganizationId).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => campaignOrganizations.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var result = new List<CampaignLines>();
        foreach (var campaign in campaigns.OrderBy(c => names[c.OrganizationId], StringComparer.Ordinal))
        {
            var counted = campaign.PublishedOn is { } published && published <= asOf;
            var lines = ratings[campaign.Id]
                .Select(r => new RatingLine(
                    r.Id, r.MemberId, r.CellId, r.Rated, r.NotRatedReason, r.Rated ? counted ? MemberRatingFigures.LevelOn(r.DecidedLevel, corrections[r.Id], asOf) : r.DecidedLevel ?? r.ProposedLevel : null, r.TaskGroup,
                    string.IsNullOrEmpty(r.CapCodes) ? [] : r.CapCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                .ToList();
            result.Add(new CampaignLines(campaign, names[campaign.OrganizationId], rules.Find(campaign.RuleSetCode) ?? rules.InForceOn(MemberRatingRuleSet.ReferenceDate(year)), counted, lines));
        }

        return new RatingYear(year, asOf, subtree, result);
    }

    /// <summary>
    /// Splits the members listed as exempt or suspended: suspended when a suspension covers the campaign's reference
    /// day (its opening, at the latest the year's last day), exempt otherwise.
    /// </summary>
    public static async Task<HashSet<Guid>> SuspendedAsync(this IAppDbContext db, IEnumerable<(CampaignLines Campaign, RatingLine Line)> lines, CancellationToken cancellationToken)
    {
        var excused = lines.Where(x => x.Line.NotRatedReason == NotRatedReason.ExemptOrSuspended).ToList();
        var ids = excused.Select(x => x.Line.MemberId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var suspensions = await db.Set<MemberCondition>().AsNoTracking()
            .Where(c => ids.Contains(c.MemberId) && c.Kind == MemberConditionKind.Suspension)
            .Select(c => new { c.MemberId, c.StartsOn, c.EndsOn })
            .ToListAsync(cancellationToken);
        var byMember = suspensions.ToLookup(s => s.MemberId);
        return [.. excused.Where(x =>
        {
            var reference = MemberRatingFigures.ReferenceDay(x.Campaign.Campaign);
            return byMember[x.Line.MemberId].Any(s => s.StartsOn <= reference && (s.EndsOn == null || s.EndsOn >= reference));
        }).Select(x => x.Line.RatingId)];
    }
}

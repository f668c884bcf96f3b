using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.Statistics;

/// <summary>The members' shares of a year in a subtree: the figures the targets are measured with.</summary>
/// <param name="Listed">Members listed in the counted campaigns, in the subtree.</param>
/// <param name="Rated">Of them, rated.</param>
/// <param name="GoodOrBetter">Rated GOOD or EXCELLENT.</param>
/// <param name="Excellent">Rated EXCELLENT.</param>
/// <param name="GoodOrBetterPercent">GoodOrBetter / rated × 100, two decimals (MEMBERS_GOOD_OR_BETTER_RATE); null when nobody is rated.</param>
/// <param name="ExcellentPercent">
/// Excellent / GoodOrBetter × 100, two decimals (MEMBERS_EXCELLENT_RATE: "trong đó có 20%" — of those GOOD or better,
/// the quota's denominator); null when nobody is GOOD or better.
/// </param>
public sealed record MemberRatingShares(int Listed, int Rated, int GoodOrBetter, int Excellent, decimal? GoodOrBetterPercent, decimal? ExcellentPercent);

/// <summary>
/// Identical lines of a campaign counted together (issue 12, ratingstats): the statistics need the lines' counts per
/// cell, level, task group and caps, never the members, so the lines are grouped in SQL instead of read one by one.
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="CellId">The cell that rates them.</param>
/// <param name="Rated">Rated (false: listed only).</param>
/// <param name="NotRatedReason">Why not rated.</param>
/// <param name="Level">The level that counts, as a line's level (the committee's decision after the corrections dated on or before the as-of day in a published campaign, else the decision so far or the proposal).</param>
/// <param name="TaskGroup">Group of comparable tasks.</param>
/// <param name="CapCodes">Caps applied, comma-separated as stored.</param>
/// <param name="Count">Lines in the group.</param>
public sealed record RatingLineGroup(
    Guid CampaignId, Guid CellId, bool Rated, NotRatedReason? NotRatedReason, EvaluationLevel? Level, string? TaskGroup, string? CapCodes, int Count)
{
    /// <summary>The caps' codes, as the caps applied at the last proposal, decision or correction.</summary>
    public IReadOnlyList<string> Caps => string.IsNullOrEmpty(CapCodes) ? [] : CapCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Rated with a level: counted in the shares' denominator.</summary>
    public bool HasLevel => Rated && Level is not null;
}

/// <summary>A campaign of the year that concerns the subtree, with its lines counted in groups (over all of them: the quota's base).</summary>
/// <param name="Campaign">The campaign (steps and organisation decisions loaded).</param>
/// <param name="OrganizationName">The grassroots organisation's name.</param>
/// <param name="Rules">The rule set it applies.</param>
/// <param name="Counted">Published on or before the as-of day: its results count in the figures.</param>
/// <param name="Groups">Its lines, grouped.</param>
public sealed record CampaignLineGroups(RatingCampaign Campaign, string OrganizationName, MemberRatingRuleSet Rules, bool Counted, IReadOnlyList<RatingLineGroup> Groups);

/// <summary>The rating campaigns of a year as seen from a subtree, as of a day, with the lines counted in groups (the figures the former line-by-line reading gave, kept as the equality tests' reference).</summary>
/// <param name="Year">The year rated.</param>
/// <param name="AsOf">The day the results are read on.</param>
/// <param name="Subtree">The organisations of the subtree (null: every organisation).</param>
/// <param name="Campaigns">The campaigns of the grassroots organisations in the subtree or above its root.</param>
public sealed record RatingYearGroups(int Year, DateOnly AsOf, IReadOnlySet<Guid>? Subtree, IReadOnlyList<CampaignLineGroups> Campaigns)
{
    /// <summary>The groups of the counted (published) campaigns rated by a cell of the subtree.</summary>
    public IEnumerable<(CampaignLineGroups Campaign, RatingLineGroup Group)> CountedGroups =>
        Campaigns.Where(c => c.Counted).SelectMany(c => c.Groups.Where(g => Subtree is null || Subtree.Contains(g.CellId)).Select(g => (c, g)));

    /// <summary>The members' shares: the same computation as the former line-by-line shares, over counts.</summary>
    public MemberRatingShares Shares
    {
        get
        {
            var groups = CountedGroups.Select(x => x.Group).ToList();
            var rated = groups.Where(g => g.HasLevel).ToList();
            var ratedCount = rated.Sum(g => g.Count);
            var goodOrBetter = rated.Where(g => g.Level <= EvaluationLevel.Good).Sum(g => g.Count);
            var excellent = rated.Where(g => g.Level == EvaluationLevel.Excellent).Sum(g => g.Count);
            return new MemberRatingShares(
                groups.Sum(g => g.Count), ratedCount, goodOrBetter, excellent, MemberRatingFigures.Percent(goodOrBetter, ratedCount), MemberRatingFigures.Percent(excellent, goodOrBetter));
        }
    }
}

/// <summary>The counted figures of one rating cell (see <see cref="MemberRatingFigures.CellCountsAsync"/>).</summary>
/// <param name="CellId">The cell that rated.</param>
/// <param name="Path">Its materialised path.</param>
/// <param name="Listed">Lines listed.</param>
/// <param name="Rated">Of them, rated (with a level).</param>
/// <param name="GoodOrBetter">Rated GOOD or EXCELLENT.</param>
/// <param name="Excellent">Rated EXCELLENT.</param>
public sealed record CellRatingCount(Guid CellId, string Path, int Listed, int Rated, int GoodOrBetter, int Excellent);

/// <summary>The counted figures of a year as of a day, per rating cell: one read shared by every subtree asked.</summary>
/// <param name="Year">The year rated.</param>
/// <param name="AsOf">The day the results are read on.</param>
/// <param name="Cells">Per cell, in path order.</param>
public sealed record CellRatingCounts(int Year, DateOnly AsOf, PathOrdered<CellRatingCount> Cells)
{
    /// <summary>The members' shares of the subtree whose root has <paramref name="rootPath"/> (the same as the campaigns' shares).</summary>
    public MemberRatingShares SharesOf(string rootPath)
    {
        int listed = 0, rated = 0, goodOrBetter = 0, excellent = 0;
        foreach (var cell in Cells.Under(rootPath))
        {
            listed += cell.Listed;
            rated += cell.Rated;
            goodOrBetter += cell.GoodOrBetter;
            excellent += cell.Excellent;
        }

        return new MemberRatingShares(listed, rated, goodOrBetter, excellent, MemberRatingFigures.Percent(goodOrBetter, rated), MemberRatingFigures.Percent(excellent, goodOrBetter));
    }
}

/// <summary>
/// The one query path of the members' annual rating figures, shared by the indicator source
/// (<c>MEMBERS_GOOD_OR_BETTER_RATE</c>, <c>MEMBERS_EXCELLENT_RATE</c>) and the <c>ratings</c> section of
/// <c>GET /api/v1/statistics/ratings</c>, so that both always give the same percentages.
/// </summary>
public static class MemberRatingFigures
{
    /// <summary>
    /// The subtree of <paramref name="rootId"/> (null: every organisation) and the campaigns of <paramref name="year"/>
    /// of the grassroots organisations in it or above its root, with their steps and organisation decisions.
    /// </summary>
    internal static async Task<(IReadOnlySet<Guid>? Subtree, List<RatingCampaign> Campaigns)> CampaignsOfAsync(
        IAppDbContext db, Guid? rootId, int year, CancellationToken cancellationToken)
    {
        // Only the subtree's identifiers and the ancestors on the root's materialised path are read, never the whole
        // organisation table: the ancestors' identifiers are the path's segments.
        string? rootPath = null;
        if (rootId is { } id)
        {
            rootPath = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
            if (rootPath is null)
            {
                return (new HashSet<Guid>(), []);
            }
        }

        IReadOnlySet<Guid>? subtree = rootPath is null
            ? null
            : (await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(rootPath)).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var ancestors = rootPath is null ? [] : rootPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment => Guid.ParseExact(segment, "N")).ToList();
        var campaignQuery = db.RatingCampaigns.AsNoTracking().Include(c => c.Steps).Include(c => c.OrganizationRatings).Where(c => c.Year == year);
        if (rootPath is not null)
        {
            var inSubtree = db.Organizations.Where(o => o.Path.StartsWith(rootPath)).Select(o => o.Id);
            campaignQuery = campaignQuery.Where(c => inSubtree.Contains(c.OrganizationId) || ancestors.Contains(c.OrganizationId));
        }

        return (subtree, await campaignQuery.ToListAsync(cancellationToken));
    }

    /// <summary>
    /// The figures of the lines of the year without reading them (issue 12, ratingstats): the lines' counts by campaign,
    /// cell, rated, reason, decided and proposed level, task group and caps, kept by the database as the lines are
    /// written (ADR 0110: a few thousand rows at 100,000 members, where grouping the campaign's million lines at the 1M
    /// root took 0.5-0.6 s), less the corrected lines (few), which are read with their
    /// corrections, to apply <see cref="LevelOn(EvaluationLevel?, IEnumerable{RatingCorrection}, DateOnly)"/> as of the
    /// day. The level of a group is the one each of its lines has (the level that counts as of the day).
    /// </summary>
    public static async Task<RatingYearGroups> LoadRatingYearGroupsAsync(
        this IAppDbContext db, Guid? rootId, int year, DateOnly asOf, RuleBook<MemberRatingRuleSet> rules, CancellationToken cancellationToken)
    {
        var (subtree, campaigns) = await CampaignsOfAsync(db, rootId, year, cancellationToken);
        if (campaigns.Count == 0)
        {
            return new RatingYearGroups(year, asOf, subtree, []);
        }

        var campaignIds = campaigns.Select(c => c.Id).ToList();
        var ratingsOfCampaigns = db.Set<MemberRating>().Where(r => campaignIds.Contains(r.CampaignId));
        var corrected = db.Set<RatingCorrection>().Select(c => c.RatingId);
        var withCorrections = await ratingsOfCampaigns.Where(r => corrected.Contains(r.Id))
            .Select(r => new { r.Id, r.CampaignId, r.CellId, r.Rated, r.NotRatedReason, r.DecidedLevel, r.ProposedLevel, r.TaskGroup, r.CapCodes })
            .ToListAsync(cancellationToken);
        // The lines counted by their figures (ADR 0110: kept by the database as the lines are written), less the
        // corrected lines, counted below one by one with their level as of the day.
        var plain = await RatingLineCounts.CountedAsync(
            db.Set<RatingLineCount>().Where(c => campaignIds.Contains(c.CampaignId)),
            withCorrections.Select(r => new RatingLineKey(r.CampaignId, r.CellId, r.Rated, r.NotRatedReason, r.DecidedLevel, r.ProposedLevel, r.TaskGroup, r.CapCodes)),
            cancellationToken);
        var correctedIds = withCorrections.Select(r => r.Id).ToList();
        var corrections = correctedIds.Count == 0
            ? Enumerable.Empty<RatingCorrection>().ToLookup(c => c.RatingId)
            : (await db.Set<RatingCorrection>().AsNoTracking().Where(c => correctedIds.Contains(c.RatingId)).ToListAsync(cancellationToken)).ToLookup(c => c.RatingId);
        var campaignOrganizations = campaigns.Select(c => c.OrganizationId).Distinct().ToList();
        var names = await db.OrganizationNamesAsync(campaignOrganizations, cancellationToken);

        var counted = campaigns.ToDictionary(c => c.Id, c => c.PublishedOn is { } published && published <= asOf);
        var groups = plain
            .Select(p => new RatingLineGroup(
                p.Key.CampaignId, p.Key.CellId, p.Key.Rated, p.Key.NotRatedReason, p.Key.Rated ? counted[p.Key.CampaignId] ? p.Key.DecidedLevel : p.Key.DecidedLevel ?? p.Key.ProposedLevel : null,
                p.Key.TaskGroup, p.Key.CapCodes, p.Value))
            .Concat(withCorrections.Select(r => new RatingLineGroup(
                r.CampaignId, r.CellId, r.Rated, r.NotRatedReason,
                r.Rated ? counted[r.CampaignId] ? LevelOn(r.DecidedLevel, corrections[r.Id], asOf) : r.DecidedLevel ?? r.ProposedLevel : null, r.TaskGroup, r.CapCodes, 1)))
            .ToLookup(g => g.CampaignId);
        return new RatingYearGroups(
            year,
            asOf,
            subtree,
            [.. campaigns.OrderBy(c => names[c.OrganizationId], StringComparer.Ordinal).Select(c => new CampaignLineGroups(
                c, names[c.OrganizationId], rules.Find(c.RuleSetCode) ?? rules.InForceOn(MemberRatingRuleSet.ReferenceDate(year)), counted[c.Id], [.. groups[c.Id]]))]);
    }

    /// <summary>
    /// How many of the lines listed as exempt or suspended in the counted campaigns of <paramref name="ratingYear"/>,
    /// rated by a cell of its subtree, are suspended (a suspension covers the campaign's reference day, <see cref="ReferenceDay"/>): only those lines are read.
    /// </summary>
    public static async Task<int> SuspendedCountAsync(this IAppDbContext db, RatingYearGroups ratingYear, CancellationToken cancellationToken)
    {
        var campaigns = ratingYear.Campaigns.Where(c => c.Counted && c.Groups.Any(g => g.NotRatedReason == NotRatedReason.ExemptOrSuspended && !g.Rated))
            .ToDictionary(c => c.Campaign.Id, c => ReferenceDay(c.Campaign));
        if (campaigns.Count == 0)
        {
            return 0;
        }

        var excused = (await ExcusedLines(db, [.. campaigns.Keys]).ToListAsync(cancellationToken))
            .Where(r => ratingYear.Subtree is null || ratingYear.Subtree.Contains(r.CellId))
            .ToList();
        var ids = excused.Select(x => x.MemberId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        var byMember = (await db.Set<MemberCondition>().AsNoTracking()
                .Where(c => ids.Contains(c.MemberId) && c.Kind == MemberConditionKind.Suspension)
                .Select(c => new { c.MemberId, c.StartsOn, c.EndsOn })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.MemberId);
        return excused.Count(x => byMember[x.MemberId].Any(s => s.StartsOn <= campaigns[x.CampaignId] && (s.EndsOn == null || s.EndsOn >= campaigns[x.CampaignId])));
    }

    /// <summary>
    /// The lines of <paramref name="campaignIds"/> listed as exempt or suspended: found through their partial index
    /// (<c>IX_MemberRatings_Excused</c>, ADR 0110), not by reading the campaigns' other lines.
    /// </summary>
    internal static IQueryable<ExcusedLine> ExcusedLines(IAppDbContext db, List<Guid> campaignIds) =>
        db.Set<MemberRating>().AsNoTracking()
            .Where(r => campaignIds.Contains(r.CampaignId) && !r.Rated && r.NotRatedReason == NotRatedReason.ExemptOrSuspended)
            .Select(r => new ExcusedLine(r.MemberId, r.CampaignId, r.CellId));

    /// <summary>A line listed as exempt or suspended.</summary>
    internal sealed record ExcusedLine(Guid MemberId, Guid CampaignId, Guid CellId);

    /// <summary>
    /// The level of a published rating on <paramref name="asOf"/>: the last correction dated on or before it, else the
    /// committee's decision as published (the level before the first correction).
    /// </summary>
    public static EvaluationLevel? LevelOn(MemberRating rating, DateOnly asOf) => LevelOn(rating.DecidedLevel, rating.Corrections, asOf);

    /// <summary>The level on <paramref name="asOf"/> of a published decision <paramref name="decided"/> with its <paramref name="corrections"/>.</summary>
    public static EvaluationLevel? LevelOn(EvaluationLevel? decided, IEnumerable<RatingCorrection> corrections, DateOnly asOf)
    {
        var ordered = corrections.OrderBy(c => c.CorrectedOn).ThenBy(c => c.Id).ToList();
        if (ordered.Count == 0)
        {
            return decided;
        }

        return ordered.LastOrDefault(c => c.CorrectedOn <= asOf) is { } last ? last.ToLevel : ordered[0].FromLevel;
    }

    /// <summary>
    /// The members' figures of the campaigns of <paramref name="year"/> published on or before <paramref name="asOf"/>,
    /// per rating cell (with the cell's materialised path): the lines' counts kept by the database (ADR 0110) summed in
    /// SQL per cell, rated and decided level, and only the few corrected ratings read one by one (their level as of the day is
    /// <see cref="LevelOn(EvaluationLevel?, IEnumerable{RatingCorrection}, DateOnly)"/>). The figures of a subtree are
    /// the sum over the cells whose path starts with the root's (<see cref="CellRatingCounts.SharesOf"/>): the same
    /// shares as the campaigns' lines counted one by one (a campaign rates cells under its organisation, so the lines rated by
    /// a cell of a subtree all come from a campaign in the subtree or above its root), read once per request however many
    /// targets or organisations ask. Only the lines rated by the cells whose path starts with <paramref name="rootPath"/>
    /// are read (ADR 0106); the subtrees under that root get the same figures.
    /// </summary>
    public static async Task<CellRatingCounts> CellCountsAsync(this IAppDbContext db, int year, DateOnly asOf, string rootPath, CancellationToken cancellationToken)
    {
        var cellsUnderRoot = db.Set<PartyOrganization>().Where(o => o.Path.StartsWith(rootPath)).Select(o => o.Id);
        var published = db.Set<RatingCampaign>()
            .Where(c => c.Year == year && c.Steps.Any(s => s.Step == RatingStep.Published && s.ReachedOn != null && s.ReachedOn <= asOf))
            .Select(c => c.Id);
        var ratings = db.Set<MemberRating>().Where(r => published.Contains(r.CampaignId) && cellsUnderRoot.Contains(r.CellId));
        // Every line from the counts kept by the database (ADR 0110), summed per cell, rated and decided level; the
        // corrected lines (few) read one by one: counted out under their stored level, in under their level as of the day.
        var counted = await db.Set<RatingLineCount>().Where(c => published.Contains(c.CampaignId) && cellsUnderRoot.Contains(c.CellId) && c.Count != 0)
            .GroupBy(c => new { c.CellId, c.Rated, c.DecidedLevel })
            .Select(g => new { g.Key.CellId, g.Key.Rated, g.Key.DecidedLevel, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var corrected = db.Set<RatingCorrection>().Select(c => c.RatingId);
        var withCorrections = await ratings.Where(r => corrected.Contains(r.Id))
            .Select(r => new { r.Id, r.CellId, r.Rated, r.DecidedLevel })
            .ToListAsync(cancellationToken);
        var corrections = (await (from c in db.Set<RatingCorrection>().AsNoTracking()
                                  join r in ratings on c.RatingId equals r.Id
                                  select c).ToListAsync(cancellationToken)).ToLookup(c => c.RatingId);
        var rows = counted.Select(p => (p.CellId, Level: p.Rated ? RatingLineCount.Parse<EvaluationLevel>(p.DecidedLevel) : null, p.Count))
            .Concat(withCorrections.Select(r => (r.CellId, Level: r.Rated ? r.DecidedLevel : null, Count: -1)))
            .Concat(withCorrections.Select(r => (r.CellId, Level: r.Rated ? LevelOn(r.DecidedLevel, corrections[r.Id], asOf) : null, Count: 1)))
            .ToList();
        var cellIds = rows.Select(r => r.CellId).Distinct().ToList();
        var paths = await db.Set<PartyOrganization>().Where(o => cellIds.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToDictionaryAsync(o => o.Id, o => o.Path, cancellationToken);
        var cells = new PathOrdered<CellRatingCount>(rows.GroupBy(r => r.CellId)
            .Select(g => new CellRatingCount(
                g.Key,
                paths.GetValueOrDefault(g.Key) ?? string.Empty,
                g.Sum(r => r.Count),
                g.Where(r => r.Level is not null).Sum(r => r.Count),
                g.Where(r => r.Level <= EvaluationLevel.Good).Sum(r => r.Count),
                g.Where(r => r.Level == EvaluationLevel.Excellent).Sum(r => r.Count))),
            c => c.Path);
        return new CellRatingCounts(year, asOf, cells);
    }

    /// <summary>part / whole × 100 rounded to two decimals; null when the whole is 0 (no figure, not 0%).</summary>
    public static decimal? Percent(int part, int whole) => whole == 0 ? null : decimal.Round(part * 100m / whole, 2);

    /// <summary>The day the campaign listed its members: the opening day, at the latest the year's last day.</summary>
    public static DateOnly ReferenceDay(RatingCampaign campaign)
    {
        var last = MemberRatingRuleSet.ReferenceDate(campaign.Year);
        return campaign.OpenedOn < last ? campaign.OpenedOn : last;
    }
}

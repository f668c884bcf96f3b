using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// Brings the published 2020 campaign (<see cref="DemoRatings"/>) to the seed resolution's picture — at least 90% of the
/// members GOOD or better, of which 20% EXCELLENT — through dated corrections after publication (31/12/2020, the only
/// way a published result changes): as few COMPLETED members corrected to GOOD as make the GOOD-or-better a multiple of
/// five, then GOOD members corrected to EXCELLENT up to exactly the quota (20% of those GOOD or better). Each
/// correction goes through the domain model (within the caps; the quota is checked after each step). Before 31/12/2020
/// the figures are those published on 30/12.
/// </summary>
public static class DemoRatingFigures
{
    /// <summary>The day of the corrections.</summary>
    public static readonly DateOnly CorrectedOn = new(DemoRatings.Year, 12, 31);

    public static void Add(AppDbContext db)
    {
        var campaign = db.ChangeTracker.Entries<RatingCampaign>().Select(e => e.Entity).Single(c => c.Id == DemoRatings.CampaignId);
        var rules = MemberRatingRuleSet.Statutory.Find(campaign.RuleSetCode)!;
        var rated = db.ChangeTracker.Entries<MemberRating>().Select(e => e.Entity)
            .Where(r => r.CampaignId == DemoRatings.CampaignId && r.Rated && r.CapCodes is null)
            .OrderBy(r => r.Id)
            .ToList();
        var all = db.ChangeTracker.Entries<MemberRating>().Select(e => e.Entity).Where(r => r.CampaignId == DemoRatings.CampaignId && r.Rated).ToList();

        var goodOrBetter = all.Count(r => r.DecidedLevel <= EvaluationLevel.Good);
        foreach (var rating in rated.Where(r => r.DecidedLevel == EvaluationLevel.Completed).Take((5 - (goodOrBetter % 5)) % 5))
        {
            Correct(campaign, rules, all, rating, EvaluationLevel.Good, "Rà soát lại: hoàn thành tốt nhiệm vụ được giao trong năm");
        }

        goodOrBetter = all.Count(r => r.DecidedLevel <= EvaluationLevel.Good);
        var missing = RatingRules.QuotaFor(rules, goodOrBetter) - all.Count(r => r.DecidedLevel == EvaluationLevel.Excellent);
        foreach (var rating in rated.Where(r => r.DecidedLevel == EvaluationLevel.Good).Reverse().Take(missing))
        {
            Correct(campaign, rules, all, rating, EvaluationLevel.Excellent, "Bổ sung thành tích được cấp có thẩm quyền công nhận trong năm");
        }
    }

    private static void Correct(RatingCampaign campaign, MemberRatingRuleSet rules, List<MemberRating> all, MemberRating rating, EvaluationLevel level, string reason)
    {
        rating.Correct(campaign, new RatedLevel(level, null), [], reason, CorrectedOn, CorrectedOn);
        RatingRules.EnsureQuota(rules, [.. all.Select(r => (r.DecidedLevel!.Value, r.TaskGroup))]);
    }
}

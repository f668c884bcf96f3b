using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.Timeline;

/// <summary>
/// A member's annual ratings on his timeline, each on its own date and naming the campaign's rule set: the
/// self-assessment submitted (<c>rating.self_assessment</c>), the cell's proposal (<c>rating.proposal</c>, with the caps
/// applied), the committee's decision (<c>rating.decision</c>, the level decided; listed once the results are published,
/// since until then it is not a result) and each dated correction with its reason (<c>rating.correction</c>).
/// </summary>
public sealed class RatingTimelineSource(IAppDbContext db, RuleBook<MemberRatingRuleSet> rules) : IMemberTimelineSource
{
    public const string SourceName = "ratings";

    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var ratings = await db.MemberRatings.AsNoTracking().Include(r => r.Corrections)
            .Where(r => r.MemberId == memberId && r.Rated)
            .ToListAsync(cancellationToken);
        if (ratings.Count == 0)
        {
            return [];
        }

        var campaignIds = ratings.Select(r => r.CampaignId).Distinct().ToList();
        var campaigns = await db.RatingCampaigns.AsNoTracking().Include(c => c.Steps)
            .Where(c => campaignIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        string Level(EvaluationLevel level) => EvaluationLabels.Of(level).For(language);

        var events = new List<TimelineEvent>();
        foreach (var r in ratings)
        {
            var campaign = campaigns[r.CampaignId];
            var set = rules.RulesOf(campaign);
            var year = campaign.Year.ToString(CultureInfo.InvariantCulture);
            Dictionary<string, string?> Details(EvaluationLevel level, decimal? score) => new(StringComparer.Ordinal)
            {
                ["ratingId"] = r.Id.ToString(),
                ["campaignId"] = campaign.Id.ToString(),
                ["year"] = year,
                ["level"] = WireFormat.Code(level),
                ["score"] = score?.ToString(CultureInfo.InvariantCulture),
                ["ruleSetCode"] = set.Source.Code,
                ["ruleSetSource"] = set.Source.Source,
            };

            if (r.SelfAssessedOn is { } selfOn && r.SelfLevel is { } self)
            {
                events.Add(new(selfOn, "rating.self_assessment", Messages.Format("rating.timeline_self_assessment", year, Level(self)), null, Details(self, r.SelfScore), SourceName));
            }

            if (r.ProposedOn is { } proposedOn && r.ProposedLevel is { } proposed)
            {
                var details = Details(proposed, r.ProposedScore);
                details["caps"] = r.CapCodes;
                events.Add(new(proposedOn, "rating.proposal", Messages.Format("rating.timeline_proposal", year, Level(proposed)), null, details, SourceName));
            }

            if (campaign.PublishedOn is not null && r.DecidedOn is { } decidedOn && r.DecidedLevel is { } current)
            {
                // The decision as decided: a later correction changed the current level, and records the level it replaced.
                var ordered = r.Corrections.OrderBy(c => c.CorrectedOn).ThenBy(c => c.Id).ToList();
                var decided = ordered.Count > 0 ? ordered[0].FromLevel : current;
                var details = Details(decided, ordered.Count > 0 ? null : r.DecidedScore);
                details["publishedOn"] = WireFormat.Date(campaign.PublishedOn.Value);
                events.Add(new(decidedOn, "rating.decision", Messages.Format("rating.timeline_decision", year, Level(decided)), null, details, SourceName));
                foreach (var c in ordered)
                {
                    var correction = Details(c.ToLevel, c.ToScore);
                    correction["fromLevel"] = WireFormat.Code(c.FromLevel);
                    correction["reason"] = c.Reason;
                    correction["correctionId"] = c.Id.ToString();
                    events.Add(new(
                        c.CorrectedOn, "rating.correction", Messages.Format("rating.timeline_correction", year, Level(c.FromLevel), Level(c.ToLevel), c.Reason), null, correction, SourceName));
                }
            }
        }

        return [.. events.OrderBy(e => e.Date).ThenBy(e => e.Kind, StringComparer.Ordinal)];
    }
}

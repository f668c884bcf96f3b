using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings;

/// <summary>Scoped look-ups of the rating campaigns.</summary>
internal static class RatingAccess
{
    /// <summary>
    /// Loads a campaign the caller sees: one of an organisation in its scope, or above it (a cell's secretary works in the
    /// committee's campaign); with <paramref name="manage"/>, only one of an organisation in its scope. 404 otherwise.
    /// </summary>
    public static async Task<RatingCampaign> LoadCampaignAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, bool manage, CancellationToken cancellationToken)
    {
        var campaigns = tracking ? db.RatingCampaigns : db.RatingCampaigns.AsNoTracking();
        var campaign = await campaigns.Include(c => c.Steps).Include(c => c.OrganizationRatings).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var path = campaign is null ? null : await db.Organizations.AsNoTracking().Where(o => o.Id == campaign.OrganizationId).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var visible = path is not null && (manage
            ? prefix is null || path.StartsWith(prefix, StringComparison.Ordinal)
            : EvaluationAccess.SeesRegisterOf(prefix, path));
        return visible ? campaign! : throw new NotFoundException("rating_campaign.not_found", "Rating campaign", id);
    }

    /// <summary>
    /// Loads a member's rating the caller may reach: a member acting as such only his own; other roles one rated by a cell
    /// in their scope. 404 <c>rating.not_found</c> otherwise.
    /// </summary>
    public static async Task<MemberRating> LoadRatingAsync(
        this IAppDbContext db, IOrganizationScope scope, ICurrentUser user, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var ratings = tracking ? db.MemberRatings : db.MemberRatings.AsNoTracking();
        var rating = await ratings.Include(r => r.Corrections).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var visible = rating is not null && (user.ActsAsMember()
            ? user.MemberId == rating.MemberId
            : await scope.CoversAsync(rating.CellId, cancellationToken));
        return visible ? rating! : throw new NotFoundException("rating.not_found", "Member rating", id);
    }

    /// <summary>The facts the data gives of a member's year (discipline, civil-servant rating) with those the cell recorded.</summary>
    public static async Task<MemberYearFacts> FactsAsync(
        this MemberRating rating, int year, IDisciplineRecords discipline, IEnumerable<ICivilServantRatingLookup> civilServants, CancellationToken cancellationToken)
    {
        var record = await discipline.ForYearAsync(DisciplineSubject.Member(rating.MemberId), year, cancellationToken);
        EvaluationLevel? civil = null;
        foreach (var lookup in civilServants)
        {
            var levels = await lookup.ForMembersAsync([rating.MemberId], year, cancellationToken);
            if (levels.TryGetValue(rating.MemberId, out var level))
            {
                civil = level;
            }
        }

        return rating.Facts(record.Disciplined, record.SelfDetectedAndRemedied, civil);
    }

    /// <summary>The rule set a campaign applies.</summary>
    public static MemberRatingRuleSet RulesOf(this RuleBook<MemberRatingRuleSet> book, RatingCampaign campaign) =>
        book.Find(campaign.RuleSetCode) ?? book.InForceOn(MemberRatingRuleSet.ReferenceDate(campaign.Year));
}

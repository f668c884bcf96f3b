using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Ratings.SubmitSelfAssessment;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.DecideRating;

/// <summary>The committee's decision on a member's level.</summary>
/// <param name="Level">The level (on the 100-point scale: optional, the score gives it); not above a cap, within the quota.</param>
/// <param name="Score">Score 0–100 (100-point scale only).</param>
/// <param name="DecidedOn">The day (within the decision step; default today).</param>
public sealed record RatingDecisionInput(EvaluationLevel? Level, decimal? Score, DateOnly? DecidedOn);

public sealed record DecideRatingCommand(Guid Id, long ExpectedVersion, RatingDecisionInput Input) : ICommand<MemberRatingDto>;

public sealed class DecideRatingValidator : AbstractValidator<DecideRatingCommand>
{
    public DecideRatingValidator() => this.AddLevelRules(c => c.Input.Level, c => c.Input.Score);
}

/// <summary>Shared by the decision and the correction: the caps from the data, and the quota over the whole campaign with the new level.</summary>
internal static class RatingDecisions
{
    public static async Task<IReadOnlyList<RatingCap>> CapsAsync(
        this MemberRating rating, RatingCampaign campaign, MemberRatingRuleSet set, IDisciplineRecords discipline, IEnumerable<ICivilServantRatingLookup> civilServants,
        RatingOptions options, CancellationToken cancellationToken) =>
        RatingRules.CapsFor(set, await rating.FactsAsync(campaign.Year, discipline, civilServants, cancellationToken), options.SickLeaveCapMonths);

    /// <summary>
    /// Changes a member's level (a decision or a correction) under the lock of the campaign's organisation: the quota
    /// compares this rating with every other decided one, so two concurrent decisions run one after the other and the
    /// second sees the first (ADR 0012). Loads, checks the version, applies the caps and the quota, saves.
    /// </summary>
    public static async Task<MemberRatingDto> ChangeLevelAsync(
        this IAppDbContext db, IOrganizationScope scope, ICurrentUser user, Guid id, long expectedVersion, RuleBook<MemberRatingRuleSet> rules,
        IDisciplineRecords discipline, IEnumerable<ICivilServantRatingLookup> civilServants, RatingOptions options,
        Action<MemberRating, RatingCampaign, MemberRatingRuleSet, IReadOnlyList<RatingCap>> change, CancellationToken cancellationToken)
    {
        var found = await db.LoadRatingAsync(scope, user, id, tracking: false, cancellationToken);
        var organizationId = await db.RatingCampaigns.Where(c => c.Id == found.CampaignId).Select(c => c.OrganizationId).FirstAsync(cancellationToken);
        return await db.ExclusiveAsync([Locks.Organization(organizationId)], async ct =>
        {
            var rating = await db.LoadRatingAsync(scope, user, id, tracking: true, ct);
            rating.EnsureVersion(expectedVersion);
            var campaign = await db.RatingCampaigns.AsNoTracking().Include(c => c.Steps).FirstAsync(c => c.Id == rating.CampaignId, ct);
            var set = rules.RulesOf(campaign);
            change(rating, campaign, set, await rating.CapsAsync(campaign, set, discipline, civilServants, options, ct));
            // The other decisions counted in SQL by level and task group (the quota reads counts, issue 12).
            var others = await db.MemberRatings.AsNoTracking()
                .Where(r => r.CampaignId == campaign.Id && r.Rated && r.Id != rating.Id && r.DecidedLevel != null)
                .GroupBy(r => new { r.DecidedLevel, r.TaskGroup })
                .Select(g => new { g.Key.DecidedLevel, g.Key.TaskGroup, Count = g.Count() })
                .ToListAsync(ct);
            RatingRules.EnsureQuota(set, others.Select(o => (o.DecidedLevel!.Value, o.TaskGroup, o.Count)).Append((rating.DecidedLevel!.Value, rating.TaskGroup, 1)));
            db.MemberRatings.Entry(rating).Property(r => r.UpdatedAt).IsModified = true;
            await db.SaveChangesAsync(ct);
            return await db.ToDtoAsync(rating, rules, discipline, civilServants, options, ct);
        }, cancellationToken);
    }
}

public sealed class DecideRatingHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline,
    IEnumerable<ICivilServantRatingLookup> civilServants, RatingOptions options)
    : ICommandHandler<DecideRatingCommand, MemberRatingDto>
{
    public async ValueTask<MemberRatingDto> Handle(DecideRatingCommand command, CancellationToken cancellationToken)
    {
        var today = time.TodayInVietnam();
        return await db.ChangeLevelAsync(scope, user, command.Id, command.ExpectedVersion, rules, discipline, civilServants, options,
            (rating, campaign, set, caps) => rating.Decide(campaign, RatedLevel.Of(set, command.Input.Level, command.Input.Score), caps, command.Input.DecidedOn ?? today, today),
            cancellationToken);
    }
}

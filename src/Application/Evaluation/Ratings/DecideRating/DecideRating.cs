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

    public static async Task EnsureQuotaAsync(this IAppDbContext db, MemberRating rating, RatingCampaign campaign, MemberRatingRuleSet set, CancellationToken cancellationToken)
    {
        var others = await db.MemberRatings.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id && r.Rated && r.Id != rating.Id && r.DecidedLevel != null)
            .Select(r => new { r.DecidedLevel, r.TaskGroup })
            .ToListAsync(cancellationToken);
        RatingRules.EnsureQuota(set, [.. others.Select(o => (o.DecidedLevel!.Value, o.TaskGroup)), (rating.DecidedLevel!.Value, rating.TaskGroup)]);
    }
}

public sealed class DecideRatingHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline,
    IEnumerable<ICivilServantRatingLookup> civilServants, RatingOptions options)
    : ICommandHandler<DecideRatingCommand, MemberRatingDto>
{
    public async ValueTask<MemberRatingDto> Handle(DecideRatingCommand command, CancellationToken cancellationToken)
    {
        var rating = await db.LoadRatingAsync(scope, user, command.Id, tracking: true, cancellationToken);
        rating.EnsureVersion(command.ExpectedVersion);
        var campaign = await db.RatingCampaigns.AsNoTracking().Include(c => c.Steps).FirstAsync(c => c.Id == rating.CampaignId, cancellationToken);
        var set = rules.RulesOf(campaign);
        var caps = await rating.CapsAsync(campaign, set, discipline, civilServants, options, cancellationToken);
        var today = time.TodayInVietnam();
        rating.Decide(campaign, RatedLevel.Of(set, command.Input.Level, command.Input.Score), caps, command.Input.DecidedOn ?? today, today);
        await db.EnsureQuotaAsync(rating, campaign, set, cancellationToken);
        db.MemberRatings.Entry(rating).Property(r => r.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(rating, rules, discipline, civilServants, options, cancellationToken);
    }
}

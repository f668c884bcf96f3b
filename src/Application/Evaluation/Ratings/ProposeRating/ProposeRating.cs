using System.ComponentModel.DataAnnotations;
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

namespace PartyCommittee.Application.Evaluation.Ratings.ProposeRating;

/// <summary>The cell's review and proposal for a member.</summary>
/// <param name="Level">The proposed level (on the 100-point scale: optional, the score gives it); not above a cap.</param>
/// <param name="Score">Score 0–100 (100-point scale only).</param>
/// <param name="Comments">The cell's comments.</param>
/// <param name="OtherOrganizationComments">The host's (temporary transfer) or the previous cell's (moved cells) comments.</param>
/// <param name="TaskGroup">Group of comparable tasks (for the quota where the rule set counts per group).</param>
/// <param name="ConcludedDegraded">Concluded by the competent body to show signs of degradation (caps at NOT_COMPLETED).</param>
/// <param name="UnderHalfTargets">Reached under 50% of the year's targets (caps at NOT_COMPLETED).</param>
/// <param name="SickLeaveMonths">Months of sick leave in the year (from the setting's months: below GOOD).</param>
/// <param name="ProposedOn">The day (within the cell-review step; default today).</param>
/// <param name="Points">On the 100-point scale of Quy định 366-QĐ/TW: points per criteria group (GENERAL up to 30, TASK_RESULTS up to 70); the score is their sum.</param>
public sealed record RatingProposalInput(
    EvaluationLevel? Level,
    decimal? Score,
    string? Comments,
    string? OtherOrganizationComments,
    string? TaskGroup,
    [property: Required] bool? ConcludedDegraded,
    [property: Required] bool? UnderHalfTargets,
    [property: Required] int? SickLeaveMonths,
    DateOnly? ProposedOn,
    IReadOnlyList<GroupPointsInput>? Points = null);

public sealed record ProposeRatingCommand(Guid Id, long ExpectedVersion, RatingProposalInput Input) : ICommand<MemberRatingDto>;

public sealed class ProposeRatingValidator : AbstractValidator<ProposeRatingCommand>
{
    public ProposeRatingValidator()
    {
        this.AddLevelRules(c => c.Input.Level, c => c.Input.Score, c => c.Input.Points);
        RuleFor(c => c.Input.Comments).MaximumLength(MemberRating.CommentsMaxLength).OverridePropertyName("comments");
        RuleFor(c => c.Input.OtherOrganizationComments).MaximumLength(MemberRating.CommentsMaxLength).OverridePropertyName("otherOrganizationComments");
        RuleFor(c => c.Input.TaskGroup).MaximumLength(MemberRating.TaskGroupMaxLength).OverridePropertyName("taskGroup");
        RuleFor(c => c.Input.ConcludedDegraded).NotNull().OverridePropertyName("concludedDegraded");
        RuleFor(c => c.Input.UnderHalfTargets).NotNull().OverridePropertyName("underHalfTargets");
        RuleFor(c => c.Input.SickLeaveMonths).NotNull().InclusiveBetween(0, 12).OverridePropertyName("sickLeaveMonths");
    }
}

public sealed class ProposeRatingHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline,
    IEnumerable<ICivilServantRatingLookup> civilServants, RatingOptions options)
    : ICommandHandler<ProposeRatingCommand, MemberRatingDto>
{
    public async ValueTask<MemberRatingDto> Handle(ProposeRatingCommand command, CancellationToken cancellationToken)
    {
        var rating = await db.LoadRatingAsync(scope, user, command.Id, tracking: true, cancellationToken);
        rating.EnsureVersion(command.ExpectedVersion);
        var campaign = await db.RatingCampaigns.AsNoTracking().Include(c => c.Steps).FirstAsync(c => c.Id == rating.CampaignId, cancellationToken);
        var set = rules.RulesOf(campaign);
        var input = command.Input;
        var data = await rating.FactsAsync(campaign.Year, discipline, civilServants, cancellationToken);
        var facts = data with { ConcludedDegraded = input.ConcludedDegraded!.Value, UnderHalfTargets = input.UnderHalfTargets!.Value, SickLeaveMonths = input.SickLeaveMonths!.Value };
        var today = time.TodayInVietnam();
        rating.Propose(campaign, set, RatedLevel.Of(set, input.Level, input.Score, input.Points.ToDomain()), input.Comments, input.OtherOrganizationComments, input.TaskGroup, facts, options.SickLeaveCapMonths, input.ProposedOn ?? today, today);
        db.MemberRatings.Entry(rating).Property(r => r.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(rating, rules, discipline, civilServants, options, cancellationToken);
    }
}

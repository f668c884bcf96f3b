using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Ratings.DecideRating;
using PartyCommittee.Application.Evaluation.Ratings.SubmitSelfAssessment;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.CorrectRating;

/// <summary>A dated correction of a published result.</summary>
/// <param name="Level">The corrected level (on the 100-point scale: optional, the score gives it); not above a cap, within the quota.</param>
/// <param name="Score">Score 0–100 (100-point scale only).</param>
/// <param name="Reason">Why the result changes.</param>
/// <param name="CorrectedOn">The day (on or after publication, not in the future).</param>
public sealed record RatingCorrectionInput(EvaluationLevel? Level, decimal? Score, [property: Required] string? Reason, [property: Required] DateOnly? CorrectedOn);

public sealed record CorrectRatingCommand(Guid Id, long ExpectedVersion, RatingCorrectionInput Input) : ICommand<MemberRatingDto>;

public sealed class CorrectRatingValidator : AbstractValidator<CorrectRatingCommand>
{
    public CorrectRatingValidator()
    {
        this.AddLevelRules(c => c.Input.Level, c => c.Input.Score);
        RuleFor(c => c.Input.Reason).NotEmpty().MaximumLength(RatingCorrection.ReasonMaxLength).OverridePropertyName("reason");
        RuleFor(c => c.Input.CorrectedOn).NotNull().OverridePropertyName("correctedOn");
    }
}

public sealed class CorrectRatingHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline,
    IEnumerable<ICivilServantRatingLookup> civilServants, RatingOptions options)
    : ICommandHandler<CorrectRatingCommand, MemberRatingDto>
{
    public async ValueTask<MemberRatingDto> Handle(CorrectRatingCommand command, CancellationToken cancellationToken) =>
        await db.ChangeLevelAsync(scope, user, command.Id, command.ExpectedVersion, rules, discipline, civilServants, options,
            (rating, campaign, set, caps) => rating.Correct(
                campaign, RatedLevel.Of(set, command.Input.Level, command.Input.Score), caps, command.Input.Reason!, command.Input.CorrectedOn!.Value, time.TodayInVietnam()),
            cancellationToken);
}

using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.SubmitSelfAssessment;

/// <summary>A member's self-assessment.</summary>
/// <param name="Level">EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED (on the 100-point scale: optional, the score gives it).</param>
/// <param name="Score">Score 0–100 (required on the 100-point scale, refused otherwise).</param>
/// <param name="Comments">The self-assessment text.</param>
/// <param name="SubmittedOn">The day (within the self-assessment step; default today).</param>
/// <param name="Points">On the 100-point scale of Quy định 366-QĐ/TW: points per criteria group (GENERAL up to 30, TASK_RESULTS up to 70); the score is their sum.</param>
public sealed record SelfAssessmentInput(EvaluationLevel? Level, decimal? Score, string? Comments, DateOnly? SubmittedOn, IReadOnlyList<GroupPointsInput>? Points = null);

/// <summary>Points of one criteria group.</summary>
/// <param name="Group">The group's code (GET /api/v1/reference/rating-levels lists the groups of each rule set).</param>
/// <param name="Points">The points, 0 to the group's maximum.</param>
public sealed record GroupPointsInput([property: Required] string? Group, [property: Required] decimal? Points);

public sealed record SubmitSelfAssessmentCommand(Guid Id, long ExpectedVersion, SelfAssessmentInput Input) : ICommand<MemberRatingDto>;

internal static class RatingInputRules
{
    public const int MaxPointGroups = 10;

    public static void AddLevelRules<T>(this AbstractValidator<T> validator, Func<T, EvaluationLevel?> level, Func<T, decimal?> score, Func<T, IReadOnlyList<GroupPointsInput>?>? points = null)
    {
        points ??= _ => null;
        validator.RuleFor(c => level(c)).IsDefinedEnum().OverridePropertyName("level");
        validator.RuleFor(c => score(c)).InclusiveBetween(0m, 100m).PrecisionScale(5, 2, true).OverridePropertyName("score");
        validator.RuleFor(c => c).Must(c => level(c) is not null || score(c) is not null || points(c) is { Count: > 0 })
            .WithMessage("A level, a score or points per group are required.").OverridePropertyName("level");
        validator.RuleFor(c => points(c)).Must(p => p is null || p.Count <= MaxPointGroups).OverridePropertyName("points");
        validator.RuleForEach(c => points(c)).NotNull().OverridePropertyName("points");
        validator.RuleForEach(c => points(c)).ChildRules(p =>
        {
            p.RuleFor(x => x.Group).NotEmpty().MaximumLength(50);
            p.RuleFor(x => x.Points).NotNull().InclusiveBetween(0m, 100m).PrecisionScale(5, 2, true);
        }).OverridePropertyName("points");
    }

    /// <summary>The points of the input as the domain takes them.</summary>
    public static IReadOnlyList<GroupPoints>? ToDomain(this IReadOnlyList<GroupPointsInput>? points) =>
        points is null ? null : [.. points.Where(p => p is not null).Select(p => new GroupPoints(p.Group?.Trim() ?? string.Empty, p.Points ?? 0m))];
}

public sealed class SubmitSelfAssessmentValidator : AbstractValidator<SubmitSelfAssessmentCommand>
{
    public SubmitSelfAssessmentValidator()
    {
        this.AddLevelRules(c => c.Input.Level, c => c.Input.Score, c => c.Input.Points);
        RuleFor(c => c.Input.Comments).MaximumLength(MemberRating.CommentsMaxLength).OverridePropertyName("comments");
    }
}

public sealed class SubmitSelfAssessmentHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline,
    IEnumerable<ICivilServantRatingLookup> civilServants, RatingOptions options)
    : ICommandHandler<SubmitSelfAssessmentCommand, MemberRatingDto>
{
    public async ValueTask<MemberRatingDto> Handle(SubmitSelfAssessmentCommand command, CancellationToken cancellationToken)
    {
        var rating = await db.LoadRatingAsync(scope, user, command.Id, tracking: true, cancellationToken);
        rating.EnsureVersion(command.ExpectedVersion);
        var campaign = await db.RatingCampaigns.AsNoTracking().Include(c => c.Steps).FirstAsync(c => c.Id == rating.CampaignId, cancellationToken);
        var today = time.TodayInVietnam();
        rating.SelfAssess(campaign, RatedLevel.Of(rules.RulesOf(campaign), command.Input.Level, command.Input.Score, command.Input.Points.ToDomain()), command.Input.Comments, command.Input.SubmittedOn ?? today, today);
        db.MemberRatings.Entry(rating).Property(r => r.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(rating, rules, discipline, civilServants, options, cancellationToken);
    }
}

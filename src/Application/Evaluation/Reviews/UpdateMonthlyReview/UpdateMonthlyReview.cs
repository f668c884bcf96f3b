using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Reviews.RecordMonthlyReview;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Reviews.UpdateMonthlyReview;

/// <summary>The level, comments and answers of a review (PUT replaces them; the member, meeting and template stay).</summary>
/// <param name="Level">EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED.</param>
/// <param name="Comments">The cell's comments (optional).</param>
/// <param name="Checks">Answers to the template's criteria.</param>
public sealed record MonthlyReviewUpdate([property: Required] EvaluationLevel? Level, string? Comments, IReadOnlyList<CheckInput>? Checks);

public sealed record UpdateMonthlyReviewCommand(Guid Id, long ExpectedVersion, MonthlyReviewUpdate Review) : ICommand<MonthlyReviewDto>;

public sealed class UpdateMonthlyReviewValidator : AbstractValidator<UpdateMonthlyReviewCommand>
{
    public UpdateMonthlyReviewValidator() => this.AddAnswerRules(c => c.Review.Level, c => c.Review.Comments, c => c.Review.Checks);
}

public sealed class UpdateMonthlyReviewHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user)
    : ICommandHandler<UpdateMonthlyReviewCommand, MonthlyReviewDto>
{
    public async ValueTask<MonthlyReviewDto> Handle(UpdateMonthlyReviewCommand command, CancellationToken cancellationToken)
    {
        var review = await db.LoadReviewForCallerAsync(scope, user, command.Id, tracking: true, cancellationToken);
        review.EnsureVersion(command.ExpectedVersion);
        var template = await db.ReviewTemplates.AsNoTracking().Include(t => t.Criteria).FirstAsync(t => t.Id == review.TemplateId, cancellationToken);
        review.Change(template, command.Review.Level!.Value, command.Review.Comments, MonthlyReviewRules.Answers(command.Review.Checks));
        db.MonthlyReviews.Entry(review).Property(r => r.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(review, cancellationToken);
    }
}

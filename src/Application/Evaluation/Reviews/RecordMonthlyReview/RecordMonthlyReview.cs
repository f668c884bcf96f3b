using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Reviews.RecordMonthlyReview;

/// <summary>One criterion answered.</summary>
/// <param name="CriterionCode">A code of the template in force on the meeting's date.</param>
/// <param name="Met">Whether the member meets it (for a sign of degradation: shows none).</param>
/// <param name="Note">Remark (optional).</param>
public sealed record CheckInput([property: Required] string? CriterionCode, [property: Required] bool? Met, string? Note);

/// <summary>The review of a member at a meeting.</summary>
/// <param name="MeetingId">The cell's meeting (its month is the month reviewed).</param>
/// <param name="MemberId">A member counted in the cell on the meeting's date.</param>
/// <param name="Level">EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED.</param>
/// <param name="Comments">The cell's comments (optional).</param>
/// <param name="Checks">Answers to the template's criteria (any subset; each at most once).</param>
public sealed record MonthlyReviewInput(
    [property: Required] Guid? MeetingId,
    [property: Required] Guid? MemberId,
    [property: Required] EvaluationLevel? Level,
    string? Comments,
    IReadOnlyList<CheckInput>? Checks);

public sealed record RecordMonthlyReviewCommand(MonthlyReviewInput Review) : ICommand<MonthlyReviewDto>;

internal static class MonthlyReviewRules
{
    public static void AddAnswerRules<T>(this AbstractValidator<T> validator, Func<T, EvaluationLevel?> level, Func<T, string?> comments, Func<T, IReadOnlyList<CheckInput>?> checks)
    {
        validator.RuleFor(c => level(c)).NotNull().IsDefinedEnum().OverridePropertyName("level");
        validator.RuleFor(c => comments(c)).MaximumLength(MonthlyReview.CommentsMaxLength).OverridePropertyName("comments");
        validator.RuleFor(c => checks(c)).Must(c => c is null || c.Count <= ReviewTemplate.MaxCriteria).OverridePropertyName("checks");
        validator.RuleForEach(c => checks(c)).ChildRules(c =>
        {
            c.RuleFor(x => x.CriterionCode).NotEmpty().MaximumLength(ReviewTemplate.CodeMaxLength);
            c.RuleFor(x => x.Met).NotNull();
            c.RuleFor(x => x.Note).MaximumLength(MonthlyReview.NoteMaxLength);
        }).OverridePropertyName("checks");
    }

    public static IReadOnlyList<CheckAnswer> Answers(IReadOnlyList<CheckInput>? checks) =>
        [.. (checks ?? []).Select(c => new CheckAnswer(c.CriterionCode!, c.Met!.Value, c.Note))];
}

public sealed class RecordMonthlyReviewValidator : AbstractValidator<RecordMonthlyReviewCommand>
{
    public RecordMonthlyReviewValidator()
    {
        RuleFor(c => c.Review.MeetingId).NotEmpty().OverridePropertyName("meetingId");
        RuleFor(c => c.Review.MemberId).NotEmpty().OverridePropertyName("memberId");
        this.AddAnswerRules(c => c.Review.Level, c => c.Review.Comments, c => c.Review.Checks);
    }
}

public sealed class RecordMonthlyReviewHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<RecordMonthlyReviewCommand, MonthlyReviewDto>
{
    public async ValueTask<MonthlyReviewDto> Handle(RecordMonthlyReviewCommand command, CancellationToken cancellationToken)
    {
        var input = command.Review;
        var meeting = await db.CellMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == input.MeetingId, cancellationToken);
        if (meeting is null || !await scope.CoversAsync(meeting.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("monthly_review.meeting_not_found", "The meeting was not found.", RuleViolationKind.Unprocessable, input.MeetingId!.Value);
        }

        // Under the cell's lock: the one-review-a-month check sees every review committed before.
        return await db.ExclusiveAsync([Locks.Organization(meeting.OrganizationId)], async ct =>
        {
            var cell = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == meeting.OrganizationId, ct);
            var memberId = input.MemberId!.Value;
            var roster = await db.RosterOnAsync([cell.Id], meeting.HeldOn, ct);
            var earlier = await db.MonthlyReviews.AsNoTracking()
                .Where(r => r.MemberId == memberId && r.Year == meeting.HeldOn.Year && r.Month == meeting.HeldOn.Month)
                .Select(r => (Guid?)r.OrganizationId).FirstOrDefaultAsync(ct);
            var (templates, depthOf) = await db.TemplatesForAsync(cell, ct);
            var template = ReviewTemplate.InForceOn(templates, meeting.HeldOn, depthOf);

            var review = MonthlyReview.Record(
                Ids.NewVersion7(time.GetUtcNow()), meeting, memberId, [.. roster.Select(r => r.ToRoster())], template,
                input.Level!.Value, input.Comments, MonthlyReviewRules.Answers(input.Checks), earlier);
            db.MonthlyReviews.Add(review);
            await db.SaveChangesAsync(ct);
            return await db.ToDtoAsync(review, ct);
        }, cancellationToken);
    }
}

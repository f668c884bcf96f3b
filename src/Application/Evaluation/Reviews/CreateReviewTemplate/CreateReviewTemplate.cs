using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Reviews.CreateReviewTemplate;

/// <summary>A criterion as written.</summary>
/// <param name="Code">Code within the template, e.g. "TT-1" (up to 32 characters, unique in the template).</param>
/// <param name="Group">Group, e.g. "Suy thoái về tư tưởng chính trị" (optional).</param>
/// <param name="Text">Vietnamese wording.</param>
/// <param name="TextEn">English wording (optional).</param>
public sealed record CriterionInput([property: Required] string? Code, string? Group, [property: Required] string? Text, string? TextEn);

/// <summary>A template (POST creates it, PUT replaces it while no review used it).</summary>
/// <param name="OrganizationId">The owning committee (or sub-committee); it applies to the cells under it.</param>
/// <param name="Name">Name, e.g. "Tiêu chí đánh giá hằng tháng theo NQ TW4 (khóa XII) và Chỉ thị 05".</param>
/// <param name="EffectiveFrom">First day it applies (may be planned); one template per owner and day.</param>
/// <param name="Criteria">The checklist, 1 to 100 criteria, in order.</param>
public sealed record ReviewTemplateInput(
    [property: Required] Guid? OrganizationId,
    [property: Required] string? Name,
    [property: Required] DateOnly? EffectiveFrom,
    [property: Required] IReadOnlyList<CriterionInput>? Criteria);

public sealed record CreateReviewTemplateCommand(ReviewTemplateInput Template) : ICommand<ReviewTemplateDto>;

internal static class ReviewTemplateRules
{
    public static void AddTemplateRules<T>(this AbstractValidator<T> validator, Func<T, ReviewTemplateInput> input)
    {
        validator.RuleFor(c => input(c).OrganizationId).NotEmpty().OverridePropertyName("organizationId");
        validator.RuleFor(c => input(c).Name).NotEmpty().MaximumLength(ReviewTemplate.NameMaxLength).OverridePropertyName("name");
        validator.RuleFor(c => input(c).EffectiveFrom).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("effectiveFrom");
        validator.RuleFor(c => input(c).Criteria).NotEmpty().Must(c => c is null || c.Count <= ReviewTemplate.MaxCriteria).OverridePropertyName("criteria");
        validator.RuleForEach(c => input(c).Criteria).ChildRules(c =>
        {
            c.RuleFor(x => x.Code).NotEmpty().MaximumLength(ReviewTemplate.CodeMaxLength);
            c.RuleFor(x => x.Group).MaximumLength(ReviewTemplate.GroupMaxLength);
            c.RuleFor(x => x.Text).NotEmpty().MaximumLength(ReviewTemplate.TextMaxLength);
            c.RuleFor(x => x.TextEn).MaximumLength(ReviewTemplate.TextMaxLength);
        }).OverridePropertyName("criteria");
    }

    public static IReadOnlyList<CriterionText> Texts(this ReviewTemplateInput input) =>
        [.. input.Criteria!.Select(c => new CriterionText(c.Code!, c.Group, c.Text!, c.TextEn))];

    public static Task<List<DateOnly>> DatesInUseAsync(this IAppDbContext db, Guid ownerId, Guid? except, CancellationToken cancellationToken) =>
        db.ReviewTemplates.AsNoTracking().Where(t => t.OrganizationId == ownerId && t.Id != except).Select(t => t.EffectiveFrom).ToListAsync(cancellationToken);
}

public sealed class CreateReviewTemplateValidator : AbstractValidator<CreateReviewTemplateCommand>
{
    public CreateReviewTemplateValidator() => this.AddTemplateRules(c => c.Template);
}

public sealed class CreateReviewTemplateHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<CreateReviewTemplateCommand, ReviewTemplateDto>
{
    /// <summary>Under the owner's lock: the one-template-per-day check sees every template committed before.</summary>
    public ValueTask<ReviewTemplateDto> Handle(CreateReviewTemplateCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.Template.OrganizationId!.Value)], async ct =>
        {
            var input = command.Template;
            var owner = await db.LoadNamedOrganizationAsync(scope, input.OrganizationId!.Value, "review_template.organization_not_found", ct);
            var template = ReviewTemplate.Create(
                Ids.NewVersion7(time.GetUtcNow()), owner, input.Name!, input.EffectiveFrom!.Value, input.Texts(), await db.DatesInUseAsync(owner.Id, null, ct));
            db.ReviewTemplates.Add(template);
            await db.SaveChangesAsync(ct);
            return await db.ToDtoAsync(template, ct);
        }, cancellationToken));
}

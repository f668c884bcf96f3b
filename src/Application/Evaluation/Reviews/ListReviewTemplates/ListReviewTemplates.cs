using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Evaluation.Reviews.ListReviewTemplates;

/// <summary>
/// The templates the caller sees (of committees in its scope and above it), newest first; with
/// <see cref="InForceOn"/> and <see cref="OrganizationId"/>, only the one that applies to that cell on that day.
/// </summary>
public sealed record ListReviewTemplatesQuery(Guid? OrganizationId = null, DateOnly? InForceOn = null) : IQuery<IReadOnlyList<ReviewTemplateDto>>;

public sealed class ListReviewTemplatesValidator : AbstractValidator<ListReviewTemplatesQuery>
{
    public ListReviewTemplatesValidator() => RuleFor(q => q.InForceOn).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
}

public sealed class ListReviewTemplatesHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<ListReviewTemplatesQuery, IReadOnlyList<ReviewTemplateDto>>
{
    public async ValueTask<IReadOnlyList<ReviewTemplateDto>> Handle(ListReviewTemplatesQuery query, CancellationToken cancellationToken)
    {
        var root = query.OrganizationId is { } id
            ? await db.LoadOrganizationInScopeAsync(scope, id, cancellationToken)
            : null;
        var prefix = root?.Path ?? await scope.GetPathPrefixAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Path }).ToListAsync(cancellationToken);
        var visible = organizations.Where(o => EvaluationAccess.SeesRegisterOf(prefix, o.Path)).Select(o => o.Id).ToHashSet();
        var templates = await db.ReviewTemplates.AsNoTracking().Include(t => t.Criteria).ToListAsync(cancellationToken);
        templates = [.. templates.Where(t => visible.Contains(t.OrganizationId)).OrderByDescending(t => t.EffectiveFrom)];

        if (query.InForceOn is { } date && root is not null)
        {
            var (candidates, depthOf) = await db.TemplatesForAsync(root, cancellationToken);
            var inForce = Domain.Evaluation.ReviewTemplate.InForceOn(candidates, date, depthOf);
            templates = inForce is null ? [] : [.. templates.Where(t => t.Id == inForce.Id)];
        }

        var result = new List<ReviewTemplateDto>();
        foreach (var template in templates)
        {
            result.Add(await db.ToDtoAsync(template, cancellationToken));
        }

        return result;
    }
}

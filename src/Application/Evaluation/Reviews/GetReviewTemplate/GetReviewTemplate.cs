using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;

namespace PartyCommittee.Application.Evaluation.Reviews.GetReviewTemplate;

/// <summary>A template the caller sees: of a committee in its scope or above it (the template its cells apply).</summary>
public sealed record GetReviewTemplateQuery(Guid Id) : IQuery<ReviewTemplateDto>;

public sealed class GetReviewTemplateHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetReviewTemplateQuery, ReviewTemplateDto>
{
    public async ValueTask<ReviewTemplateDto> Handle(GetReviewTemplateQuery query, CancellationToken cancellationToken)
    {
        var template = await db.ReviewTemplates.AsNoTracking().Include(t => t.Criteria).FirstOrDefaultAsync(t => t.Id == query.Id, cancellationToken);
        var path = template is null ? null : await db.Organizations.AsNoTracking().Where(o => o.Id == template.OrganizationId).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
        if (template is null || path is null || !EvaluationAccess.SeesRegisterOf(await scope.GetPathPrefixAsync(cancellationToken), path))
        {
            throw new NotFoundException("review_template.not_found", "Review template", query.Id);
        }

        return await db.ToDtoAsync(template, cancellationToken);
    }
}

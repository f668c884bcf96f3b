using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.ListRatingCampaigns;

/// <summary>A campaign in a list.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The grassroots organisation.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Year">The year rated.</param>
/// <param name="RuleSetCode">The rule set applied.</param>
/// <param name="Step">The step reached.</param>
/// <param name="StepLabel">Its label.</param>
public sealed record RatingCampaignSummaryDto(Guid Id, Guid OrganizationId, string OrganizationName, int Year, string RuleSetCode, RatingStep Step, Domain.Common.BilingualLabel StepLabel);

/// <summary>The campaigns the caller sees (of organisations in its scope or above it), newest year first.</summary>
public sealed record ListRatingCampaignsQuery(Guid? OrganizationId, int? Year) : IQuery<IReadOnlyList<RatingCampaignSummaryDto>>;

public sealed class ListRatingCampaignsValidator : AbstractValidator<ListRatingCampaignsQuery>
{
    public ListRatingCampaignsValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class ListRatingCampaignsHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<ListRatingCampaignsQuery, IReadOnlyList<RatingCampaignSummaryDto>>
{
    public async ValueTask<IReadOnlyList<RatingCampaignSummaryDto>> Handle(ListRatingCampaignsQuery query, CancellationToken cancellationToken)
    {
        if (query.OrganizationId is { } id)
        {
            await db.LoadOrganizationInScopeAsync(scope, id, cancellationToken);
        }

        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var rows = await (from c in db.RatingCampaigns.AsNoTracking()
                          join o in db.Organizations.AsNoTracking() on c.OrganizationId equals o.Id
                          where (query.Year == null || c.Year == query.Year) && (query.OrganizationId == null || c.OrganizationId == query.OrganizationId)
                          select new { c.Id, c.OrganizationId, o.Name, o.Path, c.Year, c.RuleSetCode, c.Step })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => EvaluationAccess.SeesRegisterOf(prefix, r.Path))
            .OrderByDescending(r => r.Year).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new RatingCampaignSummaryDto(r.Id, r.OrganizationId, r.Name, r.Year, r.RuleSetCode, r.Step, RatingLabels.Of(r.Step)))];
    }
}

using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.ListCampaignOrganizations;

/// <summary>
/// A page of a campaign's organisations: the committee, then its cells with rated members in folded name order, each
/// with the conditions its members' levels give beside the decided level (ADR 0077); <see cref="OrganizationId"/>: that
/// organisation's row only (none when it has no rated member in the campaign).
/// </summary>
public sealed record ListCampaignOrganizationsQuery(Guid Id, Guid? OrganizationId = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<PagedList<OrganizationRatingDto>>;

public sealed class ListCampaignOrganizationsValidator : AbstractValidator<ListCampaignOrganizationsQuery>
{
    public ListCampaignOrganizationsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}

public sealed class ListCampaignOrganizationsHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline)
    : IQueryHandler<ListCampaignOrganizationsQuery, PagedList<OrganizationRatingDto>>
{
    public async ValueTask<PagedList<OrganizationRatingDto>> Handle(ListCampaignOrganizationsQuery query, CancellationToken cancellationToken)
    {
        // Whoever reads the campaign reads its organisations (a cell's secretary the whole campaign's register, as its view).
        var campaign = await db.LoadCampaignAsync(scope, query.Id, tracking: false, manage: false, cancellationToken);
        return await db.OrganizationsAsync(campaign, rules, discipline, query.OrganizationId, query.Page, query.PageSize, cancellationToken);
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.MassOrganizations.ListMassOrganizationRatings;

/// <summary>Ratings of the mass organisations led in the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record ListMassOrganizationRatingsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    int? Year = null,
    MassOrganizationKind? Kind = null,
    bool? Strong = null,
    Guid? MassOrganizationId = null) : IQuery<PagedList<MassOrganizationRatingDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["year"];
}

public sealed class ListMassOrganizationRatingsValidator : AbstractValidator<ListMassOrganizationRatingsQuery>
{
    public ListMassOrganizationRatingsValidator()
    {
        this.AddPagingRules(ListMassOrganizationRatingsQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.Kind).IsDefinedEnum();
    }
}

public sealed class ListMassOrganizationRatingsHandler(IAppDbContext db, IOrganizationScope scope)
    : IQueryHandler<ListMassOrganizationRatingsQuery, PagedList<MassOrganizationRatingDto>>
{
    public async ValueTask<PagedList<MassOrganizationRatingDto>> Handle(ListMassOrganizationRatingsQuery query, CancellationToken cancellationToken)
    {
        var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var ratings = db.MassOrganizationRatings.AsNoTracking().Include(r => r.Corrections).AsQueryable();
        if (subtree is not null)
        {
            ratings = ratings.Where(r => subtree.Contains(r.LeadingOrganizationId));
        }

        if (query.Year is { } year)
        {
            ratings = ratings.Where(r => r.Year == year);
        }

        if (query.Kind is { } kind)
        {
            ratings = ratings.Where(r => r.Kind == kind);
        }

        if (query.Strong is { } strong)
        {
            ratings = ratings.Where(r => r.IsStrong == strong);
        }

        if (query.MassOrganizationId is { } id)
        {
            ratings = ratings.Where(r => r.MassOrganizationId == id);
        }

        var sort = SortOrder.Parse(query.Sort ?? "-year", "year");
        ratings = sort.Descending ? ratings.OrderByDescending(r => r.Year).ThenBy(r => r.Id) : ratings.OrderBy(r => r.Year).ThenBy(r => r.Id);
        var page = await PagedList<MassOrganizationRating>.CreateAsync(ratings, query.Page, query.PageSize, cancellationToken);
        var ids = page.Items.Select(r => r.MassOrganizationId).Distinct().ToList();
        var names = await db.MassOrganizations.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        return page.Map(r => MassOrganizationRatingViews.ToDto(r, names.GetValueOrDefault(r.MassOrganizationId, string.Empty)));
    }
}

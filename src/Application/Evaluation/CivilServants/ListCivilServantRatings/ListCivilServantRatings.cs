using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.CivilServants;

namespace PartyCommittee.Application.Evaluation.CivilServants.ListCivilServantRatings;

/// <summary>Ratings of the organisations in the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record ListCivilServantRatingsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    int? Year = null,
    EvaluationLevel? Level = null,
    Guid? MemberId = null) : IQuery<PagedList<CivilServantRatingDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["year", "fullName"];
}

public sealed class ListCivilServantRatingsValidator : AbstractValidator<ListCivilServantRatingsQuery>
{
    public ListCivilServantRatingsValidator()
    {
        this.AddPagingRules(ListCivilServantRatingsQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.Level).IsDefinedEnum();
    }
}

public sealed class ListCivilServantRatingsHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<CivilServantRatingRuleSet> rules)
    : IQueryHandler<ListCivilServantRatingsQuery, PagedList<CivilServantRatingDto>>
{
    public async ValueTask<PagedList<CivilServantRatingDto>> Handle(ListCivilServantRatingsQuery query, CancellationToken cancellationToken)
    {
        var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var ratings = db.CivilServantRatings.AsNoTracking();
        if (subtree is not null)
        {
            ratings = ratings.Where(r => subtree.Contains(r.OrganizationId));
        }

        if (query.Year is { } year)
        {
            ratings = ratings.Where(r => r.Year == year);
        }

        if (query.Level is { } level)
        {
            ratings = ratings.Where(r => r.Level == level);
        }

        if (query.MemberId is { } memberId)
        {
            ratings = ratings.Where(r => r.MemberId == memberId);
        }

        var sort = SortOrder.Parse(query.Sort ?? "-year", "year");
        ratings = (sort.Field, sort.Descending) switch
        {
            ("fullName", false) => ratings.OrderBy(r => r.FullName).ThenBy(r => r.Id),
            ("fullName", true) => ratings.OrderByDescending(r => r.FullName).ThenBy(r => r.Id),
            ("year", false) => ratings.OrderBy(r => r.Year).ThenBy(r => r.FullName).ThenBy(r => r.Id),
            _ => ratings.OrderByDescending(r => r.Year).ThenBy(r => r.FullName).ThenBy(r => r.Id),
        };

        var page = await PagedList<CivilServantRating>.CreateAsync(ratings, query.Page, query.PageSize, cancellationToken);
        var ids = page.Items.Select(r => r.OrganizationId).Distinct().ToList();
        var names = await db.OrganizationNamesAsync(ids, cancellationToken);
        return page.Map(r => CivilServantRatingViews.ToDto(r, names.GetValueOrDefault(r.OrganizationId, string.Empty), rules));
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ElectedBodies.ListTerms;

/// <summary>Lists the terms of one organisation in the caller's scope.</summary>
public sealed record ListTermsQuery(
    Guid OrganizationId,
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<TermDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["startsOn", "name"];
}

public sealed class ListTermsValidator : AbstractValidator<ListTermsQuery>
{
    public ListTermsValidator()
    {
        this.AddPagingRules(ListTermsQuery.SortFields);
    }
}

public sealed class ListTermsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<ListTermsQuery, PagedList<TermDto>>
{
    public async ValueTask<PagedList<TermDto>> Handle(ListTermsQuery query, CancellationToken cancellationToken)
    {
        if (!await scope.CoversAsync(query.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("organization.not_found", "Organisation", query.OrganizationId);
        }

        var terms = db.Terms.AsNoTracking().Where(t => t.OrganizationId == query.OrganizationId);
        var sort = SortOrder.Parse(query.Sort, "startsOn");
        terms = (sort.Field, sort.Descending) switch
        {
            ("name", false) => terms.OrderBy(t => t.Name).ThenBy(t => t.StartsOn),
            ("name", true) => terms.OrderByDescending(t => t.Name).ThenBy(t => t.StartsOn),
            (_, true) => terms.OrderByDescending(t => t.StartsOn),
            _ => terms.OrderBy(t => t.StartsOn),
        };

        var page = await PagedList<Term>.CreateAsync(terms, query.Page, query.PageSize, cancellationToken);
        var today = time.TodayInVietnam();
        return page.Map(t => TermDto.From(t, today));
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.Elections.ListElections;

/// <summary>Lists the election records of the organisations in the caller's scope.</summary>
public sealed record ListElectionsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    Guid? TermId = null,
    BodyKind? Body = null) : IQuery<PagedList<ElectionSummaryDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["heldOn"];
}

public sealed class ListElectionsValidator : AbstractValidator<ListElectionsQuery>
{
    public ListElectionsValidator()
    {
        this.AddPagingRules(ListElectionsQuery.SortFields);
        RuleFor(q => q.Body).IsDefinedEnum();
    }
}

public sealed class ListElectionsHandler(IAppDbContext db, IOrganizationScope scope)
    : IQueryHandler<ListElectionsQuery, PagedList<ElectionSummaryDto>>
{
    public async ValueTask<PagedList<ElectionSummaryDto>> Handle(ListElectionsQuery query, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var rows = from e in db.Elections.AsNoTracking()
                   join t in db.Terms on e.TermId equals t.Id
                   join o in db.Organizations on e.OrganizationId equals o.Id
                   select new { Election = e, Term = t, Organization = o };

        if (prefix is not null)
        {
            rows = rows.Where(r => r.Organization.Path.StartsWith(prefix));
        }

        if (query.OrganizationId is { } organizationId)
        {
            if (!await scope.CoversAsync(organizationId, cancellationToken))
            {
                throw new NotFoundException("organization.not_found", "Organisation", organizationId);
            }

            rows = rows.Where(r => r.Election.OrganizationId == organizationId);
        }

        if (query.TermId is { } termId)
        {
            rows = rows.Where(r => r.Election.TermId == termId);
        }

        if (query.Body is { } body)
        {
            rows = rows.Where(r => r.Election.Body == body);
        }

        var sort = SortOrder.Parse(query.Sort, "heldOn");
        rows = sort.Descending
            ? rows.OrderByDescending(r => r.Election.HeldOn).ThenBy(r => r.Organization.Code).ThenBy(r => r.Election.Id)
            : rows.OrderBy(r => r.Election.HeldOn).ThenBy(r => r.Organization.Code).ThenBy(r => r.Election.Id);

        var projected = rows.Select(r => new ElectionSummaryDto(
            r.Election.Id, r.Election.OrganizationId, r.Organization.Name, r.Election.TermId, r.Term.Name, r.Election.Body, r.Election.Office,
            r.Election.HeldOn, r.Election.Seats, r.Election.Status, r.Election.RuleSetCode, r.Election.Version,
            r.Election.Kind, r.Election.Alternates, r.Election.Congress));
        return await PagedList<ElectionSummaryDto>.CreateAsync(projected, query.Page, query.PageSize, cancellationToken);
    }
}

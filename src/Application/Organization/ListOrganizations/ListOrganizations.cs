using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ListOrganizations;

/// <summary>Lists the organisations in the caller's scope.</summary>
public sealed record ListOrganizationsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    OrganizationType? Type = null,
    UnitKind? UnitKind = null,
    Guid? ParentId = null,
    DateOnly? ActiveOn = null,
    string? Search = null) : IQuery<PagedList<OrganizationDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["code", "name", "type", "establishedOn", "dissolvedOn"];
}

public sealed class ListOrganizationsValidator : AbstractValidator<ListOrganizationsQuery>
{
    public ListOrganizationsValidator()
    {
        this.AddPagingRules(ListOrganizationsQuery.SortFields);
        RuleFor(q => q.Type).IsDefinedEnum();
        RuleFor(q => q.UnitKind).IsDefinedEnum();
        RuleFor(q => q.Search).MaximumLength(100);
    }
}

public sealed class ListOrganizationsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<ListOrganizationsQuery, PagedList<OrganizationDto>>
{
    public async ValueTask<PagedList<OrganizationDto>> Handle(ListOrganizationsQuery query, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var organizations = db.Organizations.AsNoTracking().InScope(prefix);

        if (query.Type is { } type)
        {
            organizations = organizations.Where(o => o.Type == type);
        }

        if (query.UnitKind is { } kind)
        {
            organizations = organizations.Where(o => o.UnitKind == kind);
        }

        if (query.ParentId is { } parentId)
        {
            organizations = organizations.Where(o => o.ParentId == parentId);
        }

        if (query.ActiveOn is { } date)
        {
            organizations = organizations.Where(o => o.EstablishedOn <= date && (o.DissolvedOn == null || o.DissolvedOn > date));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            var code = query.Search.Trim().ToUpperInvariant();
            organizations = organizations.Where(o => o.NameFolded.Contains(folded) || o.Code.Contains(code));
        }

        var sort = SortOrder.Parse(query.Sort, "code");
        organizations = (sort.Field, sort.Descending) switch
        {
            ("name", false) => organizations.OrderBy(o => o.NameFolded).ThenBy(o => o.Code),
            ("name", true) => organizations.OrderByDescending(o => o.NameFolded).ThenBy(o => o.Code),
            ("type", false) => organizations.OrderBy(o => o.Type).ThenBy(o => o.Code),
            ("type", true) => organizations.OrderByDescending(o => o.Type).ThenBy(o => o.Code),
            ("establishedOn", false) => organizations.OrderBy(o => o.EstablishedOn).ThenBy(o => o.Code),
            ("establishedOn", true) => organizations.OrderByDescending(o => o.EstablishedOn).ThenBy(o => o.Code),
            ("dissolvedOn", false) => organizations.OrderBy(o => o.DissolvedOn).ThenBy(o => o.Code),
            ("dissolvedOn", true) => organizations.OrderByDescending(o => o.DissolvedOn).ThenBy(o => o.Code),
            (_, true) => organizations.OrderByDescending(o => o.Code),
            _ => organizations.OrderBy(o => o.Code),
        };

        var page = await PagedList<PartyOrganization>.CreateAsync(organizations, query.Page, query.PageSize, cancellationToken);
        var today = time.TodayInVietnam();
        return page.Map(o => OrganizationDto.From(o, today));
    }
}

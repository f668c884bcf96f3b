using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Programmes.ListProgrammes;

/// <summary>Programmes of organisations in the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record ListProgrammesQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    int? Year = null) : IQuery<PagedList<ProgrammeSummaryDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["year", "issuedOn"];
}

public sealed class ListProgrammesValidator : AbstractValidator<ListProgrammesQuery>
{
    public ListProgrammesValidator()
    {
        this.AddPagingRules(ListProgrammesQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class ListProgrammesHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<ListProgrammesQuery, PagedList<ProgrammeSummaryDto>>
{
    public async ValueTask<PagedList<ProgrammeSummaryDto>> Handle(ListProgrammesQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var programmes = db.InspectionProgrammes.AsNoTracking();
        if (organizations is not null)
        {
            var ids = organizations.ToList();
            programmes = programmes.Where(p => ids.Contains(p.OrganizationId));
        }

        if (query.Year is { } year)
        {
            programmes = programmes.Where(p => p.Year == year);
        }

        var sort = SortOrder.Parse(query.Sort ?? "-year", "year");
        programmes = (sort.Field, sort.Descending) switch
        {
            ("issuedOn", false) => programmes.OrderBy(p => p.IssuedOn).ThenBy(p => p.Id),
            ("issuedOn", true) => programmes.OrderByDescending(p => p.IssuedOn).ThenByDescending(p => p.Id),
            (_, true) => programmes.OrderByDescending(p => p.Year).ThenByDescending(p => p.Id),
            _ => programmes.OrderBy(p => p.Year).ThenBy(p => p.Id),
        };

        var total = await programmes.CountAsync(cancellationToken);
        // The page's headers with their items counted in SQL: the items themselves are the programme's (ADR 0076).
        var names = db.Organizations;
        var page = await programmes.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(p => new
            {
                p.Id,
                p.OrganizationId,
                OrganizationName = names.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).First(),
                p.Year,
                p.IssuedBy,
                p.DocumentNumber,
                p.IssuedOn,
                ItemCount = p.Items.Count(),
                p.Version,
                p.CreatedAt,
                p.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        return new PagedList<ProgrammeSummaryDto>(
            [.. page.Select(p => new ProgrammeSummaryDto(
                p.Id, p.OrganizationId, p.OrganizationName, p.Year, p.IssuedBy, InspectionLabels.Of(p.IssuedBy), p.DocumentNumber, p.IssuedOn,
                p.ItemCount, p.Version, p.CreatedAt, p.UpdatedAt))],
            query.Page,
            query.PageSize,
            total);
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Application.Organization;

namespace PartyCommittee.Application.Inspection.Dues.ListDuesSheets;

/// <summary>A sheet in a list: its totals without the lines.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The cell.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Month">First day of the month.</param>
/// <param name="RuleSetCode">The dues rules applied.</param>
/// <param name="Members">Lines on the sheet.</param>
/// <param name="TotalDue">Sum due.</param>
/// <param name="TotalPaid">Sum collected.</param>
public sealed record DuesSheetSummaryDto(Guid Id, Guid OrganizationId, string OrganizationName, DateOnly Month, string RuleSetCode, int Members, long TotalDue, long TotalPaid);

/// <summary>The sheets of the cells in the subtree, optionally of one year, newest month first.</summary>
public sealed record ListDuesSheetsQuery(Guid? OrganizationId = null, int? Year = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<PagedList<DuesSheetSummaryDto>>;

public sealed class ListDuesSheetsValidator : AbstractValidator<ListDuesSheetsQuery>
{
    public ListDuesSheetsValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}

public sealed class ListDuesSheetsHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<ListDuesSheetsQuery, PagedList<DuesSheetSummaryDto>>
{
    public async ValueTask<PagedList<DuesSheetSummaryDto>> Handle(ListDuesSheetsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var sheets = db.DuesSheets.AsNoTracking();
        if (organizations is not null)
        {
            sheets = sheets.Where(s => organizations.Contains(s.OrganizationId));
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 1);
            sheets = sheets.Where(s => s.Month >= from && s.Month <= to);
        }

        var rows = from s in sheets
                   join o in db.Organizations.AsNoTracking() on s.OrganizationId equals o.Id
                   orderby s.Month descending, o.Code, s.Id
                   select new DuesSheetSummaryDto(
                       s.Id, s.OrganizationId, o.Name, s.Month, s.RuleSetCode, s.LineCount, s.TotalDue, s.TotalPaid);
        return await PagedList<DuesSheetSummaryDto>.CreateAsync(rows, query.Page, query.PageSize, cancellationToken);
    }
}

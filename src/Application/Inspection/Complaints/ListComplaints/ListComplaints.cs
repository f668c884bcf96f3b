using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Denunciations;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Complaints;

namespace PartyCommittee.Application.Inspection.Complaints.ListComplaints;

/// <summary>Complaints about actions of the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record ListComplaintsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    int? Year = null,
    Guid? DisciplinaryActionId = null,
    ComplaintStatus? Status = null) : IQuery<PagedList<ComplaintDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["receivedOn"];
}

public sealed class ListComplaintsValidator : AbstractValidator<ListComplaintsQuery>
{
    public ListComplaintsValidator()
    {
        this.AddPagingRules(ListComplaintsQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class ListComplaintsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<InspectionRuleSet> rules)
    : IQueryHandler<ListComplaintsQuery, PagedList<ComplaintDto>>
{
    public async ValueTask<PagedList<ComplaintDto>> Handle(ListComplaintsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var items = db.Complaints.AsNoTracking();
        if (organizations is not null)
        {
            var ids = organizations.ToList();
            items = items.Where(c => ids.Contains(c.OrganizationId));
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            items = items.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        }

        if (query.DisciplinaryActionId is { } actionId)
        {
            items = items.Where(c => c.DisciplinaryActionId == actionId);
        }

        if (query.Status is { } status)
        {
            items = items.Where(c => c.Status == status);
        }

        var sort = SortOrder.Parse(query.Sort ?? "-receivedOn", "receivedOn");
        items = sort.Descending ? items.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id) : items.OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id);
        var total = await items.CountAsync(cancellationToken);
        var page = await items.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ComplaintDto>(await db.ToDtosAsync(page, rules, time.TodayInVietnam(), cancellationToken), query.Page, query.PageSize, total);
    }
}

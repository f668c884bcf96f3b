using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Denunciations;

namespace PartyCommittee.Application.Inspection.Denunciations.ListDenunciations;

/// <summary>Denunciations handled in the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record ListDenunciationsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    int? Year = null,
    Guid? MemberId = null,
    DenunciationStatus? Status = null) : IQuery<PagedList<DenunciationDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["receivedOn", "dueOn"];
}

public sealed class ListDenunciationsValidator : AbstractValidator<ListDenunciationsQuery>
{
    public ListDenunciationsValidator()
    {
        this.AddPagingRules(ListDenunciationsQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class ListDenunciationsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<InspectionRuleSet> rules)
    : IQueryHandler<ListDenunciationsQuery, PagedList<DenunciationDto>>
{
    public async ValueTask<PagedList<DenunciationDto>> Handle(ListDenunciationsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var items = db.Denunciations.AsNoTracking();
        if (organizations is not null)
        {
            var ids = organizations.ToList();
            items = items.Where(d => ids.Contains(d.OrganizationId));
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            items = items.Where(d => d.ReceivedOn >= from && d.ReceivedOn <= to);
        }

        if (query.MemberId is { } memberId)
        {
            items = items.Where(d => d.MemberId == memberId);
        }

        if (query.Status is { } status)
        {
            items = items.Where(d => d.Status == status);
        }

        var sort = SortOrder.Parse(query.Sort ?? "-receivedOn", "receivedOn");
        items = (sort.Field, sort.Descending) switch
        {
            ("dueOn", false) => items.OrderBy(d => d.DueOn).ThenBy(d => d.Id),
            ("dueOn", true) => items.OrderByDescending(d => d.DueOn).ThenByDescending(d => d.Id),
            (_, true) => items.OrderByDescending(d => d.ReceivedOn).ThenByDescending(d => d.Id),
            _ => items.OrderBy(d => d.ReceivedOn).ThenBy(d => d.Id),
        };

        var total = await items.CountAsync(cancellationToken);
        var page = await items.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedList<DenunciationDto>(await db.ToDtosAsync(page, rules, time.TodayInVietnam(), cancellationToken), query.Page, query.PageSize, total);
    }
}

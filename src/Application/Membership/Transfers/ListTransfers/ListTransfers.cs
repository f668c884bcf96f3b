using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers.ListTransfers;

/// <summary>
/// Lists the transfers in the caller's scope: those whose member's home cell, sending cell or receiving cell lies in
/// the caller's subtree (or in <see cref="OrganizationId"/>'s subtree when given). <see cref="Late"/> keeps those late
/// against one of their deadlines (started late, presented late, or sent and still waiting past the presentation deadline).
/// </summary>
public sealed record ListTransfersQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? MemberId = null,
    TransferStatus? Status = null,
    TransferKind? Kind = null,
    TransferDirection? Direction = null,
    Guid? OrganizationId = null,
    bool? Late = null) : IQuery<PagedList<TransferDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["requestedOn", "sentOn", "receivedOn"];
}

public sealed class ListTransfersValidator : AbstractValidator<ListTransfersQuery>
{
    public ListTransfersValidator()
    {
        this.AddPagingRules(ListTransfersQuery.SortFields);
        RuleFor(q => q.Status).IsDefinedEnum();
        RuleFor(q => q.Kind).IsDefinedEnum();
        RuleFor(q => q.Direction).IsDefinedEnum();
    }
}

public sealed class ListTransfersHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : IQueryHandler<ListTransfersQuery, PagedList<TransferDto>>
{
    public async ValueTask<PagedList<TransferDto>> Handle(ListTransfersQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var transfers = await db.Transfers.AsNoTracking().TouchingAsync(db, organizations, cancellationToken);

        if (query.MemberId is { } memberId)
        {
            transfers = transfers.Where(t => t.MemberId == memberId);
        }

        if (query.Status is { } status)
        {
            transfers = transfers.Where(t => t.Status == status);
        }

        if (query.Kind is { } kind)
        {
            transfers = transfers.Where(t => t.Kind == kind);
        }

        if (query.Direction is { } direction)
        {
            transfers = transfers.Where(t => t.Direction == direction);
        }

        var sort = SortOrder.Parse(query.Sort ?? "-requestedOn", "requestedOn");
        transfers = (sort.Field, sort.Descending) switch
        {
            ("sentOn", false) => transfers.OrderBy(t => t.SentOn).ThenBy(t => t.Id),
            ("sentOn", true) => transfers.OrderByDescending(t => t.SentOn).ThenByDescending(t => t.Id),
            ("receivedOn", false) => transfers.OrderBy(t => t.ReceivedOn).ThenBy(t => t.Id),
            ("receivedOn", true) => transfers.OrderByDescending(t => t.ReceivedOn).ThenByDescending(t => t.Id),
            (_, true) => transfers.OrderByDescending(t => t.RequestedOn).ThenByDescending(t => t.Id),
            _ => transfers.OrderBy(t => t.RequestedOn).ThenBy(t => t.Id),
        };

        var today = time.TodayInVietnam();
        if (query.Late is { } late)
        {
            // Lateness is working-day arithmetic over the holidays: computed on the transfers that have a deadline at all
            // (a cause recorded, or sent), then paged here. A committee has hundreds of transfers, not millions.
            var candidates = late
                ? await transfers.Where(t => t.Kind == TransferKind.Official && (t.CauseOn != null || t.SentOn != null)).ToListAsync(cancellationToken)
                : await transfers.ToListAsync(cancellationToken);
            var all = (await db.ToDtosAsync(candidates, today, rules, cancellationToken)).Where(t => (t.Late || t.StartLate) == late).ToList();
            return new PagedList<TransferDto>(
                [.. all.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], query.Page, query.PageSize, all.Count);
        }

        var page = await PagedList<Transfer>.CreateAsync(transfers, query.Page, query.PageSize, cancellationToken);
        var items = await db.ToDtosAsync(page.Items, today, rules, cancellationToken);
        return new PagedList<TransferDto>(items, page.Page, page.PageSize, page.TotalCount);
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Guests;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Guests.ListGuests;

/// <summary>
/// Guests on temporary party activity in the caller's scope, or in an organisation's subtree. With <see cref="AsOf"/>:
/// only those attending on that day (the host cell's list of temporary attendees: they attend, do not vote and are
/// not counted). <see cref="Late"/> keeps those who presented the letter late (true) or on time (false).
/// </summary>
public sealed record ListGuestsQuery(
    Guid? OrganizationId = null,
    DateOnly? AsOf = null,
    bool? Late = null,
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<GuestDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["name", "presentedOn", "until"];
}

public sealed class ListGuestsValidator : AbstractValidator<ListGuestsQuery>
{
    public ListGuestsValidator()
    {
        this.AddPagingRules(ListGuestsQuery.SortFields);
    }
}

public sealed class ListGuestsHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<TransferRuleSet> rules)
    : IQueryHandler<ListGuestsQuery, PagedList<GuestDto>>
{
    public async ValueTask<PagedList<GuestDto>> Handle(ListGuestsQuery query, CancellationToken cancellationToken)
    {
        var hosts = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        IQueryable<TemporaryGuest> guests = db.TemporaryGuests.AsNoTracking();
        if (hosts is not null)
        {
            var ids = hosts.ToList();
            guests = guests.Where(g => ids.Contains(g.HostOrganizationId));
        }

        if (query.AsOf is { } asOf)
        {
            guests = guests.Where(g => g.PresentedOn <= asOf && g.Until >= asOf && (g.ReturnedOn == null || g.ReturnedOn > asOf) && (g.ConvertedOn == null || g.ConvertedOn > asOf));
        }

        var sort = SortOrder.Parse(query.Sort, "name");
        guests = (sort.Field, sort.Descending) switch
        {
            ("presentedOn", false) => guests.OrderBy(g => g.PresentedOn).ThenBy(g => g.NameSortKey),
            ("presentedOn", true) => guests.OrderByDescending(g => g.PresentedOn).ThenBy(g => g.NameSortKey),
            ("until", false) => guests.OrderBy(g => g.Until).ThenBy(g => g.NameSortKey),
            ("until", true) => guests.OrderByDescending(g => g.Until).ThenBy(g => g.NameSortKey),
            (_, true) => guests.OrderByDescending(g => g.NameSortKey).ThenBy(g => g.Id),
            _ => guests.OrderBy(g => g.NameSortKey).ThenBy(g => g.Id),
        };

        if (query.Late is { } late)
        {
            // Lateness depends on the working-day calendar: filtered in memory over the (small) list of guests.
            var all = await guests.ToListAsync(cancellationToken);
            var dtos = (await db.ToDtosAsync(all, rules, cancellationToken)).Where(d => d.PresentedLate == late).ToList();
            return new PagedList<GuestDto>([.. dtos.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], query.Page, query.PageSize, dtos.Count);
        }

        var page = await PagedList<TemporaryGuest>.CreateAsync(guests, query.Page, query.PageSize, cancellationToken);
        var mapped = await db.ToDtosAsync(page.Items, rules, cancellationToken);
        var byId = mapped.ToDictionary(d => d.Id);
        return page.Map(g => byId[g.Id]);
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline.ListDisciplinaryActions;

/// <summary>The actions whose organisation (the member's cell, or the organisation disciplined) is in the subtree, newest first.</summary>
public sealed record ListDisciplinaryActionsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    Guid? MemberId = null,
    int? Year = null,
    DisciplineForm? Form = null,
    DisciplineStatus? Status = null) : IQuery<PagedList<DisciplinaryActionDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["proposedOn", "decidedOn"];
}

public sealed class ListDisciplinaryActionsValidator : AbstractValidator<ListDisciplinaryActionsQuery>
{
    public ListDisciplinaryActionsValidator()
    {
        this.AddPagingRules(ListDisciplinaryActionsQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.Form).IsDefinedEnum();
        RuleFor(q => q.Status).IsDefinedEnum();
    }
}

public sealed class ListDisciplinaryActionsHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<DisciplineRuleSet> rules)
    : IQueryHandler<ListDisciplinaryActionsQuery, PagedList<DisciplinaryActionDto>>
{
    public async ValueTask<PagedList<DisciplinaryActionDto>> Handle(ListDisciplinaryActionsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var actions = db.DisciplinaryActions.AsNoTracking();
        if (organizations is not null)
        {
            actions = actions.Where(a => organizations.Contains(a.OrganizationId));
        }

        if (query.MemberId is { } memberId)
        {
            actions = actions.Where(a => a.MemberId == memberId);
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            actions = actions.Where(a => (a.DecidedOn ?? a.ProposedOn) >= from && (a.DecidedOn ?? a.ProposedOn) <= to);
        }

        if (query.Form is { } form)
        {
            actions = actions.Where(a => a.Form == form);
        }

        if (query.Status is { } status)
        {
            actions = actions.Where(a => a.Status == status);
        }

        var sort = SortOrder.Parse(query.Sort ?? "-proposedOn", "proposedOn");
        actions = (sort.Field, sort.Descending) switch
        {
            ("decidedOn", false) => actions.OrderBy(a => a.DecidedOn).ThenBy(a => a.Id),
            ("decidedOn", true) => actions.OrderByDescending(a => a.DecidedOn).ThenByDescending(a => a.Id),
            (_, true) => actions.OrderByDescending(a => a.ProposedOn).ThenByDescending(a => a.Id),
            _ => actions.OrderBy(a => a.ProposedOn).ThenBy(a => a.Id),
        };

        var page = await PagedList<DisciplinaryAction>.CreateAsync(actions, query.Page, query.PageSize, cancellationToken);
        return new PagedList<DisciplinaryActionDto>(await db.ToDtosAsync(page.Items, rules, cancellationToken), page.Page, page.PageSize, page.TotalCount);
    }
}

/// <summary>
/// A member's own decided actions (the Member role's self-service view). <see cref="MemberId"/> is the member the token
/// names (claim <c>member_id</c>); a token naming none sees nothing.
/// </summary>
public sealed record ListOwnDisciplinaryActionsQuery(Guid? MemberId) : IQuery<IReadOnlyList<DisciplinaryActionDto>>;

public sealed class ListOwnDisciplinaryActionsHandler(IAppDbContext db, RuleBook<DisciplineRuleSet> rules)
    : IQueryHandler<ListOwnDisciplinaryActionsQuery, IReadOnlyList<DisciplinaryActionDto>>
{
    public async ValueTask<IReadOnlyList<DisciplinaryActionDto>> Handle(ListOwnDisciplinaryActionsQuery query, CancellationToken cancellationToken)
    {
        if (query.MemberId is not { } memberId)
        {
            return [];
        }

        var actions = await db.DisciplinaryActions.AsNoTracking()
            .Where(a => a.MemberId == memberId && a.Status == DisciplineStatus.Decided)
            .OrderByDescending(a => a.DecidedOn)
            .ToListAsync(cancellationToken);
        return await db.ToDtosAsync(actions, rules, cancellationToken);
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Application.Organization.ElectedBodies.ListElectedBodies;

/// <summary>Lists the elected bodies of the organisations in the caller's scope.</summary>
public sealed record ListElectedBodiesQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    Guid? TermId = null,
    BodyKind? Kind = null) : IQuery<PagedList<ElectedBodySummaryDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["termStartsOn", "organization"];
}

public sealed class ListElectedBodiesValidator : AbstractValidator<ListElectedBodiesQuery>
{
    public ListElectedBodiesValidator()
    {
        this.AddPagingRules(ListElectedBodiesQuery.SortFields);
        RuleFor(q => q.Kind).IsDefinedEnum();
    }
}

public sealed class ListElectedBodiesHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<ListElectedBodiesQuery, PagedList<ElectedBodySummaryDto>>
{
    public async ValueTask<PagedList<ElectedBodySummaryDto>> Handle(ListElectedBodiesQuery query, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var rows = from b in db.ElectedBodies.AsNoTracking()
                   join t in db.Terms on b.TermId equals t.Id
                   join o in db.Organizations on b.OrganizationId equals o.Id
                   select new { Body = b, Term = t, Organization = o };

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

            rows = rows.Where(r => r.Body.OrganizationId == organizationId);
        }

        if (query.TermId is { } termId)
        {
            rows = rows.Where(r => r.Body.TermId == termId);
        }

        if (query.Kind is { } kind)
        {
            rows = rows.Where(r => r.Body.Kind == kind);
        }

        var sort = SortOrder.Parse(query.Sort, "termStartsOn");
        var ordered = (sort.Field, sort.Descending) switch
        {
            ("organization", false) => rows.OrderBy(r => r.Organization.Code).ThenBy(r => r.Term.StartsOn).ThenBy(r => r.Body.Kind),
            ("organization", true) => rows.OrderByDescending(r => r.Organization.Code).ThenBy(r => r.Term.StartsOn).ThenBy(r => r.Body.Kind),
            (_, true) => rows.OrderByDescending(r => r.Term.StartsOn).ThenBy(r => r.Organization.Code).ThenBy(r => r.Body.Kind),
            _ => rows.OrderBy(r => r.Term.StartsOn).ThenBy(r => r.Organization.Code).ThenBy(r => r.Body.Kind),
        };

        var today = time.TodayInVietnam();
        // The current members counted for the page's bodies only.
        var page = await PagedList<Row>.CreateAsync(ordered, r => r.Body.Id, r => new Row(
            r.Body.Id,
            r.Body.OrganizationId,
            r.Organization.Name,
            r.Body.TermId,
            r.Term.Name,
            r.Term.StartsOn,
            r.Term.EndsOn,
            r.Body.Kind,
            r.Term.StartsOn <= today && r.Term.EndsOn >= today
                ? r.Body.Memberships.Count(m => m.StartsOn <= today && (m.EndsOn == null || m.EndsOn >= today))
                : 0,
            r.Body.Version), query.Page, query.PageSize, cancellationToken);
        return page.Map(r => new ElectedBodySummaryDto(
            r.Id, r.OrganizationId, r.OrganizationName, r.TermId, r.TermName, r.TermStartsOn, r.TermEndsOn,
            r.Kind, BodyLabels.Of(r.Kind), r.CurrentMemberCount, r.Version));
    }

    private sealed record Row(
        Guid Id,
        Guid OrganizationId,
        string OrganizationName,
        Guid TermId,
        string TermName,
        DateOnly TermStartsOn,
        DateOnly TermEndsOn,
        BodyKind Kind,
        int CurrentMemberCount,
        long Version);
}

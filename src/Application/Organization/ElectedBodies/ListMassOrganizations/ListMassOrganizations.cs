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

namespace PartyCommittee.Application.Organization.ElectedBodies.ListMassOrganizations;

/// <summary>Lists the mass organisations led by organisations in the caller's scope, each with its latest member count.</summary>
public sealed record ListMassOrganizationsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? LeadingOrganizationId = null,
    MassOrganizationKind? Kind = null) : IQuery<PagedList<MassOrganizationSummaryDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["name", "kind", "establishedOn"];
}

public sealed class ListMassOrganizationsValidator : AbstractValidator<ListMassOrganizationsQuery>
{
    public ListMassOrganizationsValidator()
    {
        this.AddPagingRules(ListMassOrganizationsQuery.SortFields);
        RuleFor(q => q.Kind).IsDefinedEnum();
    }
}

public sealed class ListMassOrganizationsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<ListMassOrganizationsQuery, PagedList<MassOrganizationSummaryDto>>
{
    public async ValueTask<PagedList<MassOrganizationSummaryDto>> Handle(ListMassOrganizationsQuery query, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var rows = from m in db.MassOrganizations.AsNoTracking()
                   join o in db.Organizations on m.LeadingOrganizationId equals o.Id
                   select new { Mass = m, Organization = o };

        if (prefix is not null)
        {
            rows = rows.Where(r => r.Organization.Path.StartsWith(prefix));
        }

        if (query.LeadingOrganizationId is { } leadingId)
        {
            if (!await scope.CoversAsync(leadingId, cancellationToken))
            {
                throw new NotFoundException("organization.not_found", "Organisation", leadingId);
            }

            rows = rows.Where(r => r.Mass.LeadingOrganizationId == leadingId);
        }

        if (query.Kind is { } kind)
        {
            rows = rows.Where(r => r.Mass.Kind == kind);
        }

        var sort = SortOrder.Parse(query.Sort, "name");
        var ordered = (sort.Field, sort.Descending) switch
        {
            ("kind", false) => rows.OrderBy(r => r.Mass.Kind).ThenBy(r => r.Mass.Name),
            ("kind", true) => rows.OrderByDescending(r => r.Mass.Kind).ThenBy(r => r.Mass.Name),
            ("establishedOn", false) => rows.OrderBy(r => r.Mass.EstablishedOn).ThenBy(r => r.Mass.Name),
            ("establishedOn", true) => rows.OrderByDescending(r => r.Mass.EstablishedOn).ThenBy(r => r.Mass.Name),
            (_, true) => rows.OrderByDescending(r => r.Mass.Name).ThenBy(r => r.Mass.Id),
            _ => rows.OrderBy(r => r.Mass.Name).ThenBy(r => r.Mass.Id),
        };

        // The latest member count looked up for the page's organisations only.
        var page = await PagedList<Row>.CreateAsync(ordered, r => r.Mass.Id, r => new Row(
            r.Mass.Id,
            r.Mass.Name,
            r.Mass.Kind,
            r.Mass.LeadingOrganizationId,
            r.Organization.Name,
            r.Mass.EstablishedOn,
            r.Mass.DissolvedOn,
            r.Mass.MemberCounts.OrderByDescending(c => c.AsOf).Select(c => (int?)c.Count).FirstOrDefault(),
            r.Mass.MemberCounts.OrderByDescending(c => c.AsOf).Select(c => (DateOnly?)c.AsOf).FirstOrDefault(),
            r.Mass.Version), query.Page, query.PageSize, cancellationToken);
        var today = time.TodayInVietnam();
        return page.Map(r => new MassOrganizationSummaryDto(
            r.Id,
            r.Name,
            r.Kind,
            BodyLabels.Of(r.Kind),
            r.LeadingOrganizationId,
            r.LeadingOrganizationName,
            r.EstablishedOn,
            r.DissolvedOn,
            (r.EstablishedOn is null || r.EstablishedOn <= today) && (r.DissolvedOn is null || r.DissolvedOn > today),
            r.LatestCount,
            r.LatestCountAsOf,
            r.Version));
    }

    private sealed record Row(
        Guid Id,
        string Name,
        MassOrganizationKind Kind,
        Guid LeadingOrganizationId,
        string LeadingOrganizationName,
        DateOnly? EstablishedOn,
        DateOnly? DissolvedOn,
        int? LatestCount,
        DateOnly? LatestCountAsOf,
        long Version);
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Organization.GetOrganizationTree;

/// <summary>The subtree rooted at one organisation; with <paramref name="ActiveOn"/>, only organisations active that day.</summary>
public sealed record GetOrganizationTreeQuery(Guid Id, DateOnly? ActiveOn = null) : IQuery<OrganizationTreeNode>;

public sealed class GetOrganizationTreeHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<GetOrganizationTreeQuery, OrganizationTreeNode>
{
    public async ValueTask<OrganizationTreeNode> Handle(GetOrganizationTreeQuery query, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var root = await db.Organizations.AsNoTracking().InScope(prefix)
            .FirstOrDefaultAsync(o => o.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("organization.not_found", "Organisation", query.Id);

        var subtree = db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(root.Path) && o.Id != root.Id);
        if (query.ActiveOn is { } date)
        {
            subtree = subtree.Where(o => o.EstablishedOn <= date && (o.DissolvedOn == null || o.DissolvedOn > date));
        }

        var descendants = await subtree.OrderBy(o => o.Code).ToListAsync(cancellationToken);
        var today = time.TodayInVietnam();
        var byParent = descendants.ToLookup(o => o.ParentId);

        OrganizationTreeNode Build(Domain.Organization.PartyOrganization organization) => new(
            OrganizationDto.From(organization, today),
            byParent[organization.Id].Select(Build).ToList());

        return Build(root);
    }
}

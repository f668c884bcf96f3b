using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Common.Security;

/// <summary>
/// Object-level authorisation: the subtree of the organisation tree the caller may see and change.
/// Admin is unrestricted; every other role acts only inside the organisation named by its token's <c>org_id</c>.
/// </summary>
public interface IOrganizationScope
{
    /// <summary>The materialised-path prefix of the caller's subtree, or null when unrestricted.</summary>
    ValueTask<string?> GetPathPrefixAsync(CancellationToken cancellationToken);

    /// <summary>True when the organisation with <paramref name="path"/> is inside the caller's scope.</summary>
    ValueTask<bool> CoversAsync(string path, CancellationToken cancellationToken);

    /// <summary>True when the organisation <paramref name="organizationId"/> exists and is inside the caller's scope.</summary>
    ValueTask<bool> CoversAsync(Guid organizationId, CancellationToken cancellationToken);

    /// <summary>
    /// The identifiers of the organisations a query may cover: the subtree of <paramref name="organizationId"/>
    /// (or of the caller's scope when null) within the caller's scope. Null means "every organisation" (an
    /// unrestricted caller asking for no particular subtree). An organisation outside the scope is a 404.
    /// </summary>
    ValueTask<IReadOnlyCollection<Guid>?> SubtreeAsync(Guid? organizationId, CancellationToken cancellationToken);

    /// <summary>
    /// The materialised path of the subtree <see cref="SubtreeAsync"/> covers for the same <paramref name="organizationId"/>
    /// (null: every organisation), with the same checks. A query over a large subtree may filter on the path of each
    /// row's organisation instead of the list of identifiers (the member list, ADR 0059).
    /// </summary>
    ValueTask<string?> SubtreeRootAsync(Guid? organizationId, CancellationToken cancellationToken);

    /// <summary>
    /// The organisation whose path this scope has yet to read (the token's <c>org_id</c>), or null when nothing is left
    /// to read (unrestricted, or already read in this request). A read that needs the scope can select that path in its
    /// own statement and hand it over with <see cref="ResolveRoot"/>, saving a round trip (issue 12).
    /// </summary>
    Guid? UnresolvedRootId => null;

    /// <summary>
    /// Sets the path of <see cref="UnresolvedRootId"/> read by the caller's own statement; null when that organisation
    /// does not exist, which refuses the request exactly as <see cref="GetPathPrefixAsync"/> would (403 <c>auth.scope_unknown</c>).
    /// </summary>
    void ResolveRoot(string? path)
    {
    }
}

public sealed class OrganizationScope(IAppDbContext db, ICurrentUser user) : IOrganizationScope
{
    private bool resolved;
    private string? prefix;

    // Per request (the scope is scoped): the subtrees already read, by root path.
    private Dictionary<string, IReadOnlyCollection<Guid>>? subtrees;

    // Per request: the paths of the organisations queries named, checked against the scope.
    private Dictionary<Guid, string>? roots;

    public async ValueTask<string?> GetPathPrefixAsync(CancellationToken cancellationToken)
    {
        if (resolved)
        {
            return prefix;
        }

        if (user.IsInRole(Roles.Admin))
        {
            resolved = true;
            return prefix = null;
        }

        if (user.OrganizationId is not { } organizationId)
        {
            throw new ForbiddenException("auth.scope_missing", "The token does not name the organisation it is scoped to (claim org_id).");
        }

        ResolveRoot(await db.Set<PartyOrganization>().AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => o.Path)
            .FirstOrDefaultAsync(cancellationToken));
        return prefix;
    }

    public Guid? UnresolvedRootId => resolved || user.IsInRole(Roles.Admin) ? null : user.OrganizationId;

    public void ResolveRoot(string? path)
    {
        prefix = path ?? throw new ForbiddenException("auth.scope_unknown", "The organisation the token is scoped to does not exist.");
        resolved = true;
    }

    public async ValueTask<bool> CoversAsync(string path, CancellationToken cancellationToken)
    {
        var scope = await GetPathPrefixAsync(cancellationToken);
        return scope is null || path.StartsWith(scope, StringComparison.Ordinal);
    }

    public async ValueTask<bool> CoversAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await PathOfAsync(organizationId, cancellationToken) is { } path && await CoversAsync(path, cancellationToken);

    public async ValueTask<string?> SubtreeRootAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var scope = await GetPathPrefixAsync(cancellationToken);
        if (organizationId is not { } id)
        {
            return scope;
        }

        if (roots?.TryGetValue(id, out var known) == true)
        {
            return known;
        }

        var root = await PathOfAsync(id, cancellationToken);
        if (root is null || !await CoversAsync(root, cancellationToken))
        {
            throw new NotFoundException("organization.not_found", "Organisation", id);
        }

        (roots ??= [])[id] = root;
        return root;
    }

    private Task<string?> PathOfAsync(Guid organizationId, CancellationToken cancellationToken) =>
        db.Set<PartyOrganization>().AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);

    public async ValueTask<IReadOnlyCollection<Guid>?> SubtreeAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var root = await SubtreeRootAsync(organizationId, cancellationToken);
        if (root is null)
        {
            return null;
        }

        if (subtrees?.TryGetValue(root, out var cached) == true)
        {
            return cached;
        }

        var subtree = await db.Set<PartyOrganization>().AsNoTracking().Where(o => o.Path.StartsWith(root)).Select(o => o.Id).ToListAsync(cancellationToken);
        (subtrees ??= new Dictionary<string, IReadOnlyCollection<Guid>>(StringComparer.Ordinal))[root] = subtree;
        return subtree;
    }
}

public static class OrganizationScopeExtensions
{
    /// <summary>Restricts organisations to the caller's subtree.</summary>
    public static IQueryable<PartyOrganization> InScope(this IQueryable<PartyOrganization> query, string? prefix) =>
        prefix is null ? query : query.Where(o => o.Path.StartsWith(prefix));
}

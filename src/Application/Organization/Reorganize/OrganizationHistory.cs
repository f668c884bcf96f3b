using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Reorganization;

namespace PartyCommittee.Application.Organization.Reorganize;

/// <summary>
/// The organisation tree as of a date, from the current tree and the dated moves (<see cref="OrganizationMove"/>):
/// figures asked for a date before a reorganisation count the organisations where they were then.
/// </summary>
public static class OrganizationHistory
{
    public static DbSet<OrganizationMove> OrganizationMoves(this IAppDbContext db) => db.Set<OrganizationMove>();

    /// <summary>The tree on <paramref name="date"/>, or null when no organisation moved after that date (the current tree is the tree then).</summary>
    public static async Task<OrganizationTreeOnDate?> TreeOnAsync(this IAppDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        var moves = await db.Set<OrganizationMove>().AsNoTracking().Where(m => m.On > date).ToListAsync(cancellationToken);
        if (moves.Count == 0)
        {
            return null;
        }

        var parents = await db.Set<PartyOrganization>().AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToDictionaryAsync(o => o.Id, o => o.ParentId, cancellationToken);
        return new OrganizationTreeOnDate(parents, moves, date);
    }

    /// <summary>
    /// <paramref name="currentSubtree"/> (from <see cref="IOrganizationScope.SubtreeAsync"/>, already checked against the
    /// caller's scope) as it was on <paramref name="date"/>: the subtree of <paramref name="organizationId"/> (or of the
    /// caller's scope organisation) in the tree of that date. Null stays null (every organisation).
    /// </summary>
    public static async Task<IReadOnlyCollection<Guid>?> SubtreeOnAsync(
        this IAppDbContext db, IOrganizationScope scope, IReadOnlyCollection<Guid>? currentSubtree, Guid? organizationId, DateOnly date, CancellationToken cancellationToken)
    {
        if (currentSubtree is null)
        {
            return null;
        }

        var root = organizationId ?? RootOf(await scope.GetPathPrefixAsync(cancellationToken));
        if (root is not { } rootId || await db.TreeOnAsync(date, cancellationToken) is not { } tree)
        {
            return currentSubtree;
        }

        return tree.Subtree(rootId);
    }

    /// <summary>
    /// The caller's subtree (<see cref="IOrganizationScope.SubtreeAsync"/>, 404 outside the scope), or null (every
    /// organisation) without reading its identifiers when its root is the only top-level organisation: every other
    /// descends from it. The committee office of the root is then read as an unrestricted caller (session 30, ADR 0059;
    /// ADR 0071). For a subtree as it was on a past date, see <see cref="EveryOrganizationAsNullAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyCollection<Guid>?> SubtreeOrEveryOrganizationAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid? organizationId, CancellationToken cancellationToken) =>
        await scope.SubtreeRootAsync(organizationId, cancellationToken) is { } root
        && root.Count(c => c == '/') == 2
        && await db.Set<PartyOrganization>().CountAsync(o => o.ParentId == null, cancellationToken) == 1
            ? null
            : await scope.SubtreeAsync(organizationId, cancellationToken);

    /// <summary>
    /// Null (every organisation) when <paramref name="subtree"/> holds every organisation of the register, else
    /// <paramref name="subtree"/> (ADR 0071). Unlike <see cref="SubtreeOrEveryOrganizationAsync"/> it takes the
    /// identifiers themselves: a subtree as it was on a past date (<see cref="SubtreeOnAsync"/>) may lack an
    /// organisation that moved under the root since. The office of the root committee, or any caller naming the root, is given
    /// its subtree as the list of all organisations; a read filtered by that list reads the register one organisation at
    /// a time (at 1M members: the membership statistics 13-73 s, the dues bases 20 s), where null lets it read the
    /// register-wide rows or no filter at all. The identifiers are organisations', so as many distinct ones as there
    /// are organisations are all of them: the same rows either way. One <c>COUNT(*)</c> for a subtree of two or more.
    /// </summary>
    public static async Task<IReadOnlyCollection<Guid>?> EveryOrganizationAsNullAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid>? subtree, CancellationToken cancellationToken) =>
        subtree is { Count: > 1 } ? EveryOrganizationAsNull(subtree, await db.Organizations.CountAsync(cancellationToken)) : subtree;

    /// <summary>The rule of <see cref="EveryOrganizationAsNullAsync"/> for a caller that already knows how many organisations there are.</summary>
    public static IReadOnlyCollection<Guid>? EveryOrganizationAsNull(IReadOnlyCollection<Guid>? subtree, int organizations) =>
        subtree is { Count: > 1 } && subtree.Distinct().Count() == organizations ? null : subtree;

    /// <summary>The organisation a scope path ends with (<c>/…/{id:N}/</c>); null for no path (every organisation).</summary>
    internal static Guid? RootOf(string? path) =>
        path?.Split('/', StringSplitOptions.RemoveEmptyEntries) is [.., var last] && Guid.TryParseExact(last, "N", out var id) ? id : null;
}

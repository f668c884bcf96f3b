using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Indicators.Progress;

/// <summary>
/// The materialised paths of the organisations a progress report asks about, read once per request (scoped): the
/// report reads the paths of all its resolutions' organisations in one statement (<see cref="LoadAsync"/>) and every
/// internal indicator source then finds its target's subtree root here, where each source read it with its own
/// statement per target before (800 statements for 400 resolutions with two internal targets each; ADR 0057).
/// </summary>
public sealed class OrganizationPaths(IAppDbContext db)
{
    private readonly Dictionary<Guid, string?> paths = [];

    /// <summary>Reads the paths of <paramref name="organizationIds"/> not read yet, in one statement.</summary>
    public async Task LoadAsync(IEnumerable<Guid> organizationIds, CancellationToken cancellationToken)
    {
        var missing = organizationIds.Where(id => !paths.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var found = await db.Set<PartyOrganization>().AsNoTracking().Where(o => missing.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToListAsync(cancellationToken);
        foreach (var id in missing)
        {
            paths[id] = null;
        }

        foreach (var organization in found)
        {
            paths[organization.Id] = organization.Path;
        }
    }

    /// <summary>
    /// The shortest path read so far that <paramref name="path"/> starts with (<paramref name="path"/> itself when none
    /// is above it): the root of the widest subtree a report asked about that holds <paramref name="path"/>'s, so that a
    /// source reads the figures of that subtree once and every target under it sums its own part from them.
    /// </summary>
    public string OutermostAbove(string path)
    {
        var outermost = path;
        foreach (var read in paths.Values)
        {
            if (read is not null && read.Length < outermost.Length && path.StartsWith(read, StringComparison.Ordinal))
            {
                outermost = read;
            }
        }

        return outermost;
    }

    /// <summary>The organisation's path, or null when it does not exist.</summary>
    public async Task<string?> PathAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        if (!paths.TryGetValue(organizationId, out var path))
        {
            await LoadAsync([organizationId], cancellationToken);
            path = paths[organizationId];
        }

        return path;
    }
}

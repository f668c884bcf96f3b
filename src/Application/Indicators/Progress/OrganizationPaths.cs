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
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

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
            read.Add(organization.Path);
        }
    }

    /// <summary>
    /// The shortest path read so far that <paramref name="path"/> starts with (<paramref name="path"/> itself when none
    /// is above it): the root of the widest subtree a report asked about that holds <paramref name="path"/>'s, so that a
    /// source reads the figures of that subtree once and every target under it sums its own part from them.
    /// </summary>
    public string OutermostAbove(string path)
    {
        // The path's own ancestors' paths, shortest first ("/a/", "/a/b/", …): a few lookups, whatever the number of
        // paths read (a root report reads 4,000 of them, and asks for each of its 8,000 targets).
        for (var end = path.IndexOf('/', 1); end > 0 && end < path.Length - 1; end = path.IndexOf('/', end + 1))
        {
            var ancestor = path[..(end + 1)];
            if (read.Contains(ancestor))
            {
                return ancestor;
            }
        }

        return path;
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

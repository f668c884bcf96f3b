using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization;

/// <summary>The names of organisations shown beside their identifiers, read as two columns.</summary>
public static class OrganizationNames
{
    /// <summary>The names of the organisations <paramref name="ids"/> (those that exist).</summary>
    public static async Task<Dictionary<Guid, string>> OrganizationNamesAsync(this IAppDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? []
            : await db.Set<PartyOrganization>().Where(o => list.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }
}

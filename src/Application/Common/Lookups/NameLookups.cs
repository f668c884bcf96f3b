using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Common.Lookups;

/// <summary>
/// The names a view shows beside identifiers, read as two columns. Reading the entities instead loads every column of
/// each row, and a member's conditions and seniority gaps with it (two joins): a list page of twenty inspection cases
/// read its team members whole to show their names.
/// </summary>
public static class NameLookups
{
    /// <summary>The full names of the members <paramref name="ids"/> (those that exist).</summary>
    public static async Task<Dictionary<Guid, string>> MemberNamesAsync(this IAppDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? []
            : await db.Set<PartyMember>().Where(m => list.Contains(m.Id)).Select(m => new { m.Id, m.FullName }).ToDictionaryAsync(m => m.Id, m => m.FullName, cancellationToken);
    }

    /// <summary>The names of the organisations <paramref name="ids"/> (those that exist).</summary>
    public static async Task<Dictionary<Guid, string>> OrganizationNamesAsync(this IAppDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? []
            : await db.Set<PartyOrganization>().Where(o => list.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }
}

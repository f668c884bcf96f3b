using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership;

/// <summary>
/// The names of members shown beside their identifiers, read as two columns. Reading the members instead loads every
/// column of each row with his conditions and seniority gaps joined: a list page of twenty inspection cases read its
/// team members whole to show their names.
/// </summary>
public static class MemberNames
{
    /// <summary>The full names of the members <paramref name="ids"/> (those that exist).</summary>
    public static async Task<Dictionary<Guid, string>> MemberNamesAsync(this IAppDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? []
            : await db.Set<PartyMember>().Where(m => list.Contains(m.Id)).Select(m => new { m.Id, m.FullName }).ToDictionaryAsync(m => m.Id, m => m.FullName, cancellationToken);
    }
}

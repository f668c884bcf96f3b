using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members;

public static class MemberQueries
{
    /// <summary>
    /// Current members only (not transferred out, removed, expelled or deceased). Written as "not a former status" —
    /// the same rows as "one of the counted statuses" — so that the database can still order by the name index and
    /// stop after one page instead of sorting every member (measured in bench/, docs/benchmarks.md).
    /// </summary>
    public static IQueryable<PartyMember> Current(this IQueryable<PartyMember> members) =>
        members.Where(m => !MembershipLabels.FormerStatuses.Contains(m.Status));
}

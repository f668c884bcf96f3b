using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Statistics;

/// <summary>Whether the dated membership counts (<see cref="MembershipCountChange"/>) can be read.</summary>
public static class DatedCounts
{
    /// <summary>
    /// True when <paramref name="options"/> allow the pre-aggregated counts and no backfill of the dated counts is
    /// pending (its marker row, <see cref="MembershipCountChanges.BackfillPending"/>): until the backfill has reached
    /// every member, the readers recount from the members' rows.
    /// </summary>
    public static async Task<bool> ReadyAsync(this IAppDbContext db, MembershipStatisticsOptions options, CancellationToken cancellationToken) =>
        options.PreAggregated && !await db.Set<MembershipCountChange>().AnyAsync(
            c => c.OrganizationId == MembershipCountChanges.Everywhere && c.Dimension == MembershipCountChanges.BackfillPending, cancellationToken);
}

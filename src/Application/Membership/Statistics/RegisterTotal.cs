using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Statistics;

/// <summary>
/// The whole register's counted members, from the pre-aggregated counts (ADR 0030): the default member list's total, and
/// the size a list weighs against when it chooses between walking an index of the register in its order and reading and
/// sorting its own rows (ADR 0059, ADR 0075).
/// </summary>
public static class RegisterTotal
{
    private static readonly Func<DbContext, CancellationToken, Task<int>> Compiled =
        EF.CompileAsyncQuery((DbContext db, CancellationToken _) => db.Set<MembershipCount>()
            .Where(c => c.Dimension == MembershipCounts.Status)
            .Sum(c => c.Count));

    public static Task<int> OfAsync(DbContext context, CancellationToken cancellationToken) => Compiled(context, cancellationToken);

    public static Task<int> OfAsync(IAppDbContext db, CancellationToken cancellationToken) => Compiled(MemberLoading.Context(db), cancellationToken);

    /// <summary>
    /// Whether a page of <paramref name="matching"/> rows ending at row <paramref name="extent"/> is cheaper read by
    /// walking the order's index of the register (about <c>extent × register / matching</c> rows visited) than by
    /// reading the matching rows and sorting them (<c>matching</c> rows): a list of at most
    /// <c>Statistics:SortedListRowsAtMost</c> rows is always read and sorted, without reading the register's size.
    /// </summary>
    public static async Task<bool> WalkTheOrderAsync(IAppDbContext db, MembershipStatisticsOptions options, int matching, long extent, CancellationToken cancellationToken)
    {
        if (!options.PreAggregated || matching <= options.SortedListRowsAtMost)
        {
            return false;
        }

        long register = await OfAsync(db, cancellationToken);
        return (long)matching * matching > extent * register;
    }
}

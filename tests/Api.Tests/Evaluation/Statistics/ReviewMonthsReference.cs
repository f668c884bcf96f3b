using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Api.Tests.Evaluation.Statistics;

/// <summary>The references the review months' equality tests compare with: a subtree by path, the month-by-month rosters.</summary>
internal static class ReviewMonthsReference
{
    /// <summary>The organisations under <paramref name="root"/> by path (null: the whole register).</summary>
    public static async Task<IReadOnlyCollection<Guid>?> SubtreeAsync(IAppDbContext db, Guid? root)
    {
        if (root is not { } id)
        {
            return null;
        }

        var path = await db.Set<PartyOrganization>().Where(o => o.Id == id).Select(o => o.Path).SingleAsync();
        return await db.Set<PartyOrganization>().Where(o => o.Path.StartsWith(path)).Select(o => o.Id).ToListAsync();
    }

    /// <summary>The rosters of each month of <paramref name="year"/> (<see cref="ReviewCoverage.ForMonthAsync"/>), in month order.</summary>
    public static async Task<List<CellMonthReviews>> RostersAsync(IAppDbContext db, IReadOnlyCollection<Guid>? subtree, int year, DateOnly today)
    {
        var months = new List<CellMonthReviews>();
        for (var month = 1; month <= 12; month++)
        {
            months.AddRange((await db.ForMonthAsync(subtree, year, month, today, 1, int.MaxValue, CancellationToken.None)).Cells);
        }

        return months;
    }
}

using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation.Statistics;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.Progress;

/// <summary>
/// The members' shares of the year's annual ratings (kiểm điểm, đánh giá, xếp loại chất lượng đảng viên) in an
/// organisation's subtree, from the rating campaigns of the grassroots organisations in or above it that were
/// PUBLISHED on or before the as-of day (a campaign still at its decision step can still change without trace):
/// <list type="bullet">
/// <item><c>MEMBERS_GOOD_OR_BETTER_RATE</c>: members rated GOOD or EXCELLENT / members rated × 100 (the exempt, the
/// suspended and those admitted under 6 months are listed, not rated: not in the denominator);</item>
/// <item><c>MEMBERS_EXCELLENT_RATE</c>: members rated EXCELLENT / members rated GOOD or better × 100 — the seed
/// resolution's "từ 90% trở lên đảng viên hoàn thành tốt nhiệm vụ (trong đó có 20% đảng viên hoàn thành xuất sắc
/// nhiệm vụ)": "trong đó" (of which) makes the EXCELLENT a part of the GOOD-or-better, the denominator of the quota of
/// Hướng dẫn 21-HD/BTCTW mục 2.3 ("không vượt quá 20% số đảng viên được xếp loại Hoàn thành tốt nhiệm vụ").</item>
/// </list>
/// The level counted is the committee's decision after the corrections dated on or before the as-of day. Rounded to two
/// decimals; null when nobody is rated (GOOD-or-better) or nobody is GOOD or better (EXCELLENT). A yearly rating covers
/// the whole year (12 months). Computed by <see cref="MemberRatingFigures"/>, the same path as the statistics.
/// </summary>
/// <remarks>
/// Scoped: the per-cell figures of a (year, as-of day) are read once per request and per outermost subtree the report
/// asks about (<see cref="MemberRatingFigures.CellCountsAsync"/>, aggregated in SQL, the cells of that subtree only:
/// <see cref="OrganizationPaths.OutermostAbove"/>) and shared by every target under it, each summing the cells of its
/// organisation's subtree by materialised path; the cost no longer grows with resolutions × campaign size, nor with the
/// register outside the report's subtree.
/// </remarks>
public sealed class MemberRatingIndicatorSource(IAppDbContext db, OrganizationPaths organizationPaths) : IInternalIndicatorSource
{
    private readonly Dictionary<(int Year, DateOnly AsOf, string Root), CellRatingCounts> figures = [];

    public IReadOnlyCollection<string> Indicators { get; } = [InternalIndicators.MembersGoodOrBetter, InternalIndicators.MembersExcellent];

    public async Task<YearFigure?> ComputeAsync(string indicator, Guid organizationId, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rootPath = await organizationPaths.PathAsync(organizationId, cancellationToken);
        if (rootPath is null)
        {
            return null;
        }

        // The cells of the widest subtree the report asks about that holds this one, read once for every target under it.
        var readRoot = organizationPaths.OutermostAbove(rootPath);
        if (!figures.TryGetValue((year, asOf, readRoot), out var counts))
        {
            counts = await db.CellCountsAsync(year, asOf, readRoot, cancellationToken);
            figures[(year, asOf, readRoot)] = counts;
        }

        var shares = counts.SharesOf(rootPath);
        var value = indicator switch
        {
            InternalIndicators.MembersGoodOrBetter => shares.GoodOrBetterPercent,
            InternalIndicators.MembersExcellent => shares.ExcellentPercent,
            _ => null,
        };
        return value is { } v ? new YearFigure(v, 12) : null;
    }
}

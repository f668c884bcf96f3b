using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Indicators.Progress;

/// <summary>
/// New members admitted in a year: members of the organisation's subtree whose admission was decided in the year (the
/// committee's decision is the admission; the seniority counts from it). Months covered: the whole year once it is
/// over, else the months elapsed.
/// </summary>
/// <remarks>
/// Scoped: the admissions of a (year, as-of day) are counted once per request, per cell (GROUP BY the cell's
/// materialised path), and every target of a progress report sums the cells of its organisation's subtree (one range of
/// the paths in order, <see cref="PathOrdered{T}"/>). Before,
/// each target counted its subtree in its own query: 401 queries for a committee whose 400 cells each hold a
/// resolution (issue 12, session 27).
/// </remarks>
public sealed class NewMembersAdmittedSource(IAppDbContext db, OrganizationPaths organizationPaths) : IInternalIndicatorSource
{
    private readonly Dictionary<(int Year, DateOnly AsOf), PathOrdered<AdmissionsOfCell>> admissions = [];

    public IReadOnlyCollection<string> Indicators { get; } = [InternalIndicators.NewMembersAdmitted];

    public async Task<YearFigure?> ComputeAsync(string indicator, Guid organizationId, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var root = await organizationPaths.PathAsync(organizationId, cancellationToken);
        if (root is null || asOf < new DateOnly(year, 1, 1))
        {
            return null;
        }

        var to = new DateOnly(year, 12, 31);
        if (!admissions.TryGetValue((year, asOf), out var cells))
        {
            var first = new DateOnly(year, 1, 1);
            var last = asOf < to ? asOf : to;
            cells = new PathOrdered<AdmissionsOfCell>(await AdmissionsPerCell(db, first, last).ToListAsync(cancellationToken), c => c.Path);
            admissions[(year, asOf)] = cells;
        }

        var count = 0;
        foreach (var cell in cells.Under(root))
        {
            count += cell.Count;
        }

        return new YearFigure(count, asOf > to ? 12 : asOf.Month);
    }

    /// <summary>The members admitted from <paramref name="first"/> to <paramref name="last"/>, counted per organisation path.</summary>
    internal static IQueryable<AdmissionsOfCell> AdmissionsPerCell(IAppDbContext db, DateOnly first, DateOnly last) =>
        from m in db.Set<PartyMember>()
        where m.AdmissionDecisionDate >= first && m.AdmissionDecisionDate <= last
        join o in db.Set<PartyOrganization>() on m.OrganizationId equals o.Id
        group m by o.Path into g
        select new AdmissionsOfCell(g.Key, g.Count());

    internal sealed record AdmissionsOfCell(string Path, int Count);
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.CivilServants;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Indicators.Progress;

/// <summary>
/// The shares the evaluation module's yearly ratings give, for an organisation's subtree and a year:
/// <list type="bullet">
/// <item><c>MASS_ORGS_STRONG_RATE</c>: mass organisations rated strong (on their kind's scale, after corrections) /
/// mass organisations rated × 100, by the party organisation that led them when rated;</item>
/// <item><c>CIVIL_SERVANTS_GOOD_OR_BETTER_RATE</c>: civil servants rated GOOD or better (Nghị định 90/2020/NĐ-CP) /
/// civil servants rated × 100, by the party organisation of their unit.</item>
/// </list>
/// Rounded to two decimals; null when nobody is rated yet (no figure, not 0%). A yearly rating covers the whole year.
/// </summary>
/// <remarks>
/// Scoped: an indicator's ratings of a year are read once per request, each with the path of its organisation (one
/// statement, a few hundred rows for a department), and every target of a progress report counts those whose path starts
/// with its organisation's path (one range of the paths in order, <see cref="PathOrdered{T}"/>), as <see cref="NewMembersAdmittedSource"/> and <see cref="MemberRatingIndicatorSource"/>
/// do: the statements of a report do not grow with its targets (issue 12).
/// </remarks>
public sealed class RatingShareIndicatorSource(IAppDbContext db, RuleBook<CivilServantRatingRuleSet> civilServantRules, OrganizationPaths organizationPaths) : IInternalIndicatorSource
{
    private readonly Dictionary<(string Indicator, int Year), PathOrdered<RatedOrganization>> ratings = [];

    public IReadOnlyCollection<string> Indicators { get; } = [InternalIndicators.MassOrganizationsStrong, InternalIndicators.CivilServantsGoodOrBetter];

    public async Task<YearFigure?> ComputeAsync(string indicator, Guid organizationId, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (indicator != InternalIndicators.MassOrganizationsStrong && indicator != InternalIndicators.CivilServantsGoodOrBetter)
        {
            return null;
        }

        var root = await organizationPaths.PathAsync(organizationId, cancellationToken);
        if (root is null)
        {
            return null;
        }

        if (!ratings.TryGetValue((indicator, year), out var rated))
        {
            rated = new PathOrdered<RatedOrganization>(await RatedAsync(indicator, year, cancellationToken), r => r.Path);
            ratings[(indicator, year)] = rated;
        }

        var inSubtree = 0;
        var counted = 0;
        foreach (var rating in rated.Under(root))
        {
            inSubtree++;
            counted += rating.Counted ? 1 : 0;
        }

        return inSubtree == 0 ? null : new YearFigure(decimal.Round(counted * 100m / inSubtree, 2), 12);
    }

    /// <summary>The year's ratings of the indicator, each with its organisation's path and whether it counts (strong; GOOD or better).</summary>
    private async Task<List<RatedOrganization>> RatedAsync(string indicator, int year, CancellationToken cancellationToken)
    {
        var organizations = db.Set<PartyOrganization>();
        if (indicator == InternalIndicators.MassOrganizationsStrong)
        {
            return await db.MassOrganizationRatings.AsNoTracking()
                .Where(r => r.Year == year)
                .Join(organizations, r => r.LeadingOrganizationId, o => o.Id, (r, o) => new RatedOrganization(o.Path, r.IsStrong))
                .ToListAsync(cancellationToken);
        }

        var civilServants = await db.CivilServantRatings.AsNoTracking()
            .Where(r => r.Year == year)
            .Join(organizations, r => r.OrganizationId, o => o.Id, (r, o) => new { Rating = r, o.Path })
            .ToListAsync(cancellationToken);
        return civilServants.ConvertAll(c => new RatedOrganization(c.Path, c.Rating.RuleSet(civilServantRules).IsGoodOrBetter(c.Rating.Level)));
    }

    private sealed record RatedOrganization(string Path, bool Counted);
}

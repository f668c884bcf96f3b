using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Evaluation;
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
public sealed class RatingShareIndicatorSource(IAppDbContext db, RuleBook<CivilServantRatingRuleSet> civilServantRules, OrganizationPaths organizationPaths) : IInternalIndicatorSource
{
    public IReadOnlyCollection<string> Indicators { get; } = [InternalIndicators.MassOrganizationsStrong, InternalIndicators.CivilServantsGoodOrBetter];

    public async Task<YearFigure?> ComputeAsync(string indicator, Guid organizationId, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var root = await organizationPaths.PathAsync(organizationId, cancellationToken);
        if (root is null)
        {
            return null;
        }

        var subtree = db.Set<PartyOrganization>().Where(o => o.Path.StartsWith(root)).Select(o => o.Id);
        int rated;
        int counted;
        if (indicator == InternalIndicators.MassOrganizationsStrong)
        {
            var strong = await db.MassOrganizationRatings.AsNoTracking()
                .Where(r => r.Year == year && subtree.Contains(r.LeadingOrganizationId))
                .Select(r => r.IsStrong)
                .ToListAsync(cancellationToken);
            rated = strong.Count;
            counted = strong.Count(s => s);
        }
        else if (indicator == InternalIndicators.CivilServantsGoodOrBetter)
        {
            var ratings = await db.CivilServantRatings.AsNoTracking()
                .Where(r => r.Year == year && subtree.Contains(r.OrganizationId))
                .ToListAsync(cancellationToken);
            rated = ratings.Count;
            counted = ratings.Count(r => r.RuleSet(civilServantRules).IsGoodOrBetter(r.Level));
        }
        else
        {
            return null;
        }

        return rated == 0 ? null : new YearFigure(decimal.Round(counted * 100m / rated, 2), 12);
    }
}

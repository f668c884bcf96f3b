using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.CivilServants;
using PartyCommittee.Domain.Evaluation.MassOrganizations;

namespace PartyCommittee.Application.Evaluation.Statistics;

/// <summary>Mass organisations at one level.</summary>
public sealed record MassOrganizationLevelCountDto(MassOrganizationLevel Level, BilingualLabel LevelLabel, int Organizations);

/// <summary>
/// The mass organisations of the year (target: 100% strong): those led in the subtree that existed during the year,
/// how many were rated, and how many of those count as strong (current level, after corrections).
/// </summary>
/// <param name="Organizations">Mass organisations led in the subtree that existed during the year.</param>
/// <param name="Rated">Of them, rated for the year.</param>
/// <param name="Strong">Rated strong on their kind's scale.</param>
/// <param name="StrongPercent">Strong / rated × 100, two decimals (the indicator MASS_ORGS_STRONG_RATE); null when none is rated.</param>
/// <param name="ByLevel">Ratings per level.</param>
public sealed record MassOrganizationRatingStatisticsDto(int Organizations, int Rated, int Strong, decimal? StrongPercent, IReadOnlyList<MassOrganizationLevelCountDto> ByLevel);

/// <summary>Civil servants at one level.</summary>
public sealed record CivilServantLevelCountDto(EvaluationLevel Level, BilingualLabel LevelLabel, int People);

/// <summary>The civil servants rated for the year (target: at least 80% GOOD or better).</summary>
/// <param name="Rated">People rated, in the subtree's units.</param>
/// <param name="MembersRated">Of them, party members.</param>
/// <param name="GoodOrBetter">Rated GOOD or EXCELLENT.</param>
/// <param name="GoodOrBetterPercent">GoodOrBetter / rated × 100, two decimals (the indicator CIVIL_SERVANTS_GOOD_OR_BETTER_RATE); null when nobody is rated.</param>
/// <param name="ByLevel">People per level.</param>
public sealed record CivilServantRatingStatisticsDto(int Rated, int MembersRated, int GoodOrBetter, decimal? GoodOrBetterPercent, IReadOnlyList<CivilServantLevelCountDto> ByLevel);

/// <summary>The mass-organisation and civil-servant sections of the rating statistics.</summary>
internal static class RatingShares
{
    public static async Task<MassOrganizationRatingStatisticsDto> MassOrganizationsAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid>? subtree, int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var organizations = db.MassOrganizations.AsNoTracking()
            .Where(m => (m.EstablishedOn == null || m.EstablishedOn <= last) && (m.DissolvedOn == null || m.DissolvedOn > first));
        var ratings = db.MassOrganizationRatings.AsNoTracking().Where(r => r.Year == year);
        if (subtree is not null)
        {
            organizations = organizations.Where(m => subtree.Contains(m.LeadingOrganizationId));
            ratings = ratings.Where(r => subtree.Contains(r.LeadingOrganizationId));
        }

        var count = await organizations.CountAsync(cancellationToken);
        var rows = await ratings.Select(r => new { r.Level, r.IsStrong }).ToListAsync(cancellationToken);
        var strong = rows.Count(r => r.IsStrong);
        return new MassOrganizationRatingStatisticsDto(
            Math.Max(count, rows.Count),
            rows.Count,
            strong,
            rows.Count == 0 ? null : decimal.Round(strong * 100m / rows.Count, 2),
            [.. Enum.GetValues<MassOrganizationLevel>().Select(l => new MassOrganizationLevelCountDto(l, MassOrganizationLevels.Label(l), rows.Count(r => r.Level == l)))]);
    }

    public static async Task<CivilServantRatingStatisticsDto> CivilServantsAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid>? subtree, int year, RuleBook<CivilServantRatingRuleSet> rules, CancellationToken cancellationToken)
    {
        var ratings = db.CivilServantRatings.AsNoTracking().Where(r => r.Year == year);
        if (subtree is not null)
        {
            ratings = ratings.Where(r => subtree.Contains(r.OrganizationId));
        }

        var rows = await ratings.ToListAsync(cancellationToken);
        var good = rows.Count(r => r.RuleSet(rules).IsGoodOrBetter(r.Level));
        return new CivilServantRatingStatisticsDto(
            rows.Count,
            rows.Count(r => r.MemberId != null),
            good,
            rows.Count == 0 ? null : decimal.Round(good * 100m / rows.Count, 2),
            [.. Enum.GetValues<EvaluationLevel>().Select(l => new CivilServantLevelCountDto(l, EvaluationLabels.Of(l), rows.Count(r => r.Level == l)))]);
    }
}

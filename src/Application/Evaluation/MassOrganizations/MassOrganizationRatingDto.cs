using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.MassOrganizations;

/// <summary>A dated correction of a rating.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="CorrectedOn">Date of the correction.</param>
/// <param name="PreviousLevel">The level it replaced.</param>
/// <param name="Level">The level it set.</param>
/// <param name="LevelLabel">Display label of the level set.</param>
/// <param name="Reason">Why.</param>
public sealed record MassOrganizationRatingCorrectionDto(
    Guid Id, DateOnly CorrectedOn, MassOrganizationLevel PreviousLevel, MassOrganizationLevel Level, BilingualLabel LevelLabel, string Reason);

/// <summary>A mass organisation's rating for a year.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="MassOrganizationId">The mass organisation.</param>
/// <param name="MassOrganizationName">Its name.</param>
/// <param name="Kind">TRADE_UNION, YOUTH_UNION_CELL, VETERANS_ASSOCIATION or WOMEN_UNION.</param>
/// <param name="LeadingOrganizationId">The party organisation that led it when rated (scope and figures).</param>
/// <param name="Year">The year rated.</param>
/// <param name="Level">EXCELLENT, STRONG, FAIR, AVERAGE or WEAK (the current level, after corrections).</param>
/// <param name="LevelLabel">Display label.</param>
/// <param name="Strong">True when the level counts as strong on the kind's scale (the "100% strong" target).</param>
/// <param name="DecidedOn">Date of the committee's decision.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="Note">Note.</param>
/// <param name="Corrections">Dated corrections, oldest first.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record MassOrganizationRatingDto(
    Guid Id,
    Guid MassOrganizationId,
    string MassOrganizationName,
    MassOrganizationKind Kind,
    Guid LeadingOrganizationId,
    int Year,
    MassOrganizationLevel Level,
    BilingualLabel LevelLabel,
    bool Strong,
    DateOnly DecidedOn,
    string? DecisionNumber,
    string? Note,
    IReadOnlyList<MassOrganizationRatingCorrectionDto> Corrections,
    long Version) : IVersioned;

/// <summary>The committee's decision on a mass organisation's rating for a year.</summary>
/// <param name="MassOrganizationId">The mass organisation (led by an organisation in the caller's scope).</param>
/// <param name="Year">The year rated (1930 to this year).</param>
/// <param name="Level">EXCELLENT, STRONG, FAIR, AVERAGE or WEAK, on the kind's scale.</param>
/// <param name="DecidedOn">Date of the decision (in or after the year, not in the future).</param>
/// <param name="DecisionNumber">Number of the decision (optional).</param>
/// <param name="Note">Note (optional).</param>
public sealed record MassOrganizationRatingInput(
    [property: Required] Guid? MassOrganizationId,
    [property: Required] int? Year,
    [property: Required] MassOrganizationLevel? Level,
    [property: Required] DateOnly? DecidedOn,
    string? DecisionNumber,
    string? Note);

/// <summary>A correction of a decided rating.</summary>
/// <param name="CorrectedOn">Date of the correction (on or after the decision and the previous correction, not in the future).</param>
/// <param name="Level">The corrected level.</param>
/// <param name="Reason">Why the result changes.</param>
public sealed record MassOrganizationRatingCorrectionInput([property: Required] DateOnly? CorrectedOn, [property: Required] MassOrganizationLevel? Level, [property: Required] string? Reason);

internal static class MassOrganizationRatingViews
{
    public static MassOrganizationRatingDto ToDto(MassOrganizationRating r, string name) => new(
        r.Id, r.MassOrganizationId, name, r.Kind, r.LeadingOrganizationId, r.Year, r.Level, MassOrganizationLevels.Label(r.Level), r.IsStrong,
        r.DecidedOn, r.DecisionNumber, r.Note,
        [.. r.Corrections.OrderBy(c => c.CorrectedOn).Select(c => new MassOrganizationRatingCorrectionDto(
            c.Id, c.CorrectedOn, c.PreviousLevel, c.Level, MassOrganizationLevels.Label(c.Level), c.Reason))],
        r.Version);

    public static async Task<MassOrganizationRatingDto> ToDtoAsync(this IAppDbContext db, MassOrganizationRating r, CancellationToken cancellationToken)
    {
        var name = await db.MassOrganizations.AsNoTracking().Where(m => m.Id == r.MassOrganizationId).Select(m => m.Name).FirstAsync(cancellationToken);
        return ToDto(r, name);
    }

    /// <summary>Loads a rating whose leading organisation is in the caller's scope; 404 <c>mass_organization_rating.not_found</c> otherwise.</summary>
    public static async Task<MassOrganizationRating> LoadMassOrganizationRatingAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var ratings = tracking ? db.MassOrganizationRatings : db.MassOrganizationRatings.AsNoTracking();
        var rating = await ratings.Include(r => r.Corrections).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rating is null || !await scope.CoversAsync(rating.LeadingOrganizationId, cancellationToken))
        {
            throw new NotFoundException("mass_organization_rating.not_found", "Mass-organisation rating", id);
        }

        return rating;
    }

    /// <summary>A mass organisation named in a body, led by an organisation in scope; 422 otherwise.</summary>
    public static async Task<MassOrganization> LoadNamedMassOrganizationAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.MassOrganizations.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (organization is null || !await scope.CoversAsync(organization.LeadingOrganizationId, cancellationToken))
        {
            throw new DomainRuleException("mass_organization_rating.organization_not_found", "The mass organisation was not found.", RuleViolationKind.Unprocessable, id);
        }

        return organization;
    }
}

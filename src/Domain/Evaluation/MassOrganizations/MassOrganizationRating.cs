using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Evaluation.MassOrganizations;

/// <summary>
/// The yearly rating of a mass organisation (trade union, youth union, women's union, veterans' association) on its
/// own scale, decided by the committee office: one per organisation and year. Once decided, only a dated correction
/// with a reason changes the level (<see cref="Correct"/>); the history of corrections is kept. It is counted under
/// the party organisation that led the mass organisation when it was rated (<see cref="LeadingOrganizationId"/>).
/// </summary>
public sealed class MassOrganizationRating : AggregateRoot
{
    public const int DecisionMaxLength = 64;
    public const int TextMaxLength = 1000;

    private readonly List<MassOrganizationRatingCorrection> corrections = [];

    private MassOrganizationRating(Guid id, Guid massOrganizationId, Guid leadingOrganizationId, MassOrganizationKind kind, int year)
        : base(id)
    {
        MassOrganizationId = massOrganizationId;
        LeadingOrganizationId = leadingOrganizationId;
        Kind = kind;
        Year = year;
    }

    public Guid MassOrganizationId { get; private set; }

    /// <summary>The party organisation that led it when rated (scope and figures).</summary>
    public Guid LeadingOrganizationId { get; private set; }

    public MassOrganizationKind Kind { get; private set; }

    public int Year { get; private set; }

    public MassOrganizationLevel Level { get; private set; }

    /// <summary>True when <see cref="Level"/> counts as strong on the kind's scale at the last decision or correction.</summary>
    public bool IsStrong { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string? DecisionNumber { get; private set; }

    public string? Note { get; private set; }

    public IReadOnlyList<MassOrganizationRatingCorrection> Corrections => corrections;

    /// <summary>
    /// Decides the rating of <paramref name="organization"/> for <paramref name="year"/>: the organisation existed
    /// during the year, the year is not in the future, the decision is dated in or after the year and not after
    /// <paramref name="today"/>, the level is on the kind's scale, and the year is not rated yet
    /// (<paramref name="alreadyRated"/>).
    /// </summary>
    public static MassOrganizationRating Decide(
        Guid id, MassOrganization organization, int year, MassOrganizationLevel level, DateOnly decidedOn, string? decisionNumber, string? note,
        MassOrganizationScale scale, DateOnly today, bool alreadyRated)
    {
        if (year > today.Year)
        {
            throw new DomainRuleException("mass_organization_rating.year_in_future", "A year not yet begun cannot be rated.", RuleViolationKind.Unprocessable, year);
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        if (organization.EstablishedOn is { } established && established > last || organization.DissolvedOn is { } dissolved && dissolved <= first)
        {
            throw new DomainRuleException(
                "mass_organization_rating.organization_inactive", "The mass organisation did not exist in that year.", RuleViolationKind.Unprocessable, organization.Name, year);
        }

        EnsureDate(decidedOn, year, today);
        if (alreadyRated)
        {
            throw new DomainRuleException("mass_organization_rating.exists", "The mass organisation is already rated for that year; correct that rating instead.", RuleViolationKind.Conflict, organization.Name, year);
        }

        var rating = new MassOrganizationRating(id, organization.Id, organization.LeadingOrganizationId, organization.Kind, year);
        rating.SetLevel(level, scale);
        rating.DecidedOn = decidedOn;
        rating.DecisionNumber = Optional(decisionNumber);
        rating.Note = Optional(note);
        return rating;
    }

    /// <summary>
    /// Corrects the level after the decision: dated on or after the decision (or the last correction) and not in
    /// the future, with a reason; the level must differ from the current one.
    /// </summary>
    public MassOrganizationRatingCorrection Correct(Guid id, DateOnly correctedOn, MassOrganizationLevel level, string reason, MassOrganizationScale scale, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("mass_organization_rating.reason_required", "A correction states its reason.", RuleViolationKind.Unprocessable);
        }

        var since = corrections.Count == 0 ? DecidedOn : corrections.Max(c => c.CorrectedOn);
        if (correctedOn < since || correctedOn > today)
        {
            throw new DomainRuleException(
                "mass_organization_rating.correction_date_invalid",
                "A correction is dated on or after the decision and the previous correction, and not in the future.",
                RuleViolationKind.Unprocessable,
                WireFormat.Date(since));
        }

        if (level == Level)
        {
            throw new DomainRuleException("mass_organization_rating.correction_unchanged", "The correction does not change the level.", RuleViolationKind.Unprocessable, WireFormat.Code(level));
        }

        var correction = new MassOrganizationRatingCorrection(id, Id, correctedOn, Level, level, reason.Trim());
        SetLevel(level, scale);
        corrections.Add(correction);
        return correction;
    }

    private void SetLevel(MassOrganizationLevel level, MassOrganizationScale scale)
    {
        if (!scale.Levels.Contains(level))
        {
            throw new DomainRuleException(
                "mass_organization_rating.level_not_on_scale",
                "The level is not on the organisation's scale.",
                RuleViolationKind.Unprocessable,
                WireFormat.Code(level),
                WireFormat.Code(scale.Kind));
        }

        Level = level;
        IsStrong = scale.IsStrong(level);
    }

    private static void EnsureDate(DateOnly decidedOn, int year, DateOnly today)
    {
        if (decidedOn.Year < year || decidedOn > today)
        {
            throw new DomainRuleException(
                "mass_organization_rating.decided_outside_year",
                "The rating is decided in or after the year rated, and not in the future.",
                RuleViolationKind.Unprocessable,
                WireFormat.Date(decidedOn),
                year);
        }
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A dated correction of a mass-organisation rating, with its reason and the level it replaced.</summary>
public sealed class MassOrganizationRatingCorrection : Entity, IAuditable
{
    internal MassOrganizationRatingCorrection(Guid id, Guid ratingId, DateOnly correctedOn, MassOrganizationLevel previousLevel, MassOrganizationLevel level, string reason)
        : base(id)
    {
        RatingId = ratingId;
        CorrectedOn = correctedOn;
        PreviousLevel = previousLevel;
        Level = level;
        Reason = reason;
    }

    public Guid RatingId { get; private set; }

    public DateOnly CorrectedOn { get; private set; }

    public MassOrganizationLevel PreviousLevel { get; private set; }

    public MassOrganizationLevel Level { get; private set; }

    public string Reason { get; private set; }
}

using PartyCommittee.Api.Common;
using PartyCommittee.Application.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.CivilServants;
using PartyCommittee.Domain.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Api.Reference;

/// <summary>A level of a rule set's scale, with the score range that gives it on the 100-point scale.</summary>
/// <param name="Code">The level's code.</param>
/// <param name="Label">Its label.</param>
/// <param name="FromPoints">Lowest score of the level (100-point scale only).</param>
/// <param name="BelowPoints">The level ends below this score (100-point scale only; null for the best level).</param>
public sealed record RatingLevelEntry(string Code, BilingualLabel Label, int? FromPoints, int? BelowPoints);

/// <summary>A criteria group of the 100-point scale and its most points.</summary>
public sealed record RatingPointGroupEntry(string Code, BilingualLabel Label, int MaxPoints);

/// <summary>The levels of one version of the annual rating of party members.</summary>
/// <param name="RuleSetCode">The version's code (as on /api/v1/rule-sets, kind evaluation.annual_ratings).</param>
/// <param name="Source">The regulation.</param>
/// <param name="EffectiveFrom">In force from (the version in force on 31 December of a campaign's year applies).</param>
/// <param name="PointScale">True when the version rates on the 100-point scale.</param>
/// <param name="Levels">Its levels, best first.</param>
/// <param name="PointGroups">On the 100-point scale: the criteria groups whose points add up to the score.</param>
public sealed record RatingLevelsOfRuleSet(
    string RuleSetCode, string Source, DateOnly EffectiveFrom, bool PointScale, IReadOnlyList<RatingLevelEntry> Levels, IReadOnlyList<RatingPointGroupEntry> PointGroups);

/// <summary>A cap of the annual rating: its code, the best level it allows and its label.</summary>
public sealed record RatingCapEntry(string Code, string MaxLevel, BilingualLabel Label);

/// <summary>The rating scale of one kind of mass organisation (a setting: Evaluation:MassOrganizationRatings).</summary>
/// <param name="Kind">The kind of mass organisation.</param>
/// <param name="KindLabel">Its label.</param>
/// <param name="Levels">The levels it uses, best first.</param>
/// <param name="Strong">The codes counted as "strong".</param>
public sealed record MassOrganizationScaleEntry(string Kind, BilingualLabel KindLabel, IReadOnlyList<CodeLabel> Levels, IReadOnlyList<string> Strong);

/// <summary>The civil-servant scale of one version of the decree.</summary>
/// <param name="RuleSetCode">The version's code (kind evaluation.civil_servant_ratings).</param>
/// <param name="Source">The decree.</param>
/// <param name="EffectiveFrom">In force from.</param>
/// <param name="Levels">Its levels, best first.</param>
/// <param name="GoodOrBetter">The codes counted as GOOD or better.</param>
public sealed record CivilServantScaleEntry(string RuleSetCode, string Source, DateOnly EffectiveFrom, IReadOnlyList<CodeLabel> Levels, IReadOnlyList<string> GoodOrBetter);

/// <summary>The evaluation module's code lists, built from its rule sets and settings.</summary>
public static class EvaluationReference
{
    public static IReadOnlyList<RatingLevelsOfRuleSet> RatingLevels() =>
        [.. MemberRatingRuleSet.All.Select(set => new RatingLevelsOfRuleSet(
            set.Source.Code,
            set.Source.Source,
            set.Source.EffectiveFrom,
            set.UsesPointScale,
            [.. Enum.GetValues<EvaluationLevel>().Select(level => new RatingLevelEntry(
                EnumCodes<EvaluationLevel>.ToCode(level), EvaluationLabels.Of(level), FromPoints(set, level), BelowPoints(set, level)))],
            [.. set.PointGroups.Select(g => new RatingPointGroupEntry(g.Code, g.Label, g.MaxPoints))]))];

    public static IReadOnlyList<RatingCapEntry> RatingCaps() =>
        [.. RatingCapLabels.All.Select(c => new RatingCapEntry(c.Code, EnumCodes<EvaluationLevel>.ToCode(c.MaxLevel), c.Label))];

    public static IReadOnlyList<MassOrganizationScaleEntry> MassOrganizationScales(MassOrganizationRatingOptions options) =>
        [.. Enum.GetValues<MassOrganizationKind>().Select(kind => options.ScaleOf(kind)).Select(scale => new MassOrganizationScaleEntry(
            EnumCodes<MassOrganizationKind>.ToCode(scale.Kind),
            BodyLabels.Of(scale.Kind),
            [.. scale.Levels.Select(l => new CodeLabel(EnumCodes<MassOrganizationLevel>.ToCode(l), MassOrganizationLevels.Label(l)))],
            [.. scale.Strong.Select(EnumCodes<MassOrganizationLevel>.ToCode)]))];

    public static IReadOnlyList<CivilServantScaleEntry> CivilServantScales() =>
        [.. CivilServantRatingRuleSet.All.Select(set => new CivilServantScaleEntry(
            set.Source.Code,
            set.Source.Source,
            set.Source.EffectiveFrom,
            [.. set.Levels.Select(l => new CodeLabel(EnumCodes<EvaluationLevel>.ToCode(l), EvaluationLabels.Of(l)))],
            [.. set.GoodOrBetter.Select(EnumCodes<EvaluationLevel>.ToCode)]))];

    private static int? FromPoints(MemberRatingRuleSet set, EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => set.ExcellentFromPoints,
        EvaluationLevel.Good => set.GoodFromPoints,
        EvaluationLevel.Completed => set.CompletedFromPoints,
        _ => set.UsesPointScale ? 0 : null,
    };

    private static int? BelowPoints(MemberRatingRuleSet set, EvaluationLevel level) => level switch
    {
        EvaluationLevel.Good => set.ExcellentFromPoints,
        EvaluationLevel.Completed => set.GoodFromPoints,
        EvaluationLevel.NotCompleted => set.CompletedFromPoints,
        _ => null,
    };
}

using PartyCommittee.Domain.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.MassOrganizations;

/// <summary>
/// The rating scales of the mass organisations (configuration section <c>Evaluation:MassOrganizationRatings</c>): a
/// setting, because the scales are set by each organisation's own central guidance and no text this session could
/// quote confirms them. Per kind (TradeUnion, YouthUnionCell, VeteransAssociation, WomenUnion) two comma-separated
/// lists of levels (EXCELLENT, STRONG, FAIR, AVERAGE, WEAK): <c>Levels</c> (the scale) and <c>Strong</c> (counted as
/// strong for the "100% strong" target). A kind not configured uses <see cref="MassOrganizationScale.Default"/>:
/// all five levels, EXCELLENT and STRONG counted as strong.
/// </summary>
public sealed class MassOrganizationRatingOptions
{
    public const string SectionName = "Evaluation:MassOrganizationRatings";

    /// <summary>The configured scales by kind name.</summary>
    public Dictionary<string, ScaleSetting> Scales { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The scale of <paramref name="kind"/>.</summary>
    public MassOrganizationScale ScaleOf(MassOrganizationKind kind)
    {
        if (!Scales.TryGetValue(kind.ToString(), out var setting) || string.IsNullOrWhiteSpace(setting.Levels))
        {
            return MassOrganizationScale.Default(kind);
        }

        var levels = Parse(setting.Levels);
        var strong = string.IsNullOrWhiteSpace(setting.Strong) ? MassOrganizationScale.Default(kind).Strong : Parse(setting.Strong);
        return new MassOrganizationScale(kind, levels, [.. strong.Where(levels.Contains)]);
    }

    private static List<MassOrganizationLevel> Parse(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Enum.Parse<MassOrganizationLevel>(t.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true))];

    /// <summary>One kind's scale as configured.</summary>
    public sealed class ScaleSetting
    {
        /// <summary>Levels of the scale, comma-separated, best first.</summary>
        public string? Levels { get; set; }

        /// <summary>Levels counted as strong, comma-separated.</summary>
        public string? Strong { get; set; }
    }
}

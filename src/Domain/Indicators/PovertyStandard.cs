using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Indicators;

/// <summary>Where a household lives, which decides the income line that applies to it.</summary>
public enum Area
{
    Rural,

    Urban,
}

/// <summary>A household's class under a poverty standard.</summary>
public enum HouseholdClass
{
    Poor,

    NearPoor,

    Neither,
}

/// <summary>
/// One multidimensional poverty standard (chuẩn nghèo đa chiều), chosen by the period the figures are for. Incomes are
/// average monthly income per person, in VND.
/// </summary>
/// <param name="Source">The decree and the first day of the periods it applies to.</param>
/// <param name="RuralPovertyLine">Rural poverty line.</param>
/// <param name="UrbanPovertyLine">Urban poverty line.</param>
/// <param name="RuralUpperLine">Rural income up to which deprivations can still make a household poor (the 2016 standard's "mức sống trung bình"); null when the standard has one line.</param>
/// <param name="UrbanUpperLine">Urban counterpart of <paramref name="RuralUpperLine"/>.</param>
/// <param name="DeprivationThreshold">Deprivations from which a household is poor.</param>
/// <param name="DeprivationIndicators">How many deprivation indicators the standard measures (null when no source confirmed it).</param>
public sealed record PovertyStandard(
    RuleSource Source,
    decimal RuralPovertyLine,
    decimal UrbanPovertyLine,
    decimal? RuralUpperLine,
    decimal? UrbanUpperLine,
    int DeprivationThreshold,
    int? DeprivationIndicators) : IRuleSet<PovertyStandard>
{
    /// <summary>
    /// The standards: Quyết định 59/2015/QĐ-TTg (19/11/2015; for 2016–2020, applied through 2021): poor when income is at
    /// or under 700,000 (rural) / 900,000 (urban), or at or under 1,000,000 / 1,300,000 with at least 3 of the 10
    /// deprivation indicators; near-poor in that upper band with fewer than 3. Nghị định 07/2021/NĐ-CP (27/1/2021,
    /// Điều 3, for 2022–2025): 1,500,000 rural / 2,000,000 urban, poor with at least 3 of 12 deprivations, near-poor with
    /// fewer. Nghị định 351/2025/NĐ-CP: 2026 keeps the 2022–2025 standard; 2027–2030: 2,200,000 rural / 2,800,000 urban,
    /// poor with at least 3 deprivations, near-poor with fewer (the number of indicators is not confirmed here).
    /// </summary>
    public static readonly IReadOnlyList<PovertyStandard> All =
    [
        new(new RuleSource("QD59-2015", "Quyết định 59/2015/QĐ-TTg ngày 19/11/2015 ban hành chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016–2020", new DateOnly(2016, 1, 1)) { DocumentDate = new DateOnly(2015, 11, 19) },
            700_000m, 900_000m, 1_000_000m, 1_300_000m, 3, 10),
        new(new RuleSource("ND07-2021", "Nghị định 07/2021/NĐ-CP ngày 27/01/2021 quy định chuẩn nghèo đa chiều giai đoạn 2021–2025 (Điều 3: 2022–2025)", new DateOnly(2022, 1, 1)) { DocumentDate = new DateOnly(2021, 1, 27) },
            1_500_000m, 2_000_000m, null, null, 3, 12),
        new(new RuleSource("ND351-2025-2026", "Nghị định 351/2025/NĐ-CP quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030: năm 2026 tiếp tục chuẩn nghèo giai đoạn 2022–2025", new DateOnly(2026, 1, 1)),
            1_500_000m, 2_000_000m, null, null, 3, 12),
        new(new RuleSource("ND351-2025", "Nghị định 351/2025/NĐ-CP quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030 (2027–2030)", new DateOnly(2027, 1, 1)),
            2_200_000m, 2_800_000m, null, null, 3, null),
    ];

    public static RuleBook<PovertyStandard> Statutory { get; } = new(
        "Indicators", "indicators.poverty_standard", new BilingualLabel("Chuẩn nghèo đa chiều", "Multidimensional poverty standard"), All);

    /// <summary>Classifies a household; the reason names the rule that decided.</summary>
    public (HouseholdClass Class, string Reason) Classify(Area area, decimal incomePerPersonMonthly, int deprivations)
    {
        if (incomePerPersonMonthly < 0)
        {
            throw new DomainRuleException("poverty.income_negative", "The income cannot be negative.", RuleViolationKind.Unprocessable);
        }

        if (deprivations < 0 || (DeprivationIndicators is { } max && deprivations > max))
        {
            throw new DomainRuleException("poverty.deprivations_out_of_range", "The number of deprivations is outside the standard's indicators.", RuleViolationKind.Unprocessable, DeprivationIndicators ?? 0);
        }

        var line = area == Area.Urban ? UrbanPovertyLine : RuralPovertyLine;
        var upper = area == Area.Urban ? UrbanUpperLine : RuralUpperLine;
        var deprived = deprivations >= DeprivationThreshold;
        if (upper is { } band)
        {
            // The 2016 standard: under the poverty line is poor whatever the deprivations; the band up to the upper line splits on them.
            if (incomePerPersonMonthly <= line)
            {
                return (HouseholdClass.Poor, "poverty.income_at_or_under_line");
            }

            if (incomePerPersonMonthly <= band)
            {
                return deprived ? (HouseholdClass.Poor, "poverty.band_with_deprivations") : (HouseholdClass.NearPoor, "poverty.band_few_deprivations");
            }

            return (HouseholdClass.Neither, "poverty.income_over_band");
        }

        if (incomePerPersonMonthly <= line)
        {
            return deprived ? (HouseholdClass.Poor, "poverty.line_with_deprivations") : (HouseholdClass.NearPoor, "poverty.line_few_deprivations");
        }

        return (HouseholdClass.Neither, "poverty.income_over_line");
    }
}

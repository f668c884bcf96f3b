using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Domain.Tests.Indicators;

/// <summary>
/// The multidimensional poverty standards at their boundaries: Quyết định 59/2015/QĐ-TTg (2016–2021), Nghị định
/// 07/2021/NĐ-CP (2022–2025), Nghị định 351/2025/NĐ-CP (2026 as before; 2027–2030 new lines).
/// </summary>
public class PovertyStandardTests
{
    private static PovertyStandard For(int year) => PovertyStandard.Statutory.InForceOn(new DateOnly(year, 1, 1));

    [Theory]
    [InlineData(2016, "QD59-2015")]
    [InlineData(2020, "QD59-2015")]
    [InlineData(2021, "QD59-2015")]
    [InlineData(2022, "ND07-2021")]
    [InlineData(2025, "ND07-2021")]
    [InlineData(2026, "ND351-2025-2026")]
    [InlineData(2027, "ND351-2025")]
    [InlineData(2030, "ND351-2025")]
    public void The_standard_is_chosen_by_the_period(int year, string code) => For(year).Source.Code.ShouldBe(code);

    [Fact]
    public void No_standard_applies_before_2016() =>
        PovertyStandard.Statutory.TryInForceOn(new DateOnly(2015, 12, 31)).ShouldBeNull();

    [Theory]
    // 2016 rural: poor at or under 700,000; 700,001–1,000,000 poor with 3+ deprivations, near-poor with fewer; above: neither.
    [InlineData(Area.Rural, 700_000, 0, HouseholdClass.Poor)]
    [InlineData(Area.Rural, 700_001, 3, HouseholdClass.Poor)]
    [InlineData(Area.Rural, 700_001, 2, HouseholdClass.NearPoor)]
    [InlineData(Area.Rural, 1_000_000, 2, HouseholdClass.NearPoor)]
    [InlineData(Area.Rural, 1_000_001, 10, HouseholdClass.Neither)]
    // 2016 urban: 900,000 and 1,300,000.
    [InlineData(Area.Urban, 900_000, 0, HouseholdClass.Poor)]
    [InlineData(Area.Urban, 900_001, 2, HouseholdClass.NearPoor)]
    [InlineData(Area.Urban, 1_300_000, 3, HouseholdClass.Poor)]
    [InlineData(Area.Urban, 1_300_001, 3, HouseholdClass.Neither)]
    public void The_2016_standard_has_a_line_and_a_band(Area area, int income, int deprivations, HouseholdClass expected) =>
        For(2020).Classify(area, income, deprivations).Class.ShouldBe(expected);

    [Theory]
    [InlineData(Area.Rural, 1_500_000, 3, HouseholdClass.Poor)]
    [InlineData(Area.Rural, 1_500_000, 2, HouseholdClass.NearPoor)]
    [InlineData(Area.Rural, 1_500_001, 12, HouseholdClass.Neither)]
    [InlineData(Area.Urban, 2_000_000, 3, HouseholdClass.Poor)]
    [InlineData(Area.Urban, 2_000_000, 0, HouseholdClass.NearPoor)]
    [InlineData(Area.Urban, 2_000_001, 5, HouseholdClass.Neither)]
    public void The_2022_standard_splits_the_households_under_the_line_on_three_deprivations(Area area, int income, int deprivations, HouseholdClass expected) =>
        For(2024).Classify(area, income, deprivations).Class.ShouldBe(expected);

    [Theory]
    [InlineData(Area.Rural, 2_200_000, 3, HouseholdClass.Poor)]
    [InlineData(Area.Rural, 2_200_001, 3, HouseholdClass.Neither)]
    [InlineData(Area.Urban, 2_800_000, 2, HouseholdClass.NearPoor)]
    [InlineData(Area.Urban, 2_800_001, 2, HouseholdClass.Neither)]
    public void The_2027_standard_raises_the_lines(Area area, int income, int deprivations, HouseholdClass expected) =>
        For(2027).Classify(area, income, deprivations).Class.ShouldBe(expected);

    [Fact]
    public void Year_2026_keeps_the_2022_lines() =>
        For(2026).Classify(Area.Rural, 1_600_000, 5).Class.ShouldBe(HouseholdClass.Neither);

    [Fact]
    public void Impossible_inputs_are_refused_with_their_codes()
    {
        Should.Throw<DomainRuleException>(() => For(2024).Classify(Area.Rural, -1, 0)).Code.ShouldBe("poverty.income_negative");
        Should.Throw<DomainRuleException>(() => For(2024).Classify(Area.Rural, 1, 13)).Code.ShouldBe("poverty.deprivations_out_of_range");
        Should.Throw<DomainRuleException>(() => For(2020).Classify(Area.Rural, 1, 11)).Code.ShouldBe("poverty.deprivations_out_of_range");
    }
}

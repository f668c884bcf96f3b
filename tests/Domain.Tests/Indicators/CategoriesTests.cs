using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Domain.Tests.Indicators;

/// <summary>Disaggregations as category combinations: one canonical key per breakdown.</summary>
public class CategoriesTests
{
    private static readonly string[] AreaAndSex = [Categories.Area, Categories.Sex];

    [Theory]
    [InlineData(null, "total")]
    [InlineData("", "total")]
    [InlineData("TOTAL", "total")]
    [InlineData("area:urban", "area:urban")]
    [InlineData("sex:female,area:urban", "area:urban,sex:female")]
    [InlineData(" Area : Urban , SEX:Female ", "area:urban,sex:female")]
    public void A_breakdown_has_one_canonical_form(string? text, string expected) =>
        Categories.Normalize(text, AreaAndSex).ShouldBe(expected);

    [Theory]
    [InlineData("area:suburban", "data_value.disaggregation_unknown")]
    [InlineData("urban", "data_value.disaggregation_unknown")]
    [InlineData("area:urban,area:rural", "data_value.disaggregation_unknown")]
    [InlineData("ethnicity:khmer", "data_value.disaggregation_not_allowed")]
    public void Unknown_repeated_or_not_allowed_categories_are_refused(string text, string code) =>
        Should.Throw<DomainRuleException>(() => Categories.Normalize(text, AreaAndSex)).Code.ShouldBe(code);

    [Fact]
    public void A_count_is_a_whole_number_of_zero_or_more_and_a_percentage_lies_in_0_to_100()
    {
        var households = IndicatorCatalogue.Element("HH_POOR")!;
        households.CheckValue(0).ShouldBeNull();
        households.CheckValue(12).ShouldBeNull();
        households.CheckValue(-1).ShouldBe("data_value.not_a_count");
        households.CheckValue(1.5m).ShouldBe("data_value.not_a_count");

        var rate = households with { ValueType = DataValueType.Percentage };
        rate.CheckValue(100).ShouldBeNull();
        rate.CheckValue(100.01m).ShouldBe("data_value.percentage_out_of_range");
    }

    [Fact]
    public void A_ratio_breaks_down_only_by_the_categories_both_its_elements_have()
    {
        IndicatorCatalogue.CategoriesOf(IndicatorCatalogue.Indicator("POVERTY_RATE")!).ShouldBe([Categories.Ethnicity, Categories.Area]);
        IndicatorCatalogue.CategoriesOf(IndicatorCatalogue.Indicator("UNEMPLOYMENT_RATE")!).ShouldBe([Categories.Area, Categories.Sex]);
        IndicatorCatalogue.CategoriesOf(IndicatorCatalogue.Indicator("POVERTY_RATE_CHANGE")!).ShouldBe([Categories.Ethnicity, Categories.Area]);
    }
}

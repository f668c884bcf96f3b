using PartyCommittee.Application.Common.Paging;

namespace PartyCommittee.Application.Tests.Common;

public class SortOrderTests
{
    private static readonly string[] Fields = ["code", "name", "establishedOn"];

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_of_missing_sort_uses_the_default_field_ascending(string? sort)
    {
        SortOrder.Parse(sort, "code").ShouldBe(new SortOrder("code", false));
    }

    [Theory]
    [InlineData("name", "name", false)]
    [InlineData("-name", "name", true)]
    [InlineData("+name", "name", false)]
    [InlineData("  -establishedOn  ", "establishedOn", true)]
    [InlineData(" code ", "code", false)]
    public void Parse_reads_field_and_direction(string sort, string field, bool descending)
    {
        var order = SortOrder.Parse(sort, "default");

        order.Field.ShouldBe(field);
        order.Descending.ShouldBe(descending);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("code")]
    [InlineData("-name")]
    [InlineData("+establishedOn")]
    [InlineData(" -code ")]
    public void IsValid_accepts_missing_or_known_fields(string? sort)
    {
        SortOrder.IsValid(sort, Fields).ShouldBeTrue();
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("Name")]
    [InlineData("-")]
    [InlineData("--name")]
    [InlineData("name,code")]
    [InlineData("establishedon")]
    public void IsValid_refuses_unknown_fields(string sort)
    {
        SortOrder.IsValid(sort, Fields).ShouldBeFalse();
    }
}

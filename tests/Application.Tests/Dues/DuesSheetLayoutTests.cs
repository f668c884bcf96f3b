using PartyCommittee.Application.Inspection.Dues.Import;

namespace PartyCommittee.Application.Tests.Dues;

/// <summary>The dues file's cells: amounts in whole đồng, months, yes/no; anything else is refused (null), never guessed.</summary>
public class DuesSheetLayoutTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("44200", 44_200L)]
    [InlineData("44.200", 44_200L)]
    [InlineData("44,200", 44_200L)]
    [InlineData("1 044 200", 1_044_200L)]
    [InlineData("44200.0", 44_200L)]
    [InlineData("1000000000000", 1_000_000_000_000L)]
    public void Whole_amounts_are_read_with_or_without_thousands_separators(string text, long expected) =>
        DuesSheetLayout.ParseAmount(text).ShouldBe(expected);

    [Theory]
    [InlineData("1000000000001")]
    [InlineData("-5")]
    [InlineData("44.2")]
    [InlineData("44,20")]
    [InlineData("4.42e4")]
    [InlineData("abc")]
    [InlineData("")]
    public void Anything_but_a_whole_amount_up_to_ten_to_the_twelve_is_refused(string text) =>
        DuesSheetLayout.ParseAmount(text).ShouldBeNull();

    [Theory]
    [InlineData("2020-01", 2020, 1)]
    [InlineData("01/2020", 2020, 1)]
    [InlineData("1/2020", 2020, 1)]
    [InlineData("2020-12-31", 2020, 12)]
    [InlineData("31/12/2020", 2020, 12)]
    public void A_month_is_read_as_its_first_day(string text, int year, int month) =>
        DuesSheetLayout.ParseMonth(text).ShouldBe(new DateOnly(year, month, 1));

    [Theory]
    [InlineData("2020-13")]
    [InlineData("13/2020")]
    [InlineData("2020/01")]
    [InlineData("January 2020")]
    public void Anything_else_is_not_a_month(string text) => DuesSheetLayout.ParseMonth(text).ShouldBeNull();

    [Theory]
    [InlineData("x", true)]
    [InlineData("Có", true)]
    [InlineData("yes", true)]
    [InlineData("Không", false)]
    [InlineData("0", false)]
    public void Yes_and_no_take_a_closed_list_of_words(string text, bool expected) => DuesSheetLayout.ParseBoolean(text).ShouldBe(expected);

    [Fact]
    public void Another_word_is_neither() => DuesSheetLayout.ParseBoolean("maybe").ShouldBeNull();
}

using PartyCommittee.Infrastructure.Files;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>The CSV injection guard and its removal on import are one rule, exact inverses of each other.</summary>
public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+84 912 345 678", "'+84 912 345 678")]
    [InlineData("-5 Lê Lợi", "'-5 Lê Lợi")]
    [InlineData("@ấp 3", "'@ấp 3")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("'=x", "''=x")]
    [InlineData("-5", "-5")]
    [InlineData("+84912345678", "+84912345678")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("Nguyễn Văn An", "Nguyễn Văn An")]
    [InlineData("'", "'")]
    [InlineData("", "")]
    public void Protect_adds_the_apostrophe_only_where_needed_and_unprotect_removes_exactly_it(string text, string written)
    {
        FormulaGuard.Protect(text).ShouldBe(written);
        FormulaGuard.Unprotect(written).ShouldBe(text);
    }

    [Theory]
    [InlineData("'abc")]
    [InlineData("'-5")]
    [InlineData("''")]
    public void Unprotect_leaves_apostrophes_the_export_never_adds(string text) =>
        FormulaGuard.Unprotect(text).ShouldBe(text);
}

using System.Globalization;
using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Tests.Common;

public class MessagesTests
{
    public static TheoryData<string> AllCodes()
    {
        var data = new TheoryData<string>();
        foreach (var code in Messages.Codes.Order(StringComparer.Ordinal))
        {
            data.Add(code);
        }

        return data;
    }

    [Fact]
    public void Catalog_covers_the_codes_the_domain_and_validators_raise()
    {
        var codes = Messages.Codes.ToHashSet(StringComparer.Ordinal);

        codes.ShouldContain("validation.failed");
        codes.ShouldContain("paging.sort_invalid");
        codes.ShouldContain("organization.code_invalid");
        codes.ShouldContain("organization.unit_kind_required");
        codes.ShouldContain("organization.invalid_parent");
        codes.ShouldContain("organization.parent_dissolved");
        codes.ShouldContain("organization.established_before_parent");
        codes.ShouldContain("organization.cycle");
        codes.ShouldContain("organization.already_dissolved");
        codes.ShouldContain("organization.dissolved");
        codes.ShouldContain("organization.dissolved_before_established");
        codes.ShouldContain("organization.has_active_children");
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_has_distinct_vietnamese_and_english_text(string code)
    {
        string vietnamese;
        string english;
        using (new CultureScope("vi"))
        {
            vietnamese = Messages.Format(code);
        }

        using (new CultureScope("en"))
        {
            english = Messages.Format(code);
        }

        vietnamese.ShouldNotBeNullOrWhiteSpace();
        english.ShouldNotBeNullOrWhiteSpace();
        vietnamese.ShouldNotBe(code);
        english.ShouldNotBe(code);
        vietnamese.ShouldNotBe(english);
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_template_is_filled_by_its_arguments(string code)
    {
        foreach (var culture in new[] { "vi", "en" })
        {
            using (new CultureScope(culture))
            {
                var text = Messages.Format(code, "ARG0", "ARG1", "ARG2", "ARG3", "ARG4", "ARG5");

                text.ShouldNotContain("{");
                text.ShouldNotContain("}");
            }
        }
    }

    [Fact]
    public void Format_fills_placeholders_in_english()
    {
        using var culture = new CultureScope("en");

        Messages.Format("organization.code_taken", "CB-VP").ShouldBe("Organisation code 'CB-VP' is already in use.");
        Messages.Format("rate_limit.exceeded", 30).ShouldBe("Too many requests. Retry after 30 seconds.");
    }

    [Fact]
    public void Format_fills_placeholders_in_vietnamese()
    {
        using var culture = new CultureScope("vi");

        Messages.Format("organization.code_taken", "CB-VP").ShouldBe("Mã tổ chức 'CB-VP' đã được sử dụng.");
        Messages.Format("organization.too_deep", 8).ShouldBe("Cây tổ chức không được sâu quá 8 cấp.");
    }

    [Fact]
    public void Format_uses_invariant_formatting_for_arguments()
    {
        using var culture = new CultureScope("vi-VN");

        Messages.Format("rate_limit.exceeded", 1.5).ShouldBe("Quá nhiều yêu cầu. Thử lại sau 1.5 giây.");
    }

    [Fact]
    public void Format_without_arguments_keeps_the_template()
    {
        using var culture = new CultureScope("en");

        Messages.Format("organization.code_taken").ShouldBe("Organisation code '{0}' is already in use.");
    }

    [Theory]
    [InlineData("en", "The request has invalid fields.")]
    [InlineData("en-GB", "The request has invalid fields.")]
    [InlineData("en-US", "The request has invalid fields.")]
    [InlineData("vi", "Dữ liệu gửi lên không hợp lệ.")]
    [InlineData("vi-VN", "Dữ liệu gửi lên không hợp lệ.")]
    [InlineData("fr-FR", "Dữ liệu gửi lên không hợp lệ.")]
    [InlineData("", "Dữ liệu gửi lên không hợp lệ.")]
    public void Vietnamese_is_the_default_and_any_english_culture_gets_english(string cultureName, string expected)
    {
        using var culture = new CultureScope(cultureName);

        Messages.Format("validation.failed").ShouldBe(expected);
    }

    [Fact]
    public void Unknown_code_falls_back_to_the_code_itself()
    {
        using var culture = new CultureScope("en");

        Messages.Format("no.such.code").ShouldBe("no.such.code");
        Messages.Format("no.such.code", "x").ShouldBe("no.such.code");
    }

    [Fact]
    public void Unknown_code_falls_back_to_the_given_text()
    {
        using var culture = new CultureScope("vi");

        Messages.FormatOr("no.such.code", "Fallback detail").ShouldBe("Fallback detail");
    }

    [Fact]
    public void Known_code_ignores_the_fallback()
    {
        using var culture = new CultureScope("en");

        Messages.FormatOr("organization.cycle", "Fallback detail").ShouldBe("An organisation cannot be moved under itself or one of its descendants.");
    }

    [Theory]
    [InlineData(404, "en", "Not found")]
    [InlineData(404, "vi", "Không tìm thấy")]
    [InlineData(422, "en", "Business rule violated")]
    [InlineData(418, "en", "Error")]
    [InlineData(418, "vi", "Lỗi")]
    public void Title_is_localised_with_a_fallback(int status, string cultureName, string expected)
    {
        using var culture = new CultureScope(cultureName);

        Messages.Title(status).ShouldBe(expected);
    }

    [Fact]
    public void IsEnglish_looks_at_the_language_only()
    {
        Messages.IsEnglish(CultureInfo.GetCultureInfo("en-AU")).ShouldBeTrue();
        Messages.IsEnglish(CultureInfo.GetCultureInfo("vi-VN")).ShouldBeFalse();
        Messages.IsEnglish(CultureInfo.InvariantCulture).ShouldBeFalse();
    }

    [Fact]
    public void CultureScope_restores_the_previous_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        using (new CultureScope(before.Name == "en" ? "vi" : "en"))
        {
            CultureInfo.CurrentUICulture.ShouldNotBe(before);
        }

        CultureInfo.CurrentUICulture.ShouldBe(before);
    }
}

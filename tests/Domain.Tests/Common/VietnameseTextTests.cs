using System.Text;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Tests.Common;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn Đạt", "nguyen van dat")]
    [InlineData("ĐẶNG thị  Hoa", "dang thi hoa")]
    [InlineData("Trần Thị Ánh Tuyết", "tran thi anh tuyet")]
    [InlineData("Lê Quý Đôn", "le quy don")]
    [InlineData("Võ Nguyên Giáp", "vo nguyen giap")]
    [InlineData("Dương Thu Hương", "duong thu huong")]
    [InlineData("Tôn Đức Thắng", "ton duc thang")]
    [InlineData("Đỗ Mười", "do muoi")]
    [InlineData("Ngô Bảo Châu", "ngo bao chau")]
    [InlineData("Phạm Thị Hoài Ngọc", "pham thi hoai ngoc")]
    [InlineData("Huỳnh Tấn Phát", "huynh tan phat")]
    [InlineData("Lữ Gia", "lu gia")]
    [InlineData("  Bùi   Xuân\tPhái \n", "bui xuan phai")]
    [InlineData("Chi bộ Văn phòng Sở", "chi bo van phong so")]
    public void Fold_removes_diacritics_lower_cases_and_collapses_spaces(string name, string expected)
    {
        VietnameseText.Fold(name).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Nguyễn Văn Đạt")]
    [InlineData("Trương Mỹ Hoa")]
    [InlineData("Đặng Thùy Trâm")]
    [InlineData("Phùng Quán")]
    [InlineData("Hồ Xuân Hương")]
    public void Fold_of_decomposed_input_equals_fold_of_composed_input(string name)
    {
        var composed = name.Normalize(NormalizationForm.FormC);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        decomposed.ShouldNotBe(composed);

        VietnameseText.Fold(decomposed).ShouldBe(VietnameseText.Fold(composed));
        VietnameseText.Fold(decomposed).All(c => c < 128).ShouldBeTrue();
    }

    [Fact]
    public void Fold_maps_both_cases_of_d_with_stroke_to_d()
    {
        VietnameseText.Fold("Đđ").ShouldBe("dd");
    }

    [Fact]
    public void Fold_of_accented_and_unaccented_spelling_match()
    {
        VietnameseText.Fold("NGUYỄN VĂN ĐẠT").ShouldBe(VietnameseText.Fold("nguyen van dat"));
    }

    [Fact]
    public void Fold_of_blank_text_is_empty()
    {
        VietnameseText.Fold(" \t\n ").ShouldBe(string.Empty);
    }

    [Fact]
    public void Clean_collapses_white_space_and_normalises_to_NFC()
    {
        var decomposed = "  Nguyễn   Văn\tĐạt \n".Normalize(NormalizationForm.FormD);
        decomposed.IsNormalized(NormalizationForm.FormC).ShouldBeFalse();

        var cleaned = VietnameseText.Clean(decomposed);

        cleaned.ShouldBe("Nguyễn Văn Đạt".Normalize(NormalizationForm.FormC));
        cleaned.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        cleaned.Length.ShouldBe(14);
    }

    [Fact]
    public void Clean_keeps_case_and_diacritics()
    {
        VietnameseText.Clean("ĐẶNG  thị Hoa").ShouldBe("ĐẶNG thị Hoa");
    }
}

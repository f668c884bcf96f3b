using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Domain.Tests.Common;

/// <summary>One tone per syllable wherever it is written; Ð read as Đ; names recorded by their parts.</summary>
public class ToneAndNamePartsTests
{
    [Theory]
    [InlineData("Hoà", "Hòa")]
    [InlineData("Thuỷ", "Thủy")]
    [InlineData("Qúy", "Quý")]
    [InlineData("Khoẻ", "Khỏe")]
    [InlineData("Tuý", "Túy")]
    [InlineData("Uý", "Úy")]
    [InlineData("Gìa", "Già")]
    [InlineData("Hoàng", "Hoàng")]
    [InlineData("Quỳnh", "Quỳnh")]
    [InlineData("Nguyễn", "Nguyễn")]
    [InlineData("Ngoài", "Ngoài")]
    [InlineData("Mười", "Mười")]
    [InlineData("Trường", "Trường")]
    [InlineData("Khuỷu", "Khuỷu")]
    [InlineData("Bùi", "Bùi")]
    [InlineData("Gì", "Gì")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("Lê Thị Thuý Hoà", "Lê Thị Thúy Hòa")]
    public void Tone_marks_go_to_one_canonical_vowel(string typed, string canonical)
    {
        VietnameseText.CanonicalTones(typed).ShouldBe(canonical);
        VietnameseText.CanonicalTones(canonical).ShouldBe(canonical);
    }

    [Theory]
    [InlineData("Nguyễn Thị Hoà", "Nguyễn Thị Hòa")]
    [InlineData("Phạm Thanh Thuỷ", "Phạm Thanh Thủy")]
    [InlineData("Lê Qúy Đôn", "Lê Quý Đôn")]
    [InlineData("Trần Văn Khoẻ", "Trần Văn Khỏe")]
    public void Old_and_new_tone_placements_fold_and_sort_alike(string oldStyle, string newStyle)
    {
        VietnameseText.Fold(oldStyle).ShouldBe(VietnameseText.Fold(newStyle));
        VietnameseText.SortKey(oldStyle).ShouldBe(VietnameseText.SortKey(newStyle));
        PersonName.Parse(oldStyle).SortKey.ShouldBe(PersonName.Parse(newStyle).SortKey);
        PersonName.Parse(oldStyle).IsSpelledAs(newStyle).ShouldBeTrue();
    }

    [Fact]
    public void The_tone_still_orders_words_that_differ_only_by_it()
    {
        // ngang < huyền < hỏi < ngã < sắc < nặng, whatever the placement.
        string[] ordered = ["Hoa", "Hoà", "Hỏa", "Hoã", "Hóa", "Hoạ"];
        ordered.Select(VietnameseText.SortKey).ShouldBe(ordered.Select(VietnameseText.SortKey).OrderBy(k => k, StringComparer.Ordinal));
        VietnameseText.SortKey("Hòa").ShouldBe(VietnameseText.SortKey("Hoà"));
        string.CompareOrdinal(VietnameseText.SortKey("Hòa"), VietnameseText.SortKey("Hỏa")).ShouldBeLessThan(0);
        string.CompareOrdinal(VietnameseText.SortKey("Hoa"), VietnameseText.SortKey("Hòa")).ShouldBeLessThan(0);
        string.CompareOrdinal(VietnameseText.SortKey("Hoạ"), VietnameseText.SortKey("Hoan")).ShouldBeLessThan(0);
    }

    [Fact]
    public void Eth_folds_and_sorts_as_d_with_stroke()
    {
        VietnameseText.Fold("\u00D0ặng \u00F0ức").ShouldBe("dang duc");
        VietnameseText.Fold("\u00D0ặng").ShouldBe(VietnameseText.Fold("Đặng"));
        VietnameseText.SortKey("\u00D0ặng").ShouldBe(VietnameseText.SortKey("Đặng"));
        string.CompareOrdinal(VietnameseText.SortKey("Dung"), VietnameseText.SortKey("\u00D0ào")).ShouldBeLessThan(0);
    }

    [Fact]
    public void A_name_by_parts_with_the_family_name_last_sorts_by_its_given_name()
    {
        var ede = PersonName.FromParts("Niê Kđăm", "Y", "Ngông", NameOrder.FamilyLast);
        ede.FullName.ShouldBe("Y Ngông Niê Kđăm");
        ede.GivenName.ShouldBe("Ngông");
        ede.FamilyName.ShouldBe("Niê Kđăm");
        var parsed = PersonName.Parse("Y Ngông Niê Kđăm");
        parsed.GivenName.ShouldBe("Kđăm");

        // Sorted by the given name: "Minh" < "Ngông" < "Phương".
        var minh = PersonName.Parse("Nguyễn Văn Minh");
        var phuong = PersonName.Parse("Anh Thị Phương");
        string.CompareOrdinal(minh.SortKey, ede.SortKey).ShouldBeLessThan(0);
        string.CompareOrdinal(ede.SortKey, phuong.SortKey).ShouldBeLessThan(0);
    }

    [Fact]
    public void A_family_name_of_several_words_first()
    {
        var giarai = PersonName.FromParts("Rơ Mah", null, "Hiêng", NameOrder.FamilyFirst);
        giarai.FullName.ShouldBe("Rơ Mah Hiêng");
        giarai.MiddleName.ShouldBeEmpty();
        giarai.FamilyName.ShouldBe("Rơ Mah");
    }

    [Fact]
    public void Parts_follow_the_name_rule()
    {
        Should.Throw<DomainRuleException>(() => PersonName.FromParts("Ksor", null, "Hai 2", NameOrder.FamilyFirst)).Code.ShouldBe(Names.InvalidCharacter);
        Should.Throw<DomainRuleException>(() => PersonName.FromParts(new string('a', 64), new string('b', 32), new string('c', 32), NameOrder.FamilyFirst))
            .Code.ShouldBe("member.name_too_long");
        PersonName.FromParts(new string('a', 63), new string('b', 32), new string('c', 31), NameOrder.FamilyFirst).FullName.Length.ShouldBe(128);
    }
}

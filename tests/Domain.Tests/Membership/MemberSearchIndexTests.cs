using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Domain.Tests.Membership;

/// <summary>
/// The search index (ADR 0030) is exact: the members found through the token ranges are the members whose folded name
/// contains the folded text (the semantics of ADR 0011), for every text tried against a corpus of names.
/// </summary>
public sealed class MemberSearchIndexTests
{
    private static readonly string[] Corpus =
    [
        "Nguyễn Văn An", "Nguyễn Văn Anh", "Hoàng Thị Lan", "Trần Văn Đạt", "Lê Thị Dung", "Phạm Thị Ánh", "Võ Thị Ân",
        "Lý Thị Ẩn", "Bùi Văn Ba", "Đặng Văn Dũng", "Y Ngông Niê Kđăm", "Rơ Mah Hiêng", "Nguyễn Thị Minh Khai", "Văn An",
        "An", "Hồ Thị Kim Liên", "Đoàn Văn Xuân", "Quang Văn Tuấn", "Nguyễn Văn Văn", "Thạch Thị Sa Phol", "H'Hen Niê",
        "Lâm Văn Lan", "Nguyễn Anh Văn", "Trương Hoàng Nam", "Đinh Văn Hoàn",
    ];

    private static readonly string[] Texts =
    [
        "nguyen van an", "NGUYỄN VĂN AN", "van an", "an", "a", "n", "dat", "d", "đ", "hoang", "oang", "oan", "n v", "en van a",
        "uyen van", "van", "anh", "h'h", "ng niê", "mah", "ih", "kđăm", "van van", "an ", "xuan", "ba", "thi", "hi minh kh",
        "guyen thi m", "oang thi l", "zzz", "nguyen van an x", "in", "e", "ng",
    ];

    public static TheoryData<string> AllTexts() => [.. Texts];

    [Theory]
    [MemberData(nameof(AllTexts))]
    public void The_ranges_find_exactly_the_names_that_contain_the_text(string text)
    {
        var names = Corpus.Select(VietnameseText.Fold).ToList();
        var vocabulary = names.SelectMany(MemberSearchIndex.Words).Distinct(StringComparer.Ordinal).ToList();
        var folded = VietnameseText.Fold(text.Trim());

        var ranges = MemberSearchIndex.Ranges(folded, vocabulary);
        var found = names.Where(n => MemberSearchIndex.Tokens(n).Any(t => ranges.Any(r => string.CompareOrdinal(t, r) >= 0 && string.CompareOrdinal(t, MemberSearchIndex.UpperBound(r)) < 0))).ToList();

        found.ShouldBe(names.Where(n => n.Contains(folded, StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void Every_substring_of_every_name_is_found_exactly()
    {
        var names = Corpus.Select(VietnameseText.Fold).ToList();
        var vocabulary = names.SelectMany(MemberSearchIndex.Words).Distinct(StringComparer.Ordinal).ToList();
        var texts = names.SelectMany(n => Enumerable.Range(0, n.Length).SelectMany(i => Enumerable.Range(1, n.Length - i).Select(l => n.Substring(i, l).Trim())))
            .Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();

        foreach (var text in texts)
        {
            var ranges = MemberSearchIndex.Ranges(text, vocabulary);
            var found = names.Where(n => MemberSearchIndex.Tokens(n).Any(t => ranges.Any(r => string.CompareOrdinal(t, r) >= 0 && string.CompareOrdinal(t, MemberSearchIndex.UpperBound(r)) < 0)));
            found.ShouldBe(names.Where(n => n.Contains(text, StringComparison.Ordinal)), text);
        }

        texts.Count.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void A_name_is_indexed_from_the_start_of_each_word()
    {
        MemberSearchIndex.Tokens("nguyen van van").ShouldBe(["nguyen van van", "van van", "van"]);
        MemberSearchIndex.Words("nguyen van van").ShouldBe(["nguyen", "van"]);
        MemberSearchIndex.Tokens(string.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void A_text_inside_a_word_is_found_through_the_words_that_contain_it()
    {
        // "an" starts the token "an…" and lies inside "hoang", "lan", "van" (after their first letter); "anh" starts with "an": covered.
        MemberSearchIndex.Ranges("an", ["an", "anh", "hoang", "lan", "van", "nguyen"]).ShouldBe(["an", "hoang", "lan", "van"]);
        // Several words: the first must end a word ("uyen" ends "nguyen"), the rest follows.
        MemberSearchIndex.Ranges("uyen van", ["nguyen", "van", "tuyen"]).ShouldBe(["nguyen van", "tuyen van", "uyen van"]);
        MemberSearchIndex.UpperBound("van a").ShouldBe("van b");
    }
}

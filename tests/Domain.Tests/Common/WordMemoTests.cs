using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Tests.Common;

/// <summary>
/// The per-word memory of <see cref="VietnameseText"/> (issue 12, session 25): it answers exactly what the function
/// answers, for a word given alone or cut from a longer text, and stops keeping words past its bound.
/// </summary>
public class WordMemoTests
{
    [Fact]
    public void The_memo_answers_what_the_function_answers_and_computes_a_word_once()
    {
        var calls = 0;
        var memo = new WordMemo(w => { calls++; return w.ToUpperInvariant() + w.Length; });
        const string text = "nguyễn văn nguyễn";

        memo.Get(text.AsSpan(0, 6)).ShouldBe("NGUYỄN6");
        memo.Get(text.AsSpan(7, 3)).ShouldBe("VĂN3");
        memo.Get(text.AsSpan(11, 6)).ShouldBe("NGUYỄN6");
        memo.Get("nguyễn").ShouldBe("NGUYỄN6");

        calls.ShouldBe(2);
        memo.Count.ShouldBe(2);
    }

    [Fact]
    public void Past_its_bound_the_memo_keeps_no_more_words_and_still_answers_right()
    {
        var calls = 0;
        var memo = new WordMemo(w => { calls++; return new string([.. w.Reverse()]); }, limit: 3);

        foreach (var word in new[] { "an", "binh", "chi", "dung", "em" })
        {
            memo.Get(word).ShouldBe(new string([.. word.Reverse()]));
        }

        memo.Count.ShouldBe(3);
        memo.Get("em").ShouldBe("me");
        memo.Get("an").ShouldBe("na");
        calls.ShouldBe(6, "'em' was past the bound, so it is computed again; 'an' was kept");
    }

    public static TheoryData<string> Names() =>
    [
        "Nguyễn Văn An", "Trần Thị Thuỷ", "Lê Hoà", "Phạm Quý", "Hoàng Khuỷu Ngoài", "Đặng Thị Già", "Ðỗ Minh Quỳnh",
        "Bùi Thị Mái", "Vũ  Hương   Giang", "Ngô Thừa Ân", "O'Neil Nguyễn", "Trần-Lê Hữu Nghĩa", "Lý 2 Bảo", "𠀀 Nôm",
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Names_spell_fold_and_sort_the_same_with_the_memo_as_without_it(string name)
    {
        // The public functions go through the memo (twice: the second call answers from it); the reference is the
        // same text put together from the uncached functions, word by word.
        for (var round = 0; round < 2; round++)
        {
            var canonical = VietnameseText.CanonicalTones(name);
            var words = System.Text.RegularExpressions.Regex.Replace(
                name.Normalize(System.Text.NormalizationForm.FormC), @"\p{L}+", m => VietnameseText.CanonicalWordOf(m.Value));
            canonical.ShouldBe(words);

            var sortKey = VietnameseText.SortKey(name);
            sortKey.ShouldBe(string.Join("01", canonical.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(VietnameseText.WordKeyOf)));
        }
    }
}

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// A row of the member search index (ADR 0030): the member's folded name (<see cref="PartyMember.NameFolded"/>) from
/// the start of one of its words to its end ("nguyen van an", "van an", "an"). A search text matches a name where it
/// starts a word iff it is a prefix of one of these tokens, so a search is a range scan of the (Token, MemberId) index.
/// Derived data: written by the save pipeline with the name that it indexes, never by a handler.
/// </summary>
public sealed class MemberNameToken
{
    public MemberNameToken(string token, Guid memberId)
    {
        Token = token;
        MemberId = memberId;
    }

    public string Token { get; private set; }

    public Guid MemberId { get; private set; }
}

/// <summary>
/// A word that occurs in some member's folded name (the vocabulary of the search index, a few thousand rows). A search
/// text that starts inside a word ("an" in "hoang") is matched through the words that contain it (ADR 0030).
/// Words are added with the names and never removed: a word no name uses any more matches nothing.
/// </summary>
public sealed class MemberNameWord
{
    public MemberNameWord(string word) => Word = word;

    public string Word { get; private set; }
}

/// <summary>
/// The member search index: what to store for a name and how a search becomes index ranges. The semantics are those
/// of <c>NameFolded.Contains(Fold(text))</c> (ADR 0011), exactly: every range found by <see cref="Ranges"/> contains
/// only names that contain the text, and every name that contains it is in one of the ranges.
/// </summary>
public static class MemberSearchIndex
{
    /// <summary>Above this many ranges (a text of one or two letters found inside most words) the scan is used.</summary>
    public const int MaxRanges = 48;

    /// <summary>
    /// A text of at most this many letters (spaces aside) is answered by the scan without looking at the ranges: one or
    /// two letters start or sit inside the words of a large part of any register ("a", "n", "th": 78%, 92%, 34% of the 1M
    /// bench register), whose members the ranges would gather one by one (issue 12, session 68: 2-12 s at 1M,
    /// against 0.4 s for the scan's count).
    /// </summary>
    public const int BroadTextLetters = 2;

    /// <summary>Whether <paramref name="folded"/> is too short for the ranges to narrow anything (<see cref="BroadTextLetters"/>).</summary>
    public static bool IsBroad(string folded) => folded.Count(c => c != ' ') <= BroadTextLetters;

    /// <summary>The tokens of a folded name: the name from the start of each word (distinct).</summary>
    public static IReadOnlyList<string> Tokens(string folded)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(folded))
        {
            return tokens;
        }

        for (var i = 0; i < folded.Length; i++)
        {
            if ((i == 0 || folded[i - 1] == ' ') && folded[i] != ' ')
            {
                var token = folded[i..];
                if (!tokens.Contains(token, StringComparer.Ordinal))
                {
                    tokens.Add(token);
                }
            }
        }

        return tokens;
    }

    /// <summary>The distinct words of a folded name.</summary>
    public static IReadOnlyList<string> Words(string folded) =>
        [.. folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The prefixes whose token ranges hold exactly the names containing <paramref name="foldedText"/>: the text itself
    /// (where it starts a word), and for each vocabulary word <c>w</c> in which it starts after the first letter, the
    /// text rewritten to start with <c>w</c>. Redundant prefixes (extensions of another prefix) are left out.
    /// </summary>
    public static IReadOnlyList<string> Ranges(string foldedText, IEnumerable<string> vocabulary)
    {
        var space = foldedText.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? foldedText : foldedText[..space];
        var rest = space < 0 ? string.Empty : foldedText[space..];
        var prefixes = new List<string> { foldedText };
        foreach (var word in vocabulary)
        {
            if (space < 0)
            {
                // One word: the name has a word containing the text after its first letter; every token starting with
                // that word contains the text.
                if (word.Length > foldedText.Length && word.IndexOf(foldedText, 1, StringComparison.Ordinal) >= 0)
                {
                    prefixes.Add(word);
                }
            }
            else if (word.Length > first.Length && word.EndsWith(first, StringComparison.Ordinal))
            {
                // Several words: the text's first word ends a longer word, and the rest follows it.
                prefixes.Add(word + rest);
            }
        }

        // A prefix that extends another adds nothing.
        var ordered = prefixes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var kept = new List<string>();
        foreach (var prefix in ordered)
        {
            if (kept.Count == 0 || !prefix.StartsWith(kept[^1], StringComparison.Ordinal))
            {
                kept.Add(prefix);
            }
        }

        return kept;
    }

    /// <summary>The first string after every string that starts with <paramref name="prefix"/>, in ordinal order.</summary>
    public static string UpperBound(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}

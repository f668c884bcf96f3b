using System.Collections.Concurrent;

namespace PartyCommittee.Domain.Common;

/// <summary>
/// The answers of a pure function of one word, kept for the words already seen (issue 12, session 25). The words of
/// Vietnamese names are syllables from a small set (a register of any size uses a few thousand), and each is spelled,
/// folded and given a sort key for every name that holds it: <see cref="VietnameseText"/> asks here first. At most
/// <c>limit</c> words are kept (hostile input cannot grow it past that); past it, answers are computed every time.
/// Looked up by span, so that a word cut from a longer text is not copied to find it.
/// </summary>
internal sealed class WordMemo
{
    private readonly Func<string, string> compute;
    private readonly int limit;
    private readonly ConcurrentDictionary<string, string> known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private int count;

    public WordMemo(Func<string, string> compute, int limit = 20_000)
    {
        this.compute = compute;
        this.limit = limit;
        bySpan = known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Words kept.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The function's answer for <paramref name="word"/>.</summary>
    public string Get(ReadOnlySpan<char> word)
    {
        if (bySpan.TryGetValue(word, out var answer))
        {
            return answer;
        }

        var text = word.ToString();
        answer = compute(text);
        if (Volatile.Read(ref count) < limit && known.TryAdd(text, answer))
        {
            Interlocked.Increment(ref count);
        }

        return answer;
    }
}

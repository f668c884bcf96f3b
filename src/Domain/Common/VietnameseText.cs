using System.Globalization;
using System.Text;

namespace PartyCommittee.Domain.Common;

/// <summary>
/// Text helpers for Vietnamese names. <see cref="Fold"/> produces the search key that makes look-ups accent- and
/// case-insensitive on every database engine: "Nguyễn Văn Đạt" and "nguyen van dat" fold to the same key.
/// A syllable has one tone, wherever it is written: the old and new placements ("Hoà"/"Hòa", "Thuỷ"/"Thủy",
/// "Qúy"/"Quý") are one spelling for <see cref="CanonicalTones"/>, <see cref="Fold"/> and <see cref="SortKey"/>;
/// the text as typed is kept for display. Ð/ð (U+00D0/U+00F0, the Icelandic eth that keyboards and OCR put for Đ/đ)
/// are read as Đ/đ.
/// </summary>
public static class VietnameseText
{
    /// <summary>NFC-normalises and collapses runs of white space (a lone surrogate becomes U+FFFD: it cannot be normalised).</summary>
    public static string Clean(string text) =>
        string.Join(' ', WellFormed(text).Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Lower-case, no diacritics, đ (and ð) → d, single spaces.</summary>
    public static string Fold(string text)
    {
        var decomposed = CanonicalTones(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            lastWasSpace = false;
            builder.Append(c switch
            {
                'đ' or 'Đ' or 'ð' or 'Ð' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().TrimEnd();
    }

    // Vietnamese alphabet (with f, j, w, z for foreign names) in dictionary order.
    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    /// <summary>
    /// A key whose ordinal order is Vietnamese dictionary order, word by word: each word compares by its letters in
    /// the Vietnamese alphabet (a ă â b c d đ e ê …), then by its tones (ngang, huyền, hỏi, ngã, sắc, nặng), before the
    /// next word is looked at. ASCII digits only, so it sorts the same on every database engine and collation.
    /// Layout: letters as two digits 10–42, digits as 60–69, "02" between a word's letters and its one tone digit (0–5),
    /// "01" between words (a shorter text sorts first).
    /// </summary>
    /// <remarks>
    /// The text is read by Unicode scalar values, not UTF-16 code units: a character outside the Basic Multilingual
    /// Plane (a CJK extension ideograph of Chữ Nôm, U+20000 and up) is two code units, and splitting it would leave
    /// halves that cannot be normalised. Letters outside the Vietnamese alphabet (other scripts, other Latin letters)
    /// are not part of the key, which keeps it within its column (3 digits per character of a 128-character name).
    /// </remarks>
    public static string SortKey(string text)
    {
        var words = CanonicalTones(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join("01", words.Select(w => WordKeys.Get(w)));
    }

    /// <summary>Each word's key (<see cref="WordKeyOf"/>) and canonical spelling (<see cref="CanonicalWordOf"/>), kept per word.</summary>
    private static readonly WordMemo WordKeys = new(WordKeyOf);
    private static readonly WordMemo CanonicalWords = new(CanonicalWordOf);

    /// <summary>The text with every lone surrogate (ill-formed UTF-16) replaced by U+FFFD, so that it can be normalised.</summary>
    public static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    internal static string WordKeyOf(string word)
    {
        var primary = new StringBuilder();
        var tone = '0';
        foreach (var rune in word.EnumerateRunes())
        {
            if (!rune.IsBmp)
            {
                continue;
            }

            var (letter, letterTone) = Split((char)rune.Value);
            var index = Alphabet.IndexOf(letter, StringComparison.Ordinal);
            if (index >= 0)
            {
                primary.Append((index + 10).ToString("00", CultureInfo.InvariantCulture));
                tone = tone == '0' ? letterTone : tone;
            }
            else if (char.IsAsciiDigit(letter))
            {
                primary.Append('6').Append(letter);
            }
        }

        // One tone per syllable (word), wherever it was written; none for a word without a letter of the key.
        return primary.Length == 0 ? "02" : primary.Append("02").Append(tone).ToString();
    }

    /// <summary>Splits a precomposed character into its base letter with vowel marks (ă, â, ê, ô, ơ, ư, đ) and its tone (0–5).</summary>
    private static (char Letter, char Tone) Split(char c)
    {
        var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
        var tone = '0';
        var builder = new StringBuilder();
        foreach (var part in decomposed)
        {
            switch (part)
            {
                case '\u0300': tone = '1'; break; // huyền
                case '\u0309': tone = '2'; break; // hỏi
                case '\u0303': tone = '3'; break; // ngã
                case '\u0301': tone = '4'; break; // sắc
                case '\u0323': tone = '5'; break; // nặng
                default: builder.Append(part); break;
            }
        }

        var letter = builder.ToString().Normalize(NormalizationForm.FormC);
        return (letter.Length == 1 ? (letter[0] == 'ð' ? 'đ' : letter[0]) : c, tone);
    }

    private const string Vowels = "aăâeêioôơuưy";
    private const string MarkedVowels = "ăâêôơư";
    private static readonly char[] ToneMarks = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

    /// <summary>
    /// The text (NFC) with each word's tone mark on one canonical vowel, so that old and new placements are one
    /// spelling: on the vowel with a mark (ă â ê ô ơ ư; the last one: "ươ" → ơ); otherwise on the last vowel of the
    /// group when a consonant follows ("Hoàng", "Quỳnh"), on the middle one of three ("Ngoài", "Khuỷu"), on the first of
    /// two in an open syllable ("Hòa", "Thủy", "Mái", "Bùi"). The u of "qu" and the i of "gi" before a vowel are
    /// consonants ("Quý", "Già"). A word with several tone marks keeps the first; a word without a vowel is unchanged.
    /// </summary>
    public static string CanonicalTones(string text)
    {
        var clean = WellFormed(text).Normalize(NormalizationForm.FormC);
        if (clean.Length == 0)
        {
            return clean;
        }

        var builder = new StringBuilder(clean.Length);
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i == clean.Length || !char.IsLetter(clean[i]))
            {
                if (i > start)
                {
                    builder.Append(CanonicalWords.Get(clean.AsSpan(start, i - start)));
                }

                if (i < clean.Length)
                {
                    builder.Append(clean[i]);
                }

                start = i + 1;
            }
        }

        return builder.ToString();
    }

    internal static string CanonicalWordOf(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var toneIndex = decomposed.IndexOfAny(ToneMarks);
        if (toneIndex < 0)
        {
            return word;
        }

        var tone = decomposed[toneIndex];
        var bare = new string([.. decomposed.Where(c => Array.IndexOf(ToneMarks, c) < 0)]).Normalize(NormalizationForm.FormC);
        var lower = bare.ToLowerInvariant();
        var first = lower.IndexOfAny(Vowels.ToCharArray());
        if (first < 0 || lower.Length != bare.Length)
        {
            return word;
        }

        // "qu" and "gi" before a vowel: the u / i belongs to the consonant.
        if (first > 0 && first + 1 < lower.Length && Vowels.Contains(lower[first + 1], StringComparison.Ordinal)
            && ((lower[first - 1] == 'q' && lower[first] == 'u') || (lower[first - 1] == 'g' && lower[first] == 'i')))
        {
            first++;
        }

        var end = first;
        while (end < lower.Length && Vowels.Contains(lower[end], StringComparison.Ordinal))
        {
            end++;
        }

        var length = end - first;
        var marked = lower.LastIndexOfAny(MarkedVowels.ToCharArray(), end - 1, length);
        var target = marked >= 0 ? marked
            : length == 1 ? first
            : end < lower.Length ? end - 1
            : length == 2 ? first
            : first + 1;
        return (bare[..target] + (bare[target] + tone.ToString()).Normalize(NormalizationForm.FormC) + bare[(target + 1)..]).Normalize(NormalizationForm.FormC);
    }
}

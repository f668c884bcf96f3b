using System.Globalization;
using System.Text;

namespace PartyCommittee.Domain.Common;

/// <summary>
/// Text helpers for Vietnamese names. <see cref="Fold"/> produces the search key that makes look-ups accent- and
/// case-insensitive on every database engine: "Nguyễn Văn Đạt" and "nguyen van dat" fold to the same key.
/// </summary>
public static class VietnameseText
{
    /// <summary>NFC-normalises and collapses runs of white space (a lone surrogate becomes U+FFFD: it cannot be normalised).</summary>
    public static string Clean(string text) =>
        string.Join(' ', WellFormed(text).Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Lower-case, no diacritics, đ → d, single spaces.</summary>
    public static string Fold(string text)
    {
        var decomposed = WellFormed(text).Normalize(NormalizationForm.FormD);
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
                'đ' or 'Đ' => 'd',
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
    /// Layout: letters as two digits 10–42, digits as 60–69, "02" between a word's letters and its tones,
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
        var words = WellFormed(text).Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join("01", words.Select(WordKey));
    }

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

    private static string WordKey(string word)
    {
        var primary = new StringBuilder();
        var tones = new StringBuilder();
        foreach (var rune in word.EnumerateRunes())
        {
            if (!rune.IsBmp)
            {
                continue;
            }

            var (letter, tone) = Split((char)rune.Value);
            var index = Alphabet.IndexOf(letter, StringComparison.Ordinal);
            if (index >= 0)
            {
                primary.Append((index + 10).ToString("00", CultureInfo.InvariantCulture));
                tones.Append(tone);
            }
            else if (char.IsAsciiDigit(letter))
            {
                primary.Append('6').Append(letter);
                tones.Append('0');
            }
        }

        return primary.Append("02").Append(tones).ToString();
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
        return (letter.Length == 1 ? letter[0] : c, tone);
    }
}

using System.Globalization;
using System.Text;

namespace PartyCommittee.Domain.Common;

/// <summary>
/// Text helpers for Vietnamese names. <see cref="Fold"/> produces the search key that makes look-ups accent- and
/// case-insensitive on every database engine: "Nguyễn Văn Đạt" and "nguyen van dat" fold to the same key.
/// </summary>
public static class VietnameseText
{
    /// <summary>NFC-normalises and collapses runs of white space.</summary>
    public static string Clean(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Lower-case, no diacritics, đ → d, single spaces.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
}

using System.Globalization;
using System.Text;

namespace PartyCommittee.Domain.Common;

/// <summary>Which characters a name may have, beyond letters, marks and spaces.</summary>
public enum NameKind
{
    /// <summary>A person's name: letters, marks and spaces, with the hyphen, the apostrophe and the full stop.</summary>
    Person,

    /// <summary>The name of an organisation (or a holiday, a party organisation outside the committee): also digits and punctuation.</summary>
    Organization,

    /// <summary>A label such as a term's name ("2020–2025"): the characters of an organisation's name; a digit may stand for the letter.</summary>
    Label,
}

/// <summary>Why a name is refused: the stable code and its message argument (the offending character as <c>U+XXXX</c>).</summary>
public sealed record NameProblem(string Code, string Argument);

/// <summary>
/// The one rule for names of people and organisations, applied by the entities and called by the request validators.
/// A name is read as Unicode scalar values (so characters outside the Basic Multilingual Plane, such as the CJK
/// extension ideographs of Chữ Nôm, count as one character each) and normalised to NFC:
/// <list type="bullet">
/// <item>allowed everywhere: letters (Unicode categories Lu, Ll, Lt, Lm, Lo — every script, including CJK extensions
/// B and later) and combining marks (Mn, Mc), except the emoji/text presentation selectors U+FE0E and U+FE0F;</item>
/// <item>white space of any kind (Zs, tab, line breaks) becomes one space; runs collapse, ends are trimmed;</item>
/// <item>invisible format characters (zero-width space, zero-width (non-)joiner, word joiner, byte-order mark,
/// soft hyphen, Mongolian vowel separator) are removed;</item>
/// <item>a person's name may also have the hyphen (U+002D, U+2010, U+2011), the apostrophe (U+0027, U+2019) and the
/// full stop (U+002E); an organisation's name any digit (Nd, Nl) and any punctuation (categories Pc, Pd, Ps, Pe, Pi,
/// Pf, Po);</item>
/// <item>everything else is refused with <c>name.invalid_character</c>: control characters (Cc, e.g. NUL), the
/// bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and other format characters (Cf),
/// symbols (Sm, Sc, Sk, So — emoji among them), enclosing marks (Me), private-use, unassigned and ill-formed
/// (lone surrogate) code points;</item>
/// <item>what remains must contain a letter (a label: a letter or a digit), else <c>name.empty</c> (e.g. only
/// zero-width spaces, or only dots).</item>
/// </list>
/// </summary>
public static class Names
{
    public const string InvalidCharacter = "name.invalid_character";
    public const string Empty = "name.empty";

    /// <summary>The first reason <paramref name="text"/> is not a valid name, or null when it is one.</summary>
    public static NameProblem? Check(string text, NameKind kind) => Clean(text, kind).Problem;

    /// <summary>
    /// The name in its stored form (NFC, invisible characters removed, single spaces); a rule violation (422) with
    /// <c>name.invalid_character</c> or <c>name.empty</c> when it is not a valid name.
    /// </summary>
    public static string Normalize(string text, NameKind kind)
    {
        var (name, problem) = Clean(text, kind);
        return problem is null
            ? name
            : throw new DomainRuleException(problem.Code, "The name is not valid.", RuleViolationKind.Unprocessable, problem.Argument);
    }

    private static (string Name, NameProblem? Problem) Clean(string text, NameKind kind)
    {
        // Ill-formed UTF-16 (a lone surrogate) cannot be normalised: refuse it before.
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return (string.Empty, Invalid(text[i]));
            }

            i += consumed;
        }

        var builder = new StringBuilder(text.Length);
        Span<char> units = stackalloc char[2];
        var hasLetter = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (IsInvisible(rune))
            {
                continue;
            }

            if (!IsAllowed(rune, kind))
            {
                return (string.Empty, Invalid(rune.Value));
            }

            hasLetter |= Rune.IsLetter(rune) || (kind == NameKind.Label && Rune.IsDigit(rune));
            // Appended as its UTF-16 units, without a string per character (issue 12, session 24: every imported row's name).
            builder.Append(units[..rune.EncodeToUtf16(units)]);
        }

        return hasLetter ? (builder.ToString().TrimEnd(' '), null) : (string.Empty, new NameProblem(Empty, string.Empty));
    }

    private static bool IsInvisible(Rune rune) => rune.Value is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0x00AD or 0x180E;

    private static bool IsAllowed(Rune rune, NameKind kind)
    {
        if (rune.Value is 0xFE0E or 0xFE0F)
        {
            return false;
        }

        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return true;
        }

        return kind switch
        {
            NameKind.Person => rune.Value is '-' or 0x2010 or 0x2011 or '\'' or 0x2019 or '.',
            _ => category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
                or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
                or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation,
        };
    }

    private static NameProblem Invalid(int codePoint) => new(InvalidCharacter, "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture));
}

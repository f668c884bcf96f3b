using System.Globalization;

namespace PartyCommittee.Infrastructure.Files;

/// <summary>
/// The CSV injection defence, in one place for both directions. A cell whose text a spreadsheet would take for a
/// formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, and is not simply a
/// number) is written with a leading apostrophe, which spreadsheets show as text. Reading removes exactly that
/// apostrophe and nothing else, so that an export imports back unchanged: <c>Unprotect(Protect(x)) == x</c> for
/// every text. (A text that already starts with apostrophes before formula-like text gets one more, so that even it
/// comes back as it was.) Only CSV needs it: the .xlsx export writes typed text cells, which are never evaluated.
/// </summary>
public static class FormulaGuard
{
    public const char Apostrophe = '\'';

    /// <summary>True when a spreadsheet could evaluate <paramref name="text"/> as a formula.</summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0
        && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>The text as written to a file: with the protective apostrophe when it needs one.</summary>
    public static string Protect(string text) => NeedsGuard(text) ? Apostrophe + text : text;

    /// <summary>The text as read from a file: without the apostrophe that <see cref="Protect"/> adds, when it added one.</summary>
    public static string Unprotect(string text) =>
        text.Length > 1 && text[0] == Apostrophe && NeedsGuard(text[1..]) ? text[1..] : text;

    /// <summary>Formula-like, possibly behind apostrophes (which <see cref="Unprotect"/> would otherwise eat).</summary>
    private static bool NeedsGuard(string text) => LooksLikeFormula(text.TrimStart(Apostrophe));
}

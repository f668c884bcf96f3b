using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Inspection.Dues.Import;

/// <summary>
/// The layout of a dues file (import and export): one row per member and month. Nothing is guessed: a month is
/// <c>yyyy-MM</c>, <c>MM/yyyy</c> or any day of it (<c>yyyy-MM-dd</c>, <c>dd/MM/yyyy</c>); an amount is whole đồng,
/// digits with optional thousands separators (<c>44.200</c>, <c>44,200</c>, <c>44 200</c>); a yes/no cell takes a closed
/// list of words. Anything else is a coded error of the row.
/// </summary>
public static partial class DuesSheetLayout
{
    /// <summary>The member's party card number, else his record number (the natural key a cell has on paper).</summary>
    public const string MemberCode = "memberCode";

    /// <summary>Ignored on import; written on export so that the file can be read.</summary>
    public const string FullName = "fullName";

    public const string Month = "month";

    /// <summary>Optional: the monthly basis amount (salary, insured salary, pension) the cell used; checked against the member's recorded basis.</summary>
    public const string Basis = "basis";

    /// <summary>Optional: the amount due the cell computed; checked against the due of the rules in force that month.</summary>
    public const string Due = "due";

    public const string Paid = "paid";

    public const string PaidOn = "paidOn";

    public const string Collector = "collector";

    public const string Excused = "excused";

    public const string Reason = "reason";

    /// <summary>Every column, in the order of an export.</summary>
    public static readonly IReadOnlyList<string> Headers = [MemberCode, FullName, Month, Basis, Due, Paid, PaidOn, Collector, Excused, Reason];

    private static readonly string[] MonthFormats = ["yyyy-MM", "MM/yyyy", "M/yyyy", .. MemberSheet.DateFormats];

    private static readonly FrozenDictionary<string, bool> Booleans = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["true"] = true, ["1"] = true, ["x"] = true, ["co"] = true, ["yes"] = true,
        ["false"] = false, ["0"] = false, ["khong"] = false, ["no"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The first day of the month a cell names, or null.</summary>
    public static DateOnly? ParseMonth(string text) =>
        DateOnly.TryParseExact(text.Trim(), MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? new DateOnly(day.Year, day.Month, 1) : null;

    /// <summary>A day (yyyy-MM-dd or day first), or null.</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), MemberSheet.DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Whole đồng, not negative, at most 10^12; null when the text is not such an amount.</summary>
    public static long? ParseAmount(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith(".0", StringComparison.Ordinal) && !trimmed[..^2].Contains('.', StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2]; // a whole number read from an Excel cell
        }

        if (!Amount().IsMatch(trimmed))
        {
            return null;
        }

        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        return digits.Length <= 13 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 1_000_000_000_000 ? value : null;
    }

    /// <summary>A yes/no cell, or null when the text is none of the words.</summary>
    public static bool? ParseBoolean(string text) => Booleans.TryGetValue(VietnameseText.Fold(text), out var value) ? value : null;

    [GeneratedRegex(@"^(\d+|\d{1,3}([.,  ]\d{3})+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}

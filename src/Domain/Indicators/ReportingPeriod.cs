using System.Globalization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Indicators;

/// <summary>The kinds of reporting period, each with one string form.</summary>
public enum PeriodKind
{
    /// <summary><c>2020</c>: the calendar year.</summary>
    Year,

    /// <summary><c>2020S1</c> (January–June) or <c>2020S2</c> (July–December): the six-month reports.</summary>
    SixMonths,

    /// <summary><c>2020N9</c>: January–September, the nine-month report.</summary>
    NineMonths,

    /// <summary><c>2020Q1</c> … <c>2020Q4</c>.</summary>
    Quarter,

    /// <summary><c>202001</c> … <c>202012</c>.</summary>
    Month,
}

/// <summary>
/// A reporting period parsed from its one string form (DHIS2's forms for year, six-month, quarter and month, plus
/// <c>yyyyN9</c> for the nine-month report that Vietnamese reporting uses). Six- and nine-month periods run from
/// January, as the reports do: a value for <c>2020N9</c> is the figure for January to September.
/// </summary>
public readonly record struct ReportingPeriod
{
    /// <summary>Earliest and latest year a period may name.</summary>
    public const int MinYear = 1990;

    public const int MaxYear = 2100;

    private ReportingPeriod(PeriodKind kind, int year, int number)
    {
        Kind = kind;
        Year = year;
        Number = number;
    }

    public PeriodKind Kind { get; }

    public int Year { get; }

    /// <summary>Month (1–12), quarter (1–4), half (1–2); 9 for the nine-month period; 0 for a year.</summary>
    public int Number { get; }

    public DateOnly StartsOn => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.Quarter => new DateOnly(Year, ((Number - 1) * 3) + 1, 1),
        PeriodKind.SixMonths => new DateOnly(Year, Number == 1 ? 1 : 7, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly EndsOn => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1).AddMonths(1).AddDays(-1),
        PeriodKind.Quarter => new DateOnly(Year, Number * 3, 1).AddMonths(1).AddDays(-1),
        PeriodKind.SixMonths => Number == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31),
        PeriodKind.NineMonths => new DateOnly(Year, 9, 30),
        _ => new DateOnly(Year, 12, 31),
    };

    public DateRange Range => new(StartsOn, EndsOn);

    /// <summary>Months from January that the period's figure covers when it is cumulative from the start of the year.</summary>
    public int MonthsFromJanuary => EndsOn.Month;

    public static ReportingPeriod ForYear(int year) => Parse(year.ToString(CultureInfo.InvariantCulture));

    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new DomainRuleException("period.invalid", "The period is not one of yyyy, yyyyS1, yyyyS2, yyyyN9, yyyyQn or yyyyMM.", RuleViolationKind.Unprocessable, text);

    /// <summary>Reads <c>yyyy</c>, <c>yyyyS1</c>/<c>S2</c>, <c>yyyyN9</c>, <c>yyyyQ1</c>–<c>Q4</c>, <c>yyyyMM</c>; nothing else.</summary>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (text is null || text.Length is < 4 or > 6 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < MinYear or > MaxYear)
        {
            return false;
        }

        var rest = text.AsSpan(4);
        if (rest.Length == 0)
        {
            period = new ReportingPeriod(PeriodKind.Year, year, 0);
            return true;
        }

        if (rest.Length == 2 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]))
        {
            var month = ((rest[0] - '0') * 10) + (rest[1] - '0');
            if (month is < 1 or > 12)
            {
                return false;
            }

            period = new ReportingPeriod(PeriodKind.Month, year, month);
            return true;
        }

        if (rest.Length != 2 || !char.IsAsciiDigit(rest[1]))
        {
            return false;
        }

        var number = rest[1] - '0';
        (PeriodKind Kind, bool Valid) parsed = rest[0] switch
        {
            'Q' => (PeriodKind.Quarter, number is >= 1 and <= 4),
            'S' => (PeriodKind.SixMonths, number is 1 or 2),
            'N' => (PeriodKind.NineMonths, number == 9),
            _ => (PeriodKind.Year, false),
        };
        if (!parsed.Valid)
        {
            return false;
        }

        period = new ReportingPeriod(parsed.Kind, year, number);
        return true;
    }

    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}{Number:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}Q{Number}"),
        PeriodKind.SixMonths => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}S{Number}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}N9"),
    };
}

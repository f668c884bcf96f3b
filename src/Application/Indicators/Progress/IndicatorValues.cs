using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.Progress;

/// <summary>A year's figure and the months of the year it covers (12 for the whole year).</summary>
/// <param name="Value">The figure.</param>
/// <param name="Months">Months covered.</param>
public readonly record struct YearFigure(decimal Value, int Months);

/// <summary>
/// A computed value of the API's own data for an organisation's subtree and a year (members rated, admissions…). Each
/// module that owns such data adds a class; the indicators module discovers them.
/// </summary>
public interface IInternalIndicatorSource
{
    /// <summary>The indicator codes it computes.</summary>
    IReadOnlyCollection<string> Indicators { get; }

    /// <summary>The figure for <paramref name="indicator"/> in <paramref name="organizationId"/>'s subtree, or null when there is none yet.</summary>
    Task<YearFigure?> ComputeAsync(string indicator, Guid organizationId, int year, DateOnly asOf, CancellationToken cancellationToken);
}

/// <summary>
/// Reported figures for years: from the year's own value when there is one, else from its parts (flows: the widest
/// coverage from January of months, quarters, the six- or nine-month report; stocks: the latest figure), and for a
/// unit without a value of its own, the sum of the units under it.
/// </summary>
public sealed class IndicatorValues
{
    private readonly Dictionary<(string Element, string Unit, string Disaggregation), List<DataValue>> values;
    private readonly UnitTree units;

    private IndicatorValues(IEnumerable<DataValue> values, UnitTree units)
    {
        this.values = values.GroupBy(v => (v.DataElement, v.UnitCode, v.Disaggregation)).ToDictionary(g => g.Key, g => g.ToList());
        this.units = units;
    }

    /// <summary>Loads the values of <paramref name="elements"/> for the years <paramref name="fromYear"/> to <paramref name="toYear"/>.</summary>
    public static async Task<IndicatorValues> LoadAsync(IAppDbContext db, IReadOnlyCollection<string> elements, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var from = new DateOnly(fromYear, 1, 1);
        var to = new DateOnly(toYear, 12, 31);
        var rows = await db.DataValues.AsNoTracking()
            .Where(v => !v.IsDeleted && elements.Contains(v.DataElement) && v.PeriodStart >= from && v.PeriodEnd <= to)
            .ToListAsync(cancellationToken);
        return new IndicatorValues(rows, await UnitTree.LoadAsync(db, cancellationToken));
    }

    /// <summary>The elements an indicator reads (for loading).</summary>
    public static IEnumerable<string> ElementsOf(IndicatorDefinition indicator) => indicator.Kind switch
    {
        IndicatorKind.Element => [indicator.Numerator!],
        IndicatorKind.Ratio => [indicator.Numerator!, indicator.Denominator!],
        IndicatorKind.ChangeInPoints => ElementsOf(IndicatorCatalogue.Indicator(indicator.Of!)!),
        _ => [],
    };

    /// <summary>The indicator's figure for a unit, breakdown and year (rates rounded to two decimals).</summary>
    public YearFigure? Of(IndicatorDefinition indicator, string unit, string disaggregation, int year)
    {
        switch (indicator.Kind)
        {
            case IndicatorKind.Element:
                return Element(IndicatorCatalogue.Element(indicator.Numerator!)!, unit, disaggregation, year, 0);
            case IndicatorKind.Ratio:
                var numerator = Element(IndicatorCatalogue.Element(indicator.Numerator!)!, unit, disaggregation, year, 0);
                var denominator = Element(IndicatorCatalogue.Element(indicator.Denominator!)!, unit, disaggregation, year, 0);
                if (numerator is not { } n || denominator is not { } d || d.Value == 0)
                {
                    return null;
                }

                return new YearFigure(decimal.Round(n.Value * 100m / d.Value, 2), Math.Min(n.Months, d.Months));
            case IndicatorKind.ChangeInPoints:
                var of = IndicatorCatalogue.Indicator(indicator.Of!)!;
                if (Of(of, unit, disaggregation, year) is not { } current || Of(of, unit, disaggregation, year - 1) is not { } previous)
                {
                    return null;
                }

                return new YearFigure(current.Value - previous.Value, current.Months);
            default:
                return null;
        }
    }

    private YearFigure? Element(DataElement element, string unit, string disaggregation, int year, int depth)
    {
        if (Own(element, unit, disaggregation, year) is { } own)
        {
            return own;
        }

        if (depth > 4)
        {
            return null;
        }

        // No figure of its own: the sum of the units under it at the end of the year.
        decimal sum = 0;
        var months = 12;
        var any = false;
        foreach (var child in units.ChildrenOf(unit, ReportingPeriod.ForYear(year)))
        {
            if (Element(element, child, disaggregation, year, depth + 1) is { } figure)
            {
                sum += figure.Value;
                months = Math.Min(months, figure.Months);
                any = true;
            }
        }

        return any ? new YearFigure(sum, months) : null;
    }

    private YearFigure? Own(DataElement element, string unit, string disaggregation, int year)
    {
        if (!values.TryGetValue((element.Code, unit, disaggregation), out var all))
        {
            return null;
        }

        var periods = all.Select(v => (Period: ReportingPeriod.Parse(v.Period), v.Value)).Where(p => p.Period.Year == year).ToList();
        if (periods.Count == 0)
        {
            return null;
        }

        if (periods.FirstOrDefault(p => p.Period.Kind == PeriodKind.Year) is { Period.Year: > 0 } whole)
        {
            return new YearFigure(whole.Value, 12);
        }

        if (element.Aggregation == PeriodAggregation.Last)
        {
            var latest = periods.OrderBy(p => p.Period.EndsOn).ThenByDescending(p => p.Period.StartsOn).Last();
            return new YearFigure(latest.Value, latest.Period.EndsOn.Month);
        }

        // A flow: the candidate covering the most months from January.
        var candidates = new List<YearFigure>();
        decimal? Get(PeriodKind kind, int number) => periods.FirstOrDefault(p => p.Period.Kind == kind && p.Period.Number == number) is { Period.Year: > 0 } found ? found.Value : null;
        if (Get(PeriodKind.NineMonths, 9) is { } nine)
        {
            candidates.Add(new YearFigure(nine, 9));
        }

        if (Get(PeriodKind.SixMonths, 1) is { } first)
        {
            candidates.Add(Get(PeriodKind.SixMonths, 2) is { } second ? new YearFigure(first + second, 12) : new YearFigure(first, 6));
        }

        candidates.Add(Running(PeriodKind.Quarter, 4, 3));
        candidates.Add(Running(PeriodKind.Month, 12, 1));
        var best = candidates.Where(c => c.Months > 0).OrderByDescending(c => c.Months).FirstOrDefault();
        return best.Months > 0 ? best : null;

        YearFigure Running(PeriodKind kind, int count, int monthsEach)
        {
            decimal total = 0;
            var covered = 0;
            for (var i = 1; i <= count && Get(kind, i) is { } part; i++)
            {
                total += part;
                covered += monthsEach;
            }

            return new YearFigure(total, covered);
        }
    }
}

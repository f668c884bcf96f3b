using Mediator;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.Catalogue;

/// <summary>A reported figure.</summary>
/// <param name="Code">Stable code used on the wire.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="UnitVi">Unit, Vietnamese.</param>
/// <param name="UnitEn">Unit, English.</param>
/// <param name="Definition">What is counted.</param>
/// <param name="Source">Defining document or reporting system.</param>
/// <param name="ValueType">COUNT (whole numbers, zero or more) or PERCENTAGE (0–100).</param>
/// <param name="Aggregation">SUM (a flow: the year is the sum of its parts) or LAST (a stock: the latest figure).</param>
/// <param name="Categories">Categories it may be broken down by.</param>
public sealed record DataElementDto(
    string Code, string NameVi, string NameEn, string UnitVi, string UnitEn, string Definition, string Source,
    DataValueType ValueType, PeriodAggregation Aggregation, IReadOnlyList<string> Categories)
{
    public static DataElementDto From(DataElement e) =>
        new(e.Code, e.Name.Vi, e.Name.En, e.Unit.Vi, e.Unit.En, e.Definition, e.Source, e.ValueType, e.Aggregation, e.Categories);
}

/// <summary>A figure derived from data elements or from the API's own data.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="UnitVi">Unit, Vietnamese.</param>
/// <param name="UnitEn">Unit, English.</param>
/// <param name="Definition">The formula in words.</param>
/// <param name="Source">Defining document.</param>
/// <param name="Kind">ELEMENT, RATIO, CHANGE_IN_POINTS or INTERNAL (computed by the API, never reported).</param>
/// <param name="Numerator">Element of the value or numerator.</param>
/// <param name="Denominator">Element of the denominator (ratios).</param>
/// <param name="Of">The indicator whose yearly change it is.</param>
/// <param name="Categories">Categories it may be broken down by.</param>
public sealed record IndicatorDto(
    string Code, string NameVi, string NameEn, string UnitVi, string UnitEn, string Definition, string Source,
    IndicatorKind Kind, string? Numerator, string? Denominator, string? Of, IReadOnlyList<string> Categories)
{
    public static IndicatorDto From(IndicatorDefinition i) =>
        new(i.Code, i.Name.Vi, i.Name.En, i.Unit.Vi, i.Unit.En, i.Definition, i.Source, i.Kind, i.Numerator, i.Denominator, i.Of, IndicatorCatalogue.CategoriesOf(i));
}

/// <summary>One option of a disaggregation category; written <c>category:code</c> in a value's disaggregation.</summary>
/// <param name="Category">ethnicity, area or sex.</param>
/// <param name="Code">The option.</param>
/// <param name="NameVi">Vietnamese label.</param>
/// <param name="NameEn">English label.</param>
public sealed record CategoryOptionDto(string Category, string Code, string NameVi, string NameEn);

/// <summary>The whole catalogue: what province systems report, what is derived, and the breakdowns.</summary>
/// <param name="DataElements">Reported figures.</param>
/// <param name="Indicators">Derived and internal figures.</param>
/// <param name="CategoryOptions">Disaggregation options (a value without one is the total, <c>total</c>).</param>
/// <param name="PeriodForms">The period forms accepted.</param>
public sealed record IndicatorCatalogueDto(
    IReadOnlyList<DataElementDto> DataElements,
    IReadOnlyList<IndicatorDto> Indicators,
    IReadOnlyList<CategoryOptionDto> CategoryOptions,
    IReadOnlyList<string> PeriodForms);

/// <summary>The catalogue of data elements, indicators and disaggregations.</summary>
public sealed record GetCatalogueQuery : IQuery<IndicatorCatalogueDto>;

public sealed class GetCatalogueHandler : IQueryHandler<GetCatalogueQuery, IndicatorCatalogueDto>
{
    private static readonly IndicatorCatalogueDto Catalogue = new(
        [.. IndicatorCatalogue.DataElements.Select(DataElementDto.From)],
        [.. IndicatorCatalogue.Indicators.Select(IndicatorDto.From)],
        [.. Categories.Options.Select(o => new CategoryOptionDto(o.Category, o.Code, o.Name.Vi, o.Name.En))],
        ["yyyy (year)", "yyyyS1 / yyyyS2 (January–June / July–December)", "yyyyN9 (January–September)", "yyyyQ1 … yyyyQ4", "yyyyMM (month)"]);

    public ValueTask<IndicatorCatalogueDto> Handle(GetCatalogueQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(Catalogue);
}

using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Indicators;

/// <summary>The type of the numbers a data element holds.</summary>
public enum DataValueType
{
    /// <summary>Whole numbers of people or households, zero or more.</summary>
    Count,

    /// <summary>A percentage from 0 to 100.</summary>
    Percentage,
}

/// <summary>How values combine over the periods of a year (over units they are summed).</summary>
public enum PeriodAggregation
{
    /// <summary>A flow (jobs created): the year is the sum of its months or quarters; six- and nine-month figures run from January.</summary>
    Sum,

    /// <summary>A stock (households, workforce): the year's figure is the latest one reported in it.</summary>
    Last,
}

/// <summary>One option of a category (a disaggregation), with its labels.</summary>
public sealed record CategoryOption(string Category, string Code, BilingualLabel Name);

/// <summary>The categories values can be broken down by (DHIS2's category combinations, kept to what the reports use).</summary>
public static class Categories
{
    public const string Ethnicity = "ethnicity";
    public const string Area = "area";
    public const string Sex = "sex";

    /// <summary>The total, no breakdown.</summary>
    public const string Total = "total";

    public static readonly IReadOnlyList<CategoryOption> Options =
    [
        new(Ethnicity, "khmer", new BilingualLabel("Dân tộc Khmer", "Khmer")),
        new(Area, "urban", new BilingualLabel("Thành thị", "Urban")),
        new(Area, "rural", new BilingualLabel("Nông thôn", "Rural")),
        new(Sex, "male", new BilingualLabel("Nam", "Male")),
        new(Sex, "female", new BilingualLabel("Nữ", "Female")),
    ];

    /// <summary>
    /// Reads a disaggregation: <c>total</c> (or empty), or <c>category:option</c> pairs joined by <c>,</c>, at most one
    /// option per category, each category allowed for the element. Returns the canonical form (pairs sorted by
    /// category) so that one breakdown has one key.
    /// </summary>
    public static string Normalize(string? text, IReadOnlyCollection<string> allowedCategories)
    {
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), Total, StringComparison.OrdinalIgnoreCase))
        {
            return Total;
        }

        var pairs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var category = colon > 0 ? part[..colon].Trim().ToLowerInvariant() : string.Empty;
            var option = colon > 0 ? part[(colon + 1)..].Trim().ToLowerInvariant() : string.Empty;
            if (!Options.Any(o => o.Category == category && o.Code == option))
            {
                throw new DomainRuleException("data_value.disaggregation_unknown", "The disaggregation is not category:option with a known category and option.", RuleViolationKind.Unprocessable, part);
            }

            if (!allowedCategories.Contains(category))
            {
                throw new DomainRuleException("data_value.disaggregation_not_allowed", "The data element is not broken down by this category.", RuleViolationKind.Unprocessable, category);
            }

            if (!pairs.TryAdd(category, option))
            {
                throw new DomainRuleException("data_value.disaggregation_unknown", "A category appears twice in the disaggregation.", RuleViolationKind.Unprocessable, category);
            }
        }

        return string.Join(',', pairs.Select(p => $"{p.Key}:{p.Value}"));
    }
}

/// <summary>A figure province systems report (DHIS2's data element).</summary>
/// <param name="Code">Stable code used on the wire.</param>
/// <param name="Name">Name in Vietnamese and English.</param>
/// <param name="Unit">Unit in Vietnamese and English.</param>
/// <param name="Definition">What is counted.</param>
/// <param name="Source">Which document defines it or which system reports it.</param>
/// <param name="ValueType">Count or percentage.</param>
/// <param name="Aggregation">How the periods of a year combine.</param>
/// <param name="Categories">The categories it may be broken down by.</param>
public sealed record DataElement(
    string Code,
    BilingualLabel Name,
    BilingualLabel Unit,
    string Definition,
    string Source,
    DataValueType ValueType,
    PeriodAggregation Aggregation,
    IReadOnlyList<string> Categories)
{
    /// <summary>Null when <paramref name="value"/> fits the element's type, else the code of the problem.</summary>
    public string? CheckValue(decimal value) => ValueType switch
    {
        DataValueType.Count when value < 0 || decimal.Truncate(value) != value => "data_value.not_a_count",
        DataValueType.Percentage when value is < 0 or > 100 => "data_value.percentage_out_of_range",
        _ => null,
    };
}

/// <summary>How an indicator is computed.</summary>
public enum IndicatorKind
{
    /// <summary>The value of one data element.</summary>
    Element,

    /// <summary>Numerator / denominator × 100 (a rate in percent), each a data element in the same breakdown.</summary>
    Ratio,

    /// <summary>The year's value of another indicator minus the previous year's, in percentage points.</summary>
    ChangeInPoints,

    /// <summary>Computed by the API from its own modules' data (ratings, admissions), never reported.</summary>
    Internal,
}

/// <summary>A figure derived from data elements, or from the API's own data, that targets are set on.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">Name in Vietnamese and English.</param>
/// <param name="Unit">Unit in Vietnamese and English.</param>
/// <param name="Definition">The formula in words.</param>
/// <param name="Source">The document that defines it.</param>
/// <param name="Kind">How it is computed.</param>
/// <param name="Numerator">The element (Element, Ratio), or null.</param>
/// <param name="Denominator">The denominator element (Ratio), or null.</param>
/// <param name="Of">The indicator whose change it is (ChangeInPoints), or null.</param>
public sealed record IndicatorDefinition(
    string Code,
    BilingualLabel Name,
    BilingualLabel Unit,
    string Definition,
    string Source,
    IndicatorKind Kind,
    string? Numerator = null,
    string? Denominator = null,
    string? Of = null);

/// <summary>
/// The catalogue of data elements and indicators the department's resolutions track (domain.md section 4). It is part
/// of the product (a change is reviewed and released like code), so every instance and every report agree on what a
/// code means; the figures themselves come from province systems.
/// </summary>
public static class IndicatorCatalogue
{
    private static readonly BilingualLabel Households = new("hộ", "households");
    private static readonly BilingualLabel People = new("người", "people");
    private static readonly BilingualLabel Percent = new("%", "%");
    private static readonly BilingualLabel Points = new("điểm phần trăm", "percentage points");

    private const string PovertySource = "Chuẩn nghèo đa chiều: Quyết định 59/2015/QĐ-TTg (2016–2021), Nghị định 07/2021/NĐ-CP (2022–2025), Nghị định 351/2025/NĐ-CP (2026–2030)";
    private const string LabourSource = "Hệ thống thông tin thị trường lao động của Sở (báo cáo định kỳ)";

    public static readonly IReadOnlyList<DataElement> DataElements =
    [
        new("HH_TOTAL", new("Tổng số hộ dân cư", "All households"), Households, "Households resident in the unit at the end of the period.", PovertySource, DataValueType.Count, PeriodAggregation.Last, [Categories.Ethnicity, Categories.Area]),
        new("HH_POOR", new("Số hộ nghèo", "Poor households"), Households, "Households classified poor under the multidimensional poverty standard in force for the period.", PovertySource, DataValueType.Count, PeriodAggregation.Last, [Categories.Ethnicity, Categories.Area]),
        new("HH_NEAR_POOR", new("Số hộ cận nghèo", "Near-poor households"), Households, "Households classified near-poor under the standard in force for the period.", PovertySource, DataValueType.Count, PeriodAggregation.Last, [Categories.Ethnicity, Categories.Area]),
        new("JOBS_NEW", new("Số lao động được giải quyết việc làm mới", "New jobs"), People, "People who got a new job in the period, labour export included.", LabourSource, DataValueType.Count, PeriodAggregation.Sum, [Categories.Sex, Categories.Area]),
        new("JOBS_LABOUR_EXPORT", new("Số lao động đi làm việc ở nước ngoài theo hợp đồng", "Labour export"), People, "Of the new jobs, workers who left to work abroad under contract.", LabourSource, DataValueType.Count, PeriodAggregation.Sum, [Categories.Sex]),
        new("UNEMPLOYED", new("Số người thất nghiệp", "Unemployed"), People, "People in the labour force without work and looking for it.", LabourSource, DataValueType.Count, PeriodAggregation.Last, [Categories.Area, Categories.Sex]),
        new("LABOUR_FORCE", new("Lực lượng lao động", "Labour force"), People, "People of working age employed or unemployed.", LabourSource, DataValueType.Count, PeriodAggregation.Last, [Categories.Area, Categories.Sex]),
        new("WORKFORCE", new("Lao động đang làm việc", "Employed workforce"), People, "People working in the economy.", LabourSource, DataValueType.Count, PeriodAggregation.Last, [Categories.Area, Categories.Sex]),
        new("WORKERS_TRAINED", new("Lao động đã qua đào tạo", "Trained workers"), People, "Of the workforce, those who completed vocational or higher training.", LabourSource, DataValueType.Count, PeriodAggregation.Last, [Categories.Area, Categories.Sex]),
        new("WORKERS_CERTIFIED", new("Lao động qua đào tạo có văn bằng, chứng chỉ", "Trained workers with a diploma or certificate"), People, "Of the trained workers, those whose training is certified by a diploma or certificate.", LabourSource, DataValueType.Count, PeriodAggregation.Last, [Categories.Area, Categories.Sex]),
    ];

    public static readonly IReadOnlyList<IndicatorDefinition> Indicators =
    [
        new("POVERTY_RATE", new("Tỷ lệ hộ nghèo", "Poverty rate"), Percent, "Poor households / all households × 100 (by ethnicity: Khmer poor households / Khmer households × 100).", PovertySource, IndicatorKind.Ratio, "HH_POOR", "HH_TOTAL"),
        new("POVERTY_RATE_CHANGE", new("Mức thay đổi tỷ lệ hộ nghèo", "Change of the poverty rate"), Points, "This year's poverty rate minus last year's, in percentage points (negative: a decrease).", PovertySource, IndicatorKind.ChangeInPoints, Of: "POVERTY_RATE"),
        new("NEW_JOBS", new("Giải quyết việc làm mới", "New jobs created"), People, "New jobs in the year, labour export included.", LabourSource, IndicatorKind.Element, "JOBS_NEW"),
        new("LABOUR_EXPORT", new("Xuất khẩu lao động", "Labour export"), People, "Workers who left to work abroad under contract in the year.", LabourSource, IndicatorKind.Element, "JOBS_LABOUR_EXPORT"),
        new("UNEMPLOYMENT_RATE", new("Tỷ lệ thất nghiệp", "Unemployment rate"), Percent, "Unemployed / labour force × 100 (urban: area:urban).", LabourSource, IndicatorKind.Ratio, "UNEMPLOYED", "LABOUR_FORCE"),
        new("TRAINED_LABOUR_RATE", new("Tỷ lệ lao động qua đào tạo", "Trained labour rate"), Percent, "Trained workers / employed workforce × 100.", LabourSource, IndicatorKind.Ratio, "WORKERS_TRAINED", "WORKFORCE"),
        new("CERTIFIED_LABOUR_RATE", new("Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ", "Certified trained labour rate"), Percent, "Trained workers with a diploma or certificate / employed workforce × 100.", LabourSource, IndicatorKind.Ratio, "WORKERS_CERTIFIED", "WORKFORCE"),
        new(InternalIndicators.MassOrganizationsStrong, new("Tỷ lệ tổ chức đoàn thể đạt vững mạnh", "Mass organisations rated strong"), Percent, "Mass organisations rated strong / mass organisations rated × 100 (from the ratings of the evaluation module).", "Nghị quyết của Đảng ủy; kết quả đánh giá, xếp loại", IndicatorKind.Internal),
        new(InternalIndicators.MembersGoodOrBetter, new("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "Members rated GOOD or better"), Percent, "Members rated good or excellent / members rated × 100 (annual quality rating).", "Nghị quyết của Đảng ủy; kết quả đánh giá, xếp loại chất lượng", IndicatorKind.Internal),
        new(InternalIndicators.MembersExcellent, new("Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ", "Members rated EXCELLENT"), Percent, "Members rated excellent / members rated good or better × 100.", "Nghị quyết của Đảng ủy; kết quả đánh giá, xếp loại chất lượng", IndicatorKind.Internal),
        new(InternalIndicators.CivilServantsGoodOrBetter, new("Tỷ lệ cán bộ, công chức, viên chức hoàn thành tốt nhiệm vụ trở lên", "Civil servants rated GOOD or better"), Percent, "Civil servants rated good or better / rated × 100.", "Nghị quyết của Đảng ủy; kết quả đánh giá, xếp loại công chức, viên chức", IndicatorKind.Internal),
        new(InternalIndicators.NewMembersAdmitted, new("Kết nạp đảng viên mới", "New members admitted"), People, "Members whose admission was decided in the year, in the organisation's subtree (membership module).", "Nghị quyết của Đảng ủy; hồ sơ đảng viên", IndicatorKind.Internal),
    ];

    public static DataElement? Element(string code) => DataElements.FirstOrDefault(e => e.Code == code);

    public static IndicatorDefinition? Indicator(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    /// <summary>The categories an indicator can be broken down by: those its elements share.</summary>
    public static IReadOnlyList<string> CategoriesOf(IndicatorDefinition indicator) => indicator.Kind switch
    {
        IndicatorKind.Element => Element(indicator.Numerator!)!.Categories,
        IndicatorKind.Ratio => [.. Element(indicator.Numerator!)!.Categories.Intersect(Element(indicator.Denominator!)!.Categories)],
        IndicatorKind.ChangeInPoints => CategoriesOf(Indicator(indicator.Of!)!),
        _ => [],
    };
}

/// <summary>Codes of the indicators computed from the API's own data.</summary>
public static class InternalIndicators
{
    public const string MassOrganizationsStrong = "MASS_ORGS_STRONG_RATE";
    public const string MembersGoodOrBetter = "MEMBERS_GOOD_OR_BETTER_RATE";
    public const string MembersExcellent = "MEMBERS_EXCELLENT_RATE";
    public const string CivilServantsGoodOrBetter = "CIVIL_SERVANTS_GOOD_OR_BETTER_RATE";
    public const string NewMembersAdmitted = "NEW_MEMBERS_ADMITTED";
}

using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Indicators;

/// <summary>Levels of the administrative units figures are reported for.</summary>
public enum UnitLevel
{
    Province,

    District,

    Commune,
}

/// <summary>
/// An administrative unit, with its official code (Quyết định 124/2004/QĐ-TTg code list and its updates) and the dates
/// it existed between: the 2025 reorganisation ended the districts and merged provinces, so a unit is valid for the
/// periods its dates cover, and the tree of a period is the units valid at its end.
/// </summary>
public sealed class ReportingUnit : AggregateRoot
{
    private ReportingUnit(Guid id)
        : base(id)
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public ReportingUnit(Guid id, string code, string name, UnitLevel level, string? parentCode, DateRange validity)
        : base(id)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 16 || !code.All(char.IsAsciiDigit))
        {
            throw new DomainRuleException("reporting_unit.code_invalid", "The official code of an administrative unit is digits only.", RuleViolationKind.Unprocessable, code);
        }

        Code = code;
        Name = Names.Normalize(name, NameKind.Organization);
        Level = level;
        ParentCode = parentCode;
        ValidFrom = validity.StartsOn;
        ValidTo = validity.EndsOn;
    }

    /// <summary>Official code (digits).</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public UnitLevel Level { get; private set; }

    /// <summary>The unit above it while it is valid, or null for a province.</summary>
    public string? ParentCode { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day it existed, or null while it does.</summary>
    public DateOnly? ValidTo { get; private set; }

    public DateRange Validity => new(ValidFrom, ValidTo);

    /// <summary>True when the unit existed for all of <paramref name="period"/> or at least at its end.</summary>
    public bool IsValidFor(ReportingPeriod period) => Validity.Contains(period.EndsOn);
}

/// <summary>
/// A province system registered to report (DHIS2's user with data-write sharing): the token's client id, the units it
/// reports for (each with its subtree) and the data elements it may write. Anything else is refused row by row.
/// </summary>
public sealed class Reporter : AggregateRoot
{
    private Reporter(Guid id)
        : base(id)
    {
        ClientId = string.Empty;
        Name = string.Empty;
        UnitCodes = [];
        DataElementCodes = [];
    }

    public Reporter(Guid id, string clientId, string name, IEnumerable<string> unitCodes, IEnumerable<string> dataElementCodes)
        : base(id)
    {
        ClientId = clientId;
        Name = name;
        UnitCodes = [];
        DataElementCodes = [];
        Change(name, unitCodes, dataElementCodes, true);
    }

    /// <summary>The token's client id (claim <c>client_id</c>, or <c>sub</c>).</summary>
    public string ClientId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Units it reports for; their subtrees are included.</summary>
    public List<string> UnitCodes { get; private set; }

    /// <summary>Data elements it may write.</summary>
    public List<string> DataElementCodes { get; private set; }

    /// <summary>A suspended reporter's writes are refused.</summary>
    public bool IsActive { get; private set; }

    public void Change(string name, IEnumerable<string> unitCodes, IEnumerable<string> dataElementCodes, bool isActive)
    {
        var units = unitCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var elements = dataElementCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unknown = elements.FirstOrDefault(e => IndicatorCatalogue.Element(e) is null);
        if (unknown is not null)
        {
            throw new DomainRuleException("data_value.element_unknown", "The data element is not in the catalogue.", RuleViolationKind.Unprocessable, unknown);
        }

        if (units.Count == 0 || elements.Count == 0)
        {
            throw new DomainRuleException("reporter.scope_empty", "A reporter needs at least one unit and one data element.", RuleViolationKind.Unprocessable);
        }

        Name = Names.Normalize(name, NameKind.Label);
        UnitCodes = units;
        DataElementCodes = elements;
        IsActive = isActive;
    }
}

/// <summary>
/// A period closed by the committee: once its figures are approved, writes for it (for the unit and its subtree, or for
/// every unit) are refused with 409 <c>data_value.period_locked</c> until an administrator reopens it.
/// </summary>
public sealed class PeriodLock : AggregateRoot
{
    private PeriodLock(Guid id)
        : base(id)
    {
        Period = string.Empty;
        ApprovedBy = string.Empty;
    }

    public PeriodLock(Guid id, ReportingPeriod period, string? unitCode, DateOnly approvedOn, string approvedBy, string? decision)
        : base(id)
    {
        Period = period.ToString();
        UnitCode = unitCode;
        ApprovedOn = approvedOn;
        ApprovedBy = approvedBy;
        Decision = decision;
    }

    /// <summary>The period, in its string form; a year locks the year only, not its months.</summary>
    public string Period { get; private set; }

    /// <summary>The unit (with its subtree), or null for every unit.</summary>
    public string? UnitCode { get; private set; }

    public DateOnly ApprovedOn { get; private set; }

    public string ApprovedBy { get; private set; }

    /// <summary>The committee's approval (document number), if any.</summary>
    public string? Decision { get; private set; }
}

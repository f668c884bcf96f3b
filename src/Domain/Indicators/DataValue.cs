using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Indicators;

/// <summary>
/// One reported figure, keyed naturally by data element, period, unit and disaggregation (one value per key). It keeps
/// who stored it and when; every insert, change and deletion is in the audit trail with the old value. A deletion
/// leaves a tombstone so that the change feed can tell consumers; a later write of the same key revives it.
/// </summary>
public sealed class DataValue : Entity, IAuditable
{
    private DataValue(Guid id)
        : base(id)
    {
        DataElement = string.Empty;
        Period = string.Empty;
        UnitCode = string.Empty;
        Disaggregation = Categories.Total;
        StoredBy = string.Empty;
    }

    public DataValue(Guid id, string dataElement, ReportingPeriod period, string unitCode, string disaggregation, decimal value, string? comment, string storedBy, DateTime storedAt, long changeNumber)
        : base(id)
    {
        DataElement = dataElement;
        Period = period.ToString();
        PeriodStart = period.StartsOn;
        PeriodEnd = period.EndsOn;
        UnitCode = unitCode;
        Disaggregation = disaggregation;
        Value = value;
        Comment = comment;
        StoredBy = storedBy;
        StoredAt = storedAt;
        ChangeNumber = changeNumber;
    }

    public string DataElement { get; private set; }

    /// <summary>The period's string form (<see cref="ReportingPeriod"/>).</summary>
    public string Period { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public string UnitCode { get; private set; }

    /// <summary><c>total</c> or canonical <c>category:option</c> pairs.</summary>
    public string Disaggregation { get; private set; }

    public decimal Value { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The client id or user who stored the current value.</summary>
    public string StoredBy { get; private set; }

    public DateTime StoredAt { get; private set; }

    /// <summary>Position in the change feed: every write takes the next number, in commit order.</summary>
    public long ChangeNumber { get; private set; }

    public bool IsDeleted { get; private set; }

    /// <summary>True when <paramref name="value"/> and <paramref name="comment"/> are what is stored (a replayed row changes nothing).</summary>
    public bool Holds(decimal value, string? comment) => Holds(IsDeleted, Value, Comment, value, comment);

    /// <summary>
    /// True when a value stored as (<paramref name="isDeleted"/>, <paramref name="storedValue"/>,
    /// <paramref name="storedComment"/>) already holds <paramref name="value"/> and <paramref name="comment"/>: a write
    /// of them changes nothing. The one rule for the entity and for a stored value read without it.
    /// </summary>
    public static bool Holds(bool isDeleted, decimal storedValue, string? storedComment, decimal value, string? comment) =>
        !isDeleted && storedValue == value && string.Equals(storedComment, comment, StringComparison.Ordinal);

    public void Store(decimal value, string? comment, string storedBy, DateTime storedAt, long changeNumber)
    {
        Value = value;
        Comment = comment;
        StoredBy = storedBy;
        StoredAt = storedAt;
        ChangeNumber = changeNumber;
        IsDeleted = false;
    }

    public void Delete(string storedBy, DateTime storedAt, long changeNumber)
    {
        StoredBy = storedBy;
        StoredAt = storedAt;
        ChangeNumber = changeNumber;
        IsDeleted = true;
    }
}

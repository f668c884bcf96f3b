using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.DataValues;

/// <summary>
/// Writes one batch of data values set-wise, with one audit row per value written (who, when, each changed field's old
/// and new value, as the auditing interceptor writes them), in the caller's transaction (or one of its own). The bulk
/// path of <see cref="DataValueImporter"/>: no change tracking, prepared statements, one round trip per row on
/// SQLite's in-process engine.
/// </summary>
public interface IDataValueWriter
{
    /// <summary>Inserts the new values and updates the changed ones (<see cref="DataValueWrite.Before"/> set).</summary>
    Task WriteAsync(IReadOnlyList<DataValueWrite> writes, CancellationToken cancellationToken);

    /// <summary>
    /// The stored values (tombstones included) of <paramref name="keys"/>, with only what the upsert decision needs, in
    /// the caller's transaction: on SQLite one query per call (the keys as one JSON parameter joined on the natural-key
    /// index), elsewhere one query per (element, period).
    /// </summary>
    Task<Dictionary<DataValueKey, StoredDataValue>> FindAsync(IReadOnlyCollection<DataValueKey> keys, CancellationToken cancellationToken);
}

/// <summary>A value's natural key, the period in its string form (as stored: a stored value's key needs no parsing).</summary>
/// <param name="Element">Data element code.</param>
/// <param name="Period">The period's string form.</param>
/// <param name="Unit">Reporting unit code.</param>
/// <param name="Disaggregation">Canonical disaggregation.</param>
public readonly record struct DataValueKey(string Element, string Period, string Unit, string Disaggregation)
{
    /// <summary>FNV-1a over the key's parts, separated so that ("ab","c") and ("a","bc") differ.</summary>
    public ulong Fingerprint()
    {
        var hash = 14695981039346656037UL;
        hash = Mix(hash, Element);
        hash = Mix(hash, Period);
        hash = Mix(hash, Unit);
        return Mix(hash, Disaggregation);
    }

    private static ulong Mix(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (hash ^ 0x1F) * 1099511628211UL;
    }
}

/// <summary>What the upsert decision reads of a stored value (no entity is built for a value the batch does not change).</summary>
/// <param name="Id">The value's id.</param>
/// <param name="Value">Stored value.</param>
/// <param name="Comment">Stored comment.</param>
/// <param name="StoredBy">Who stored it.</param>
/// <param name="IsDeleted">Whether it is a tombstone.</param>
public readonly record struct StoredDataValue(Guid Id, decimal Value, string? Comment, string StoredBy, bool IsDeleted)
{
    /// <summary>True when <paramref name="value"/> and <paramref name="comment"/> are what is stored (the rule of <see cref="DataValue.Holds(bool, decimal, string, decimal, string)"/>).</summary>
    public bool Holds(decimal value, string? comment) => DataValue.Holds(IsDeleted, Value, Comment, value, comment);

    /// <summary>
    /// The stored row as an entity under <paramref name="key"/>, to be changed through <see cref="DataValue.Store"/> or
    /// <see cref="DataValue.Delete"/> (which set who stored it, when and its change number).
    /// </summary>
    public DataValue ToEntity(DataValueKey key, ReportingPeriod period) =>
        new(Id, key.Element, period, key.Unit, key.Disaggregation, Value, Comment, StoredBy, DateTime.MinValue, 0);

    /// <summary>The audit trail's old values.</summary>
    public DataValueSnapshot Snapshot() => new(Value, Comment, StoredBy, IsDeleted);
}

/// <summary>One value to write: a new one (no <paramref name="Before"/>) or a stored one changed in place.</summary>
/// <param name="Value">The value as it is to be stored.</param>
/// <param name="Before">What was stored before (its mutable fields), or null for a new value.</param>
public sealed record DataValueWrite(DataValue Value, DataValueSnapshot? Before);

/// <summary>The fields a write may change, as they were before it (the audit trail's old values).</summary>
/// <param name="Value">Stored value.</param>
/// <param name="Comment">Stored comment.</param>
/// <param name="StoredBy">Who stored it.</param>
/// <param name="IsDeleted">Whether it was a tombstone.</param>
public sealed record DataValueSnapshot(decimal Value, string? Comment, string StoredBy, bool IsDeleted)
{
    public static DataValueSnapshot Of(DataValue value) => new(value.Value, value.Comment, value.StoredBy, value.IsDeleted);
}

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

using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Auditing;

/// <summary>
/// Where audit records of reads go. Reads are frequent and write nothing else, so their records are appended to a
/// write-behind log that stores them in batches (one transaction per batch instead of one per read), off the
/// request's path; writes keep their audit rows in their own transaction (the auditing interceptor).
/// </summary>
public interface IReadAuditLog
{
    /// <summary>Appends a record; waits only when the log is full (back-pressure, never a dropped record).</summary>
    ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Stores every record appended before the call (used before the audit trail is read).</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}

using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>
/// Writes the changes made to TRACKED aggregates set-based, in the caller's transaction, as one <c>SaveChanges</c> of
/// them would (ADR 0088): each changed row of the roots and their parts updated by key (only its changed columns; the
/// root's version checked against the one it was read with, a moved one failing the write with 412), the root's version
/// and stamp moved, one audit row per changed auditable entity with the caller, the time, the trace and each changed
/// field's old and new value; the entries then unchanged. For loads of thousands of changed rows that one
/// <c>SaveChanges</c> would send as a command each (a committee's month of dues corrected from one file). Parts added
/// or removed, aggregates that raised domain events and members (their search index and counts are kept by the save
/// pipeline) are refused.
/// </summary>
public interface IModifiedAggregatesWriter
{
    Task WriteAsync<T>(IReadOnlyList<T> aggregates, CancellationToken cancellationToken)
        where T : AggregateRoot;
}

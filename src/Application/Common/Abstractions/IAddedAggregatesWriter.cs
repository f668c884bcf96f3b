using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>
/// Writes NEW aggregates set-based, in the caller's transaction, as one <c>SaveChanges</c> of them added would: their
/// rows and their parts', their stamps, and one audit row per auditable entity with the caller, the time and the trace
/// (ADR 0085). For loads of thousands of aggregates that the change tracker would hold in memory and save one command
/// each (opening a rating campaign lists every member of the committee). Aggregates that raised domain events, and
/// types whose derived data the save pipeline keeps (members: their search index and counts, written by
/// <c>INewMembersWriter</c>), are refused.
/// </summary>
public interface IAddedAggregatesWriter
{
    Task WriteAsync<T>(IReadOnlyList<T> aggregates, CancellationToken cancellationToken)
        where T : AggregateRoot;
}

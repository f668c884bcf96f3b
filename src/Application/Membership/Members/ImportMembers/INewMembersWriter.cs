using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.ImportMembers;

/// <summary>
/// Writes members just registered (<see cref="PartyMember.Register"/>, not tracked) in the caller's open transaction,
/// with everything the save pipeline writes for a new member: its rows and its parts' rows, the search index, one
/// audit row per auditable entity, the membership counts and the dated counts (ADR 0046). Members with pending domain
/// events are not accepted (they go through the save pipeline, which dispatches them).
/// </summary>
public interface INewMembersWriter
{
    /// <summary>
    /// Called once in the caller's transaction, after its reads and before the first <see cref="WriteAsync"/>, with
    /// the number of members the transaction will create: the writer may prepare the store for a load of that size
    /// (SQLite: the member table's secondary indexes built again at the commit, ADR 0056). Nothing it does outlives the
    /// transaction if it rolls back.
    /// </summary>
    Task PrepareAsync(int newMembers, CancellationToken cancellationToken);

    Task WriteAsync(IReadOnlyList<PartyMember> members, CancellationToken cancellationToken);
}

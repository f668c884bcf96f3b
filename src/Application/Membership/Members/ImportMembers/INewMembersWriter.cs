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
    Task WriteAsync(IReadOnlyList<PartyMember> members, CancellationToken cancellationToken);
}

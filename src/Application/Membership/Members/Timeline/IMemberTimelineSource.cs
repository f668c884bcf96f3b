namespace PartyCommittee.Application.Membership.Members.Timeline;

/// <summary>One dated event in a member's history.</summary>
/// <param name="Date">When it took effect.</param>
/// <param name="Kind">Stable event code, e.g. <c>status.changed</c>, <c>admission.ceremony</c>, <c>transfer.received</c>, <c>body.joined</c>.</param>
/// <param name="Title">Short description in the caller's language.</param>
/// <param name="DocumentNumber">Number of the decision or resolution behind it, if any.</param>
/// <param name="Details">Further facts (organisation, role, reason…).</param>
/// <param name="Source">The module that recorded it (membership, admission, transfers, bodies, …).</param>
public sealed record TimelineEvent(DateOnly Date, string Kind, string Title, string? DocumentNumber, IReadOnlyDictionary<string, string?> Details, string Source);

/// <summary>
/// A module that contributes events to a member's timeline. Implementations are discovered in the Application
/// assembly and registered automatically, so later modules (evaluation, inspection, discipline) add theirs by
/// adding a class.
/// </summary>
public interface IMemberTimelineSource
{
    Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken);
}

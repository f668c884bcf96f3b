namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>
/// A response carrying one versioned resource. The API sets its <c>ETag</c> from <see cref="Version"/> and answers a
/// fresh <c>If-None-Match</c> with 304, in one place for every endpoint (ADR 0006).
/// </summary>
public interface IVersioned
{
    long Version { get; }
}

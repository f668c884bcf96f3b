using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Abstractions;

public static class VersionCheck
{
    /// <summary>
    /// Refuses the change when the caller's ETag (<paramref name="expectedVersion"/>) is not the current version.
    /// The database repeats the check on save (the version is a concurrency token), closing the race between
    /// this read and the write.
    /// </summary>
    public static void EnsureVersion(this AggregateRoot aggregate, long expectedVersion)
    {
        if (aggregate.Version != expectedVersion)
        {
            throw new PreconditionFailedException();
        }
    }
}

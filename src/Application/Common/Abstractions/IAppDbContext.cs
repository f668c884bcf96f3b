using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organizations;

namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>
/// The unit of work and query seam (ADR 0003: no repository over EF Core). Saving translates database
/// concurrency and uniqueness failures into <see cref="Exceptions.PreconditionFailedException"/> and
/// <see cref="Exceptions.ConflictException"/>.
/// </summary>
public interface IAppDbContext
{
    DbSet<PartyOrganization> Organizations { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

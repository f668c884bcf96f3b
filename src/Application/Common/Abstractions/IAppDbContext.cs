using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>
/// The unit of work and query seam (ADR 0003: no repository over EF Core). Saving translates database
/// concurrency and uniqueness failures into <see cref="Exceptions.PreconditionFailedException"/> and the coded
/// conflict the sequential check of the rule gives (a unique index names its rule).
/// </summary>
public interface IAppDbContext
{
    DbSet<PartyOrganization> Organizations { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<PartyMember> Members { get; }

    DbSet<MemberStatusPeriod> MemberStatusPeriods { get; }

    DbSet<MemberPlacement> MemberPlacements { get; }

    DbSet<Term> Terms { get; }

    DbSet<ElectedBody> ElectedBodies { get; }

    DbSet<BodyMembership> BodyMemberships { get; }

    DbSet<MassOrganization> MassOrganizations { get; }

    DbSet<AdmissionCase> AdmissionCases { get; }

    DbSet<Transfer> Transfers { get; }

    DbSet<PublicHoliday> PublicHolidays { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> (its reads, its checks and its save) in one transaction that first takes an
    /// exclusive lock on each of <paramref name="resources"/> (<see cref="Locks"/>), held until the transaction ends.
    /// A concurrent command that locks one of the same resources waits, then reads what this one committed, so a rule
    /// checked by reading other rows holds under concurrency. SQL Server: <c>sp_getapplock</c> owned by the
    /// transaction; SQLite: the transaction begins IMMEDIATE, which takes the database's single write lock.
    /// Inside another such call, the locks are taken in the running transaction.
    /// </summary>
    Task<T> ExclusiveAsync<T>(IReadOnlyCollection<string> resources, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}

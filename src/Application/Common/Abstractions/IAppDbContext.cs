using Microsoft.EntityFrameworkCore;

namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>
/// The unit of work and query seam (ADR 0003: no repository over EF Core). Saving translates database
/// concurrency and uniqueness failures into <see cref="Exceptions.PreconditionFailedException"/> and the coded
/// conflict the sequential check of the rule gives (a unique index names its rule).
/// </summary>
public interface IAppDbContext
{
    /// <summary>
    /// The set of one entity type. Each module names its sets in its own folder with extension members on this
    /// interface (e.g. <c>MembershipData</c>), so that adding a module does not edit this seam.
    /// </summary>
    DbSet<TEntity> Set<TEntity>()
        where TEntity : class;

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

    /// <summary>
    /// Stops tracking every loaded entity (a batched write saves a batch, then forgets it, so that memory and the
    /// change detection of the next save do not grow with the work already done). The transaction is not affected.
    /// </summary>
    void ClearChangeTracker();
}

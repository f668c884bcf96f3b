using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// Counts the entities of <typeparamref name="TEntity"/> (those <c>counted</c> selects) in the Added state (or the
/// <c>state</c> given) at the start of every save: what a writer test uses to prove rows were written set-based, not
/// through the change tracker.
/// </summary>
public sealed class AddedEntitiesCounter<TEntity>(Func<TEntity, bool>? counted = null, EntityState state = EntityState.Added) : SaveChangesInterceptor
    where TEntity : class
{
    private int added;

    public int Added => Volatile.Read(ref added);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            context.ChangeTracker.DetectChanges();
            Interlocked.Add(ref added, context.ChangeTracker.Entries<TEntity>().Count(e => e.State == state && (counted is null || counted(e.Entity))));
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}

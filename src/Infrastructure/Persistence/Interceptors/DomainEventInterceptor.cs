using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Before a save, dispatches the events raised by the tracked aggregates to their handlers, round after round until
/// none is left (a reaction may raise events of its own). Registered before the audit interceptor, so that what the
/// reactions change is stamped, versioned and audited in the same transaction as the change that caused it (ADR 0014).
/// </summary>
/// <remarks>
/// A singleton fixed in the pooled contexts' options (ADR 0047): the dispatcher (and so the handlers, with the
/// request's services) is the one of the scope the saving context is rented to (<see cref="ContextRental"/>).
/// </remarks>
public sealed class DomainEventInterceptor : SaveChangesInterceptor
{
    /// <summary>More rounds than this means events that keep raising each other: a bug, not a workload.</summary>
    public const int MaxRounds = 16;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            // The synchronous path (start-up seeding) has no synchronisation context to deadlock on.
            DispatchAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return base.SavingChanges(eventData, result);
    }

    private static async ValueTask DispatchAsync(DbContext context, CancellationToken cancellationToken)
    {
        IDomainEventDispatcher? dispatcher = null;
        for (var round = 0; ; round++)
        {
            var pending = context.ChangeTracker.Entries<AggregateRoot>()
                .Where(e => e.Entity.DomainEvents.Count > 0)
                .SelectMany(e => e.Entity.TakeDomainEvents())
                .ToList();
            if (pending.Count == 0)
            {
                return;
            }

            if (round == MaxRounds)
            {
                throw new InvalidOperationException($"Domain events still pending after {MaxRounds} rounds: {string.Join(", ", pending.Select(e => e.GetType().Name))}.");
            }

            dispatcher ??= ContextRental.Of(context).Services.GetRequiredService<IDomainEventDispatcher>();
            foreach (var domainEvent in pending)
            {
                await dispatcher.DispatchAsync(domainEvent, cancellationToken);
            }
        }
    }
}

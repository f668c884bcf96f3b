using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Events;

/// <summary>
/// Reacts to a domain event inside the unit of work that raised it: it may load and change other aggregates (they are
/// saved in the same transaction) and raise further events. Implementations are discovered in the Application assembly.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    ValueTask HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>Dispatches events to their handlers (called by persistence before it commits).</summary>
public interface IDomainEventDispatcher
{
    ValueTask DispatchAsync(IDomainEvent domainEvent, CancellationToken cancellationToken);
}

public sealed class DomainEventDispatcher(IServiceProvider services) : IDomainEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask>> ByType = new();

    public ValueTask DispatchAsync(IDomainEvent domainEvent, CancellationToken cancellationToken) =>
        ByType.GetOrAdd(domainEvent.GetType(), static type => typeof(DomainEventDispatcher)
                .GetMethod(nameof(DispatchTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type)
                .CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask>>())
            (services, domainEvent, cancellationToken);

    private static async ValueTask DispatchTypedAsync<TEvent>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)domainEvent, cancellationToken);
        }
    }
}

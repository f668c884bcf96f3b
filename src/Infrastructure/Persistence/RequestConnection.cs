using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// One database connection per request (ADR 0038). EF Core opens and closes its connection around every query; a list
/// request made five round trips to the connection pool (and, on SQLite, re-registered EF's functions on each open),
/// and 32 concurrent requests queued on the pool's lock. In a scope that holds its connection, the first query opens it
/// as before and the close that EF does after that query is suppressed: from then on EF finds the connection open, uses
/// it for every further query, transaction and <c>SaveChanges</c> of the scope (audit rows, domain-event reactions,
/// scope lookups) and leaves it open; giving the scope's DbContext back to the pool closes it and returns it to the
/// connection pool. A scope that never queries opens nothing.
/// </summary>
/// <remarks>
/// Only request scopes hold (<see cref="RequestConnectionExtensions.UseOneConnectionPerRequest"/> marks them):
/// start-up migration, the batched read audit and the background jobs keep EF's default, so that nothing holds a
/// connection across a schema change or a long job. Holding a connection holds no lock: SQLite in WAL mode takes its
/// read snapshot per statement outside a transaction, and a write transaction (<c>BEGIN IMMEDIATE</c>, SQL Server's
/// transaction) begins and ends exactly as before. On SQL Server a request now keeps one pooled connection for its
/// duration: <c>Max Pool Size</c> (100 by default) must exceed the number of requests served at once.
/// This is the scope's state; the interceptor that acts on it is a singleton (<see cref="RequestConnectionInterceptor"/>,
/// ADR 0047) and finds it through the context the scope rented (<see cref="ContextRental"/>).
/// </remarks>
public sealed class RequestConnection(DatabaseOptions options)
{
    private int opens;

    /// <summary>True once the scope is a request scope that keeps its connection (and the setting is on).</summary>
    public bool Holds { get; private set; }

    /// <summary>Physical opens of the connection in this scope (1 for a request that queries, with the setting on).</summary>
    public int Opens => Volatile.Read(ref opens);

    /// <summary>Marks this scope as one that keeps its connection open until it ends (no-op when the setting is off).</summary>
    public void Hold() => Holds = options.ConnectionPerRequest;

    internal void Opened() => Interlocked.Increment(ref opens);
}

/// <summary>
/// Suppresses EF Core's close after a query in a scope that holds its connection and counts the scope's opens. A
/// singleton, fixed in the pooled contexts' options: the scope's <see cref="RequestConnection"/> is read from the
/// context's current rental (none: EF Core's default).
/// </summary>
public sealed class RequestConnectionInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Of(eventData.Context)?.Opened();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Of(eventData.Context)?.Opened();
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        Of(eventData.Context) is { Holds: true } ? InterceptionResult.Suppress() : result;

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(Of(eventData.Context) is { Holds: true } ? InterceptionResult.Suppress() : result);

    private static RequestConnection? Of(DbContext? context) => (context as AppDbContext)?.Rental?.Connection;
}

public static class RequestConnectionExtensions
{
    /// <summary>Every request scope keeps the connection its first query opens until the request ends (setting <c>Database:ConnectionPerRequest</c>).</summary>
    public static IApplicationBuilder UseOneConnectionPerRequest(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.RequestServices.GetRequiredService<RequestConnection>().Hold();
            return next(context);
        });
}

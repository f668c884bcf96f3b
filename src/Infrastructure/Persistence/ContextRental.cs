using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// What a pooled <see cref="AppDbContext"/> is rented to for one scope (ADR 0047): the scope's services (the caller
/// the audit writes, the domain-event dispatcher and its handlers), the scope's connection state and, for a SQLite
/// request, the open connection the scope borrowed. A new rental per rent: set right after the context leaves the pool,
/// cleared before it goes back, so that nothing of a scope outlives it in a reused context. The interceptors are
/// singletons fixed in the pool's options and read the request's state from here.
/// </summary>
public sealed class ContextRental
{
    internal ContextRental(IServiceProvider services, RequestConnection connection, DbConnection? borrowed)
    {
        Services = services;
        Connection = connection;
        Borrowed = borrowed;
    }

    /// <summary>The scope's service provider (a request's, a job's).</summary>
    public IServiceProvider Services { get; }

    /// <summary>The scope's connection state (held for a request, EF Core's default otherwise).</summary>
    public RequestConnection Connection { get; }

    /// <summary>The open connection the scope borrowed and the context uses without owning it, if any.</summary>
    internal DbConnection? Borrowed { get; }

    /// <summary>
    /// The rental of <paramref name="context"/>. A context that is not rented to a scope (one made outside the
    /// registered scoped context: a factory, a test) has no caller and no dispatcher: whatever needs them refuses it.
    /// </summary>
    public static ContextRental Of(Microsoft.EntityFrameworkCore.DbContext context) =>
        (context as AppDbContext)?.Rental
        ?? throw new InvalidOperationException("This DbContext is not rented to a scope: resolve AppDbContext from the scope's services instead.");

    /// <summary>Rents a context from the pool for <paramref name="scope"/> (the registered scoped context).</summary>
    internal static TContext Rent<TContext>(IServiceProvider scope, DbConnection? borrowed)
        where TContext : AppDbContext
    {
        var context = scope.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        try
        {
            context.RentTo(new ContextRental(scope, scope.GetRequiredService<RequestConnection>(), borrowed));
            return context;
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }
}

/// <summary>
/// The scope's lease of a pooled context: rents it when created, gives it back when the scope ends. The scope resolves
/// the same context instance under several services (the engine's context, <see cref="AppDbContext"/>,
/// <c>IAppDbContext</c>) and disposes it once per registration; a pooled context given back at the first of those calls
/// could be rented by another scope before the next one, which would then give it back from under that scope. So the
/// context's own Dispose does nothing while it is rented, and only this lease gives it back (ADR 0047).
/// </summary>
/// <typeparam name="TContext">The engine's context.</typeparam>
public sealed class ContextLease<TContext> : IDisposable, IAsyncDisposable
    where TContext : AppDbContext
{
    internal ContextLease(IServiceProvider scope, DbConnection? borrowed) => Context = ContextRental.Rent<TContext>(scope, borrowed);

    public TContext Context { get; }

    public void Dispose() => Context.GiveBackToPool();

    public ValueTask DisposeAsync() => Context.GiveBackToPoolAsync();
}

/// <summary>EF Core's SQLite functions (<c>regexp</c>, <c>ef_add</c>, <c>ef_compare</c>, …) for connections EF Core did not create.</summary>
internal static class EfSqliteFunctions
{
    /// <summary>
    /// Registers them on <paramref name="connection"/> (before it opens: Microsoft.Data.Sqlite applies them at the open
    /// and keeps them while it stays open). EF Core registers them when its connection service is built for a context
    /// given a connection in its options; a pooled context is handed the borrowed connection after it was built
    /// (<c>SetDbConnection</c>), so a throwaway context registers them once per physical connection instead.
    /// </summary>
    public static void Register(SqliteConnection connection)
    {
        using var context = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory")).Options);
        _ = context.Database.GetDbConnection();
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// The options of a request's <see cref="DbContext"/> derived from options built ONCE per application instead of running
/// the provider's builder (<c>UseSqlite</c>/<c>UseSqlServer</c>) for every scope, as <c>AddDbContext</c>'s options action does.
/// The builder rebuilt EF's warnings configuration (an immutable sorted dictionary per call: the relational provider's
/// default warnings), cloned each options extension several times and ordered them again, about a fifth of the bytes a
/// member read allocated (docs/read-path-performance.md, "Session 20"). What differs per scope is only the scope's
/// service provider, the scoped interceptors and, for SQLite, the connection borrowed for the request: those are set on
/// the template's extensions (one clone each). Configurations added with <c>ConfigureDbContext</c> (tests) still apply.
/// </summary>
/// <typeparam name="TContext">The context whose options these are.</typeparam>
public sealed class ContextOptionsTemplate<TContext>(Action<DbContextOptionsBuilder<TContext>> configure)
    where TContext : DbContext
{
    private readonly Lazy<(DbContextOptions<TContext> Options, CoreOptionsExtension Core, RelationalOptionsExtension Relational)> template = new(() =>
    {
        // The core extension first, as AddDbContext does (UseApplicationServiceProvider before the provider's options).
        var builder = new DbContextOptionsBuilder<TContext>().UseApplicationServiceProvider(null);
        configure(builder);
        var options = builder.Options;
        return (options, options.FindExtension<CoreOptionsExtension>()!, options.Extensions.OfType<RelationalOptionsExtension>().Single());
    });

    /// <summary>The options for one scope: the template with the scope's services, interceptors and connection.</summary>
    /// <param name="scope">The scope's service provider (EF's application service provider, as with AddDbContext).</param>
    /// <param name="interceptors">The interceptors of this scope.</param>
    /// <param name="connection">A connection the context uses without owning it, or null for the template's connection string.</param>
    public DbContextOptions<TContext> For(IServiceProvider scope, IInterceptor[] interceptors, DbConnection? connection = null)
    {
        var (options, core, relational) = template.Value;
        DbContextOptions result = options.WithExtension(core.WithApplicationServiceProvider(scope).WithInterceptors(interceptors));
        if (connection is not null)
        {
            result = result.WithExtension(relational.WithConnection(connection, owned: false));
        }

        // Configurations registered with ConfigureDbContext<TContext> (none in production) apply on top, as with AddDbContext.
        DbContextOptionsBuilder<TContext>? builder = null;
        foreach (var configuration in scope.GetServices<IDbContextOptionsConfiguration<TContext>>())
        {
            builder ??= new DbContextOptionsBuilder<TContext>((DbContextOptions<TContext>)result);
            configuration.Configure(scope, builder);
        }

        return builder?.Options ?? (DbContextOptions<TContext>)result;
    }
}

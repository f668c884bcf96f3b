using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12, docs/read-path-performance.md "Session 20": a scope's context options come from options built once
/// (<see cref="ContextOptionsTemplate{TContext}"/>), not from a provider builder run per scope, and still carry that
/// scope's own interceptors, service provider and (in a request) the borrowed open connection.
/// </summary>
public sealed class ContextOptionsTemplateTests
{
    [Fact]
    public async Task Each_scope_gets_its_own_interceptors_and_provider_on_options_built_once()
    {
        using var factory = new ApiFactory();
        _ = factory.CreateClient();

        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<DbContextOptions<SqliteAppDbContext>>();
        var b = second.ServiceProvider.GetRequiredService<DbContextOptions<SqliteAppDbContext>>();

        var coreA = a.FindExtension<CoreOptionsExtension>()!;
        var coreB = b.FindExtension<CoreOptionsExtension>()!;
        // Built once: the provider's warnings configuration (rebuilt by every UseSqlite call) is the same instance.
        coreA.WarningsConfiguration.ShouldBeSameAs(coreB.WarningsConfiguration);
        a.Extensions.OfType<RelationalOptionsExtension>().Single().MigrationsHistoryTableName.ShouldBe("__EFMigrationsHistory");
        // Per scope: the scope's provider and its own scoped interceptors, in the registered order.
        coreA.ApplicationServiceProvider.ShouldBeSameAs(first.ServiceProvider);
        coreB.ApplicationServiceProvider.ShouldBeSameAs(second.ServiceProvider);
        coreA.Interceptors!.Select(i => i.GetType()).ToArray().ShouldBe(new[] { typeof(RequestConnectionInterceptor), typeof(DomainEventInterceptor),
            typeof(SearchIndexInterceptor), typeof(MembershipCountsInterceptor), typeof(AuditingInterceptor) });
        coreA.Interceptors!.OfType<AuditingInterceptor>().Single().ShouldBeSameAs(first.ServiceProvider.GetRequiredService<AuditingInterceptor>());
        coreB.Interceptors!.OfType<AuditingInterceptor>().Single().ShouldBeSameAs(second.ServiceProvider.GetRequiredService<AuditingInterceptor>());
        coreA.Interceptors!.OfType<AuditingInterceptor>().Single().ShouldNotBeSameAs(coreB.Interceptors!.OfType<AuditingInterceptor>().Single());
        // Outside a request (no held connection): the connection string, a connection EF opens and closes itself.
        first.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection().State.ShouldBe(System.Data.ConnectionState.Closed);
    }

    [Fact]
    public async Task A_request_scope_uses_the_borrowed_open_connection_without_owning_it()
    {
        using var factory = new ApiFactory();
        _ = factory.CreateClient();

        await using var request = factory.Services.CreateAsyncScope();
        request.ServiceProvider.GetRequiredService<RequestConnectionInterceptor>().Hold();
        var borrowed = request.ServiceProvider.GetRequiredService<SqliteConnectionLease>().Connection;
        var db = request.ServiceProvider.GetRequiredService<AppDbContext>();

        db.Database.GetDbConnection().ShouldBeSameAs(borrowed);
        var relational = request.ServiceProvider.GetRequiredService<DbContextOptions<SqliteAppDbContext>>().Extensions.OfType<RelationalOptionsExtension>().Single();
        relational.IsConnectionOwned.ShouldBeFalse();
        relational.ConnectionString.ShouldBeNull();
        (await db.Set<Domain.Organization.PartyOrganization>().CountAsync()).ShouldBeGreaterThan(0);
        borrowed.State.ShouldBe(System.Data.ConnectionState.Open);
    }
}

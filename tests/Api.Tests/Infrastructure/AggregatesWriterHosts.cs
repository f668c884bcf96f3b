using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Domain.Common;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// Hosts that differ only in how new aggregates are written (<see cref="IAddedAggregatesWriter"/>, ADR 0085), each
/// counting the <typeparamref name="TCounted"/> entities its saves tracked as Added: the writer, the writer in chunks of
/// 7, and the change tracker it replaced (the reference). An equality test runs the same requests on the three and
/// compares their databases (<see cref="DatabaseDump"/>).
/// </summary>
public abstract class AggregatesWriterHost<TCounted> : ApiFactory
    where TCounted : class
{
    public AddedEntitiesCounter<TCounted> Tracked { get; } = new();

    /// <summary>The <typeparamref name="TCounted"/> entities the saves tracked as Modified (<see cref="IModifiedAggregatesWriter"/>, ADR 0088).</summary>
    public AddedEntitiesCounter<TCounted> TrackedModified { get; } = new(state: EntityState.Modified);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Tracked, TrackedModified)));
    }
}

/// <summary>What an equality test over the three hosts checks.</summary>
public static class AggregatesWriterHosts
{
    /// <summary>
    /// The writer's hosts tracked none of the <paramref name="written"/> entities the requests wrote (<paramref name="tracked"/>:
    /// the entities each host's saves tracked as Added meanwhile), the reference tracked every one, and the three
    /// databases are equal. Returns the reference's dump, for the test's own checks.
    /// </summary>
    public static async Task<Dictionary<string, List<string>>> ShouldMatchTheReferenceAsync<TCounted>(
        WriterHost<TCounted> writer, SmallChunksWriterHost<TCounted> chunked, TrackedWriterHost<TCounted> reference, IReadOnlyDictionary<AggregatesWriterHost<TCounted>, int> tracked, int written)
        where TCounted : class
    {
        written.ShouldBeGreaterThan(100);
        tracked[writer].ShouldBe(0);
        tracked[chunked].ShouldBe(0);
        tracked[reference].ShouldBe(written);
        var expected = await DatabaseDump.OfAsync(reference);
        DatabaseDump.ShouldMatch(expected, await DatabaseDump.OfAsync(writer), nameof(writer));
        DatabaseDump.ShouldMatch(expected, await DatabaseDump.OfAsync(chunked), nameof(chunked));
        return expected;
    }
}

/// <summary>The writer as the product registers it.</summary>
public sealed class WriterHost<TCounted> : AggregatesWriterHost<TCounted>
    where TCounted : class;

/// <summary>The writers in chunks of 7 aggregates or changed rows (the defaults are 5,000), the imports' batches of 50 rows: a load crosses many chunks.</summary>
public sealed class SmallChunksWriterHost<TCounted> : AggregatesWriterHost<TCounted>
    where TCounted : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IAddedAggregatesWriter>(provider => new AddedAggregatesWriter(
            provider.GetRequiredService<IAppDbContext>(), provider.GetRequiredService<ICurrentUser>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<SqliteTransactionCacheInterceptor>(), provider.GetRequiredService<ImportOptions>())
        { AggregatesPerChunk = 7 }));
        builder.ConfigureTestServices(services => services.AddScoped<IModifiedAggregatesWriter>(provider => new ModifiedAggregatesWriter(
            provider.GetRequiredService<IAppDbContext>(), provider.GetRequiredService<ICurrentUser>(), provider.GetRequiredService<TimeProvider>())
        { RowsPerChunk = 7 }));

        // The dues import's stored sheets read, changed and written a few at a time (whole sheets of ~50 payments).
        builder.UseSetting("Import:BatchSize", "50");
    }
}

/// <summary>The reference: the aggregates added to the context and saved through the pipeline, as before ADR 0085.</summary>
public sealed class TrackedWriterHost<TCounted> : AggregatesWriterHost<TCounted>
    where TCounted : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddScoped<IAddedAggregatesWriter, TrackedAggregatesWriter>()
            .AddScoped<IModifiedAggregatesWriter, TrackedAggregatesWriter>());
    }
}

/// <summary>
/// The writes before ADR 0085 and ADR 0088, kept as the reference: new aggregates added to the change tracker, and
/// changed tracked ones, saved through the pipeline.
/// </summary>
public sealed class TrackedAggregatesWriter(IAppDbContext db) : IAddedAggregatesWriter, IModifiedAggregatesWriter
{
    public async Task WriteAsync<T>(IReadOnlyList<T> aggregates, CancellationToken cancellationToken)
        where T : AggregateRoot
    {
        var context = (DbContext)db;
        foreach (var aggregate in aggregates.Where(a => context.Entry(a).State == EntityState.Detached))
        {
            context.Set<T>().Add(aggregate);
        }

        await context.SaveChangesAsync(cancellationToken);
    }
}

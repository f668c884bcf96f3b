using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Hosting;

/// <summary>Migrates (SQLite by default; SQL Server when asked) and loads demo data before the server takes requests.</summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

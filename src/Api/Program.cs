using PartyCommittee.Api.Hosting;
using PartyCommittee.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddPartyCommitteeApi();
var app = builder.Build();

if (args is ["migrate", ..])
{
    // `dotnet PartyCommittee.Api.dll migrate`: apply the configured engine's migrations and exit (SQL Server deployments).
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
    return;
}

app.UsePartyCommitteeApi();
await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;

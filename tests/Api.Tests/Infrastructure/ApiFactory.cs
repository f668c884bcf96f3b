using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// The real API over HTTP (in-process test server) on a real database: by default a fresh SQLite file per factory,
/// migrated and loaded with the demo data exactly as the embedded default is at start-up.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string? sqliteFile;

    public ApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    protected ApiFactory(IDictionary<string, string?> settings, bool useSqlite = true)
    {
        Settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Database:SeedDemoData"] = "true",
            ["Authentication:Schemes:Bearer:Authority"] = string.Empty,
            ["Authentication:Schemes:Bearer:ValidIssuer"] = TestTokens.Issuer,
            ["Authentication:Schemes:Bearer:ValidAudiences:0"] = TestTokens.Audience,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = TestTokens.Issuer,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = TestTokens.SigningKey,
            ["RateLimiting:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };

        if (useSqlite)
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"{Guid.NewGuid():N}.db");
            Settings["Database:Provider"] = "Sqlite";
            Settings["ConnectionStrings:Default"] = $"Data Source={sqliteFile}";
        }

        foreach (var (key, value) in settings)
        {
            Settings[key] = value;
        }
    }

    public Dictionary<string, string?> Settings { get; }

    public string? SqliteFile => sqliteFile;

    /// <summary>A client whose requests carry a token with <paramref name="role"/>, scoped to <paramref name="organizationId"/>.</summary>
    public HttpClient ClientAs(string role, Guid? organizationId, string? subject = null, string? language = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Create(subject ?? $"{role.ToLowerInvariant()}-user", [role], organizationId));
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    /// <summary>Runs <paramref name="action"/> on a fresh context, after storing the read audit records this host still holds.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await Services.GetRequiredService<Application.Common.Auditing.IReadAuditLog>().FlushAsync(CancellationToken.None);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // best effort: the temp folder is cleaned by the OS
                }
            }
        }
    }
}

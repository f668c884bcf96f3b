using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// The real API over HTTP (in-process test server) on a real database: by default a fresh SQLite file per factory,
/// migrated and loaded with the demo data exactly as the embedded default is at start-up.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string? sqliteFile;
    private readonly bool buildsTemplate;
    private readonly string connectionOptions;

    public ApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    protected ApiFactory(IDictionary<string, string?> settings, bool useSqlite = true)
        : this(settings, useSqlite, buildsTemplate: false)
    {
    }

    /// <summary>Its own SQLite file as the default, opened with <paramref name="connectionOptions"/> added to the connection string (e.g. <c>;Default Timeout=2</c>).</summary>
    protected ApiFactory(string connectionOptions)
        : this(new Dictionary<string, string?>(), useSqlite: true, buildsTemplate: false, connectionOptions)
    {
    }

    private ApiFactory(IDictionary<string, string?> settings, bool useSqlite, bool buildsTemplate, string connectionOptions = "")
    {
        this.buildsTemplate = buildsTemplate;
        this.connectionOptions = connectionOptions;
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
            Settings["ConnectionStrings:Default"] = $"Data Source={sqliteFile}{connectionOptions}";
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

    /// <summary>
    /// Starts from a copy of the migrated demo database (<see cref="DatabaseTemplate"/>) when this factory's database is
    /// the default one (<see cref="UsesDefaultDatabase"/>). The host still runs
    /// its start-up (no migration pending, demo data present: both skip), as the API does on an existing file.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Never over a file already there (a host of this factory, or one built from it, started on it).
        if (!buildsTemplate && StartsFromTemplate && UsesDefaultDatabase && !File.Exists(sqliteFile))
        {
            DatabaseTemplate.CopyTo(sqliteFile!);
        }

        return base.CreateHost(builder);
    }

    /// <summary>False: migrate and load the demo data from nothing, as a first start does (the template's own test).</summary>
    protected virtual bool StartsFromTemplate => true;

    /// <summary>
    /// Its own SQLite file, migrated at start-up and loaded with the demo data: what the template holds. The other
    /// <c>Database:</c> settings (connections, pooling, prepared statements) do not change what start-up writes.
    /// </summary>
    private bool UsesDefaultDatabase =>
        sqliteFile is not null
        && Settings.GetValueOrDefault("ConnectionStrings:Default") == $"Data Source={sqliteFile}{connectionOptions}"
        && Settings.GetValueOrDefault("Database:Provider") == "Sqlite"
        && Settings.GetValueOrDefault("Database:SeedDemoData") == "true"
        && Settings.GetValueOrDefault("Database:MigrateOnStartup") is null or "true";

    /// <summary>
    /// The demo database as the default start-up leaves it (every migration applied, the demo data loaded), built once
    /// per test process by a plain factory and copied for each factory that uses the default database: a migration
    /// from nothing and the demo data cost each factory 5-9 s of CPU, ~150 factories in a run.
    /// </summary>
    private static class DatabaseTemplate
    {
        private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

        public static void CopyTo(string file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.Copy(Template.Value, file, overwrite: false);
        }

        private static string Build()
        {
            using var factory = new ApiFactory(new Dictionary<string, string?>(), useSqlite: true, buildsTemplate: true);
            using (factory.CreateClient())
            {
            }

            var template = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
            using (var connection = new SqliteConnection($"Data Source={factory.SqliteFile};Pooling=False"))
            {
                connection.Open();
                using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $template";
                vacuum.Parameters.AddWithValue("$template", template);
                vacuum.ExecuteNonQuery();
            }

            // The template's scheduler was one process's: a factory's scheduler starts as the API's does after a restart.
            using (var connection = new SqliteConnection($"Data Source={template};Pooling=False"))
            {
                connection.Open();
                using var clean = connection.CreateCommand();
                clean.CommandText = "DELETE FROM QRTZ_FIRED_TRIGGERS; DELETE FROM QRTZ_SCHEDULER_STATE;";
                clean.ExecuteNonQuery();
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(template);
            return template;
        }
    }

    /// <summary>The warnings and errors this host logged (EF Core's, ASP.NET Core's, the API's own).</summary>
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
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

using PartyCommittee.Api.Tests.Infrastructure;
using Testcontainers.MsSql;

namespace PartyCommittee.Api.Tests.Engines;

/// <summary>The API on SQL Server: migrations applied at start-up as a deployment would (Database:MigrateOnStartup).</summary>
public sealed class SqlServerApiFactory(string connectionString) : ApiFactory(
    new Dictionary<string, string?>
    {
        ["Database:Provider"] = "SqlServer",
        ["Database:MigrateOnStartup"] = "true",
        ["ConnectionStrings:Default"] = connectionString,
    },
    useSqlite: false);

/// <summary>
/// Starts SQL Server 2022 in a container when Docker can run one. Where it cannot (no Docker engine, or no image
/// can be pulled, as on the development machines of this project), every test of the class is skipped with the reason.
/// </summary>
public sealed class SqlServerFixture : IAsyncLifetime
{
    public const string Image = "mcr.microsoft.com/mssql/server:2022-latest";

    private MsSqlContainer? container;

    public SqlServerApiFactory? Factory { get; private set; }

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        try
        {
            container = new MsSqlBuilder(Image).Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await container.StartAsync(timeout.Token);
            Factory = new SqlServerApiFactory(container.GetConnectionString());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            SkipReason = $"SQL Server tests skipped: no SQL Server 2022 container could be started here ({exception.GetType().Name}: {FirstLine(exception.Message)}). " +
                         $"They run wherever Docker can pull {Image}.";
        }
    }

    public async Task DisposeAsync()
    {
        Factory?.Dispose();
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

public sealed class SqlServerEngineTests(SqlServerFixture fixture) : EngineScenarios, IClassFixture<SqlServerFixture>
{
    protected override ApiFactory Api
    {
        get
        {
            Skip.If(fixture.Factory is null, fixture.SkipReason);
            return fixture.Factory!;
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>Applies migrations and loads demo data, as the settings ask.</summary>
public sealed partial class DatabaseInitializer(AppDbContext db, DatabaseOptions options, DemoDataSeeder seeder, ILogger<DatabaseInitializer> logger)
{
    /// <summary>Start-up: migrate when <see cref="DatabaseOptions.ShouldMigrateOnStartup"/>, then seed when asked.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.ShouldMigrateOnStartup)
        {
            await MigrateAsync(cancellationToken);
        }

        if (options.SeedDemoData)
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    /// <summary>Applies every pending migration of the configured engine.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            EnsureSqliteDirectory();
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers proceed while one writer commits; "optimize" refreshes the planner's
            // statistics where they are missing or stale, so queries keep choosing the intended indexes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
        }

        // Keys that a migration blanked because their C# rules changed (Migrations/Sql/NameKeysSql.cs).
        await Migrations.Sql.NameKeyRefresh.RunAsync(db, cancellationToken);
        // The dated membership counts, when a migration marked them for a backfill (Migrations/Sql/MembershipCountChangesBackfill.cs):
        // done here only when there is no member to read (a new database); otherwise the background job does it (ADR 0042).
        await Migrations.Sql.MembershipCountChangesBackfill.CompleteIfEmptyAsync(db, cancellationToken);
        LogMigrated(logger, pending.Count, db.Database.ProviderName ?? "?");
    }

    private void EnsureSqliteDirectory()
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} pending migration(s) on {Provider}")]
    private static partial void LogMigrated(ILogger logger, int count, string provider);
}

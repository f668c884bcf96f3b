using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyCommittee.Infrastructure.Persistence;
using Quartz;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// SQLite: copies the WAL's committed pages into the database file (<c>PRAGMA wal_checkpoint(PASSIVE)</c>) every
/// <see cref="JobsOptions.SqliteCheckpointInterval"/>, so that no request pays for it (ADR 0083): the connections that
/// serve requests run with <c>wal_autocheckpoint = 0</c> (<see cref="OpenSqliteConnections"/>). A passive checkpoint
/// takes no lock that a reader or a writer waits for; it copies what no reader still needs and the rest at the next run.
/// With nothing new in the WAL it returns at once.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CheckpointSqliteWalJob(IServiceScopeFactory scopes, ILogger<CheckpointSqliteWalJob> logger) : IJob
{
    public const string Name = "checkpoint-sqlite-wal";

    /// <summary>Pages above which a checkpoint is logged at Information (a bulk write's; 1,000 is SQLite's own threshold).</summary>
    private const int LoggedPages = 10_000;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var result = await CheckpointAsync(db, cancellationToken);
            if (result.Copied >= LoggedPages)
            {
                LogCheckpointed(logger, result.Copied, result.InWal, clock.Elapsed.TotalSeconds);
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / SQLITE_LOCKED: another checkpoint runs (a background connection's own); the next run goes on.
            LogBusy(logger);
        }
    }

    /// <summary>One passive checkpoint: the pages in the WAL and those copied into the database file (both -1 outside WAL mode).</summary>
    public static async Task<(int InWal, int Copied)> CheckpointAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return (reader.GetInt32(1), reader.GetInt32(2));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Checkpointed {Copied} of {InWal} WAL pages into the database file in {Seconds:0.0} s")]
    private static partial void LogCheckpointed(ILogger logger, int copied, int inWal, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The WAL checkpoint waits for the next run: another checkpoint holds it")]
    private static partial void LogBusy(ILogger logger);
}

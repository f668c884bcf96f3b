using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>
/// SQLite: a connection that finds the file locked by a writer outside the queue of <see cref="SqliteWriteGate"/> (a
/// background job, the read audit's batch, Quartz's job store) waits in SQLite's own busy handler, which tries again
/// after 1, 2, 5, 10, … up to 100 ms, for up to the connection's default command timeout (30 s unless the connection
/// string's <c>Default Timeout</c> says otherwise), instead of Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms
/// between tries (ADR 0098). Set on every connection an EF Core context opens and on each connection kept open between
/// requests (<see cref="OpenSqliteConnections"/>).
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    /// <summary>Sets SQLite's busy timeout of an open <paramref name="connection"/> to its default command timeout (0: without limit).</summary>
    public static void Apply(SqliteConnection connection)
    {
        var milliseconds = connection.DefaultTimeout <= 0 ? int.MaxValue : (int)Math.Min(connection.DefaultTimeout * 1000L, int.MaxValue);
        raw.sqlite3_busy_timeout(connection.Handle, milliseconds);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            Apply(sqlite);
        }
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }
}

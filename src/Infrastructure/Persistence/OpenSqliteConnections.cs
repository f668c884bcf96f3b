using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// SQLite connections kept OPEN between requests (issue 12, docs/read-path-performance.md). Closing a SQLite connection
/// returns it to Microsoft.Data.Sqlite's pool, which first unregisters every function EF Core registered on it
/// (<c>regexp</c>, <c>ef_add</c>, <c>ef_compare</c>, … one native call each) and registers them all again at the next
/// open: the profile of the member list at 100k members put a third of a request's time in that close. A request scope
/// that holds its connection (<see cref="RequestConnection.Hold"/>) now borrows an open connection from here
/// and gives it back open when the scope ends; EF Core, handed an open connection it does not own, neither opens nor
/// closes it. Setting <c>Database:KeepConnectionsOpen</c> (default on; SQLite only), at most
/// <c>Database:OpenConnections</c> idle connections are kept (more are closed on return).
/// </summary>
/// <remarks>
/// A connection comes back only in a clean state: open and outside any transaction (SQLite's autocommit mode). One
/// returned inside a transaction (a request that failed half-way through raw SQL) is rolled back and closed instead, so that the next request never inherits it. An idle open connection holds no lock in WAL mode
/// (a read snapshot lasts one statement outside a transaction) and does not hold back checkpoints.
/// </remarks>
/// <param name="connectionString">The database's connection string.</param>
/// <param name="options">The settings (<c>Database:OpenConnections</c>).</param>
/// <param name="prepare">Run on each new connection before it opens (EF Core's SQLite functions, <see cref="EfSqliteFunctions"/>).</param>
/// <param name="checkpointAtCommit">
/// False when a background job checkpoints the WAL (<see cref="Jobs.CheckpointSqliteWalJob"/>, ADR 0083): the connections
/// opened here serve requests and get <c>wal_autocheckpoint = 0</c>, so that no request's commit copies the WAL into the
/// database file (after a bulk import, a gigabyte).
/// </param>
public sealed class OpenSqliteConnections(string connectionString, DatabaseOptions options, Action<SqliteConnection>? prepare = null, bool checkpointAtCommit = true) : IDisposable
{
    // Last in, first out: the connection given back last is the one whose pages and prepared statements are warmest.
    private readonly ConcurrentStack<SqliteConnection> idle = new();
    private int idleCount;
    private volatile bool disposed;

    /// <summary>An open connection: an idle one, or a new one opened now.</summary>
    public SqliteConnection Rent()
    {
        while (idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref idleCount);
            if (connection.State == ConnectionState.Open)
            {
                return connection;
            }

            connection.Dispose();
        }

        var opened = new StatementCachingSqliteConnection(connectionString, options.PreparedStatementsPerConnection);
        prepare?.Invoke(opened);
        opened.Open();
        Interceptors.SqliteBusyTimeoutInterceptor.Apply(opened);
        if (!checkpointAtCommit)
        {
            using var pragma = opened.CreateCommand();
            pragma.CommandText = "PRAGMA wal_autocheckpoint = 0;";
            pragma.ExecuteNonQuery();
        }

        return opened;
    }

    /// <summary>Takes a connection back, open, if it is clean and there is room; otherwise closes it.</summary>
    public void Return(SqliteConnection connection)
    {
        var clean = !disposed && connection.State == ConnectionState.Open && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;
        if (clean && Interlocked.Increment(ref idleCount) <= options.OpenConnections)
        {
            idle.Push(connection);
            if (disposed)
            {
                Dispose();
            }

            return;
        }

        if (clean)
        {
            Interlocked.Decrement(ref idleCount);
        }
        else if (connection.State == ConnectionState.Open && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            // Closing alone would hand the native connection, still inside its transaction, to Microsoft.Data.Sqlite's pool.
            try
            {
                using var rollback = connection.CreateCommand();
                rollback.CommandText = "ROLLBACK";
                rollback.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Closed below either way; SQLite rolls back a transaction whose connection closes.
            }
        }

        connection.Dispose();
    }

    /// <summary>Closes every idle connection (the host stops).</summary>
    public void Dispose()
    {
        disposed = true;
        while (idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref idleCount);
            connection.Dispose();
        }
    }
}

/// <summary>The open connection a request scope borrowed; given back when the scope ends (after its DbContext).</summary>
public sealed class SqliteConnectionLease(OpenSqliteConnections connections) : IDisposable
{
    private SqliteConnection? connection;

    /// <summary>The borrowed connection (borrowed at the first call).</summary>
    public SqliteConnection Connection => connection ??= connections.Rent();

    public void Dispose()
    {
        if (connection is { } borrowed)
        {
            connection = null;
            connections.Return(borrowed);
        }
    }
}

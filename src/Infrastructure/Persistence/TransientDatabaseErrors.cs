using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// The database is busy or unreachable for a moment: a request that met it is answered 503 with Retry-After, not 500.
/// </summary>
public static class TransientDatabaseErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>
    /// True when <paramref name="exception"/> or an inner one is a timeout (the SQLite write queue's wait, a command's), an
    /// error the provider calls transient (SQL Server's deadlock victim, a dropped connection), or SQLite's
    /// <c>SQLITE_BUSY</c> / <c>SQLITE_LOCKED</c> once its busy handler gave up: another writer held the file past the
    /// timeout (Microsoft.Data.Sqlite does not call those transient). On SQL Server, EF Core's retry strategy retries
    /// the errors it knows to be transient (a deadlock victim, a dropped connection) and gives up with
    /// <see cref="RetryLimitExceededException"/>: busy too.
    /// </summary>
    public static bool Contains(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutException
                or RetryLimitExceededException
                or DbException { IsTransient: true }
                or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }
}

using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// A SQLite connection that keeps the statements EF Core prepares on it, for reuse by the next command with the same
/// text (issue 12, ADR 0051; docs/read-path-performance.md "Session 23"). Microsoft.Data.Sqlite prepares a statement
/// again for every new command, and EF Core makes a new command for every execution: for the member detail's first
/// statement (five joined tables, ~70 columns) that preparation cost ~190 µs of a ~220 µs execution, and SQLite's
/// parser and its allocations were the largest share of a read request's CPU once the code was tiered. These
/// connections are the ones <see cref="OpenSqliteConnections"/> keeps open between requests; a statement prepared
/// for one request is reused by the next request that borrows the same connection.
/// </summary>
/// <remarks>
/// The cache holds at most <see cref="Capacity"/> texts (setting <c>Database:PreparedStatementsPerConnection</c>; a text
/// beyond it is prepared and finalised per execution, as before). A statement is reused only between executions, never
/// while a reader of it is open (a nested execution of the same text gets a new command). Closing or disposing the
/// connection finalises every statement (Microsoft.Data.Sqlite does that for the commands it created); a schema
/// change makes SQLite re-prepare a kept statement on its next step (<c>sqlite3_prepare_v2</c>).
/// </remarks>
public sealed class StatementCachingSqliteConnection(string connectionString, int capacity) : SqliteConnection(connectionString)
{
    private readonly Dictionary<string, SqliteCommand> idle = new(StringComparer.Ordinal);

    /// <summary>Texts kept at most.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Executions that reused a prepared statement.</summary>
    public long Hits { get; private set; }

    /// <summary>Executions that prepared their statement.</summary>
    public long Misses { get; private set; }

    /// <summary>Texts whose prepared statements are kept now.</summary>
    public int Kept => idle.Count;

    /// <summary>A command for <paramref name="text"/>: the kept one (prepared) if it is idle, otherwise a new one.</summary>
    internal SqliteCommand Take(string text)
    {
        if (idle.Remove(text, out var kept))
        {
            Hits++;
            return kept;
        }

        Misses++;
        var command = CreateCommand();
        command.CommandText = text;
        return command;
    }

    /// <summary>Takes a command back after its execution: kept while there is room, finalised otherwise.</summary>
    internal void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        if (State == ConnectionState.Open && idle.Count < Capacity && idle.TryAdd(command.CommandText, command))
        {
            return;
        }

        command.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var command in idle.Values)
            {
                command.Dispose();
            }

            idle.Clear();
        }

        base.Dispose(disposing);
    }
}

/// <summary>
/// Gives EF Core's commands on a <see cref="StatementCachingSqliteConnection"/> the connection's kept statements
/// (ADR 0051). A singleton in the SQLite contexts' options; any other connection keeps EF Core's default command.
/// </summary>
public sealed class SqlitePreparedStatementsInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result) =>
        eventData.Connection is StatementCachingSqliteConnection { Capacity: > 0 } connection && !result.HasResult
            ? InterceptionResult<DbCommand>.SuppressWithResult(new KeptStatementCommand(connection))
            : result;
}

/// <summary>
/// The command EF Core fills and executes: it holds the text, parameters and transaction EF Core sets, and runs them
/// on the connection's kept command for that text, which it gives back when EF Core disposes it (after the reader).
/// </summary>
internal sealed class KeptStatementCommand(StatementCachingSqliteConnection connection) : DbCommand
{
    private readonly ParameterList parameters = new();
    private SqliteCommand? running;
    private SqliteDataReader? reader;

    [AllowNull]
    public override string CommandText { get; set; } = string.Empty;

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new ArgumentException("SQLite runs text commands only.", nameof(value));
            }
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (!ReferenceEquals(value, connection))
            {
                throw new InvalidOperationException("A command on a kept statement stays on its connection.");
            }
        }
    }

    protected override DbParameterCollection DbParameterCollection => parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel() => running?.Cancel();

    public override void Prepare()
    {
        // Prepared at the first execution of the text on this connection, and kept.
    }

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        var command = Start();
        try
        {
            reader = command.ExecuteReader(behavior);
            return reader;
        }
        catch
        {
            Finish(keep: false);
            throw;
        }
    }

    public override int ExecuteNonQuery() => Execute(static command => command.ExecuteNonQuery());

    public override object? ExecuteScalar() => Execute(static command => command.ExecuteScalar());

    protected override void Dispose(bool disposing)
    {
        if (disposing && running is not null)
        {
            if (reader is { IsClosed: false })
            {
                // A reader still open (EF Core disposes the reader first): it keeps its command, which is neither kept
                // for reuse nor finalised under it; the connection finalises it when it closes.
                running = null;
                reader = null;
            }
            else
            {
                Finish(keep: true);
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Runs <paramref name="run"/> on the kept command, which goes back to the connection if it succeeds (finalised if not).</summary>
    private T Execute<T>(Func<SqliteCommand, T> run)
    {
        var command = Start();
        var kept = false;
        try
        {
            var result = run(command);
            kept = true;
            return result;
        }
        finally
        {
            Finish(kept);
        }
    }

    private SqliteCommand Start()
    {
        if (running is not null)
        {
            throw new InvalidOperationException("This command is already executing.");
        }

        var command = connection.Take(CommandText);
        command.Transaction = (SqliteTransaction?)DbTransaction;
        command.CommandTimeout = CommandTimeout;
        foreach (SqliteParameter parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        running = command;
        return command;
    }

    private void Finish(bool keep)
    {
        var command = running!;
        running = null;
        reader = null;
        if (keep)
        {
            connection.Return(command);
        }
        else
        {
            command.Dispose();
        }
    }

    private sealed class ParameterList : SqliteParameterCollection;
}

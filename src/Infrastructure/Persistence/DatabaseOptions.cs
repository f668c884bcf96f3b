namespace PartyCommittee.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Settings section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (embedded default, a file created on first run) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. Null means: yes for SQLite, no for SQL Server.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Load the demo data (the committee from the seed report) into an empty database.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// A request keeps the connection its first query opens until it ends, instead of EF opening and closing it
    /// around each query (ADR 0038). On by default; off restores EF's default (for comparison in the benchmark).
    /// </summary>
    public bool ConnectionPerRequest { get; set; } = true;

    /// <summary>
    /// SQLite: a request scope that keeps its connection borrows one that stays OPEN between requests instead of
    /// opening and closing a pooled one (closing unregisters and the next open re-registers EF Core's SQLite functions;
    /// see <see cref="OpenSqliteConnections"/>). On by default; needs <see cref="ConnectionPerRequest"/>.
    /// </summary>
    public bool KeepConnectionsOpen { get; set; } = true;

    /// <summary>SQLite: at most this many open connections are kept idle between requests (default 64).</summary>
    public int OpenConnections { get; set; } = 64;

    /// <summary>
    /// SQLite: prepared statements kept per open connection for reuse by the next command with the same text (ADR 0051,
    /// <see cref="StatementCachingSqliteConnection"/>); default 128, 0 prepares every command anew (EF Core's default).
    /// Applies to the connections kept open between requests (<see cref="KeepConnectionsOpen"/>).
    /// </summary>
    public int PreparedStatementsPerConnection { get; set; } = 128;

    /// <summary>
    /// Contexts kept in the pool for reuse (ADR 0047; EF Core's default 1024). More concurrent scopes than this still
    /// get a context: a new one, disposed instead of pooled when given back.
    /// </summary>
    public int ContextPoolSize { get; set; } = 1024;

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public const string DefaultSqliteConnectionString = "Data Source=partycommittee.db";
}

using System.Data.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// The model, shared by both engines. Each engine has its own subclass (<see cref="SqliteAppDbContext"/>,
/// <see cref="SqlServerAppDbContext"/>) so that each keeps its own migrations in this assembly (ADR 0004).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IAppDbContext, IDataProtectionKeyContext
{
    private ContextRental? rental;
    private string? connectionString;

    /// <summary>The data-protection key ring (DataProtection.EntityFrameworkCore): every instance reads the same keys.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// The scope this context is rented to (ADR 0047: contexts are pooled), or null while it waits in the pool or when
    /// it was made outside the registered scoped context.
    /// </summary>
    public ContextRental? Rental => rental;

    /// <summary>Binds the context, just taken from the pool, to its scope (and to the connection the scope borrowed).</summary>
    internal void RentTo(ContextRental to)
    {
        if (rental is not null)
        {
            throw new InvalidOperationException("This DbContext is already rented to a scope.");
        }

        if (to.Borrowed is { } borrowed)
        {
            // Pooled contexts come back in the options' mode (a connection string): restored when given back.
            connectionString = Database.GetConnectionString();
            Database.SetDbConnection(borrowed, contextOwnsConnection: false);
        }

        rental = to;
    }

    /// <summary>
    /// Unbinds the context from its scope BEFORE EF Core puts it back in the pool (where another scope may take it at
    /// once): no caller, dispatcher, connection state or borrowed connection of this scope stays on it.
    /// </summary>
    private void GiveBack()
    {
        var returning = rental;
        rental = null;
        if (returning?.Borrowed is null)
        {
            CloseLeftOpen();
        }
        else
        {
            Database.SetDbConnection(null, contextOwnsConnection: true);
            Database.SetConnectionString(connectionString);
            connectionString = null;
        }

        // The request's working-day calendar is cached per context: a reused context must read the stored days afresh.
        this.ForgetWorkingDayCalendar();
    }

    /// <summary>
    /// A scope outside a request (a job, a test) that opened the context's own connection by hand
    /// (<c>OpenConnectionAsync</c>) and never closed it would give the pool a context whose connection EF Core counts as
    /// open: the next request's <see cref="RentTo"/> then cannot bind its borrowed connection (EF Core refuses to change
    /// an open connection) and fails. EF Core counts opens and closes; each close here undoes one open.
    /// </summary>
    private void CloseLeftOpen()
    {
        var connection = Database.GetDbConnection();
        for (var opens = 0; opens < 64 && connection.State != System.Data.ConnectionState.Closed; opens++)
        {
            Database.CloseConnection();
        }
    }

    /// <summary>Does nothing while the context is rented: only its scope's <see cref="ContextLease{TContext}"/> gives it back.</summary>
    public override void Dispose()
    {
        if (rental is null)
        {
            base.Dispose();
        }
    }

    /// <summary>Does nothing while the context is rented: only its scope's <see cref="ContextLease{TContext}"/> gives it back.</summary>
    public override ValueTask DisposeAsync() => rental is null ? base.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Unbinds the context and gives it back to the pool (the scope's lease, once).</summary>
    internal void GiveBackToPool()
    {
        GiveBack();
        base.Dispose();
    }

    /// <inheritdoc cref="GiveBackToPool"/>
    internal ValueTask GiveBackToPoolAsync()
    {
        GiveBack();
        return base.DisposeAsync();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // A save outside a transaction begins its own: the engine's turn first (SQLite's queue of writers, ADR 0098).
        using var turn = Database.CurrentTransaction is null ? (await WriteTurnAsync(cancellationToken)).Hold() : default;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException();
        }
        catch (DbUpdateException exception) when (UniqueIndexRules.IsUniqueViolation(exception))
        {
            throw UniqueIndexRules.ConflictFor(exception, Model);
        }
    }

    public void ClearChangeTracker() => ChangeTracker.Clear();

    public async Task<T> ExclusiveAsync<T>(IReadOnlyCollection<string> resources, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        // Always in the same order, so that two commands locking the same resources cannot wait for each other.
        var ordered = resources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (Database.CurrentTransaction is not null)
        {
            foreach (var resource in ordered)
            {
                await LockAsync(resource, cancellationToken);
            }

            return await work(cancellationToken);
        }

        // SQL Server retries transient failures (EnableRetryOnFailure); a retry runs the whole unit again, from a
        // clean change tracker, so that it reads, checks and writes afresh.
        using var turn = (await WriteTurnAsync(cancellationToken)).Hold();
        var attempt = 0;
        return await Database.CreateExecutionStrategy().ExecuteAsync(
            (ordered, work),
            async (_, state, token) =>
            {
                if (attempt++ > 0)
                {
                    ChangeTracker.Clear();
                }

                await using var transaction = await Database.BeginTransactionAsync(token);
                foreach (var resource in state.ordered)
                {
                    await LockAsync(resource, token);
                }

                try
                {
                    var result = await state.work(token);
                    await transaction.CommitAsync(token);
                    return result;
                }
                catch (DbException exception) when (UniqueIndexRules.IsUniqueViolation(exception))
                {
                    // A unique index refused a row written outside the change tracker (the import's set-based writer),
                    // or refused to be built again at the commit (ADR 0056): the same coded conflict as a save's.
                    throw UniqueIndexRules.ConflictFor(exception, Model);
                }
            },
            verifySucceeded: null,
            cancellationToken);
    }

    /// <summary>
    /// Takes the exclusive lock on <paramref name="resource"/> in the running transaction, until it ends. The engine
    /// decides how (<see cref="SqliteAppDbContext"/>, <see cref="SqlServerAppDbContext"/>).
    /// </summary>
    protected abstract Task LockAsync(string resource, CancellationToken cancellationToken);

    /// <summary>The engine's turn before a unit of work begins its write transaction: SQLite's queue of writers (ADR 0098); none elsewhere.</summary>
    private protected virtual ValueTask<SqliteWriteGate.Turn> WriteTurnAsync(CancellationToken cancellationToken) => default;

    /// <inheritdoc cref="WriteTurnAsync"/>
    private protected virtual SqliteWriteGate.Turn WriteTurn() => default;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var turn = Database.CurrentTransaction is null ? WriteTurn().Hold() : default;
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException();
        }
        catch (DbUpdateException exception) when (UniqueIndexRules.IsUniqueViolation(exception))
        {
            throw UniqueIndexRules.ConflictFor(exception, Model);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC: stored without a kind, read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    /// <summary>
    /// Nothing to add: SQLite has one writer at a time, and a transaction begun by EF on Microsoft.Data.Sqlite is
    /// <c>BEGIN IMMEDIATE</c>, which takes that write lock at once (waiting, up to the command timeout, for the
    /// writer before it). Every locked command is therefore serialised with every other writer.
    /// </summary>
    protected override Task LockAsync(string resource, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A lock is taken inside a transaction.");
        }

        return Task.CompletedTask;
    }

    private protected override ValueTask<SqliteWriteGate.Turn> WriteTurnAsync(CancellationToken cancellationToken) =>
        SqliteWriteGate.EnterAsync(Database.GetConnectionString()!, WriteTimeout, cancellationToken);

    private protected override SqliteWriteGate.Turn WriteTurn() => SqliteWriteGate.Enter(Database.GetConnectionString()!, WriteTimeout);

    /// <summary>
    /// As long as a command waits for the file's lock: the context's command timeout when one is set, else the
    /// connection's (the connection string's <c>Default Timeout</c>, 30 s unless it says otherwise), which SQLite's busy
    /// handler also waits (<see cref="Interceptors.SqliteBusyTimeoutInterceptor"/>). Past it the request is answered 503
    /// with Retry-After, as any busy database is. Zero: no limit, as for a command.
    /// </summary>
    private TimeSpan WriteTimeout =>
        (Database.GetCommandTimeout() ?? (Database.GetDbConnection() as SqliteConnection)?.DefaultTimeout ?? 30) is var seconds and > 0
            ? TimeSpan.FromSeconds(seconds)
            : Timeout.InfiniteTimeSpan;
}

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    /// <summary>The search index compares in ordinal order (ADR 0030): a binary collation on this engine.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        Configurations.Membership.SearchCollation.Apply(modelBuilder);
    }

    /// <summary>
    /// An application lock (<c>sp_getapplock</c>, exclusive, owned by the transaction): released when the transaction
    /// commits or rolls back. Only commands naming the same resource wait for each other. A lock not granted within
    /// 30 seconds, or a deadlock victim, fails the command.
    /// </summary>
    protected override Task LockAsync(string resource, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync(
            $"""
            DECLARE @result int;
            EXEC @result = sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 30000;
            IF @result < 0 THROW 51000, 'The application lock was not granted.', 1;
            """,
            cancellationToken);
}

internal sealed class UtcDateTimeConverter()
    : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

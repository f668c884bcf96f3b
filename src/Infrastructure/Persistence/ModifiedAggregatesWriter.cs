using System.Buffers;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Infrastructure.Persistence.Interceptors;
using SQLitePCL;

namespace PartyCommittee.Infrastructure.Persistence;

/// <inheritdoc cref="IModifiedAggregatesWriter"/>
/// <remarks>
/// What changed is EF Core's: the tracker's changes are detected once, as a save does; each entry's modified
/// properties and original values are the change tracker's, the stamps and audit JSON those of
/// <see cref="AuditingInterceptor"/>; only the statements differ. SQLite: one prepared single-row <c>UPDATE</c> per
/// shape (table and changed columns) stepped per row, as <see cref="BulkInserts"/> inserts (the change tracker's save
/// prepared, bound and read back a command per row: 15 of the 30 s of a 98k-line correction, session 56). SQL Server:
/// the same statement many times per request, within the parameters a request may carry.
/// </remarks>
internal sealed class ModifiedAggregatesWriter(IAppDbContext db, ICurrentUser user, TimeProvider time) : IModifiedAggregatesWriter
{
    /// <summary>Rows whose audit rows are made and written together (memory: a chunk's, not the load's).</summary>
    internal int RowsPerChunk { get; init; } = 5_000;

    public async Task WriteAsync<T>(IReadOnlyList<T> aggregates, CancellationToken cancellationToken)
        where T : AggregateRoot
    {
        var context = (DbContext)db;
        if (AggregateInserts.Checked(context, aggregates, "save them through it.") is not { } current)
        {
            return;
        }

        // Detected once for the whole tracker, as a save does, then read entry by entry without detecting again (each
        // Entry() would otherwise walk the aggregate's graph: 1.1 s for 400 sheets and their 98k lines).
        var automatic = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.DetectChanges();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await WriteDetectedAsync(context, current.GetDbTransaction(), aggregates, cancellationToken);
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = automatic;
        }
    }

    private async Task WriteDetectedAsync<T>(DbContext context, DbTransaction transaction, IReadOnlyList<T> aggregates, CancellationToken cancellationToken)
        where T : AggregateRoot
    {
        var shape = AggregateInserts.Of(context, typeof(T));
        var changed = Changed(context, shape, aggregates);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (root, parts, _) in changed)
        {
            // A change to a part is a change to the aggregate: its version moves (its ETag), as the interceptor does.
            if (root.State == EntityState.Unchanged && parts)
            {
                root.Property(nameof(AggregateRoot.UpdatedAt)).IsModified = true;
            }

            if (root.State == EntityState.Modified)
            {
                AuditingInterceptor.Stamp(root, now);
            }
        }

        var modified = new List<EntityEntry>();
        foreach (var table in shape.Tables)
        {
            modified.AddRange(changed.SelectMany(c => c.Entries).Where(e => e.Metadata == table.Type && e.State == EntityState.Modified));
        }

        var stamp = new AuditingInterceptor.AuditRowStamp(now, AuditingInterceptor.UserId(user), user.UserName, Activity.Current?.TraceId.ToHexString());
        var sqlite = context.Database.IsSqlite();
        var sql = context.GetService<ISqlGenerationHelper>();
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var statements = new Statements(transaction, sqlite);
        foreach (var chunk in modified.Chunk(RowsPerChunk))
        {
            var audits = new List<object>();
            foreach (var entry in chunk)
            {
                statements.Update(UpdateShape.Of(sql, entry), entry, cancellationToken);
                var plan = shape.Tables.First(t => t.Type == entry.Metadata).Plan;
                if (plan is not null && AuditingInterceptor.Changes(entry, plan, buffer) is { } json)
                {
                    audits.Add(AuditingInterceptor.Record(stamp, EntityState.Modified, plan, AuditingInterceptor.Key(entry.CurrentValues, plan), json));
                }
            }

            await statements.FlushAsync(cancellationToken);
            await AggregateInserts.InsertAsync(transaction, sqlite, shape.Audit, audits, now, cancellationToken);
        }

        foreach (var entry in modified)
        {
            entry.OriginalValues.SetValues(entry.CurrentValues);
            entry.State = EntityState.Unchanged;
        }
    }

    /// <summary>Each aggregate's entries (root first) and whether a part changed; a part added or removed, or an aggregate not tracked, is refused.</summary>
    private static List<(EntityEntry Root, bool Parts, List<EntityEntry> Entries)> Changed<T>(DbContext context, AggregateInserts shape, IReadOnlyList<T> aggregates)
        where T : AggregateRoot
    {
        var changed = new List<(EntityEntry, bool, List<EntityEntry>)>(aggregates.Count);
        var types = shape.Tables.Select(t => t.Type).ToHashSet();
        foreach (var aggregate in aggregates)
        {
            var entries = new List<EntityEntry>();
            foreach (var (_, entities) in shape.Collect([aggregate]))
            {
                foreach (var entity in entities)
                {
                    entries.Add(context.Entry(entity));
                }
            }

            var root = entries.First(e => ReferenceEquals(e.Entity, aggregate));
            if (entries.FirstOrDefault(e => e.State is not (EntityState.Unchanged or EntityState.Modified)) is { } other)
            {
                throw new NotSupportedException($"A {other.Metadata.ClrType.Name} of the {typeof(T).Name} {aggregate.Id} is {other.State}: only changed rows are written here; save added, removed or untracked ones through the change tracker.");
            }

            changed.Add((root, entries.Any(e => e != root && e.State == EntityState.Modified), entries));
        }

        // A part removed from its aggregate's collection is no longer reachable from it: the change tracker marked it deleted.
        if (context.ChangeTracker.Entries().FirstOrDefault(e => types.Contains(e.Metadata) && e.State is EntityState.Added or EntityState.Deleted) is { } pending)
        {
            throw new NotSupportedException($"A {pending.Metadata.ClrType.Name} is {pending.State}: only changed rows are written here; save added or removed ones through the change tracker.");
        }

        return changed;
    }

    /// <summary>One table's update of a set of changed columns: by key, with the concurrency tokens' original values.</summary>
    private sealed class UpdateShape
    {
        private static readonly ConditionalWeakTable<IEntityType, Dictionary<BigInteger, UpdateShape>> Cache = [];

        private UpdateShape(ISqlGenerationHelper sql, IEntityType type, IReadOnlyList<IProperty> set)
        {
            var key = type.FindPrimaryKey()!.Properties;
            var tokens = type.GetProperties().Where(p => p.IsConcurrencyToken && !p.IsPrimaryKey()).ToList();
            Set = [.. set.Select(BulkInserts.Column.Of)];
            Where = [.. key.Concat(tokens).Select(BulkInserts.Column.Of)];
            Tokens = tokens.Count;
            var table = sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
            Columns = [.. Set, .. Where];
            Text = index =>
            {
                var text = new StringBuilder("UPDATE ").Append(table).Append(" SET ");
                for (var i = 0; i < Columns.Count; i++)
                {
                    var name = BulkInserts.Name(sql, Columns[i], type);
                    var parameter = "@p" + (index + i).ToString(CultureInfo.InvariantCulture);
                    text.Append(i == 0 ? string.Empty : i == Set.Count ? " WHERE " : i < Set.Count ? ", " : " AND ").Append(name).Append(" = ").Append(parameter);
                }

                return text.ToString();
            };
        }

        /// <summary>The changed columns, set from the current values.</summary>
        public IReadOnlyList<BulkInserts.Column> Set { get; }

        /// <summary>The key's columns (current values), then the concurrency tokens' (original values).</summary>
        public IReadOnlyList<BulkInserts.Column> Where { get; }

        public int Tokens { get; }

        /// <summary><see cref="Set"/> then <see cref="Where"/>: the statement's parameters in order.</summary>
        public IReadOnlyList<BulkInserts.Column> Columns { get; }

        /// <summary>The statement with its parameters numbered from the index given.</summary>
        public Func<int, string> Text { get; }

        public static UpdateShape Of(ISqlGenerationHelper sql, EntityEntry entry)
        {
            // The changed columns as a mask of the properties' positions in the model (a shape per mask and type).
            var mask = new BigInteger();
            var position = 0;
            foreach (var property in entry.Properties)
            {
                if (property.IsModified)
                {
                    mask |= BigInteger.One << position;
                }

                position++;
            }

            var byColumns = Cache.GetValue(entry.Metadata, _ => []);
            lock (byColumns)
            {
                if (!byColumns.TryGetValue(mask, out var shape))
                {
                    byColumns[mask] = shape = new UpdateShape(sql, entry.Metadata, [.. entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata)]);
                }

                return shape;
            }
        }

        /// <summary>The statement's values for <paramref name="entry"/>, in <see cref="Columns"/> order.</summary>
        public object?[] Values(EntityEntry entry)
        {
            var values = new object?[Columns.Count];
            var tokensFrom = Columns.Count - Tokens;
            for (var i = 0; i < values.Length; i++)
            {
                var property = Columns[i].Property;
                values[i] = i >= tokensFrom ? entry.OriginalValues[property] : entry.CurrentValues[property];
            }

            return values;
        }
    }

    /// <summary>
    /// The updates of one write. SQLite: each shape's statement prepared once and stepped per row. SQL Server: a
    /// shape's rows gathered and sent many statements per request. A row that matched nothing (its version moved, or
    /// it was deleted) fails the write: 412, as the change tracker's save.
    /// </summary>
    private sealed class Statements(DbTransaction transaction, bool sqlite) : IDisposable
    {
        private readonly Dictionary<UpdateShape, sqlite3_stmt> prepared = [];
        private readonly Dictionary<UpdateShape, List<object?[]>> pending = [];

        public void Update(UpdateShape shape, EntityEntry entry, CancellationToken cancellationToken)
        {
            var values = shape.Values(entry);
            if (!sqlite)
            {
                if (!pending.TryGetValue(shape, out var rows))
                {
                    pending[shape] = rows = [];
                }

                rows.Add(values);
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var handle = ((SqliteConnection)transaction.Connection!).Handle!;
            if (!prepared.TryGetValue(shape, out var statement))
            {
                var rc = raw.sqlite3_prepare_v2(handle, shape.Text(0), out statement);
                SqliteException.ThrowExceptionForRC(rc, handle);
                prepared[shape] = statement;
            }

            BulkInserts.BindSqlite(handle, statement, shape.Columns, values);
            var step = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, handle);
            }

            if (raw.sqlite3_changes(handle) != 1)
            {
                throw new PreconditionFailedException();
            }
        }

        /// <summary>SQL Server: the gathered rows, as many statements per request as its parameters allow.</summary>
        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            foreach (var (shape, rows) in pending)
            {
                var perRequest = Math.Max(1, Math.Min(100, BulkInserts.SqlServerMaxParameters / shape.Columns.Count));
                foreach (var chunk in rows.Chunk(perRequest))
                {
                    var text = string.Join(";\n", Enumerable.Range(0, chunk.Length).Select(r => shape.Text(r * shape.Columns.Count)));
                    await using var command = BulkInserts.Prepare(transaction.Connection!, transaction, text, shape.Columns, chunk.Length);
                    for (var r = 0; r < chunk.Length; r++)
                    {
                        for (var c = 0; c < shape.Columns.Count; c++)
                        {
                            command.Parameters[(r * shape.Columns.Count) + c].Value = shape.Columns[c].ToProvider(chunk[r][c]);
                        }
                    }

                    if (await command.ExecuteNonQueryAsync(cancellationToken) != chunk.Length)
                    {
                        throw new PreconditionFailedException();
                    }
                }
            }

            pending.Clear();
        }

        public void Dispose()
        {
            foreach (var statement in prepared.Values)
            {
                statement.Dispose();
            }
        }
    }
}

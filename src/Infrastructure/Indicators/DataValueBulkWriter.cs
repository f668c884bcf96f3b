using System.Buffers;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Auditing;
using PartyCommittee.Infrastructure.Persistence.Configurations;
using static PartyCommittee.Infrastructure.Persistence.BulkInserts;

namespace PartyCommittee.Infrastructure.Indicators;

/// <summary>
/// The bulk path of data-value ingestion (issues 11 and 12): the batch's inserts, updates and audit rows go through
/// commands of its own on the context's connection and transaction, without the change tracker, the save pipeline and
/// its interceptors. What the interceptors would add is written here, the same: one <see cref="AuditEntry"/> per value
/// written, with the caller, the time, the trace, the action (<c>Insert</c>, or <c>Update</c> for a change or a
/// tombstone) and each audited field's old and new value (the fields marked not audited, like the change number, are
/// left out, as the interceptor leaves them out). Table names, column names and the conversion of each value to the
/// engine's type come from the EF model, so the same code writes to SQLite and SQL Server.
/// <para>
/// New values and the audit rows are written by <see cref="BulkInserts"/> from the model's columns: on SQLite one
/// prepared single-row <c>INSERT … VALUES</c> stepped per row (no statement journal; ADR 0083, ADR 0084), on SQL Server
/// multi-row <c>VALUES</c> lists within the 2,100 parameters a request may carry. Updates (corrections and tombstones,
/// few in a push) stay one prepared statement per row.
/// </para>
/// </summary>
internal sealed class DataValueBulkWriter(IAppDbContext db, ICurrentUser user, TimeProvider time) : IDataValueWriter
{
    /// <summary>Parameters one SQL Server request may carry (2,100, less one to spare).</summary>
    public const int SqlServerMaxParameters = BulkInserts.SqlServerMaxParameters;

    /// <summary>Rows one SQL Server <c>VALUES</c> list may hold.</summary>
    public const int SqlServerMaxRows = BulkInserts.SqlServerMaxRows;

    private static readonly ConditionalWeakTable<IModel, Shape> Shapes = [];

    public async Task WriteAsync(IReadOnlyList<DataValueWrite> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return;
        }

        var context = (DbContext)db;
        var sqlite = context.Database.IsSqlite();
        var shape = Shapes.GetValue(context.Model, model => new Shape(model, context.GetService<ISqlGenerationHelper>()));
        var database = context.Database;
        var opened = false;
        if (database.GetDbConnection().State != ConnectionState.Open)
        {
            await database.OpenConnectionAsync(cancellationToken);
            opened = true;
        }

        var own = database.CurrentTransaction is null ? await database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var connection = database.GetDbConnection();
            var transaction = database.CurrentTransaction!.GetDbTransaction();
            var now = time.GetUtcNow().UtcDateTime;
            var userId = user.UserId ?? "system";
            var userName = user.UserName;
            var traceId = Activity.Current?.TraceId.ToHexString();
            var buffer = new ArrayBufferWriter<byte>(1024);

            await WriteRowsAsync(connection, transaction, sqlite, shape, writes, [now, userId, userName, traceId], buffer, cancellationToken);

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }

            if (opened)
            {
                await database.CloseConnectionAsync();
            }
        }
    }

    public async Task<Dictionary<DataValueKey, StoredDataValue>> FindAsync(IReadOnlyCollection<DataValueKey> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<DataValueKey, StoredDataValue>(keys.Count);
        var context = (DbContext)db;
        if (!context.Database.IsSqlite())
        {
            // One query per (element, period): the values of a batch share few of both, and the unit list bounds each query.
            foreach (var group in keys.GroupBy(k => (k.Element, k.Period)))
            {
                foreach (var chunk in group.Select(k => k.Unit).Distinct().Chunk(500))
                {
                    var values = await db.Set<DataValue>().AsNoTracking()
                        .Where(v => v.DataElement == group.Key.Element && v.Period == group.Key.Period && chunk.Contains(v.UnitCode))
                        .Select(v => new { v.DataElement, v.Period, v.UnitCode, v.Disaggregation, v.Id, v.Value, v.Comment, v.StoredBy, v.IsDeleted })
                        .ToListAsync(cancellationToken);
                    foreach (var v in values)
                    {
                        found[new DataValueKey(v.DataElement, v.Period, v.UnitCode, v.Disaggregation)] = new StoredDataValue(v.Id, v.Value, v.Comment, v.StoredBy, v.IsDeleted);
                    }
                }
            }

            return found;
        }

        // SQLite: one statement, the keys as one JSON array joined (keys first: CROSS JOIN fixes the loop order) on the
        // natural-key index; only the columns the decision reads.
        var shape = Shapes.GetValue(context.Model, model => new Shape(model, context.GetService<ISqlGenerationHelper>()));
        var list = keys as IReadOnlyList<DataValueKey> ?? [.. keys];
        var buffer = new ArrayBufferWriter<byte>(64 * list.Count);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            json.WriteStartArray();
            foreach (var key in list)
            {
                json.WriteStartArray();
                json.WriteStringValue(key.Element);
                json.WriteStringValue(key.Period);
                json.WriteStringValue(key.Unit);
                json.WriteStringValue(key.Disaggregation);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        var database = context.Database;
        var opened = false;
        if (database.GetDbConnection().State != ConnectionState.Open)
        {
            await database.OpenConnectionAsync(cancellationToken);
            opened = true;
        }

        try
        {
            await using var command = Command(database.GetDbConnection(), database.CurrentTransaction?.GetDbTransaction(), shape.FindSql);
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@keys";
            parameter.Value = Encoding.UTF8.GetString(buffer.WrittenSpan);
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found[list[reader.GetInt32(0)]] = new StoredDataValue(
                    reader.GetGuid(1), reader.GetDecimal(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetBoolean(5));
            }
        }
        finally
        {
            if (opened)
            {
                await database.CloseConnectionAsync();
            }
        }

        return found;
    }

    /// <summary>The corrections and tombstones (<see cref="DataValueWrite.Before"/> set): one prepared <c>UPDATE</c> each.</summary>
    private static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, Shape shape, IReadOnlyList<DataValueWrite> writes, CancellationToken cancellationToken)
    {
        DbCommand? update = null;
        try
        {
            foreach (var write in writes)
            {
                if (write.Before is null)
                {
                    continue;
                }

                var value = write.Value;
                update ??= Prepare(connection, transaction, shape.UpdateSql, shape.UpdateColumns);
                for (var i = 0; i < shape.UpdateColumns.Count; i++)
                {
                    update.Parameters[i].Value = shape.UpdateColumns[i].ToProvider(shape.UpdateColumns[i].Get(value));
                }

                if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    throw new DBConcurrencyException($"The data value {value.Id} was not written.");
                }
            }
        }
        finally
        {
            if (update is not null)
            {
                await update.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The corrections and tombstones, then the new values and the audit rows as provider values through the model's
    /// mappings (<see cref="BulkInserts.InsertAsync"/>). The change JSON of each audit row is written typed
    /// (<see cref="DataValueChanges"/>), byte for byte what the auditing interceptor writes.
    /// </summary>
    private static async Task WriteRowsAsync(
        DbConnection connection, DbTransaction transaction, bool sqlite, Shape shape, IReadOnlyList<DataValueWrite> writes, object?[] stamp, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        var clock = ImportTimings.Start();
        await UpdateAsync(connection, transaction, shape, writes, cancellationToken);
        var changes = new DataValueChanges(shape.AuditedNames);
        var audits = new List<object?[]>(writes.Count);
        var inserts = new List<object?[]>(writes.Count);
        foreach (var write in writes)
        {
            var value = write.Value;
            if (write.Before is null)
            {
                var row = new object?[shape.InsertColumns.Count];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = shape.InsertColumns[i].Get(value);
                }

                inserts.Add(row);
            }

            buffer.ResetWrittenCount();
            if (changes.WriteChanges(buffer, value, write.Before))
            {
                audits.Add([stamp[0], stamp[1], stamp[2], write.Before is null ? "Insert" : "Update", nameof(DataValue), value.Id.ToString(), Encoding.UTF8.GetString(buffer.WrittenSpan), stamp[3]]);
            }
        }

        clock = ImportTimings.Add("write.rows+audit json", clock);
        var written = await InsertAsync(connection, transaction, sqlite, shape.Values, inserts, cancellationToken);
        clock = ImportTimings.Add("write.values", clock);
        if (written != inserts.Count)
        {
            throw new DBConcurrencyException($"{inserts.Count - written} of {inserts.Count} data values were not written.");
        }

        await InsertAsync(connection, transaction, sqlite, shape.Audit, audits, cancellationToken);
        ImportTimings.Add("write.audit", clock);
    }

    /// <summary>The statements and columns of <see cref="DataValue"/> and <see cref="AuditEntry"/> in one model (cached).</summary>
    private sealed class Shape
    {
        public Shape(IModel model, ISqlGenerationHelper sql)
        {
            var values = model.FindEntityType(typeof(DataValue))!;
            InsertColumns = Columns(values.GetProperties());
            UpdateColumns = [.. InsertColumns.Where(c => !c.Property.IsPrimaryKey()), .. InsertColumns.Where(c => c.Property.IsPrimaryKey())];
            Audited = [.. InsertColumns.Where(c => c.Property.IsAudited() && !c.Property.IsPrimaryKey())];

            Values = new InsertShape(sql, values, InsertColumns);
            string Of(string property) => Name(sql, InsertColumns.Single(c => c.Property.Name == property), values);
            FindSql = $"SELECT k.key, v.{Of(nameof(DataValue.Id))}, v.{Of(nameof(DataValue.Value))}, v.{Of(nameof(DataValue.Comment))}, v.{Of(nameof(DataValue.StoredBy))}, v.{Of(nameof(DataValue.IsDeleted))} "
                + $"FROM json_each(@keys) AS k CROSS JOIN {sql.DelimitIdentifier(values.GetTableName()!, values.GetSchema())} AS v "
                + $"WHERE v.{Of(nameof(DataValue.DataElement))} = k.value ->> 0 AND v.{Of(nameof(DataValue.Period))} = k.value ->> 1 "
                + $"AND v.{Of(nameof(DataValue.UnitCode))} = k.value ->> 2 AND v.{Of(nameof(DataValue.Disaggregation))} = k.value ->> 3";
            Audit = AuditEntryInserts.Shape(model, sql);
            var table = sql.DelimitIdentifier(values.GetTableName()!, values.GetSchema());
            var set = UpdateColumns.Count - 1;
            UpdateSql = $"UPDATE {table} SET {string.Join(", ", UpdateColumns.Take(set).Select((c, i) => $"{Name(sql, c, values)} = @p{i.ToString(CultureInfo.InvariantCulture)}"))} WHERE {Name(sql, UpdateColumns[set], values)} = @p{set.ToString(CultureInfo.InvariantCulture)}";
        }

        public IReadOnlyList<Column> InsertColumns { get; }

        public IReadOnlyList<Column> UpdateColumns { get; }

        public IReadOnlyList<Column> Audited { get; }

        /// <summary>The audited properties' names, in the model's order (the order of the change JSON).</summary>
        public IReadOnlyList<string> AuditedNames => [.. Audited.Select(c => c.Property.Name)];

        /// <summary>SQLite: the stored values of a JSON array of natural keys (<see cref="FindAsync"/>).</summary>
        public string FindSql { get; }

        public InsertShape Values { get; }

        public InsertShape Audit { get; }

        public string UpdateSql { get; }

        private static List<Column> Columns(IEnumerable<IProperty> properties) =>
            [.. properties.Select(Column.Of)];
    }

}

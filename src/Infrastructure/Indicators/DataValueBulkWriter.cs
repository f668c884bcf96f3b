using System.Buffers;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Infrastructure.Persistence.Configurations;

namespace PartyCommittee.Infrastructure.Indicators;

/// <summary>
/// The bulk path of data-value ingestion (issue 12): the batch's inserts, updates and audit rows go through three
/// prepared commands on the context's own connection and transaction, without the change tracker, the save pipeline
/// and its interceptors. What the interceptors would add is written here, the same: one <see cref="AuditEntry"/> per
/// value written, with the caller, the time, the trace, the action (<c>Insert</c>, or <c>Update</c> for a change or a
/// tombstone) and each audited field's old and new value (the fields marked not audited, like the change number, are
/// left out, as the interceptor leaves them out). Table names, column names and the conversion of each value to the
/// engine's type come from the EF model, so the same code writes to SQLite and SQL Server.
/// </summary>
internal sealed class DataValueBulkWriter(IAppDbContext db, ICurrentUser user, TimeProvider time) : IDataValueWriter
{
    private static readonly ConditionalWeakTable<IModel, Shape> Shapes = [];

    private static readonly JsonSerializerOptions ValueOptions = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public async Task WriteAsync(IReadOnlyList<DataValueWrite> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return;
        }

        var context = (DbContext)db;
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
            await using var insert = Command(connection, transaction, shape.InsertSql);
            await using var update = Command(connection, transaction, shape.UpdateSql);
            await using var audit = Command(connection, transaction, shape.AuditSql);
            var now = time.GetUtcNow().UtcDateTime;
            var userId = user.UserId ?? "system";
            var userName = user.UserName;
            var traceId = Activity.Current?.TraceId.ToHexString();
            var buffer = new ArrayBufferWriter<byte>(1024);
            foreach (var write in writes)
            {
                var value = write.Value;
                var command = write.Before is null ? insert : update;
                command.Parameters.Clear();
                var columns = write.Before is null ? shape.InsertColumns : shape.UpdateColumns;
                for (var i = 0; i < columns.Count; i++)
                {
                    command.Parameters.Add(columns[i].Mapping.CreateParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), columns[i].Get(value), columns[i].Property.IsNullable));
                }

                if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    throw new DBConcurrencyException($"The data value {value.Id} was not written.");
                }

                var changes = Changes(shape, value, write.Before, buffer);
                if (changes is null)
                {
                    continue;
                }

                object?[] auditValues = [now, userId, userName, write.Before is null ? "Insert" : "Update", nameof(DataValue), value.Id.ToString(), changes, traceId];
                audit.Parameters.Clear();
                for (var i = 0; i < shape.AuditColumns.Count; i++)
                {
                    audit.Parameters.Add(shape.AuditColumns[i].Mapping.CreateParameter(audit, "@p" + i.ToString(CultureInfo.InvariantCulture), auditValues[i], shape.AuditColumns[i].Property.IsNullable));
                }

                await audit.ExecuteNonQueryAsync(cancellationToken);
            }

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

    /// <summary>The audited fields that changed, as the auditing interceptor writes them: <c>{"field":{"old":…,"new":…}}</c>; null when none did.</summary>
    private static string? Changes(Shape shape, DataValue value, DataValueSnapshot? before, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        var any = false;
        foreach (var column in shape.Audited)
        {
            var current = column.Get(value);
            var old = before is null ? null : column.Property.Name switch
            {
                nameof(DataValue.Value) => before.Value,
                nameof(DataValue.Comment) => before.Comment,
                nameof(DataValue.StoredBy) => before.StoredBy,
                nameof(DataValue.IsDeleted) => before.IsDeleted,
                _ => current, // the natural key and the period's dates never change
            };
            if (before is not null ? Equals(old, current) : current is null)
            {
                continue;
            }

            any = true;
            json.WritePropertyName(column.JsonName);
            json.WriteStartObject();
            json.WritePropertyName("old");
            Write(json, old);
            json.WritePropertyName("new");
            Write(json, current);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.Flush();
        return any ? Encoding.UTF8.GetString(buffer.WrittenSpan) : null;
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(json, value, value.GetType(), ValueOptions);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string JsonName)
    {
        public object? Get(object entity) => Property.GetGetter().GetClrValue(entity);
    }

    /// <summary>The statements and columns of <see cref="DataValue"/> and <see cref="AuditEntry"/> in one model (cached).</summary>
    private sealed class Shape
    {
        public Shape(IModel model, ISqlGenerationHelper sql)
        {
            var values = model.FindEntityType(typeof(DataValue))!;
            var audit = model.FindEntityType(typeof(AuditEntry))!;
            InsertColumns = Columns(values.GetProperties());
            UpdateColumns = [.. InsertColumns.Where(c => !c.Property.IsPrimaryKey()), .. InsertColumns.Where(c => c.Property.IsPrimaryKey())];
            Audited = [.. InsertColumns.Where(c => c.Property.IsAudited() && !c.Property.IsPrimaryKey())];
            AuditColumns = Columns(new[]
            {
                nameof(AuditEntry.OccurredAt), nameof(AuditEntry.UserId), nameof(AuditEntry.UserName), nameof(AuditEntry.Action),
                nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityKey), nameof(AuditEntry.Changes), nameof(AuditEntry.TraceId),
            }.Select(name => audit.FindProperty(name)!));

            var table = sql.DelimitIdentifier(values.GetTableName()!, values.GetSchema());
            InsertSql = $"INSERT INTO {table} ({string.Join(", ", InsertColumns.Select(c => Name(sql, c, values)))}) VALUES ({string.Join(", ", InsertColumns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
            var set = UpdateColumns.Count - 1;
            UpdateSql = $"UPDATE {table} SET {string.Join(", ", UpdateColumns.Take(set).Select((c, i) => $"{Name(sql, c, values)} = @p{i.ToString(CultureInfo.InvariantCulture)}"))} WHERE {Name(sql, UpdateColumns[set], values)} = @p{set.ToString(CultureInfo.InvariantCulture)}";
            var auditTable = sql.DelimitIdentifier(audit.GetTableName()!, audit.GetSchema());
            AuditSql = $"INSERT INTO {auditTable} ({string.Join(", ", AuditColumns.Select(c => Name(sql, c, audit)))}) VALUES ({string.Join(", ", AuditColumns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        }

        public IReadOnlyList<Column> InsertColumns { get; }

        public IReadOnlyList<Column> UpdateColumns { get; }

        public IReadOnlyList<Column> Audited { get; }

        public IReadOnlyList<Column> AuditColumns { get; }

        public string InsertSql { get; }

        public string UpdateSql { get; }

        public string AuditSql { get; }

        private static List<Column> Columns(IEnumerable<IProperty> properties) =>
            [.. properties.Select(p => new Column(p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), JsonNamingPolicy.CamelCase.ConvertName(p.Name)))];

        private static string Name(ISqlGenerationHelper sql, Column column, IEntityType type) =>
            sql.DelimitIdentifier(column.Property.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!);
    }
}

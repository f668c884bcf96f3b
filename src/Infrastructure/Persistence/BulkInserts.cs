using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// Multi-row inserts of model entities without the change tracker (ADR 0029 "Leases and multi-row writes", ADR 0046):
/// table and column names and each value's conversion to the engine's type come from the EF model, so the same code
/// writes to SQLite (one JSON array parameter per statement, <c>INSERT … SELECT … FROM json_each(@rows)</c>) and to
/// SQL Server (a <c>VALUES</c> list within the 2,100 parameters a request may carry). Used by the data-value ingestion
/// (<see cref="Indicators.DataValueBulkWriter"/>) and the member import's writer of new members.
/// </summary>
internal static class BulkInserts
{
    /// <summary>Rows per statement on SQLite (one JSON parameter each, so the only bound is the statement's size).</summary>
    public const int SqliteRowsPerStatement = 1_000;

    /// <summary>Parameters one SQL Server request may carry (2,100, less one to spare).</summary>
    public const int SqlServerMaxParameters = 2_099;

    /// <summary>Rows one SQL Server <c>VALUES</c> list may hold.</summary>
    public const int SqlServerMaxRows = 1_000;

    /// <summary>Inserts <paramref name="rows"/> (model values, in <paramref name="table"/>'s column order) many per statement; returns the rows inserted.</summary>
    public static async Task<int> InsertAsync(
        DbConnection connection, DbTransaction transaction, bool sqlite, InsertShape table, List<object?[]> rows, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        var inserted = 0;
        if (sqlite)
        {
            await using var command = Command(connection, transaction, table.SqliteJsonSql);
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@rows";
            command.Parameters.Add(parameter);
            foreach (var chunk in rows.Chunk(SqliteRowsPerStatement))
            {
                parameter.Value = SqliteJson(table, chunk, buffer);
                inserted += await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return inserted;
        }

        var perStatement = Math.Min(SqlServerMaxRows, SqlServerMaxParameters / table.Columns.Count);
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                var command = chunk.Length == perStatement
                    ? full ??= Prepare(connection, transaction, table.ValuesSql(perStatement), table.Columns, perStatement)
                    : Prepare(connection, transaction, table.ValuesSql(chunk.Length), table.Columns, chunk.Length);
                try
                {
                    for (var r = 0; r < chunk.Length; r++)
                    {
                        for (var c = 0; c < table.Columns.Count; c++)
                        {
                            command.Parameters[(r * table.Columns.Count) + c].Value = table.Columns[c].ToProvider(chunk[r][c]);
                        }
                    }

                    inserted += await command.ExecuteNonQueryAsync(cancellationToken);
                }
                finally
                {
                    if (command != full)
                    {
                        await command.DisposeAsync();
                    }
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        return inserted;
    }

    /// <summary>
    /// The rows as one JSON array of arrays, each value as Microsoft.Data.Sqlite would bind it for the column's EF
    /// mapping (text for GUIDs, dates, times and decimals in the same formats, integers for integers and booleans), so
    /// that a value written here is stored exactly as EF stores it.
    /// </summary>
    public static string SqliteJson(InsertShape table, object?[][] rows, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    WriteSqliteValue(json, table.Columns[c].ToProvider(row[c]));
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>One provider value as Microsoft.Data.Sqlite binds it (SqliteValueBinder), as JSON.</summary>
    public static void WriteSqliteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case Guid guid:
                json.WriteStringValue(guid.ToString().ToUpperInvariant());
                break;
            case DateTime dateTime:
                json.WriteStringValue(dateTime.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture));
                break;
            case decimal number:
                json.WriteStringValue(number.ToString("0.0###########################", CultureInfo.InvariantCulture));
                break;
            case bool flag:
                json.WriteNumberValue(flag ? 1 : 0);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            default:
                throw new NotSupportedException($"No JSON form for a {value.GetType().Name} bound to SQLite.");
        }
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>A command with its parameters made once (<c>@p0</c>…, <paramref name="rows"/> times the columns); only their values change.</summary>
    public static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<Column> columns, int rows = 1)
    {
        var command = Command(connection, transaction, sql);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var index = (r * columns.Count) + c;
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, "@p" + index.ToString(CultureInfo.InvariantCulture), null, columns[c].Property.IsNullable));
            }
        }

        return command;
    }

    public sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string JsonName)
    {
        private readonly IClrPropertyGetter getter = Property.GetGetter();

        public object? Get(object entity) => getter.GetClrValue(entity);

        /// <summary>The value as the engine's provider type (the mapping's converter), <see cref="DBNull"/> for null.</summary>
        public object ToProvider(object? value) =>
            value is null ? DBNull.Value : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value : value;
    }

    /// <summary>One table's insert: its columns, and its statements for each engine.</summary>
    public sealed class InsertShape
    {
        private readonly string table;
        private readonly string columnList;

        public InsertShape(ISqlGenerationHelper sql, IEntityType type, IReadOnlyList<Column> columns)
        {
            Columns = columns;
            table = sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
            columnList = string.Join(", ", columns.Select(c => Name(sql, c, type)));
            SqliteJsonSql = $"INSERT INTO {table} ({columnList}) SELECT {string.Join(", ", columns.Select((_, i) => "value ->> " + i.ToString(CultureInfo.InvariantCulture)))} FROM jsonb_each(jsonb(@rows)) ORDER BY key";
        }

        public IReadOnlyList<Column> Columns { get; }

        /// <summary>
        /// SQLite: the rows of one JSON array parameter, inserted in their order. The parameter is converted to SQLite's
        /// binary JSON once (<c>jsonb</c>): with text JSON, <c>json_each</c> rendered each row's array as text again
        /// for every <c>value -&gt;&gt; i</c> of the row and each of those parsed it again (issue 12, session 24: ~7% of
        /// the import's write pass; half the CPU of the same insert measured alone, with the same values stored).
        /// </summary>
        public string SqliteJsonSql { get; }

        /// <summary>A <c>VALUES</c> list of <paramref name="rows"/> rows of parameters <c>@p0</c>….</summary>
        public string ValuesSql(int rows)
        {
            var text = new StringBuilder($"INSERT INTO {table} ({columnList}) VALUES ");
            for (var r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Count; c++)
                {
                    text.Append(c == 0 ? "@p" : ", @p").Append(((r * Columns.Count) + c).ToString(CultureInfo.InvariantCulture));
                }

                text.Append(')');
            }

            return text.ToString();
        }
    }


    public static string Name(ISqlGenerationHelper sql, Column column, IEntityType type) =>
        sql.DelimitIdentifier(column.Property.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!);
}

using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// Multi-row inserts of model entities without the change tracker (ADR 0029 "Leases and multi-row writes", ADR 0046):
/// table and column names and each value's conversion to the engine's type come from the EF model, so the same code
/// writes to SQLite (one prepared single-row <c>INSERT … VALUES</c> stepped per row, without a statement journal) and to
/// SQL Server (a <c>VALUES</c> list within the 2,100 parameters a request may carry). Used by the data-value ingestion
/// (<see cref="Indicators.DataValueBulkWriter"/>) and the member import's writer of new members.
/// </summary>
internal static class BulkInserts
{
    /// <summary>How Microsoft.Data.Sqlite writes a <see cref="DateTime"/> as text (SqliteValueBinder).</summary>
    public const string SqliteDateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    /// <summary>How Microsoft.Data.Sqlite writes a <see cref="decimal"/> as text (SqliteValueBinder).</summary>
    public const string SqliteDecimalFormat = "0.0###########################";

    /// <summary>Parameters one SQL Server request may carry (2,100, less one to spare).</summary>
    public const int SqlServerMaxParameters = 2_099;

    /// <summary>Rows one SQL Server <c>VALUES</c> list may hold.</summary>
    public const int SqlServerMaxRows = 1_000;

    /// <summary>Inserts <paramref name="rows"/> (model values, in <paramref name="table"/>'s column order) many per statement; returns the rows inserted.</summary>
    public static async Task<int> InsertAsync(
        DbConnection connection, DbTransaction transaction, bool sqlite, InsertShape table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var inserted = 0;
        if (sqlite)
        {
            return InsertSqlite((SqliteConnection)connection, table, rows, cancellationToken);
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
    /// SQLite: one prepared single-row <c>INSERT … VALUES</c> stepped once per row through SQLitePCL (issue 12, session
    /// 52). Inside a transaction SQLite copies every page a statement changes to a statement journal first when the
    /// statement may write several rows and may abort half-way (<c>INSERT … SELECT</c>, which the JSON-array insert was);
    /// a single-row <c>VALUES</c> insert never opens one, whatever its constraints (a foreign key it breaks fails the
    /// row at once). In the 100k-row import into the 1M register that journal was 3.6M of the 6.7M writes (session 45).
    /// The values are bound by position as Microsoft.Data.Sqlite binds them for the column's EF mapping
    /// (<see cref="SqliteStored"/>), so a row written here is stored exactly as EF stores it.
    /// </summary>
    private static int InsertSqlite(SqliteConnection connection, InsertShape table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var handle = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(handle, table.ValuesSql(1), out var statement);
        SqliteException.ThrowExceptionForRC(rc, handle);
        using (statement)
        {
            var columns = table.Columns;
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                BindSqlite(handle, statement, columns, row);
                rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(rc, handle);
                }
            }
        }

        return rows.Count;
    }

    /// <summary>Binds a row's model values to a prepared statement's parameters by position, as <see cref="SqliteStored"/> stores them.</summary>
    public static void BindSqlite(sqlite3 handle, sqlite3_stmt statement, IReadOnlyList<Column> columns, object?[] row)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var rc = SqliteStored(columns[c].ToProvider(row[c])) switch
            {
                null => raw.sqlite3_bind_null(statement, c + 1),
                string text => raw.sqlite3_bind_text(statement, c + 1, text),
                long number => raw.sqlite3_bind_int64(statement, c + 1, number),
                var other => throw new NotSupportedException($"No SQLite binding for a {other.GetType().Name}."),
            };
            SqliteException.ThrowExceptionForRC(rc, handle);
        }
    }

    /// <summary>
    /// One provider value as Microsoft.Data.Sqlite stores it for an EF mapping (SqliteValueBinder): null, text (GUIDs
    /// upper-case, dates, times and decimals in its formats) or an integer (integers and booleans).
    /// </summary>
    public static object? SqliteStored(object? value) => value switch
    {
        null or DBNull => null,
        string text => text,
        Guid guid => guid.ToString().ToUpperInvariant(),
        DateTime dateTime => dateTime.ToString(SqliteDateTimeFormat, CultureInfo.InvariantCulture),
        DateOnly date => date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture),
        decimal number => number.ToString(SqliteDecimalFormat, CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        long number => number,
        int number => (long)number,
        _ => throw new NotSupportedException($"No SQLite form for a {value.GetType().Name} bound to SQLite."),
    };

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

    public sealed record Column(IProperty Property, RelationalTypeMapping Mapping)
    {
        private readonly IClrPropertyGetter getter = Property.GetGetter();

        /// <summary>The column of a mapped property, with the type mapping EF Core binds it with.</summary>
        public static Column Of(IProperty property) => new(property, (RelationalTypeMapping)property.GetRelationalTypeMapping());

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
        }

        public IReadOnlyList<Column> Columns { get; }

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

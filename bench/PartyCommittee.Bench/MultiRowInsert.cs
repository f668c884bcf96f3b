using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace PartyCommittee.Bench;

/// <summary>
/// A prepared multi-row <c>INSERT … VALUES (…), (…), …</c>: rows are buffered and written <see cref="RowsPerStatement"/>
/// at a time with one prepared statement (the remainder by <see cref="Flush"/>). About ten times fewer statement
/// executions than one INSERT per row, which dominates the generator's time at 1M members.
/// </summary>
internal sealed partial class MultiRowInsert : IDisposable
{
    public const int RowsPerStatement = 64;

    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly string head;
    private readonly string row;
    private readonly int width;
    private readonly List<string> names;
    private readonly List<object?[]> pending = new(RowsPerStatement);
    private readonly SqliteCommand full;

    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The generator's transaction.</param>
    /// <param name="head"><c>INSERT INTO T (a, b, c) VALUES</c>.</param>
    /// <param name="row">One row's values with <c>$name</c> parameters; values are given in the order of each name's first appearance: <c>($a, 'x', $c, $a)</c>.</param>
    public MultiRowInsert(SqliteConnection connection, SqliteTransaction transaction, string head, string row)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.head = head;
        this.row = row;
        names = [.. Parameter().Matches(row).Select(m => m.Value).Distinct()];
        width = names.Count;
        full = Build(RowsPerStatement);
        full.Prepare();
    }

    public void Add(params object?[] values)
    {
        pending.Add(values);
        if (pending.Count == RowsPerStatement)
        {
            Execute(full);
        }
    }

    public void Flush()
    {
        if (pending.Count > 0)
        {
            using var rest = Build(pending.Count);
            Execute(rest);
        }
    }

    public void Dispose() => full.Dispose();

    private void Execute(SqliteCommand command)
    {
        for (var r = 0; r < pending.Count; r++)
        {
            for (var c = 0; c < width; c++)
            {
                command.Parameters[(r * width) + c].Value = pending[r][c] ?? DBNull.Value;
            }
        }

        command.ExecuteNonQuery();
        pending.Clear();
    }

    private SqliteCommand Build(int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = head + " " + string.Join(",", Enumerable.Range(0, rows).Select(r => Parameter().Replace(row, m => m.Value + "_" + r)));
        for (var r = 0; r < rows; r++)
        {
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter(name + "_" + r, null));
            }
        }

        return command;
    }

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex Parameter();
}

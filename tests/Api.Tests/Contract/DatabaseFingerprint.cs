using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PartyCommittee.Api.Tests.Contract;

/// <summary>
/// Row counts and a SHA-256 of every table of a SQLite database: two equal fingerprints mean nothing was written.
/// Quartz.NET's own tables (<c>QRTZ_*</c>) are left out: the scheduler writes them in the background on its own clock
/// (the import-job lease sweep fires every few seconds), whatever the requests do; a request's work is in our tables
/// (an import job is an <c>ImportJobs</c> row).
/// </summary>
public sealed record DatabaseFingerprint(IReadOnlyDictionary<string, long> Rows, string Hash)
{
    public static DatabaseFingerprint Take(SqliteConnection connection)
    {
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'QRTZ_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            long count = 0;
            sha.AppendData(Encoding.UTF8.GetBytes("\u0001" + table));
            while (reader.Read())
            {
                count++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "\u0000" : Convert.ToString(reader.GetValue(i) is byte[] bytes ? Convert.ToBase64String(bytes) : reader.GetValue(i), CultureInfo.InvariantCulture);
                    sha.AppendData(Encoding.UTF8.GetBytes(value + "\u001f"));
                }

                sha.AppendData("\u001e"u8);
            }

            rows[table] = count;
        }

        return new DatabaseFingerprint(rows, Convert.ToHexString(sha.GetHashAndReset()));
    }

    public string Difference(DatabaseFingerprint other) =>
        string.Join(", ", Rows.Where(r => !other.Rows.TryGetValue(r.Key, out var n) || n != r.Value)
            .Select(r => $"{r.Key}: {r.Value} → {(other.Rows.TryGetValue(r.Key, out var n) ? n : 0)}")) is { Length: > 0 } counts
            ? counts
            : "same row counts, different content";
}

/// <summary>
/// Watches a SQLite database from connections of its own. <see cref="Now"/> is the fingerprint of the database as it
/// is now, taken again only when SQLite's <c>data_version</c> says another connection committed something since the
/// last one. <see cref="PinAsync"/> keeps the database as it is at that moment (a read transaction holds its WAL
/// snapshot) without reading it, so that the fingerprint before a request is computed only when something was committed
/// during it and the answer says nothing may have been written: a refused request that wrote nothing costs two
/// <c>data_version</c> reads instead of a hash of every table before and after.
/// </summary>
public sealed class DatabaseWatch : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteConnection snapshot;
    private readonly Func<Task>? settle;
    private long version;
    private DatabaseFingerprint? current;

    /// <param name="file">The SQLite file.</param>
    /// <param name="settle">Run before each look (e.g. store the read audit records the API still holds), so that a
    /// write made by an earlier request is not counted against a later one.</param>
    public DatabaseWatch(string file, Func<Task>? settle = null)
    {
        this.settle = settle;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        connection = new SqliteConnection(connectionString);
        connection.Open();
        snapshot = new SqliteConnection(connectionString);
        snapshot.Open();
        version = DataVersion();
    }

    /// <summary>The row counts and content hash of every table now.</summary>
    public DatabaseFingerprint Now()
    {
        var now = DataVersion();
        if (current is null || now != version)
        {
            version = now;
            current = DatabaseFingerprint.Take(connection);
        }

        return current;
    }

    /// <summary>
    /// After the API has settled, holds the database as it is now until the returned pin is disposed (one pin at a
    /// time); <see cref="Pin.WrittenAsync"/> compares it with the database then.
    /// </summary>
    public async Task<Pin> PinAsync()
    {
        await SettleAsync();
        Execute(snapshot, "BEGIN");
        // A WAL reader's snapshot is taken at its transaction's first read and kept until it ends.
        Execute(snapshot, "SELECT count(*) FROM sqlite_master");
        return new Pin(this, DataVersion());
    }

    public void Dispose()
    {
        snapshot.Dispose();
        connection.Dispose();
    }

    private async Task SettleAsync()
    {
        if (settle is not null)
        {
            await settle();
        }
    }

    private long DataVersion() => (long)Execute(connection, "PRAGMA data_version")!;

    private static object? Execute(SqliteConnection on, string sql)
    {
        using var command = on.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>The database as it was when pinned.</summary>
    public sealed class Pin(DatabaseWatch watch, long pinnedVersion) : IDisposable
    {
        private bool released;

        /// <summary>
        /// After the API has settled: null when the tables (the scheduler's left out) are as they were when pinned, else
        /// what changed. Nothing is read when no other connection committed since the pin.
        /// </summary>
        public async Task<string?> WrittenAsync()
        {
            await watch.SettleAsync();
            if (watch.DataVersion() == pinnedVersion)
            {
                return null;
            }

            var before = DatabaseFingerprint.Take(watch.snapshot);
            var after = watch.Now();
            return before.Hash == after.Hash ? null : before.Difference(after);
        }

        public void Dispose()
        {
            if (!released)
            {
                released = true;
                Execute(watch.snapshot, "COMMIT");
            }
        }
    }
}

using Microsoft.Data.Sqlite;
using PartyCommittee.Api.Tests.Infrastructure;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// The test factories start from a copy of the migrated demo database (ApiFactory's template, ADR 0079); a factory that
/// migrates and loads the demo data from nothing must hold the same schema and the same rows in every table.
/// </summary>
public sealed class DatabaseTemplateTests
{
    private sealed class FromNothingApiFactory : ApiFactory
    {
        protected override bool StartsFromTemplate => false;
    }

    [Fact]
    public async Task A_factory_from_the_template_holds_what_a_first_start_writes()
    {
        using var copied = new ApiFactory();
        using var fromNothing = new FromNothingApiFactory();
        (await copied.CreateClient().GetAsync("/health/ready")).EnsureSuccessStatusCode();
        (await fromNothing.CreateClient().GetAsync("/health/ready")).EnsureSuccessStatusCode();

        var expected = Describe(fromNothing.SqliteFile!);
        var actual = Describe(copied.SqliteFile!);
        actual.Schema.ShouldBe(expected.Schema);
        actual.Rows.ShouldBe(expected.Rows);
        expected.Rows.ShouldContain(r => r.StartsWith("Members: ", StringComparison.Ordinal) && r != "Members: 0");

        // The copies are copies: two of them hold the demo data stamped at the one start that built the template,
        // and the start from nothing stamped its own.
        using var another = new ApiFactory();
        (await another.CreateClient().GetAsync("/health/ready")).EnsureSuccessStatusCode();
        var stamped = FirstStamp(copied.SqliteFile!);
        FirstStamp(another.SqliteFile!).ShouldBe(stamped);
        FirstStamp(fromNothing.SqliteFile!).ShouldNotBe(stamped);
    }

    /// <summary>The schema (every table, index and trigger) and each table's row count; the scheduler's runtime tables are one process's.</summary>
    private static (List<string> Schema, List<string> Rows) Describe(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var schema = Query(connection, "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('QRTZ_FIRED_TRIGGERS', 'QRTZ_SCHEDULER_STATE') ORDER BY name");
        var rows = tables.Select(t => $"{t}: {Query(connection, $"SELECT COUNT(*) FROM \"{t}\"")[0]}").ToList();
        return (schema, rows);
    }

    private static string FirstStamp(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Query(connection, "SELECT MIN(CreatedAt) FROM Organizations")[0];
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}

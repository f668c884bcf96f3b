using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written steps of the campaigns' line counts (ADR 0110): the triggers on <c>MemberRatings</c> that keep
/// <c>RatingLineCounts</c> equal to the lines grouped by their figures, in the statement that writes a line (relative
/// increments: an upsert per row on SQLite, one <c>MERGE … WITH (HOLDLOCK)</c> per statement on SQL Server, so
/// concurrent writers commute), and the backfill of the lines that exist. Triggers rather than the save pipeline's
/// interceptor: the campaign opening writes its lines set-based, beside the change tracker (ADR 0085), and the tests'
/// and the benchmark's writers insert and change lines by raw SQL; every one of them is counted. A migration that
/// changes a statement here drops the triggers and creates them again.
/// </summary>
public static class RatingLineCountTriggers
{
    /// <summary>The counts' table.</summary>
    public const string Table = "RatingLineCounts";

    /// <summary>The SQL Server trigger (one, for the three events); declared in the model so that EF Core does not use <c>OUTPUT</c> on the table.</summary>
    public const string SqlServerTrigger = "TR_MemberRatings_LineCounts";

    /// <summary>The SQLite triggers (one per event).</summary>
    public static readonly string[] SqliteTriggers = ["TR_MemberRatings_LineCounts_Insert", "TR_MemberRatings_LineCounts_Update", "TR_MemberRatings_LineCounts_Delete"];

    /// <summary>The figures a line is counted by, in the key's order (the nullable ones stored as an empty text).</summary>
    private static readonly string[] Figures = ["CampaignId", "CellId", "Rated", "NotRatedReason", "DecidedLevel", "ProposedLevel", "TaskGroup", "CapCodes"];

    private static readonly HashSet<string> Nullable = ["NotRatedReason", "DecidedLevel", "ProposedLevel", "TaskGroup", "CapCodes"];

    /// <summary>Counts the existing lines, then creates the triggers (the table is created before, by the migration).</summary>
    public static void Apply(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlServer())
        {
            migrationBuilder.Sql(SqlServerBackfill);
            // In EXEC: CREATE TRIGGER must begin its batch, and the idempotent script wraps each statement in IF … BEGIN … END.
            migrationBuilder.Sql($"EXEC(N'{SqlServerCreate.Replace("'", "''", StringComparison.Ordinal)}');");
            return;
        }

        migrationBuilder.Sql(SqliteBackfill);
        foreach (var statement in SqliteCreate)
        {
            migrationBuilder.Sql(statement);
        }
    }

    /// <summary>Drops the triggers (before the table is dropped).</summary>
    public static void Revert(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlServer())
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS [{SqlServerTrigger}];");
            return;
        }

        foreach (var trigger in SqliteTriggers)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
        }
    }

    private static string SqliteColumns => string.Join(", ", Figures.Select(f => $"\"{f}\""));

    private static string SqliteValues(string row) => string.Join(", ", Figures.Select(f => Nullable.Contains(f) ? $"ifnull({row}.\"{f}\", '')" : $"{row}.\"{f}\""));

    private static string SqliteUpsert(string row, int delta) => $"""
        INSERT INTO "{Table}" ({SqliteColumns}, "Count") VALUES ({SqliteValues(row)}, {delta})
            ON CONFLICT ({SqliteColumns}) DO UPDATE SET "Count" = "Count" + {delta};
        """;

    /// <summary>SQLite: the lines that exist, counted (the same key as the triggers').</summary>
    public static string SqliteBackfill => $"""
        INSERT INTO "{Table}" ({SqliteColumns}, "Count")
        SELECT {SqliteValues("r")}, count(*) FROM "MemberRatings" AS r GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
        """;

    /// <summary>SQLite: a row trigger per event; an update counts only when a figure changed.</summary>
    public static IReadOnlyList<string> SqliteCreate =>
    [
        $"""
        CREATE TRIGGER "{SqliteTriggers[0]}" AFTER INSERT ON "MemberRatings"
        BEGIN
        {SqliteUpsert("NEW", 1)}
        END;
        """,
        $"""
        CREATE TRIGGER "{SqliteTriggers[1]}" AFTER UPDATE OF {SqliteColumns} ON "MemberRatings"
        WHEN {string.Join(" OR ", Figures.Select(f => $"OLD.\"{f}\" IS NOT NEW.\"{f}\""))}
        BEGIN
        {SqliteUpsert("OLD", -1)}
        {SqliteUpsert("NEW", 1)}
        END;
        """,
        $"""
        CREATE TRIGGER "{SqliteTriggers[2]}" AFTER DELETE ON "MemberRatings"
        BEGIN
        {SqliteUpsert("OLD", -1)}
        END;
        """,
    ];

    private static string SqlServerColumns(string alias = "") => string.Join(", ", Figures.Select(f => alias.Length == 0 ? $"[{f}]" : $"[{alias}].[{f}]"));

    private static string SqlServerValues => string.Join(", ", Figures.Select(f => Nullable.Contains(f) ? $"ISNULL([{f}], N'') AS [{f}]" : $"[{f}]"));

    private static string SqlServerGroupBy => string.Join(", ", Figures.Select(f => Nullable.Contains(f) ? $"ISNULL([{f}], N'')" : $"[{f}]"));

    /// <summary>SQL Server: the lines that exist, counted.</summary>
    public static string SqlServerBackfill => $"""
        INSERT INTO [{Table}] ({SqlServerColumns()}, [Count])
        SELECT {SqlServerValues}, COUNT(*) FROM [MemberRatings] GROUP BY {SqlServerGroupBy};
        """;

    /// <summary>
    /// SQL Server: one statement trigger for the three events: the rows inserted count +1 and the rows deleted −1 (an
    /// update is both), summed per key, merged into the counts (a key the statement left unchanged is not written).
    /// </summary>
    public static string SqlServerCreate => $"""
        CREATE TRIGGER [{SqlServerTrigger}] ON [MemberRatings] AFTER INSERT, UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            MERGE [{Table}] WITH (HOLDLOCK) AS [t]
            USING (
                SELECT {SqlServerColumns()}, SUM([Delta]) AS [Delta]
                FROM (
                    SELECT {SqlServerValues}, 1 AS [Delta] FROM inserted
                    UNION ALL
                    SELECT {SqlServerValues}, -1 AS [Delta] FROM deleted) AS [x]
                GROUP BY {SqlServerColumns()}
                HAVING SUM([Delta]) <> 0) AS [s]
            ON {string.Join(" AND ", Figures.Select(f => $"[t].[{f}] = [s].[{f}]"))}
            WHEN MATCHED THEN UPDATE SET [Count] = [t].[Count] + [s].[Delta]
            WHEN NOT MATCHED THEN INSERT ({SqlServerColumns()}, [Count]) VALUES ({SqlServerColumns("s")}, [s].[Delta]);
        END;
        """;
}

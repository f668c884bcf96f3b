#nullable enable

using System.Text;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// The tables of Quartz.NET's ADO job store (clustered mode), as Quartz.NET 4.7.3 reads and writes them, for SQLite and
/// SQL Server, created by the migration so that the scheduler starts on a ready schema and only validates it
/// (<c>SchemaProvisioning.Validate</c>, see Infrastructure/Jobs/BackgroundJobs.cs). Each statement creates only what is
/// missing, so running it again is harmless. Call <see cref="Create"/> from a migration's Up and <see cref="Drop"/> from
/// its Down. When Quartz is upgraded, compare with the schema that version expects (its start-up validation fails
/// otherwise, naming the missing table or column).
/// </summary>
public static class QuartzSchemaSql
{
    public const string Prefix = "QRTZ_";

    // Column types are written once in a neutral form: S(n) text, L bigint, I int, B bit, X binary, T long text, D decimal.
    private static readonly (string Table, string[] Columns, string Key, string? Reference)[] Tables =
    [
        ("JOB_DETAILS", ["SCHED_NAME S120!", "JOB_NAME S150!", "JOB_GROUP S150!", "DESCRIPTION S250", "JOB_CLASS_NAME S250!", "IS_DURABLE B!", "IS_NONCONCURRENT B!", "IS_UPDATE_DATA B!", "REQUESTS_RECOVERY B!", "JOB_DATA X"],
            "SCHED_NAME,JOB_NAME,JOB_GROUP", null),
        ("TRIGGERS", ["SCHED_NAME S120!", "TRIGGER_NAME S150!", "TRIGGER_GROUP S150!", "JOB_NAME S150!", "JOB_GROUP S150!", "DESCRIPTION S250", "NEXT_FIRE_TIME L", "PREV_FIRE_TIME L", "PRIORITY I",
            "TRIGGER_STATE S16!", "TRIGGER_TYPE S8!", "START_TIME L!", "END_TIME L", "CALENDAR_NAME S200", "MISFIRE_INSTR I", "MISFIRE_ORIG_FIRE_TIME L", "EXECUTION_GROUP S200", "PREFERRED_NODE S200",
            "PREFERRED_NODE_AUTO B!0", "RETRY_POLICY S250", "RETRY_ATTEMPT I", "CONTINUES_TRIGGER_NAME S150", "CONTINUES_TRIGGER_GROUP S150", "CONTINUATION_CONDITION I", "OVERLAP_POLICY I",
            "PAUSE_REASON S250", "PAUSED_BY S200", "PAUSED_AT L", "MISFIRE_THRESHOLD L", "FIXED_DELAY B", "JOB_DATA X"],
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", "SCHED_NAME,JOB_NAME,JOB_GROUP>JOB_DETAILS"),
        ("SIMPLE_TRIGGERS", ["SCHED_NAME S120!", "TRIGGER_NAME S150!", "TRIGGER_GROUP S150!", "REPEAT_COUNT L!", "REPEAT_INTERVAL L!", "TIMES_TRIGGERED L!"],
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP>TRIGGERS*"),
        ("CRON_TRIGGERS", ["SCHED_NAME S120!", "TRIGGER_NAME S150!", "TRIGGER_GROUP S150!", "CRON_EXPRESSION S250!", "TIME_ZONE_ID S80"],
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP>TRIGGERS*"),
        ("SIMPROP_TRIGGERS", ["SCHED_NAME S120!", "TRIGGER_NAME S150!", "TRIGGER_GROUP S150!", "STR_PROP_1 S512", "STR_PROP_2 S512", "STR_PROP_3 S512", "INT_PROP_1 I", "INT_PROP_2 I",
            "LONG_PROP_1 L", "LONG_PROP_2 L", "DEC_PROP_1 D", "DEC_PROP_2 D", "BOOL_PROP_1 B", "BOOL_PROP_2 B", "TIME_ZONE_ID S80"],
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP>TRIGGERS*"),
        ("BLOB_TRIGGERS", ["SCHED_NAME S120!", "TRIGGER_NAME S150!", "TRIGGER_GROUP S150!", "BLOB_DATA X"],
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP>TRIGGERS*"),
        ("CALENDARS", ["SCHED_NAME S120!", "CALENDAR_NAME S200!", "CALENDAR X!"], "SCHED_NAME,CALENDAR_NAME", null),
        ("PAUSED_TRIGGER_GRPS", ["SCHED_NAME S120!", "TRIGGER_GROUP S150!", "PAUSE_REASON S250", "PAUSED_BY S200", "PAUSED_AT L"], "SCHED_NAME,TRIGGER_GROUP", null),
        ("PAUSED_JOB_GRPS", ["SCHED_NAME S120!", "JOB_GROUP S150!", "PAUSE_REASON S250", "PAUSED_BY S200", "PAUSED_AT L"], "SCHED_NAME,JOB_GROUP", null),
        ("FIRED_TRIGGERS", ["SCHED_NAME S120!", "ENTRY_ID S140!", "TRIGGER_NAME S150!", "TRIGGER_GROUP S150!", "INSTANCE_NAME S200!", "FIRED_TIME L!", "SCHED_TIME L!", "PRIORITY I!", "STATE S16!",
            "JOB_NAME S150", "JOB_GROUP S150", "IS_NONCONCURRENT B", "REQUESTS_RECOVERY B", "EXECUTION_GROUP S200", "PROGRESS I", "PROGRESS_MESSAGE S250", "INTERRUPT_REQUESTED_TIME L"],
            "SCHED_NAME,ENTRY_ID", null),
        ("SCHEDULER_STATE", ["SCHED_NAME S120!", "INSTANCE_NAME S200!", "LAST_CHECKIN_TIME L!", "CHECKIN_INTERVAL L!", "QUARTZ_VERSION S20"], "SCHED_NAME,INSTANCE_NAME", null),
        ("LOCKS", ["SCHED_NAME S120!", "LOCK_NAME S40!"], "SCHED_NAME,LOCK_NAME", null),
        ("EXECUTION_HISTORY", ["SCHED_NAME S120!", "ENTRY_ID S140!", "INSTANCE_NAME S200!", "JOB_NAME S150!", "JOB_GROUP S150!", "TRIGGER_NAME S150!", "TRIGGER_GROUP S150!", "FIRED_TIME L!", "RUN_TIME L!",
            "SUCCEEDED B!", "ERROR_MESSAGE S1000", "RETRY_ATTEMPT I!0", "RETRY_SCHEDULED B!0", "EXECUTION_LOG T", "RESULT I", "SUMMARY S1000", "METRICS T", "MANUAL B", "FIRE_INSTANCE_ID S140",
            "JOB_INPUT T", "JOB_INPUT_TOO_LARGE B"],
            "SCHED_NAME,ENTRY_ID", null),
        ("MISFIRE_HISTORY", ["SCHED_NAME S120!", "ENTRY_ID S140!", "INSTANCE_NAME S200!", "TRIGGER_NAME S150!", "TRIGGER_GROUP S150!", "JOB_NAME S150", "JOB_GROUP S150", "MISFIRE_TIME L!", "SCHED_TIME L", "REASON I"],
            "SCHED_NAME,ENTRY_ID", null),
        ("JOB_STATUS", ["SCHED_NAME S120!", "JOB_GROUP S150!", "JOB_NAME S150!", "FIRST_FIRED_TIME L!", "LAST_FIRED_TIME L!", "LAST_RESULT I!", "LAST_RUN_TIME L!", "LAST_INSTANCE_NAME S200!",
            "LAST_ENTRY_ID S140", "LAST_SUMMARY S1000", "LAST_SUCCESS_TIME L", "LAST_FAILURE_TIME L", "LAST_FAILURE_MESSAGE S1000", "CONSECUTIVE_FAILURES I!0", "RUN_COUNT L!0", "FAILURE_COUNT L!0"],
            "SCHED_NAME,JOB_GROUP,JOB_NAME", null),
    ];

    private static readonly (string Name, string Table, string Columns)[] Indexes =
    [
        ("J_G_N", "JOB_DETAILS", "SCHED_NAME,JOB_GROUP,JOB_NAME"),
        ("T_J", "TRIGGERS", "SCHED_NAME,JOB_NAME,JOB_GROUP"),
        ("T_G_N", "TRIGGERS", "SCHED_NAME,TRIGGER_GROUP,TRIGGER_NAME"),
        ("T_C", "TRIGGERS", "SCHED_NAME,CALENDAR_NAME"),
        ("T_NFT_ST", "TRIGGERS", "SCHED_NAME,TRIGGER_STATE,NEXT_FIRE_TIME,PRIORITY DESC,MISFIRE_INSTR"),
        ("FT_INST_JOB_REQ_RCVRY", "FIRED_TRIGGERS", "SCHED_NAME,INSTANCE_NAME,REQUESTS_RECOVERY"),
        ("FT_J_G", "FIRED_TRIGGERS", "SCHED_NAME,JOB_NAME,JOB_GROUP"),
        ("FT_T_G", "FIRED_TRIGGERS", "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP"),
        ("EH_FIRED_TIME", "EXECUTION_HISTORY", "SCHED_NAME,FIRED_TIME"),
        ("EH_INST", "EXECUTION_HISTORY", "SCHED_NAME,INSTANCE_NAME"),
        ("MH_MISFIRE_TIME", "MISFIRE_HISTORY", "SCHED_NAME,MISFIRE_TIME"),
    ];

    /// <summary>Creates the scheduler's tables for the migration's engine.</summary>
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in Statements(IsSqlServer(migrationBuilder)))
        {
            migrationBuilder.Sql(statement);
        }
    }

    /// <summary>Drops them (children first).</summary>
    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var sqlServer = IsSqlServer(migrationBuilder);
        foreach (var (table, _, _, _) in Tables.Reverse())
        {
            migrationBuilder.Sql(sqlServer
                ? $"IF OBJECT_ID(N'{Prefix}{table}', N'U') IS NOT NULL DROP TABLE {Prefix}{table};"
                : $"DROP TABLE IF EXISTS {Prefix}{table};");
        }
    }

    /// <summary>The statements, one per table, trigger and index, for SQL Server or SQLite.</summary>
    public static IEnumerable<string> Statements(bool sqlServer)
    {
        foreach (var (table, columns, key, reference) in Tables)
        {
            var sql = new StringBuilder();
            sql.Append("CREATE TABLE ").Append(sqlServer ? string.Empty : "IF NOT EXISTS ").Append(Prefix).Append(table).Append(" (");
            sql.AppendJoin(", ", columns.Select(c => Column(c, sqlServer)));
            sql.Append(", CONSTRAINT PK_").Append(Prefix).Append(table).Append(" PRIMARY KEY (").Append(key).Append(')');
            if (reference is not null)
            {
                var cascade = reference.EndsWith('*');
                var (from, to) = (reference.Split('>')[0], reference.Split('>')[1].TrimEnd('*'));
                sql.Append(", CONSTRAINT FK_").Append(Prefix).Append(table).Append('_').Append(Prefix).Append(to)
                    .Append(" FOREIGN KEY (").Append(from).Append(") REFERENCES ").Append(Prefix).Append(to).Append(" (").Append(from).Append(')')
                    .Append(cascade ? " ON DELETE CASCADE" : string.Empty);
            }

            sql.Append(')');
            yield return sqlServer ? $"IF OBJECT_ID(N'{Prefix}{table}', N'U') IS NULL {sql};" : sql + ";";
        }

        if (!sqlServer)
        {
            // SQLite's foreign keys cascade only when enforced on the connection: the job store relies on these instead.
            foreach (var child in new[] { "SIMPLE_TRIGGERS", "SIMPROP_TRIGGERS", "CRON_TRIGGERS", "BLOB_TRIGGERS" })
            {
                yield return $"CREATE TRIGGER IF NOT EXISTS {Prefix}DELETE_{child[..^1]} DELETE ON {Prefix}TRIGGERS BEGIN DELETE FROM {Prefix}{child} "
                    + "WHERE SCHED_NAME=OLD.SCHED_NAME AND TRIGGER_NAME=OLD.TRIGGER_NAME AND TRIGGER_GROUP=OLD.TRIGGER_GROUP; END;";
            }
        }

        foreach (var (name, table, columns) in Indexes)
        {
            yield return sqlServer
                ? $"IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IDX_{Prefix}{name}') CREATE INDEX IDX_{Prefix}{name} ON {Prefix}{table} ({columns});"
                : $"CREATE INDEX IF NOT EXISTS IDX_{Prefix}{name} ON {Prefix}{table} ({columns});";
        }
    }

    private static string Column(string spec, bool sqlServer)
    {
        var (name, type) = (spec.Split(' ')[0], spec.Split(' ')[1]);
        var required = type.Contains('!', StringComparison.Ordinal);
        var parts = type.Split('!');
        var kind = parts[0];
        var defaultValue = parts.Length > 1 && parts[1].Length > 0 ? " DEFAULT " + parts[1] : string.Empty;
        var sqlType = kind[0] switch
        {
            'S' => $"{(sqlServer ? "nvarchar" : "NVARCHAR")}({kind[1..]})",
            'L' => sqlServer ? "bigint" : "BIGINT",
            'I' => sqlServer ? "int" : "INTEGER",
            'B' => sqlServer ? "bit" : "BIT",
            'X' => sqlServer ? "varbinary(max)" : "BLOB",
            'T' => sqlServer ? "nvarchar(max)" : "TEXT",
            'D' => sqlServer ? "numeric(13,4)" : "NUMERIC",
            _ => throw new InvalidOperationException($"Unknown column type in '{spec}'."),
        };
        return $"{name} {sqlType} {(required ? "NOT NULL" : "NULL")}{defaultValue}";
    }

    private static bool IsSqlServer(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider?.Contains("SqlServer", StringComparison.Ordinal) == true;
}

using Microsoft.EntityFrameworkCore.Migrations;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Data step of the attendance counts kept with each meeting (ADR 0092): every existing meeting's counts recounted by
/// the statement the save pipeline runs for the meetings a transaction touched (<see cref="MeetingAttendanceRecount"/>),
/// without its filter. A meeting the step did not reach (none: it runs in the migration's transaction) would be tested
/// attendance by attendance by the statistics.
/// </summary>
public static class MeetingAttendanceCountsBackfill
{
    public static string Sqlite => MeetingAttendanceRecount.SqliteRecountAll;

    public static string SqlServer => MeetingAttendanceRecount.SqlServerRecountAll;

    public static void Apply(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(migrationBuilder.IsSqlServer() ? SqlServer : Sqlite);
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written data step of the lines' copy of their sheet's month and cell (ADR 0105): every existing line's
/// <c>Month</c> and <c>OrganizationId</c> set from its sheet, as <c>DuesSheet.Open</c> sets them for a new one. Run
/// before the member-ordered index of the lines in arrears is built, so that the index is written once. The benchmark
/// generator writes the columns with its lines.
/// </summary>
public static class DuesLineSheetCopyBackfill
{
    public static void Apply(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(migrationBuilder.IsSqlServer() ? SqlServer : Sqlite);

    public const string Sqlite = """
        UPDATE "DuesLines" SET "Month" = s."Month", "OrganizationId" = s."OrganizationId"
        FROM "DuesSheets" AS s WHERE s."Id" = "DuesLines"."SheetId";
        """;

    public const string SqlServer = """
        UPDATE l SET l.[Month] = s.[Month], l.[OrganizationId] = s.[OrganizationId]
        FROM [DuesLines] AS l INNER JOIN [DuesSheets] AS s ON s.[Id] = l.[SheetId];
        """;
}

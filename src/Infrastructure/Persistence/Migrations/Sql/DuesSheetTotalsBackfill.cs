using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written data step of the stored sheet totals (ADR 0065): every existing sheet's line count and sums set from
/// its lines, as <c>DuesSheet</c> sets them (the arrears a line owes never below zero; the share kept rounded once per
/// sheet, half away from zero: amounts are not negative, so <c>(paid × percent + 50) / 100</c> in integers). A sheet
/// without lines keeps the columns' zeros. The benchmark generator runs the same SQLite text after writing its lines.
/// </summary>
public static class DuesSheetTotalsBackfill
{
    public static void Apply(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(migrationBuilder.IsSqlServer() ? SqlServer : Sqlite);

    public const string Sqlite = """
        UPDATE "DuesSheets"
        SET "LineCount" = t."Lines", "TotalDue" = t."Due", "TotalExempted" = t."Exempted", "TotalPaid" = t."Paid",
            "TotalArrears" = t."Arrears", "Retained" = (t."Paid" * "DuesSheets"."RetentionPercent" + 50) / 100
        FROM (SELECT "SheetId", COUNT(*) AS "Lines", SUM("Due") AS "Due", SUM("Exempted") AS "Exempted", SUM("Paid") AS "Paid",
                     SUM(CASE WHEN "Due" > "Paid" THEN "Due" - "Paid" ELSE 0 END) AS "Arrears"
              FROM "DuesLines" GROUP BY "SheetId") AS t
        WHERE t."SheetId" = "DuesSheets"."Id";
        """;

    public const string SqlServer = """
        UPDATE [s]
        SET [LineCount] = [t].[Lines], [TotalDue] = [t].[Due], [TotalExempted] = [t].[Exempted], [TotalPaid] = [t].[Paid],
            [TotalArrears] = [t].[Arrears], [Retained] = ([t].[Paid] * [s].[RetentionPercent] + 50) / 100
        FROM [DuesSheets] AS [s]
        JOIN (SELECT [SheetId], COUNT(*) AS [Lines], SUM([Due]) AS [Due], SUM([Exempted]) AS [Exempted], SUM([Paid]) AS [Paid],
                     SUM(CASE WHEN [Due] > [Paid] THEN [Due] - [Paid] ELSE CAST(0 AS bigint) END) AS [Arrears]
              FROM [DuesLines] GROUP BY [SheetId]) AS [t] ON [t].[SheetId] = [s].[Id];
        """;
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written data step of the stored line arrears (ADR 0066): every existing line's <c>Arrears</c> set from its
/// amounts, as <c>DuesLine</c> sets it (due less paid, never below zero: the column's default 0 stays where nothing is
/// owed). Run before the partial index is built, so that the index is written once. The benchmark generator writes
/// the column with its lines.
/// </summary>
public static class DuesLineArrearsBackfill
{
    public static void Apply(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(migrationBuilder.IsSqlServer() ? SqlServer : Sqlite);

    public const string Sqlite = """
        UPDATE "DuesLines" SET "Arrears" = "Due" - "Paid" WHERE "Due" > "Paid";
        """;

    public const string SqlServer = """
        UPDATE [DuesLines] SET [Arrears] = [Due] - [Paid] WHERE [Due] > [Paid];
        """;
}

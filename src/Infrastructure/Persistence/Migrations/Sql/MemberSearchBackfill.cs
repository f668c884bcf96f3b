using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written data step of the member search index (ADR 0030): fills <c>MemberNameTokens</c> (the folded name from
/// the start of each word) and <c>MemberNameWords</c> (its words) from the existing members' <c>NameFolded</c>, with a
/// recursive query that cuts the name at each space (folded names have single spaces, none at either end). Call it
/// from the migration that creates the two tables, after they exist. The benchmark generator runs the same SQL after
/// it has written its members.
/// </summary>
public static class MemberSearchBackfill
{
    public static void Apply(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(migrationBuilder.IsSqlServer() ? SqlServer : Sqlite);

    public const string Sqlite = """
        INSERT OR IGNORE INTO "MemberNameTokens" ("Token", "MemberId")
        WITH RECURSIVE "s"("MemberId", "Rest") AS (
            SELECT "Id", "NameFolded" FROM "Members" WHERE "NameFolded" <> ''
            UNION ALL
            SELECT "MemberId", substr("Rest", instr("Rest", ' ') + 1) FROM "s" WHERE instr("Rest", ' ') > 0)
        SELECT "Rest", "MemberId" FROM "s";

        INSERT OR IGNORE INTO "MemberNameWords" ("Word")
        WITH RECURSIVE "s"("Rest") AS (
            SELECT DISTINCT "NameFolded" FROM "Members" WHERE "NameFolded" <> ''
            UNION ALL
            SELECT substr("Rest", instr("Rest", ' ') + 1) FROM "s" WHERE instr("Rest", ' ') > 0)
        SELECT DISTINCT CASE WHEN instr("Rest", ' ') > 0 THEN substr("Rest", 1, instr("Rest", ' ') - 1) ELSE "Rest" END FROM "s";
        """;

    public const string SqlServer = """
        WITH [s] ([MemberId], [Rest]) AS (
            SELECT [Id], CAST([NameFolded] AS varchar(128)) FROM [Members] WHERE [NameFolded] <> ''
            UNION ALL
            SELECT [MemberId], CAST(SUBSTRING([Rest], CHARINDEX(' ', [Rest]) + 1, 128) AS varchar(128)) FROM [s] WHERE CHARINDEX(' ', [Rest]) > 0)
        INSERT INTO [MemberNameTokens] ([Token], [MemberId])
        SELECT DISTINCT [Rest], [MemberId] FROM [s]
        OPTION (MAXRECURSION 0);

        WITH [s] ([Rest]) AS (
            SELECT DISTINCT CAST([NameFolded] AS varchar(128)) FROM [Members] WHERE [NameFolded] <> ''
            UNION ALL
            SELECT CAST(SUBSTRING([Rest], CHARINDEX(' ', [Rest]) + 1, 128) AS varchar(128)) FROM [s] WHERE CHARINDEX(' ', [Rest]) > 0)
        INSERT INTO [MemberNameWords] ([Word])
        SELECT DISTINCT LEFT([Rest], CHARINDEX(' ', [Rest] + ' ') - 1) FROM [s]
        OPTION (MAXRECURSION 0);
        """;
}

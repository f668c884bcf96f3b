using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written data step of the card register (ADR 0020): every member whose record carries a party card number
/// gets that card in the register, as a card issued before the record was kept here (<c>Recorded</c>, date unknown,
/// in force). Call it from the migration that creates <c>PartyCards</c>, after the table exists.
/// </summary>
public static class PartyCardBackfill
{
    public static void Apply(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlServer())
        {
            migrationBuilder.Sql("""
                INSERT INTO [PartyCards] ([Id], [MemberId], [Number], [Issue], [IssuedOn], [DecisionNumber], [ReplacesCardId], [Status], [EndedOn], [EndReason])
                SELECT NEWID(), [Id], [PartyCardNumber], 'Recorded', NULL, NULL, NULL, 'Valid', NULL, NULL
                FROM [Members] WHERE [PartyCardNumber] IS NOT NULL;
                """);
            return;
        }

        // SQLite stores a Guid as upper-case text with dashes.
        migrationBuilder.Sql("""
            INSERT INTO "PartyCards" ("Id", "MemberId", "Number", "Issue", "IssuedOn", "DecisionNumber", "ReplacesCardId", "Status", "EndedOn", "EndReason")
            SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12),
                   "Id", "PartyCardNumber", 'Recorded', NULL, NULL, NULL, 'Valid', NULL, NULL
            FROM (SELECT "Id", "PartyCardNumber", hex(randomblob(16)) AS h FROM "Members" WHERE "PartyCardNumber" IS NOT NULL);
            """);
    }
}

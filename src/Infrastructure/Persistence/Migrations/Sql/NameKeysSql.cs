using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written data steps for the name keys. The folding and sort-key rules are C# (<c>VietnameseText</c>), so a
/// migration cannot recompute the keys in SQL: it blanks them, and <see cref="NameKeyRefresh"/> (run after every
/// migration, at start-up and by <c>migrate</c>) recomputes the blank ones in C#. Same SQL on SQLite and SQL Server.
/// </summary>
public static class NameKeysSql
{
    /// <summary>
    /// Marks every member's and admission case's keys for recomputation (branch caltext: one tone per syllable in the
    /// sort key, Ð/ð folded to d). Call it from the migration that changes the rules.
    /// </summary>
    public static void InvalidateNameKeys(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("UPDATE Members SET NameSortKey = '';");
        migrationBuilder.Sql("UPDATE AdmissionCases SET NameSortKey = '';");
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// ADR 0082: the staged dated count changes (a large transaction's, merged into the main table by a background job),
    /// with the main table's columns and key, <c>WITHOUT ROWID</c> as it is.
    /// </summary>
    public partial class StagedCountChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // As the main table (ADR 0062): WITHOUT ROWID, the rows in the key's B-tree. EF Core has no annotation for it.
            migrationBuilder.Sql("""
                CREATE TABLE "MembershipCountChangesStaged" (
                    "OrganizationId" TEXT NOT NULL,
                    "Dimension" TEXT NOT NULL,
                    "Value" TEXT NOT NULL,
                    "Day" TEXT NOT NULL,
                    "Delta" INTEGER NOT NULL,
                    CONSTRAINT "PK_MembershipCountChangesStaged" PRIMARY KEY ("OrganizationId", "Dimension", "Value", "Day")
                ) WITHOUT ROWID;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MembershipCountChangesStaged");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Asof_DatedCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MembershipCountChanges",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Delta = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipCountChanges", x => new { x.OrganizationId, x.Dimension, x.Value, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipCountChanges_Day",
                table: "MembershipCountChanges",
                columns: new[] { "OrganizationId", "Day", "Dimension", "Value", "Delta" });

            // Hand-written: empties the dated counts and marks their C# backfill as pending (Migrations/Sql/MembershipCountChangesBackfill.cs).
            Sql.MembershipCountChangesBackfill.MarkPending(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MembershipCountChanges");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Preagg_MembershipCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MembershipCounts",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Dimension = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipCounts", x => new { x.OrganizationId, x.Dimension, x.Value });
                });

            // Hand-written: today's counts of the existing members (Migrations/Sql/MembershipCountsBackfill.cs).
            Sql.MembershipCountsBackfill.Apply(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_Members_BirthDate",
                table: "Members",
                columns: new[] { "DateOfBirth", "Status", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_SeniorityFrom",
                table: "Members",
                columns: new[] { "SeniorityCountedFrom", "Status", "OrganizationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MembershipCounts");

            migrationBuilder.DropIndex(
                name: "IX_Members_BirthDate",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_SeniorityFrom",
                table: "Members");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SeatsGapsLeasesDatedCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "InterruptionDecidedOn",
                table: "Transfers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterruptionDecision",
                table: "Transfers",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterruptionDecisionNumber",
                table: "Transfers",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterruptionDismissalReason",
                table: "Transfers",
                type: "nvarchar(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "InterruptionGapId",
                table: "Transfers",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "ImportJobs",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntil",
                table: "ImportJobs",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PreviousRoundId",
                table: "Elections",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Elections",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SeatedOn",
                table: "Elections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ElectionId",
                table: "BodyMemberships",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MembershipCountChanges",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Dimension = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Delta = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipCountChanges", x => new { x.OrganizationId, x.Dimension, x.Value, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_Status_LeaseUntil",
                table: "ImportJobs",
                columns: new[] { "Status", "LeaseUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_Elections_PreviousRoundId",
                table: "Elections",
                column: "PreviousRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_BodyMemberships_ElectionId",
                table: "BodyMemberships",
                column: "ElectionId");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipCountChanges_Day",
                table: "MembershipCountChanges",
                columns: new[] { "OrganizationId", "Day", "Dimension", "Value", "Delta" });

            migrationBuilder.AddForeignKey(
                name: "FK_BodyMemberships_Elections_ElectionId",
                table: "BodyMemberships",
                column: "ElectionId",
                principalTable: "Elections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Elections_Elections_PreviousRoundId",
                table: "Elections",
                column: "PreviousRoundId",
                principalTable: "Elections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            Sql.MembershipCountChangesBackfill.MarkPending(migrationBuilder);
            Sql.AcademicTitleRepair.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BodyMemberships_Elections_ElectionId",
                table: "BodyMemberships");

            migrationBuilder.DropForeignKey(
                name: "FK_Elections_Elections_PreviousRoundId",
                table: "Elections");

            migrationBuilder.DropTable(
                name: "MembershipCountChanges");

            migrationBuilder.DropIndex(
                name: "IX_ImportJobs_Status_LeaseUntil",
                table: "ImportJobs");

            migrationBuilder.DropIndex(
                name: "IX_Elections_PreviousRoundId",
                table: "Elections");

            migrationBuilder.DropIndex(
                name: "IX_BodyMemberships_ElectionId",
                table: "BodyMemberships");

            migrationBuilder.DropColumn(
                name: "InterruptionDecidedOn",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "InterruptionDecision",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "InterruptionDecisionNumber",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "InterruptionDismissalReason",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "InterruptionGapId",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "ImportJobs");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "ImportJobs");

            migrationBuilder.DropColumn(
                name: "PreviousRoundId",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "SeatedOn",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "ElectionId",
                table: "BodyMemberships");
        }
    }
}

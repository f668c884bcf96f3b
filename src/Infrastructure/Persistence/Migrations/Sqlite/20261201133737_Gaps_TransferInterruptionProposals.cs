using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Gaps_TransferInterruptionProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "InterruptionDecidedOn",
                table: "Transfers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterruptionDecision",
                table: "Transfers",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterruptionDecisionNumber",
                table: "Transfers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterruptionDismissalReason",
                table: "Transfers",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "InterruptionGapId",
                table: "Transfers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}

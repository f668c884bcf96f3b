using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Xferseats_TransferCauseAndTemporarySteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Cause",
                table: "Transfers",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CauseOn",
                table: "Transfers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConvertedOn",
                table: "Transfers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtendedOn",
                table: "Transfers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReturnedOn",
                table: "Transfers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Cause",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "CauseOn",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "ConvertedOn",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "ExtendedOn",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "ReturnedOn",
                table: "Transfers");
        }
    }
}

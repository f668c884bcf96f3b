using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Seats_ElectionRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PreviousRoundId",
                table: "Elections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Elections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateIndex(
                name: "IX_Elections_PreviousRoundId",
                table: "Elections",
                column: "PreviousRoundId");

            migrationBuilder.AddForeignKey(
                name: "FK_Elections_Elections_PreviousRoundId",
                table: "Elections",
                column: "PreviousRoundId",
                principalTable: "Elections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Elections_Elections_PreviousRoundId",
                table: "Elections");

            migrationBuilder.DropIndex(
                name: "IX_Elections_PreviousRoundId",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "PreviousRoundId",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Elections");
        }
    }
}

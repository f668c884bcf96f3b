using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Seats_ElectionSeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "SeatedOn",
                table: "Elections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ElectionId",
                table: "BodyMemberships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_BodyMemberships_ElectionId",
                table: "BodyMemberships",
                column: "ElectionId");

            migrationBuilder.AddForeignKey(
                name: "FK_BodyMemberships_Elections_ElectionId",
                table: "BodyMemberships",
                column: "ElectionId",
                principalTable: "Elections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BodyMemberships_Elections_ElectionId",
                table: "BodyMemberships");

            migrationBuilder.DropIndex(
                name: "IX_BodyMemberships_ElectionId",
                table: "BodyMemberships");

            migrationBuilder.DropColumn(
                name: "SeatedOn",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "ElectionId",
                table: "BodyMemberships");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search_MemberSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberNameTokens",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberNameTokens", x => new { x.Token, x.MemberId });
                    table.ForeignKey(
                        name: "FK_MemberNameTokens_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberNameWords",
                columns: table => new
                {
                    Word = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberNameWords", x => x.Word);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MemberNameTokens_MemberId",
                table: "MemberNameTokens",
                column: "MemberId");

            // Hand-written data step: the index of the members already recorded (ADR 0030).
            Sql.MemberSearchBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberNameTokens");

            migrationBuilder.DropTable(
                name: "MemberNameWords");
        }
    }
}

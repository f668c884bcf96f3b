using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RatingLineCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RatingLineCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CellId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rated = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotRatedReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProposedLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TaskGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CapCodes = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingLineCounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RatingLineCounts_Figures",
                table: "RatingLineCounts",
                columns: new[] { "CampaignId", "CellId", "Rated", "NotRatedReason", "DecidedLevel", "ProposedLevel", "TaskGroup", "CapCodes" },
                unique: true);

            // Hand-written: the existing lines counted, then the triggers that keep the counts (Migrations/Sql/RatingLineCountTriggers.cs, ADR 0110).
            Sql.RatingLineCountTriggers.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Sql.RatingLineCountTriggers.Revert(migrationBuilder);

            migrationBuilder.DropTable(
                name: "RatingLineCounts");
        }
    }
}

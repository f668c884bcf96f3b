using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CellId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rated = table.Column<bool>(type: "bit", nullable: false),
                    NotRatedReason = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DecidedLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ProposedLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TaskGroup = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CapCodes = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
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

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CoveringIndexesForStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberStatusPeriods_MemberId_StartsOn",
                table: "MemberStatusPeriods");

            migrationBuilder.DropIndex(
                name: "IX_MemberPlacements_OrganizationId_StartsOn",
                table: "MemberPlacements");

            migrationBuilder.CreateIndex(
                name: "IX_MemberStatusPeriods_MemberId_StartsOn_EndsOn_Status",
                table: "MemberStatusPeriods",
                columns: new[] { "MemberId", "StartsOn", "EndsOn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberRatings_CampaignFigures",
                table: "MemberRatings",
                columns: new[] { "CampaignId", "CellId", "Rated", "NotRatedReason", "DecidedLevel", "ProposedLevel", "TaskGroup", "CapCodes", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberRatings_CampaignLevels",
                table: "MemberRatings",
                columns: new[] { "CampaignId", "CellId", "Rated", "DecidedLevel", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberPlacements_OrganizationId_StartsOn_EndsOn_MemberId",
                table: "MemberPlacements",
                columns: new[] { "OrganizationId", "StartsOn", "EndsOn", "MemberId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberStatusPeriods_MemberId_StartsOn_EndsOn_Status",
                table: "MemberStatusPeriods");

            migrationBuilder.DropIndex(
                name: "IX_MemberRatings_CampaignFigures",
                table: "MemberRatings");

            migrationBuilder.DropIndex(
                name: "IX_MemberRatings_CampaignLevels",
                table: "MemberRatings");

            migrationBuilder.DropIndex(
                name: "IX_MemberPlacements_OrganizationId_StartsOn_EndsOn_MemberId",
                table: "MemberPlacements");

            migrationBuilder.CreateIndex(
                name: "IX_MemberStatusPeriods_MemberId_StartsOn",
                table: "MemberStatusPeriods",
                columns: new[] { "MemberId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberPlacements_OrganizationId_StartsOn",
                table: "MemberPlacements",
                columns: new[] { "OrganizationId", "StartsOn" });
        }
    }
}

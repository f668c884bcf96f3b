using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RatingLinesExcusedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberRatings_CampaignFigures",
                table: "MemberRatings");

            migrationBuilder.CreateIndex(
                name: "IX_MemberRatings_Excused",
                table: "MemberRatings",
                columns: new[] { "CampaignId", "MemberId", "CellId", "Rated" },
                filter: "NotRatedReason = 'ExemptOrSuspended'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberRatings_Excused",
                table: "MemberRatings");

            migrationBuilder.CreateIndex(
                name: "IX_MemberRatings_CampaignFigures",
                table: "MemberRatings",
                columns: new[] { "CampaignId", "CellId", "Rated", "NotRatedReason", "DecidedLevel", "ProposedLevel", "TaskGroup", "CapCodes", "Id" });
        }
    }
}

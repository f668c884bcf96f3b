using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CampaignStepsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MemberRatings_CampaignSteps",
                table: "MemberRatings",
                columns: new[] { "CampaignId", "CellId", "Rated", "DecidedLevel", "ProposedLevel", "SelfAssessedOn", "ProposedOn", "DecidedOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberRatings_CampaignSteps",
                table: "MemberRatings");
        }
    }
}

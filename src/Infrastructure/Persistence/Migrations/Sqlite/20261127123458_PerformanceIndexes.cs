using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Members_Search",
                table: "Members",
                columns: new[] { "NameFolded", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Statistics",
                table: "Members",
                columns: new[] { "Status", "OrganizationId", "Sex", "EthnicityCode", "DateOfBirth", "AdmissionDecisionDate", "GeneralEducation", "ProfessionalLevel", "PoliticalTheoryLevel", "IsProvincialCommitteeMember" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Status",
                table: "Members",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_MemberPlacements_StartsOn",
                table: "MemberPlacements",
                column: "StartsOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_Search",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_Statistics",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_Status",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_MemberPlacements_StartsOn",
                table: "MemberPlacements");
        }
    }
}

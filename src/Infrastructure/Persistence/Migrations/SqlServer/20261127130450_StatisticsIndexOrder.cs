using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StatisticsIndexOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_Statistics",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_Statistics",
                table: "Members",
                columns: new[] { "Status", "Sex", "EthnicityCode", "GeneralEducation", "ProfessionalLevel", "PoliticalTheoryLevel", "IsProvincialCommitteeMember", "OrganizationId", "DateOfBirth", "AdmissionDecisionDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_Statistics",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_Statistics",
                table: "Members",
                columns: new[] { "Status", "OrganizationId", "Sex", "EthnicityCode", "DateOfBirth", "AdmissionDecisionDate", "GeneralEducation", "ProfessionalLevel", "PoliticalTheoryLevel", "IsProvincialCommitteeMember" });
        }
    }
}

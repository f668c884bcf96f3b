using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MembersAdmissionDateCarriesStatusAndCell : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_AdmissionDate",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_AdmissionDate",
                table: "Members",
                columns: new[] { "AdmissionDecisionDate", "NameSortKey", "Status", "OrganizationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_AdmissionDate",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_AdmissionDate",
                table: "Members",
                columns: new[] { "AdmissionDecisionDate", "NameSortKey" });
        }
    }
}

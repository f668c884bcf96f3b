using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BirthDateAndMeetingIndexesCoverTheirReaders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_BirthDate",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_CellMeetings_OrganizationId_HeldOn",
                table: "CellMeetings");

            migrationBuilder.CreateIndex(
                name: "IX_Members_BirthDate",
                table: "Members",
                columns: new[] { "DateOfBirth", "NameSortKey", "Status", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CellMeetings_OrganizationId_HeldOn_Kind",
                table: "CellMeetings",
                columns: new[] { "OrganizationId", "HeldOn", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_BirthDate",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_CellMeetings_OrganizationId_HeldOn_Kind",
                table: "CellMeetings");

            migrationBuilder.CreateIndex(
                name: "IX_Members_BirthDate",
                table: "Members",
                columns: new[] { "DateOfBirth", "Status", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CellMeetings_OrganizationId_HeldOn",
                table: "CellMeetings",
                columns: new[] { "OrganizationId", "HeldOn" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MembersOrganizationIndexCarriesStatusAndFoldedName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_OrganizationId_NameSortKey",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_OrganizationId_NameSortKey",
                table: "Members",
                columns: new[] { "OrganizationId", "NameSortKey", "Id", "Status", "NameFolded" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_OrganizationId_NameSortKey",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_OrganizationId_NameSortKey",
                table: "Members",
                columns: new[] { "OrganizationId", "NameSortKey" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MemberIndexesCoverTheirFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_NameSortKey",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_Search",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_Subtree_Dates",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_NameSortKey",
                table: "Members",
                columns: new[] { "NameSortKey", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Search",
                table: "Members",
                columns: new[] { "NameFolded", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Subtree_Dates",
                table: "Members",
                columns: new[] { "OrganizationId", "Status", "DateOfBirth", "SeniorityCountedFrom", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_NameSortKey",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_Search",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_Subtree_Dates",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_NameSortKey",
                table: "Members",
                columns: new[] { "NameSortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Search",
                table: "Members",
                columns: new[] { "NameFolded", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Subtree_Dates",
                table: "Members",
                columns: new[] { "OrganizationId", "Status", "DateOfBirth", "SeniorityCountedFrom" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MembersFullMembershipDateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Members_FullMembershipDate",
                table: "Members",
                column: "FullMembershipDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_FullMembershipDate",
                table: "Members");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// ADR 0070: the dated counts' day index dropped; every reader seeks the table's key. Down re-creates it.
    /// </summary>
    public partial class DropCountChangesDayIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MembershipCountChanges_Day",
                table: "MembershipCountChanges");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MembershipCountChanges_Day",
                table: "MembershipCountChanges",
                columns: new[] { "OrganizationId", "Day", "Dimension", "Value", "Delta" });
        }
    }
}

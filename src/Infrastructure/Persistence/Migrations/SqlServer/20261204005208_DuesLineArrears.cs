using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DuesLineArrears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DuesLines_Unpaid",
                table: "DuesLines");

            migrationBuilder.AddColumn<long>(
                name: "Arrears",
                table: "DuesLines",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Hand-written: the existing lines' arrears from their amounts, before the index is built
            // (Migrations/Sql/DuesLineArrearsBackfill.cs).
            Sql.DuesLineArrearsBackfill.Apply(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_DuesLines_Arrears",
                table: "DuesLines",
                columns: new[] { "SheetId", "MemberId", "Excused", "Paid" },
                filter: "Arrears > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DuesLines_Arrears",
                table: "DuesLines");

            migrationBuilder.DropColumn(
                name: "Arrears",
                table: "DuesLines");

            migrationBuilder.CreateIndex(
                name: "IX_DuesLines_Unpaid",
                table: "DuesLines",
                columns: new[] { "SheetId", "MemberId", "Excused" },
                filter: "Due > 0 AND Paid = 0");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DuesSheetTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LineCount",
                table: "DuesSheets",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "Retained",
                table: "DuesSheets",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TotalArrears",
                table: "DuesSheets",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TotalDue",
                table: "DuesSheets",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TotalExempted",
                table: "DuesSheets",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TotalPaid",
                table: "DuesSheets",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_DuesLines_Unpaid",
                table: "DuesLines",
                columns: new[] { "SheetId", "MemberId", "Excused" },
                filter: "Due > 0 AND Paid = 0");

            // Hand-written: the existing sheets' totals from their lines (Migrations/Sql/DuesSheetTotalsBackfill.cs).
            Sql.DuesSheetTotalsBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DuesLines_Unpaid",
                table: "DuesLines");

            migrationBuilder.DropColumn(
                name: "LineCount",
                table: "DuesSheets");

            migrationBuilder.DropColumn(
                name: "Retained",
                table: "DuesSheets");

            migrationBuilder.DropColumn(
                name: "TotalArrears",
                table: "DuesSheets");

            migrationBuilder.DropColumn(
                name: "TotalDue",
                table: "DuesSheets");

            migrationBuilder.DropColumn(
                name: "TotalExempted",
                table: "DuesSheets");

            migrationBuilder.DropColumn(
                name: "TotalPaid",
                table: "DuesSheets");
        }
    }
}

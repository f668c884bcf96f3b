using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DuesLineSheetMonthAndCell : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Month",
                table: "DuesLines",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "DuesLines",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Hand-written: the existing lines' month and cell from their sheet, before the index is built
            // (Migrations/Sql/DuesLineSheetCopyBackfill.cs).
            Sql.DuesLineSheetCopyBackfill.Apply(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_DuesLines_MemberArrears",
                table: "DuesLines",
                columns: new[] { "MemberId", "Month", "OrganizationId", "Excused", "Paid", "Arrears" },
                filter: "Arrears > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DuesLines_MemberArrears",
                table: "DuesLines");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "DuesLines");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "DuesLines");
        }
    }
}

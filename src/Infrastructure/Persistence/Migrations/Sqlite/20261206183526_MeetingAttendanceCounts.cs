using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingAttendanceCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ExpectedAttendances",
                table: "CellMeetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PresentAttendances",
                table: "CellMeetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CellMeetings_Uncounted",
                table: "CellMeetings",
                column: "ExpectedAttendances",
                filter: "ExpectedAttendances IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CellMeetings_Uncounted",
                table: "CellMeetings");

            migrationBuilder.DropColumn(
                name: "ExpectedAttendances",
                table: "CellMeetings");

            migrationBuilder.DropColumn(
                name: "PresentAttendances",
                table: "CellMeetings");
        }
    }
}

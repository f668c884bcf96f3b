using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PresentAttendances",
                table: "CellMeetings",
                type: "int",
                nullable: true);

            // Hand-written: the existing meetings' counts from their attendances (Migrations/Sql/MeetingAttendanceCountsBackfill.cs).
            Sql.MeetingAttendanceCountsBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpectedAttendances",
                table: "CellMeetings");

            migrationBuilder.DropColumn(
                name: "PresentAttendances",
                table: "CellMeetings");
        }
    }
}

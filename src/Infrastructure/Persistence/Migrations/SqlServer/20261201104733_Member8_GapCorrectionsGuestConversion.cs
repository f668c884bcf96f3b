using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Member8_GapCorrectionsGuestConversion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConvertedMemberId",
                table: "TemporaryGuests",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConvertedOn",
                table: "TemporaryGuests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConvertedTransferId",
                table: "TemporaryGuests",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AmendsGapId",
                table: "MemberSeniorityGaps",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "MemberSeniorityGaps",
                type: "nvarchar(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedByDecisionDate",
                table: "MemberSeniorityGaps",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedByDecisionNumber",
                table: "MemberSeniorityGaps",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReplacedByGapId",
                table: "MemberSeniorityGaps",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GuestMeetingAttendances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GuestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuestMeetingAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuestMeetingAttendances_CellMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CellMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuestMeetingAttendances_TemporaryGuests_GuestId",
                        column: x => x.GuestId,
                        principalTable: "TemporaryGuests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuestMeetingAttendances_GuestId_MeetingId",
                table: "GuestMeetingAttendances",
                columns: new[] { "GuestId", "MeetingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuestMeetingAttendances_MeetingId",
                table: "GuestMeetingAttendances",
                column: "MeetingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuestMeetingAttendances");

            migrationBuilder.DropColumn(
                name: "ConvertedMemberId",
                table: "TemporaryGuests");

            migrationBuilder.DropColumn(
                name: "ConvertedOn",
                table: "TemporaryGuests");

            migrationBuilder.DropColumn(
                name: "ConvertedTransferId",
                table: "TemporaryGuests");

            migrationBuilder.DropColumn(
                name: "AmendsGapId",
                table: "MemberSeniorityGaps");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "MemberSeniorityGaps");

            migrationBuilder.DropColumn(
                name: "EndedByDecisionDate",
                table: "MemberSeniorityGaps");

            migrationBuilder.DropColumn(
                name: "EndedByDecisionNumber",
                table: "MemberSeniorityGaps");

            migrationBuilder.DropColumn(
                name: "ReplacedByGapId",
                table: "MemberSeniorityGaps");
        }
    }
}

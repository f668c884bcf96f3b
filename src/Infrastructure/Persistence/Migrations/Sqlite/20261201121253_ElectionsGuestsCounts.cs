using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ElectionsGuestsCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConvertedMemberId",
                table: "TemporaryGuests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConvertedOn",
                table: "TemporaryGuests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConvertedTransferId",
                table: "TemporaryGuests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AmendsGapId",
                table: "MemberSeniorityGaps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "MemberSeniorityGaps",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedByDecisionDate",
                table: "MemberSeniorityGaps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedByDecisionNumber",
                table: "MemberSeniorityGaps",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReplacedByGapId",
                table: "MemberSeniorityGaps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedPoints",
                table: "MemberRatings",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SelfPoints",
                table: "MemberRatings",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Elections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TermId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Office = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleSetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BallotsIssued = table.Column<int>(type: "INTEGER", nullable: true),
                    BallotsValid = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Irregularities = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Elections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Elections_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Elections_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GuestMeetingAttendances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GuestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "MembershipCounts",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipCounts", x => new { x.OrganizationId, x.Dimension, x.Value });
                });

            migrationBuilder.CreateTable(
                name: "ElectionCandidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Votes = table.Column<int>(type: "INTEGER", nullable: true),
                    Elected = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElectionCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElectionCandidates_Elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "Elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ElectionCandidates_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ElectionVoters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElectionVoters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElectionVoters_Elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "Elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ElectionVoters_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Members_BirthDate",
                table: "Members",
                columns: new[] { "DateOfBirth", "Status", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_SeniorityFrom",
                table: "Members",
                columns: new[] { "SeniorityCountedFrom", "Status", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ElectionCandidates_ElectionId_MemberId",
                table: "ElectionCandidates",
                columns: new[] { "ElectionId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ElectionCandidates_MemberId",
                table: "ElectionCandidates",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Elections_OrganizationId_TermId_HeldOn",
                table: "Elections",
                columns: new[] { "OrganizationId", "TermId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Elections_TermId",
                table: "Elections",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionVoters_ElectionId_MemberId",
                table: "ElectionVoters",
                columns: new[] { "ElectionId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ElectionVoters_MemberId",
                table: "ElectionVoters",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_GuestMeetingAttendances_GuestId_MeetingId",
                table: "GuestMeetingAttendances",
                columns: new[] { "GuestId", "MeetingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuestMeetingAttendances_MeetingId",
                table: "GuestMeetingAttendances",
                column: "MeetingId");

            // Hand-written: today's counts of the existing members (Migrations/Sql/MembershipCountsBackfill.cs).
            Sql.MembershipCountsBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ElectionCandidates");

            migrationBuilder.DropTable(
                name: "ElectionVoters");

            migrationBuilder.DropTable(
                name: "GuestMeetingAttendances");

            migrationBuilder.DropTable(
                name: "MembershipCounts");

            migrationBuilder.DropTable(
                name: "Elections");

            migrationBuilder.DropIndex(
                name: "IX_Members_BirthDate",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_SeniorityFrom",
                table: "Members");

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

            migrationBuilder.DropColumn(
                name: "ProposedPoints",
                table: "MemberRatings");

            migrationBuilder.DropColumn(
                name: "SelfPoints",
                table: "MemberRatings");
        }
    }
}

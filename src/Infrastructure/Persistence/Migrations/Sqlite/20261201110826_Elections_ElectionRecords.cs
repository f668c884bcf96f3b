using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Elections_ElectionRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ElectionCandidates");

            migrationBuilder.DropTable(
                name: "ElectionVoters");

            migrationBuilder.DropTable(
                name: "Elections");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cards_CardsBadgesReorganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BadgeAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Years = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RuleSetCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BadgeAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BadgeAwards_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationMoves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReorganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromParentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToParentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationMoves_Organizations_FromParentId",
                        column: x => x.FromParentId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganizationMoves_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganizationMoves_Organizations_ToParentId",
                        column: x => x.ToParentId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartyCards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 8, nullable: false),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReplacesCardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyCards_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartyCards_PartyCards_ReplacesCardId",
                        column: x => x.ReplacesCardId,
                        principalTable: "PartyCards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_MemberId_Years",
                table: "BadgeAwards",
                columns: new[] { "MemberId", "Years" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_RoundDate",
                table: "BadgeAwards",
                column: "RoundDate");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationMoves_FromParentId",
                table: "OrganizationMoves",
                column: "FromParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationMoves_OrganizationId_On",
                table: "OrganizationMoves",
                columns: new[] { "OrganizationId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationMoves_ReorganizationId",
                table: "OrganizationMoves",
                column: "ReorganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationMoves_ToParentId",
                table: "OrganizationMoves",
                column: "ToParentId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyCards_MemberId_Status",
                table: "PartyCards",
                columns: new[] { "MemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyCards_Number",
                table: "PartyCards",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_PartyCards_ReplacesCardId",
                table: "PartyCards",
                column: "ReplacesCardId");

            // Hand-written data step (ADR 0020): the card numbers already recorded become cards of the register.
            Sql.PartyCardBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BadgeAwards");

            migrationBuilder.DropTable(
                name: "OrganizationMoves");

            migrationBuilder.DropTable(
                name: "PartyCards");
        }
    }
}

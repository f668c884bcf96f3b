using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Massrate_Ratings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CivilServantRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RuleSetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CivilServantRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CivilServantRatings_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CivilServantRatings_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MassOrganizationRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MassOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadingOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsStrong = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassOrganizationRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MassOrganizationRatings_MassOrganizations_MassOrganizationId",
                        column: x => x.MassOrganizationId,
                        principalTable: "MassOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MassOrganizationRatings_Organizations_LeadingOrganizationId",
                        column: x => x.LeadingOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MassOrganizationRatingCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CorrectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreviousLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassOrganizationRatingCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MassOrganizationRatingCorrections_MassOrganizationRatings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "MassOrganizationRatings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartyDocuments_OrganizationId_Issuer_Number",
                table: "PartyDocuments",
                columns: new[] { "OrganizationId", "Issuer", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CivilServantRatings_MemberId_Year",
                table: "CivilServantRatings",
                columns: new[] { "MemberId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CivilServantRatings_OrganizationId_Year",
                table: "CivilServantRatings",
                columns: new[] { "OrganizationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CivilServantRatings_Year_PersonKey",
                table: "CivilServantRatings",
                columns: new[] { "Year", "PersonKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MassOrganizationRatingCorrections_RatingId",
                table: "MassOrganizationRatingCorrections",
                column: "RatingId");

            migrationBuilder.CreateIndex(
                name: "IX_MassOrganizationRatings_LeadingOrganizationId_Year",
                table: "MassOrganizationRatings",
                columns: new[] { "LeadingOrganizationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_MassOrganizationRatings_MassOrganizationId_Year",
                table: "MassOrganizationRatings",
                columns: new[] { "MassOrganizationId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CivilServantRatings");

            migrationBuilder.DropTable(
                name: "MassOrganizationRatingCorrections");

            migrationBuilder.DropTable(
                name: "MassOrganizationRatings");

            migrationBuilder.DropIndex(
                name: "IX_PartyDocuments_OrganizationId_Issuer_Number",
                table: "PartyDocuments");
        }
    }
}

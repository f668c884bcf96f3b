using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Ratings_AnnualRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RatingCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    RuleSetCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Step = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingCampaigns_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CellId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rated = table.Column<bool>(type: "bit", nullable: false),
                    NotRatedReason = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Arrangement = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OtherOrganization = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    OtherOrganizationComments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    TaskGroup = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SelfLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    SelfScore = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    SelfComments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SelfAssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProposedLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    ProposedScore = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    ProposalComments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConcludedDegraded = table.Column<bool>(type: "bit", nullable: false),
                    UnderHalfTargets = table.Column<bool>(type: "bit", nullable: false),
                    SickLeaveMonths = table.Column<int>(type: "int", nullable: false),
                    CapCodes = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    DecidedLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    DecidedScore = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberRatings_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberRatings_Organizations_CellId",
                        column: x => x.CellId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberRatings_RatingCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "RatingCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Comments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationRatings_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganizationRatings_RatingCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "RatingCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RatingCampaignSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Step = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReachedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkingDaysLate = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingCampaignSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingCampaignSteps_RatingCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "RatingCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RatingCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RatingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CorrectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FromLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ToLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ToScore = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingCorrections_MemberRatings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "MemberRatings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MemberRatings_CampaignId_MemberId",
                table: "MemberRatings",
                columns: new[] { "CampaignId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberRatings_CellId",
                table: "MemberRatings",
                column: "CellId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberRatings_MemberId",
                table: "MemberRatings",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationRatings_CampaignId_OrganizationId",
                table: "OrganizationRatings",
                columns: new[] { "CampaignId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationRatings_OrganizationId",
                table: "OrganizationRatings",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_RatingCampaigns_OrganizationId_Year",
                table: "RatingCampaigns",
                columns: new[] { "OrganizationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RatingCampaignSteps_CampaignId_Step",
                table: "RatingCampaignSteps",
                columns: new[] { "CampaignId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RatingCorrections_RatingId",
                table: "RatingCorrections",
                column: "RatingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganizationRatings");

            migrationBuilder.DropTable(
                name: "RatingCampaignSteps");

            migrationBuilder.DropTable(
                name: "RatingCorrections");

            migrationBuilder.DropTable(
                name: "MemberRatings");

            migrationBuilder.DropTable(
                name: "RatingCampaigns");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Insp_InspectionProgrammesAndCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InspectionProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionProgrammes_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoveredFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoveredTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ScheduleFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ScheduleTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionCases_InspectionProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "InspectionProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InspectionCases_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionProgrammeItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionProgrammeItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionProgrammeItems_InspectionProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "InspectionProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionProgrammeItems_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InspectionProgrammeItems_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionRecommendations_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkingDaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    VotesFor = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAgainst = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAbstaining = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionSteps_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionSubjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionSubjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionSubjects_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionSubjects_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InspectionSubjects_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsLeader = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionTeamMembers_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionTeamMembers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionRecommendationProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionRecommendationProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionRecommendationProgress_InspectionRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "InspectionRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Violation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Article = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionFindings_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionFindings_InspectionSubjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "InspectionSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionCases_OrganizationId_DecidedOn",
                table: "InspectionCases",
                columns: new[] { "OrganizationId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionCases_ProgrammeId",
                table: "InspectionCases",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_CaseId",
                table: "InspectionFindings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_SubjectId",
                table: "InspectionFindings",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionProgrammeItems_MemberId",
                table: "InspectionProgrammeItems",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionProgrammeItems_OrganizationId",
                table: "InspectionProgrammeItems",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionProgrammeItems_ProgrammeId",
                table: "InspectionProgrammeItems",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionProgrammes_OrganizationId_Year_IssuedBy",
                table: "InspectionProgrammes",
                columns: new[] { "OrganizationId", "Year", "IssuedBy" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRecommendationProgress_RecommendationId",
                table: "InspectionRecommendationProgress",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRecommendations_CaseId",
                table: "InspectionRecommendations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRecommendations_DoneOn_DueOn",
                table: "InspectionRecommendations",
                columns: new[] { "DoneOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionSteps_CaseId_Step",
                table: "InspectionSteps",
                columns: new[] { "CaseId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionSubjects_CaseId",
                table: "InspectionSubjects",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionSubjects_MemberId",
                table: "InspectionSubjects",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionSubjects_OrganizationId",
                table: "InspectionSubjects",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTeamMembers_CaseId",
                table: "InspectionTeamMembers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTeamMembers_MemberId",
                table: "InspectionTeamMembers",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionFindings");

            migrationBuilder.DropTable(
                name: "InspectionProgrammeItems");

            migrationBuilder.DropTable(
                name: "InspectionRecommendationProgress");

            migrationBuilder.DropTable(
                name: "InspectionSteps");

            migrationBuilder.DropTable(
                name: "InspectionTeamMembers");

            migrationBuilder.DropTable(
                name: "InspectionSubjects");

            migrationBuilder.DropTable(
                name: "InspectionRecommendations");

            migrationBuilder.DropTable(
                name: "InspectionCases");

            migrationBuilder.DropTable(
                name: "InspectionProgrammes");
        }
    }
}

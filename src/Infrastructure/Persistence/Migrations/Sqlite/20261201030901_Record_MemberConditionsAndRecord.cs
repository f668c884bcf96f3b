using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Record_MemberConditionsAndRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_Statistics",
                table: "Members");

            migrationBuilder.AddColumn<string>(
                name: "LeavingReason",
                table: "MemberStatusPeriods",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcademicTitle",
                table: "Members",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Awards",
                table: "Members",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForeignLanguages",
                table: "Members",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ItLevel",
                table: "Members",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Occupation",
                table: "Members",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReadmissionDecisionDate",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReadmissionDecisionNumber",
                table: "Members",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SeniorityCountedFrom",
                table: "Members",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "YouthUnionJoinedOn",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MemberConditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    DecidedByOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndDecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberConditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberConditions_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberFamilyRelations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Occupation = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PoliticalHistory = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberFamilyRelations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberFamilyRelations_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberQualificationPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GeneralEducation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProfessionalLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PoliticalTheoryLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberQualificationPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberQualificationPeriods_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberRecordCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionIssuer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberRecordCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberRecordCorrections_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberSeniorityGaps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberSeniorityGaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberSeniorityGaps_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberSupplementarySheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DeclaredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberSupplementarySheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberSupplementarySheets_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberWorkHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberWorkHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberWorkHistory_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Statistics",
                table: "Members",
                columns: new[] { "Status", "Sex", "EthnicityCode", "GeneralEducation", "ProfessionalLevel", "PoliticalTheoryLevel", "IsProvincialCommitteeMember", "OrganizationId", "DateOfBirth", "SeniorityCountedFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberConditions_MemberId_StartsOn",
                table: "MemberConditions",
                columns: new[] { "MemberId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberConditions_StartsOn_EndsOn",
                table: "MemberConditions",
                columns: new[] { "StartsOn", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberFamilyRelations_MemberId",
                table: "MemberFamilyRelations",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberQualificationPeriods_MemberId_StartsOn",
                table: "MemberQualificationPeriods",
                columns: new[] { "MemberId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberQualificationPeriods_StartsOn_EndsOn",
                table: "MemberQualificationPeriods",
                columns: new[] { "StartsOn", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberRecordCorrections_MemberId",
                table: "MemberRecordCorrections",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberSeniorityGaps_MemberId",
                table: "MemberSeniorityGaps",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberSupplementarySheets_MemberId_Year",
                table: "MemberSupplementarySheets",
                columns: new[] { "MemberId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberWorkHistory_MemberId",
                table: "MemberWorkHistory",
                column: "MemberId");

            // Hand-written data migration (kept in its own file: the integrator regenerates the schema migration).
            Sql.RecordMemberConditionsSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberConditions");

            migrationBuilder.DropTable(
                name: "MemberFamilyRelations");

            migrationBuilder.DropTable(
                name: "MemberQualificationPeriods");

            migrationBuilder.DropTable(
                name: "MemberRecordCorrections");

            migrationBuilder.DropTable(
                name: "MemberSeniorityGaps");

            migrationBuilder.DropTable(
                name: "MemberSupplementarySheets");

            migrationBuilder.DropTable(
                name: "MemberWorkHistory");

            migrationBuilder.DropIndex(
                name: "IX_Members_Statistics",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "LeavingReason",
                table: "MemberStatusPeriods");

            migrationBuilder.DropColumn(
                name: "AcademicTitle",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Awards",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ForeignLanguages",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ItLevel",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Occupation",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ReadmissionDecisionDate",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ReadmissionDecisionNumber",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "SeniorityCountedFrom",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "YouthUnionJoinedOn",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_Statistics",
                table: "Members",
                columns: new[] { "Status", "Sex", "EthnicityCode", "GeneralEducation", "ProfessionalLevel", "PoliticalTheoryLevel", "IsProvincialCommitteeMember", "OrganizationId", "DateOfBirth", "AdmissionDecisionDate" });
        }
    }
}

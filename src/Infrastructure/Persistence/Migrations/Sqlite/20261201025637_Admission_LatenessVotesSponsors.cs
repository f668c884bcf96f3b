using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Admission_LatenessVotesSponsors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReplacedOn",
                table: "AdmissionSponsors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacementReason",
                table: "AdmissionSponsors",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReplacesSponsorId",
                table: "AdmissionSponsors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CeremonyWorkingDaysLate",
                table: "AdmissionCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CommitteeDecisionReceivedOn",
                table: "AdmissionCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionExtendedOn",
                table: "AdmissionCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionExtensionNumber",
                table: "AdmissionCases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionExtensionReason",
                table: "AdmissionCases",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionExtensionWorkingDays",
                table: "AdmissionCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionWorkingDaysLate",
                table: "AdmissionCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EscalatedOn",
                table: "AdmissionCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FullMembershipOn",
                table: "AdmissionCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecognitionExtendedOn",
                table: "AdmissionCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecognitionExtensionNumber",
                table: "AdmissionCases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecognitionExtensionReason",
                table: "AdmissionCases",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecognitionExtensionWorkingDays",
                table: "AdmissionCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecognitionResolutionNumber",
                table: "AdmissionCases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecognitionResolutionOn",
                table: "AdmissionCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecognitionResolutionWorkingDaysLate",
                table: "AdmissionCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecognitionWorkingDaysLate",
                table: "AdmissionCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdmissionVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdmissionCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InFavour = table.Column<int>(type: "INTEGER", nullable: false),
                    Entitled = table.Column<int>(type: "INTEGER", nullable: false),
                    Adopted = table.Column<bool>(type: "INTEGER", nullable: false),
                    RuleSetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionVotes_AdmissionCases_AdmissionCaseId",
                        column: x => x.AdmissionCaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionVotes_AdmissionCaseId",
                table: "AdmissionVotes",
                column: "AdmissionCaseId");

            Sql.AdmissionFullMembershipBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdmissionVotes");

            migrationBuilder.DropColumn(
                name: "ReplacedOn",
                table: "AdmissionSponsors");

            migrationBuilder.DropColumn(
                name: "ReplacementReason",
                table: "AdmissionSponsors");

            migrationBuilder.DropColumn(
                name: "ReplacesSponsorId",
                table: "AdmissionSponsors");

            migrationBuilder.DropColumn(
                name: "CeremonyWorkingDaysLate",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "CommitteeDecisionReceivedOn",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "DecisionExtendedOn",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "DecisionExtensionNumber",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "DecisionExtensionReason",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "DecisionExtensionWorkingDays",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "DecisionWorkingDaysLate",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "EscalatedOn",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "FullMembershipOn",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "RecognitionExtendedOn",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "RecognitionExtensionNumber",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "RecognitionExtensionReason",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "RecognitionExtensionWorkingDays",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "RecognitionResolutionNumber",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "RecognitionResolutionOn",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "RecognitionResolutionWorkingDaysLate",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "RecognitionWorkingDaysLate",
                table: "AdmissionCases");
        }
    }
}

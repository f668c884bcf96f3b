using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MembershipRulesInspectionEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_Statistics",
                table: "Members");

            migrationBuilder.AddColumn<string>(
                name: "Cause",
                table: "Transfers",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CauseOn",
                table: "Transfers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConvertedOn",
                table: "Transfers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtendedOn",
                table: "Transfers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReturnedOn",
                table: "Transfers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "PublicHolidays",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "DayOff");

            migrationBuilder.AddColumn<string>(
                name: "LeavingReason",
                table: "MemberStatusPeriods",
                type: "nvarchar(48)",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcademicTitle",
                table: "Members",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Alias",
                table: "Members",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Awards",
                table: "Members",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BirthName",
                table: "Members",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForeignLanguages",
                table: "Members",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ItLevel",
                table: "Members",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameOrder",
                table: "Members",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "FamilyFirst");

            migrationBuilder.AddColumn<string>(
                name: "Occupation",
                table: "Members",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReadmissionDecisionDate",
                table: "Members",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReadmissionDecisionNumber",
                table: "Members",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SeniorityCountedFrom",
                table: "Members",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "YouthUnionJoinedOn",
                table: "Members",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReplacedOn",
                table: "AdmissionSponsors",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacementReason",
                table: "AdmissionSponsors",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReplacesSponsorId",
                table: "AdmissionSponsors",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CeremonyWorkingDaysLate",
                table: "AdmissionCases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CommitteeDecisionReceivedOn",
                table: "AdmissionCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionExtendedOn",
                table: "AdmissionCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionExtensionNumber",
                table: "AdmissionCases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionExtensionReason",
                table: "AdmissionCases",
                type: "nvarchar(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionExtensionWorkingDays",
                table: "AdmissionCases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionWorkingDaysLate",
                table: "AdmissionCases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EscalatedOn",
                table: "AdmissionCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FullMembershipOn",
                table: "AdmissionCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecognitionExtendedOn",
                table: "AdmissionCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecognitionExtensionNumber",
                table: "AdmissionCases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecognitionExtensionReason",
                table: "AdmissionCases",
                type: "nvarchar(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecognitionExtensionWorkingDays",
                table: "AdmissionCases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecognitionResolutionNumber",
                table: "AdmissionCases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecognitionResolutionOn",
                table: "AdmissionCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecognitionResolutionWorkingDaysLate",
                table: "AdmissionCases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecognitionWorkingDaysLate",
                table: "AdmissionCases",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdmissionVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AdmissionCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InFavour = table.Column<int>(type: "int", nullable: false),
                    Entitled = table.Column<int>(type: "int", nullable: false),
                    Adopted = table.Column<bool>(type: "bit", nullable: false),
                    RuleSetCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "BadgeAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Years = table.Column<int>(type: "int", nullable: false),
                    RoundDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Basis = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RuleSetCode = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                name: "CellMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Agenda = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ChairMemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SecretaryMemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CellMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CellMeetings_Members_ChairMemberId",
                        column: x => x.ChairMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CellMeetings_Members_SecretaryMemberId",
                        column: x => x.SecretaryMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CellMeetings_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisciplinaryActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectCategory = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Form = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Violation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ViolationOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NewViolationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SelfDetected = table.Column<bool>(type: "bit", nullable: false),
                    Remedied = table.Column<bool>(type: "bit", nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AppealDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RuleSetCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplinaryActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplinaryActions_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisciplinaryActions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DuesBases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    MonthlyBasisAmount = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ReductionPercent = table.Column<int>(type: "int", nullable: true),
                    ReductionUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ReductionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuesBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuesBases_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DuesSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    RuleSetCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RetentionPercent = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuesSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuesSheets_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmulationModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OwnerMemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Target = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Result = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecognizedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecognitionDecision = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RecognitionLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmulationModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmulationModels_Members_OwnerMemberId",
                        column: x => x.OwnerMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmulationModels_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                name: "MemberConditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Ground = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    DecidedByOrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EndDecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Relation = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    BirthYear = table.Column<int>(type: "int", nullable: true),
                    Occupation = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PoliticalHistory = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GeneralEducation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ProfessionalLevel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PoliticalTheoryLevel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Position = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Field = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OldValue = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    NewValue = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionIssuer = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    DeclaredOn = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "OrganizationMoves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReorganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromParentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ToParentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "varchar(8)", unicode: false, maxLength: 8, nullable: false),
                    Issue = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReplacesCardId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "PartyDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyDocuments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewTemplates_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_CellMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CellMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DuesLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SheetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Due = table.Column<long>(type: "bigint", nullable: false),
                    Exempted = table.Column<long>(type: "bigint", nullable: false),
                    Paid = table.Column<long>(type: "bigint", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Collector = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Excused = table.Column<bool>(type: "bit", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuesLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuesLines_DuesSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "DuesSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DuesLines_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TopicCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CoveredFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    CoveredTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ScheduleFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ScheduleTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    SubjectType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TopicCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Quarter = table.Column<int>(type: "int", nullable: false)
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
                name: "DocumentCatchUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentCatchUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentCatchUps_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DocumentCatchUps_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DocumentCatchUps_PartyDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "PartyDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingDocuments_CellMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CellMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingDocuments_PartyDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "PartyDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Comments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    TemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyReviews_CellMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CellMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyReviews_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyReviews_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyReviews_ReviewTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "ReviewTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Group = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    TextEn = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewCriteria_ReviewTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "ReviewTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Step = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkingDaysLate = table.Column<int>(type: "int", nullable: false),
                    VotesFor = table.Column<int>(type: "int", nullable: true),
                    VotesAgainst = table.Column<int>(type: "int", nullable: true),
                    VotesAbstaining = table.Column<int>(type: "int", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IsLeader = table.Column<bool>(type: "bit", nullable: false)
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
                name: "ReviewChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CriterionCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Met = table.Column<bool>(type: "bit", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewChecks_MonthlyReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "MonthlyReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionRecommendationProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    Done = table.Column<bool>(type: "bit", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Violation = table.Column<bool>(type: "bit", nullable: false),
                    Severity = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    TopicCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Article = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
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
                name: "IX_Members_Statistics",
                table: "Members",
                columns: new[] { "Status", "Sex", "EthnicityCode", "GeneralEducation", "ProfessionalLevel", "PoliticalTheoryLevel", "IsProvincialCommitteeMember", "OrganizationId", "DateOfBirth", "SeniorityCountedFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionVotes_AdmissionCaseId",
                table: "AdmissionVotes",
                column: "AdmissionCaseId");

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
                name: "IX_CellMeetings_ChairMemberId",
                table: "CellMeetings",
                column: "ChairMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CellMeetings_OrganizationId_HeldOn",
                table: "CellMeetings",
                columns: new[] { "OrganizationId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CellMeetings_SecretaryMemberId",
                table: "CellMeetings",
                column: "SecretaryMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplinaryActions_MemberId_DecidedOn",
                table: "DisciplinaryActions",
                columns: new[] { "MemberId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DisciplinaryActions_OrganizationId_DecidedOn",
                table: "DisciplinaryActions",
                columns: new[] { "OrganizationId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCatchUps_DocumentId_MemberId",
                table: "DocumentCatchUps",
                columns: new[] { "DocumentId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCatchUps_MemberId",
                table: "DocumentCatchUps",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCatchUps_OrganizationId",
                table: "DocumentCatchUps",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DuesBases_MemberId_EffectiveFrom",
                table: "DuesBases",
                columns: new[] { "MemberId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DuesLines_MemberId",
                table: "DuesLines",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DuesLines_SheetId_MemberId",
                table: "DuesLines",
                columns: new[] { "SheetId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DuesSheets_OrganizationId_Month",
                table: "DuesSheets",
                columns: new[] { "OrganizationId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmulationModels_OrganizationId_Year",
                table: "EmulationModels",
                columns: new[] { "OrganizationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EmulationModels_OwnerMemberId",
                table: "EmulationModels",
                column: "OwnerMemberId");

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

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendances_MeetingId_MemberId",
                table: "MeetingAttendances",
                columns: new[] { "MeetingId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendances_MemberId",
                table: "MeetingAttendances",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDocuments_DocumentId",
                table: "MeetingDocuments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDocuments_MeetingId_DocumentId",
                table: "MeetingDocuments",
                columns: new[] { "MeetingId", "DocumentId" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReviews_MeetingId",
                table: "MonthlyReviews",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReviews_MemberId_Year_Month",
                table: "MonthlyReviews",
                columns: new[] { "MemberId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReviews_OrganizationId_Year_Month",
                table: "MonthlyReviews",
                columns: new[] { "OrganizationId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReviews_TemplateId",
                table: "MonthlyReviews",
                column: "TemplateId");

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

            migrationBuilder.CreateIndex(
                name: "IX_PartyDocuments_OrganizationId_IssuedOn",
                table: "PartyDocuments",
                columns: new[] { "OrganizationId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewChecks_ReviewId_CriterionCode",
                table: "ReviewChecks",
                columns: new[] { "ReviewId", "CriterionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCriteria_TemplateId_Code",
                table: "ReviewCriteria",
                columns: new[] { "TemplateId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTemplates_OrganizationId_EffectiveFrom",
                table: "ReviewTemplates",
                columns: new[] { "OrganizationId", "EffectiveFrom" },
                unique: true);

            // Hand-written data steps of the merged branches, after the schema changes (see each class).
            Sql.NameKeysSql.InvalidateNameKeys(migrationBuilder);
            Sql.RecordMemberConditionsSql.Up(migrationBuilder);
            Sql.AdmissionFullMembershipBackfill.Apply(migrationBuilder);
            Sql.PartyCardBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdmissionVotes");

            migrationBuilder.DropTable(
                name: "BadgeAwards");

            migrationBuilder.DropTable(
                name: "DisciplinaryActions");

            migrationBuilder.DropTable(
                name: "DocumentCatchUps");

            migrationBuilder.DropTable(
                name: "DuesBases");

            migrationBuilder.DropTable(
                name: "DuesLines");

            migrationBuilder.DropTable(
                name: "EmulationModels");

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
                name: "MeetingAttendances");

            migrationBuilder.DropTable(
                name: "MeetingDocuments");

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

            migrationBuilder.DropTable(
                name: "OrganizationMoves");

            migrationBuilder.DropTable(
                name: "PartyCards");

            migrationBuilder.DropTable(
                name: "ReviewChecks");

            migrationBuilder.DropTable(
                name: "ReviewCriteria");

            migrationBuilder.DropTable(
                name: "DuesSheets");

            migrationBuilder.DropTable(
                name: "InspectionSubjects");

            migrationBuilder.DropTable(
                name: "InspectionRecommendations");

            migrationBuilder.DropTable(
                name: "PartyDocuments");

            migrationBuilder.DropTable(
                name: "MonthlyReviews");

            migrationBuilder.DropTable(
                name: "InspectionCases");

            migrationBuilder.DropTable(
                name: "CellMeetings");

            migrationBuilder.DropTable(
                name: "ReviewTemplates");

            migrationBuilder.DropTable(
                name: "InspectionProgrammes");

            migrationBuilder.DropIndex(
                name: "IX_Members_Statistics",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Cause",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "CauseOn",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "ConvertedOn",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "ExtendedOn",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "ReturnedOn",
                table: "Transfers");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PublicHolidays");

            migrationBuilder.DropColumn(
                name: "LeavingReason",
                table: "MemberStatusPeriods");

            migrationBuilder.DropColumn(
                name: "AcademicTitle",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Alias",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Awards",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "BirthName",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ForeignLanguages",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ItLevel",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "NameOrder",
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

            migrationBuilder.CreateIndex(
                name: "IX_Members_Statistics",
                table: "Members",
                columns: new[] { "Status", "Sex", "EthnicityCode", "GeneralEducation", "ProfessionalLevel", "PoliticalTheoryLevel", "IsProvincialCommitteeMember", "OrganizationId", "DateOfBirth", "AdmissionDecisionDate" });
        }
    }
}

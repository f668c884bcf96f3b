using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RatingsInspectionJobsSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AmendedOn",
                table: "DisciplinaryActions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AmendmentNumber",
                table: "DisciplinaryActions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AmendmentReason",
                table: "DisciplinaryActions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousForm",
                table: "DisciplinaryActions",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Denunciations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DenouncerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DenouncerAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Settler = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    NotAcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotAcceptedReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtensionWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ConclusionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkingDaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleSetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Denunciations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Denunciations_Members_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Denunciations_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Denunciations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Denunciations_Organizations_SubjectOrganizationId",
                        column: x => x.SubjectOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisciplineComplaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisciplinaryActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ComplainantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecisionReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FilingDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NotAcceptedReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    NotAcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FiledWorkingDaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Settler = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SettledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    NewForm = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkingDaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleSetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplineComplaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplineComplaints_DisciplinaryActions_DisciplinaryActionId",
                        column: x => x.DisciplinaryActionId,
                        principalTable: "DisciplinaryActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisciplineComplaints_Members_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisciplineComplaints_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisciplineComplaints_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Strategy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DryRun = table.Column<bool>(type: "INTEGER", nullable: false),
                    Atomic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PayloadBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    RowsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Ignored = table.Column<int>(type: "INTEGER", nullable: false),
                    Deleted = table.Column<int>(type: "INTEGER", nullable: false),
                    ConflictCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ErrorMessage = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionTopics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Document = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AddedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionTopics_Organizations_OrganizationId",
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
                name: "MemberNameTokens",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberNameTokens", x => new { x.Token, x.MemberId });
                    table.ForeignKey(
                        name: "FK_MemberNameTokens_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberNameWords",
                columns: table => new
                {
                    Word = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberNameWords", x => x.Word);
                });

            migrationBuilder.CreateTable(
                name: "RatingCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleSetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "TemporaryGuests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameSortKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 384, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PartyCardNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HomeOrganization = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HomeCommittee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LetterNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HostOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PresentedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemporaryGuests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemporaryGuests_Organizations_HostOrganizationId",
                        column: x => x.HostOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportJobConflicts",
                columns: table => new
                {
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportJobConflicts", x => new { x.JobId, x.Row });
                    table.ForeignKey(
                        name: "FK_ImportJobConflicts_ImportJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "ImportJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportJobPayloadChunks",
                columns: table => new
                {
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportJobPayloadChunks", x => new { x.JobId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_ImportJobPayloadChunks_ImportJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "ImportJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "MemberRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CellId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rated = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotRatedReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Arrangement = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OtherOrganization = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OtherOrganizationComments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TaskGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SelfLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SelfScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    SelfComments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SelfAssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposedLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProposedScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    ProposalComments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConcludedDegraded = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnderHalfTargets = table.Column<bool>(type: "INTEGER", nullable: false),
                    SickLeaveMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    CapCodes = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    DecidedLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecidedScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReachedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkingDaysLate = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CorrectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FromLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ToLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ToScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
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
                name: "IX_Denunciations_AssigneeId",
                table: "Denunciations",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_Denunciations_MemberId",
                table: "Denunciations",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Denunciations_OrganizationId_ReceivedOn",
                table: "Denunciations",
                columns: new[] { "OrganizationId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Denunciations_SubjectOrganizationId",
                table: "Denunciations",
                column: "SubjectOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineComplaints_AssigneeId",
                table: "DisciplineComplaints",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineComplaints_DisciplinaryActionId",
                table: "DisciplineComplaints",
                column: "DisciplinaryActionId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineComplaints_MemberId",
                table: "DisciplineComplaints",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineComplaints_OrganizationId_ReceivedOn",
                table: "DisciplineComplaints",
                columns: new[] { "OrganizationId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_FinishedAt",
                table: "ImportJobs",
                column: "FinishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_Owner_CreatedAt",
                table: "ImportJobs",
                columns: new[] { "Owner", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTopics_Code",
                table: "InspectionTopics",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTopics_OrganizationId",
                table: "InspectionTopics",
                column: "OrganizationId");

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

            migrationBuilder.CreateIndex(
                name: "IX_MemberNameTokens_MemberId",
                table: "MemberNameTokens",
                column: "MemberId");

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

            migrationBuilder.CreateIndex(
                name: "IX_TemporaryGuests_HostOrganizationId_PresentedOn",
                table: "TemporaryGuests",
                columns: new[] { "HostOrganizationId", "PresentedOn" });

            // Hand-written steps (both engines): Quartz.NET's job store tables, the member search index backfill.
            Sql.QuartzSchemaSql.Create(migrationBuilder);
            Sql.MemberSearchBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Sql.QuartzSchemaSql.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "CivilServantRatings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Denunciations");

            migrationBuilder.DropTable(
                name: "DisciplineComplaints");

            migrationBuilder.DropTable(
                name: "ImportJobConflicts");

            migrationBuilder.DropTable(
                name: "ImportJobPayloadChunks");

            migrationBuilder.DropTable(
                name: "InspectionTopics");

            migrationBuilder.DropTable(
                name: "MassOrganizationRatingCorrections");

            migrationBuilder.DropTable(
                name: "MemberNameTokens");

            migrationBuilder.DropTable(
                name: "MemberNameWords");

            migrationBuilder.DropTable(
                name: "OrganizationRatings");

            migrationBuilder.DropTable(
                name: "RatingCampaignSteps");

            migrationBuilder.DropTable(
                name: "RatingCorrections");

            migrationBuilder.DropTable(
                name: "TemporaryGuests");

            migrationBuilder.DropTable(
                name: "ImportJobs");

            migrationBuilder.DropTable(
                name: "MassOrganizationRatings");

            migrationBuilder.DropTable(
                name: "MemberRatings");

            migrationBuilder.DropTable(
                name: "RatingCampaigns");

            migrationBuilder.DropIndex(
                name: "IX_PartyDocuments_OrganizationId_Issuer_Number",
                table: "PartyDocuments");

            migrationBuilder.DropColumn(
                name: "AmendedOn",
                table: "DisciplinaryActions");

            migrationBuilder.DropColumn(
                name: "AmendmentNumber",
                table: "DisciplinaryActions");

            migrationBuilder.DropColumn(
                name: "AmendmentReason",
                table: "DisciplinaryActions");

            migrationBuilder.DropColumn(
                name: "PreviousForm",
                table: "DisciplinaryActions");
        }
    }
}

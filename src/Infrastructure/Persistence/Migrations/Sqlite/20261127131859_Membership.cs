using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Membership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdmissionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: false),
                    NameSortKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 384, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EthnicityCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 2, nullable: false),
                    GeneralEducation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsYouthUnionMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CourseCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CourseCertificateNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CellResolutionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CellResolutionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CommitteeDecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeDecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CeremonyOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecognizedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecognitionDecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    EligibilityRuleSetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionCases_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MassOrganizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LeadingOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DissolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassOrganizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MassOrganizations_Organizations_LeadingOrganizationId",
                        column: x => x.LeadingOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    MiddleName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: false),
                    NameSortKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 384, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlaceOfBirth = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    HomeTown = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EthnicityCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 2, nullable: false),
                    Religion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CitizenId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: true),
                    GeneralEducation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProfessionalLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PoliticalTheoryLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    IsProvincialCommitteeMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartyCardNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 8, nullable: true),
                    RecordNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    AdmissionDecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AdmissionDecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CeremonyDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FullMembershipDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Members_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicHolidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicHolidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Terms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CongressNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Terms_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MassOrganizationMemberCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MassOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassOrganizationMemberCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MassOrganizationMemberCounts_MassOrganizations_MassOrganizationId",
                        column: x => x.MassOrganizationId,
                        principalTable: "MassOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionSponsors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdmissionCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkedTogetherSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionSponsors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionSponsors_AdmissionCases_AdmissionCaseId",
                        column: x => x.AdmissionCaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdmissionSponsors_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberPlacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberPlacements_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MemberPlacements_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberStatusPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberStatusPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberStatusPeriods_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FromOrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToOrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExternalOrganization = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RejectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    TemporaryUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Transfers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Transfers_Organizations_FromOrganizationId",
                        column: x => x.FromOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Transfers_Organizations_ToOrganizationId",
                        column: x => x.ToOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ElectedBodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TermId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElectedBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElectedBodies_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ElectedBodies_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BodyMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElectedBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BodyMemberships_ElectedBodies_ElectedBodyId",
                        column: x => x.ElectedBodyId,
                        principalTable: "ElectedBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BodyMemberships_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_MemberId",
                table: "AdmissionCases",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_OrganizationId_Stage",
                table: "AdmissionCases",
                columns: new[] { "OrganizationId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionSponsors_AdmissionCaseId",
                table: "AdmissionSponsors",
                column: "AdmissionCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionSponsors_MemberId",
                table: "AdmissionSponsors",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_BodyMemberships_ElectedBodyId",
                table: "BodyMemberships",
                column: "ElectedBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_BodyMemberships_MemberId",
                table: "BodyMemberships",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectedBodies_OrganizationId_TermId_Kind",
                table: "ElectedBodies",
                columns: new[] { "OrganizationId", "TermId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ElectedBodies_TermId",
                table: "ElectedBodies",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_MassOrganizationMemberCounts_MassOrganizationId_AsOf",
                table: "MassOrganizationMemberCounts",
                columns: new[] { "MassOrganizationId", "AsOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MassOrganizations_LeadingOrganizationId",
                table: "MassOrganizations",
                column: "LeadingOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberPlacements_MemberId_StartsOn",
                table: "MemberPlacements",
                columns: new[] { "MemberId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberPlacements_OrganizationId_StartsOn",
                table: "MemberPlacements",
                columns: new[] { "OrganizationId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberPlacements_StartsOn",
                table: "MemberPlacements",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Members_CitizenId",
                table: "Members",
                column: "CitizenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_NameSortKey",
                table: "Members",
                column: "NameSortKey");

            migrationBuilder.CreateIndex(
                name: "IX_Members_OrganizationId_NameSortKey",
                table: "Members",
                columns: new[] { "OrganizationId", "NameSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_PartyCardNumber",
                table: "Members",
                column: "PartyCardNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_RecordNumber",
                table: "Members",
                column: "RecordNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_Search",
                table: "Members",
                columns: new[] { "NameFolded", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Statistics",
                table: "Members",
                columns: new[] { "Status", "Sex", "EthnicityCode", "GeneralEducation", "ProfessionalLevel", "PoliticalTheoryLevel", "IsProvincialCommitteeMember", "OrganizationId", "DateOfBirth", "AdmissionDecisionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Status",
                table: "Members",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_MemberStatusPeriods_MemberId_StartsOn",
                table: "MemberStatusPeriods",
                columns: new[] { "MemberId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberStatusPeriods_StartsOn_EndsOn",
                table: "MemberStatusPeriods",
                columns: new[] { "StartsOn", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicHolidays_Date",
                table: "PublicHolidays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Terms_OrganizationId_Name",
                table: "Terms",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_FromOrganizationId",
                table: "Transfers",
                column: "FromOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_MemberId_RequestedOn",
                table: "Transfers",
                columns: new[] { "MemberId", "RequestedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_Status_Kind",
                table: "Transfers",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ToOrganizationId",
                table: "Transfers",
                column: "ToOrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdmissionSponsors");

            migrationBuilder.DropTable(
                name: "BodyMemberships");

            migrationBuilder.DropTable(
                name: "MassOrganizationMemberCounts");

            migrationBuilder.DropTable(
                name: "MemberPlacements");

            migrationBuilder.DropTable(
                name: "MemberStatusPeriods");

            migrationBuilder.DropTable(
                name: "PublicHolidays");

            migrationBuilder.DropTable(
                name: "Transfers");

            migrationBuilder.DropTable(
                name: "AdmissionCases");

            migrationBuilder.DropTable(
                name: "ElectedBodies");

            migrationBuilder.DropTable(
                name: "MassOrganizations");

            migrationBuilder.DropTable(
                name: "Members");

            migrationBuilder.DropTable(
                name: "Terms");
        }
    }
}

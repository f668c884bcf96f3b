using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Dues_DisciplineAndDues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_DisciplinaryActions_MemberId_DecidedOn",
                table: "DisciplinaryActions",
                columns: new[] { "MemberId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DisciplinaryActions_OrganizationId_DecidedOn",
                table: "DisciplinaryActions",
                columns: new[] { "OrganizationId", "DecidedOn" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisciplinaryActions");

            migrationBuilder.DropTable(
                name: "DuesBases");

            migrationBuilder.DropTable(
                name: "DuesLines");

            migrationBuilder.DropTable(
                name: "DuesSheets");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Caltext_CalendarDaysAndNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "PublicHolidays",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "DayOff");

            migrationBuilder.AddColumn<string>(
                name: "Alias",
                table: "Members",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BirthName",
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

            // The name keys' rules changed (one tone per syllable, Ð → d): blank them; NameKeyRefresh recomputes them in C#.
            Sql.NameKeysSql.InvalidateNameKeys(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PublicHolidays");

            migrationBuilder.DropColumn(
                name: "Alias",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "BirthName",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "NameOrder",
                table: "Members");
        }
    }
}

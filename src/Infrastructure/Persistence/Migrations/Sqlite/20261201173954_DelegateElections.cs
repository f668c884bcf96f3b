using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DelegateElections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Body",
                table: "Elections",
                type: "TEXT",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 32);

            migrationBuilder.AddColumn<string>(
                name: "AllotmentDocument",
                table: "Elections",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Alternates",
                table: "Elections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Congress",
                table: "Elections",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Elections",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Body");

            migrationBuilder.AddColumn<string>(
                name: "Standing",
                table: "ElectionCandidates",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AllotmentDocument",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "Alternates",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "Congress",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Elections");

            migrationBuilder.DropColumn(
                name: "Standing",
                table: "ElectionCandidates");

            migrationBuilder.AlterColumn<string>(
                name: "Body",
                table: "Elections",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 32,
                oldNullable: true);
        }
    }
}

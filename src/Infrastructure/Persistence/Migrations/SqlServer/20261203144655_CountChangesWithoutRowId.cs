using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// ADR 0062: nothing to do on SQL Server. Its primary key <c>PK_MembershipCountChanges</c> is clustered (the default,
    /// pinned by <c>MigrationTests</c>), so the rows already live in the key's B-tree; the SQLite migration of the same
    /// name gives SQLite that layout (<c>WITHOUT ROWID</c>). Kept so that both engines have the same migrations.
    /// </summary>
    public partial class CountChangesWithoutRowId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// ADR 0062: the dated counts' table on SQLite becomes a <c>WITHOUT ROWID</c> table clustered on its key, as SQL
    /// Server's clustered primary key already stores it (no SQL Server migration): two B-trees instead of three, the
    /// key's readers find <c>Delta</c> in the key's own B-tree. Same columns, key and index: the model is unchanged.
    /// SQLite only; EF Core has no annotation for it, so a later migration that rebuilds this table must keep the clause
    /// (<c>MigrationTests</c> fails otherwise).
    /// </summary>
    public partial class CountChangesWithoutRowId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Sql.MembershipCountChangesLayout.Rebuild(withoutRowId: true));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Sql.MembershipCountChangesLayout.Rebuild(withoutRowId: false));
    }
}

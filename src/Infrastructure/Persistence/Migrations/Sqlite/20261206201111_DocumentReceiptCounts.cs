using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// ADR 0093: the dated counts gain the members who received each party document (dimension <c>received</c>), so every
    /// member's dated changes are recomputed by the backfill job (the coverage and the rating statistics' dissemination
    /// recount meanwhile). No schema change.
    /// </summary>
    public partial class DocumentReceiptCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Sql.MembershipCountChangesBackfill.MarkPending(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Sql.MembershipCountChangesBackfill.MarkPending(migrationBuilder);
    }
}

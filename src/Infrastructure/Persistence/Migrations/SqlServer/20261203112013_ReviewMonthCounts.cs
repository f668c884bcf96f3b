using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// ADR 0061: the dated counts gain the review months' roster and reviewed members (dimensions <c>roster</c>,
    /// <c>roster_open</c>, <c>reviewed</c>), so every member's dated changes are recomputed by the backfill job (the
    /// statistics recount meanwhile). No schema change.
    /// </summary>
    public partial class ReviewMonthCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Sql.MembershipCountChangesBackfill.MarkPending(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Sql.MembershipCountChangesBackfill.MarkPending(migrationBuilder);
    }
}

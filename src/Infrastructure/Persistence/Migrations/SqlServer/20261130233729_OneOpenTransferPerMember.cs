using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyCommittee.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OneOpenTransferPerMember : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before the index existed, concurrent requests could open several transfers for one member. Keep one (a
            // SENT one before a REQUESTED one, then the oldest) and reject the others, which could never be received.
            migrationBuilder.Sql(
                """
                UPDATE Transfers
                SET Status = 'Rejected',
                    RejectedOn = COALESCE(SentOn, RequestedOn),
                    RejectionReason = N'Tự động từ chối khi nâng cấp: trùng với một yêu cầu chuyển sinh hoạt khác còn mở của cùng đảng viên (automatically rejected on upgrade: a duplicate of another open transfer of the same member).',
                    Version = Version + 1
                WHERE Status IN ('Requested', 'Sent')
                  AND EXISTS (
                    SELECT 1 FROM Transfers AS kept
                    WHERE kept.MemberId = Transfers.MemberId
                      AND kept.Status IN ('Requested', 'Sent')
                      AND ((kept.Status = 'Sent' AND Transfers.Status = 'Requested')
                        OR (kept.Status = Transfers.Status
                          AND (kept.CreatedAt < Transfers.CreatedAt OR (kept.CreatedAt = Transfers.CreatedAt AND kept.Id < Transfers.Id)))));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_MemberId_Open",
                table: "Transfers",
                column: "MemberId",
                unique: true,
                filter: "Status IN ('Requested', 'Sent')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Transfers_MemberId_Open",
                table: "Transfers");
        }
    }
}

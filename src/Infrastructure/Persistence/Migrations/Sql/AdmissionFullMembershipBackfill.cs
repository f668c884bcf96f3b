using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Cases recognised before the full-membership date was kept on the case: the date recorded then (the recognition's)
/// is the best known. The SQL is the same on both engines.
/// </summary>
internal static class AdmissionFullMembershipBackfill
{
    public static void Apply(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("UPDATE AdmissionCases SET FullMembershipOn = RecognizedOn WHERE Stage = 'Recognized' AND FullMembershipOn IS NULL;");
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written data step: the migration <c>MembershipRulesInspectionEvaluation</c> added <c>Members.AcademicTitle</c>
/// with the default <c>''</c>, which is no <c>AcademicTitle</c> name, so every member that existed before it could not
/// be read (the label lookup threw and the member's detail answered 500). Such rows get <c>None</c>, the value a new
/// member gets. Idempotent; same text on both engines.
/// </summary>
public static class AcademicTitleRepair
{
    public const string Statement = "UPDATE Members SET AcademicTitle = 'None' WHERE AcademicTitle = '';";

    public static void Apply(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Statement);
}

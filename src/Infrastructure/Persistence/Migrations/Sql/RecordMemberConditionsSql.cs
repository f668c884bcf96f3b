using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written data migration of branch <c>record</c> (ADR 0019), called at the end of the migration that creates
/// the member conditions. Exemption and suspension stop being statuses:
/// <list type="number">
/// <item>every status period EXEMPT_FROM_ACTIVITIES or SUSPENDED becomes a condition (same id, same first day, last
/// day = the day before the next status; ground unknown for migrated exemptions);</item>
/// <item>the period itself takes the class the member had: the status of the period just before it when that is
/// PROBATIONARY or FULL, else FULL when the full-membership date is on or before its start (always FULL for an
/// exemption), else PROBATIONARY; the members' current status follows their open period;</item>
/// <item>seniority counts from the admission decision (no gap is recorded yet), the academic title is NONE, and the
/// dated qualifications start with the record's current values from the date of birth.</item>
/// </list>
/// The same statements run on SQLite and SQL Server except the day arithmetic.
/// </summary>
internal static class RecordMemberConditionsSql
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        var sqlite = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
        var dayBefore = sqlite ? "date(p.EndsOn, '-1 day')" : "DATEADD(day, -1, p.EndsOn)";

        migrationBuilder.Sql($"""
            INSERT INTO MemberConditions (Id, MemberId, Kind, Ground, StartsOn, EndsOn, DecisionNumber, Reason, DecidedByOrganizationId, EndDecisionNumber)
            SELECT p.Id, p.MemberId,
                   CASE p.Status WHEN 'Suspended' THEN 'Suspension' ELSE 'Exemption' END,
                   NULL, p.StartsOn,
                   CASE WHEN p.EndsOn IS NULL THEN NULL WHEN p.EndsOn > p.StartsOn THEN {dayBefore} ELSE p.StartsOn END,
                   p.DecisionNumber, p.Reason, m.OrganizationId, NULL
            FROM MemberStatusPeriods p
            JOIN Members m ON m.Id = p.MemberId
            WHERE p.Status IN ('Suspended', 'ExemptFromActivities');
            """);

        migrationBuilder.Sql("""
            UPDATE MemberStatusPeriods
            SET Status = CASE
                WHEN Status = 'ExemptFromActivities' THEN 'Full'
                ELSE COALESCE(
                    (SELECT MAX(b.Status) FROM MemberStatusPeriods b
                     WHERE b.MemberId = MemberStatusPeriods.MemberId AND b.EndsOn = MemberStatusPeriods.StartsOn
                       AND b.Status IN ('Full', 'Probationary')),
                    (SELECT CASE WHEN m.FullMembershipDate IS NOT NULL AND m.FullMembershipDate <= MemberStatusPeriods.StartsOn THEN 'Full' ELSE 'Probationary' END
                     FROM Members m WHERE m.Id = MemberStatusPeriods.MemberId))
                END
            WHERE Status IN ('Suspended', 'ExemptFromActivities');
            """);

        migrationBuilder.Sql("""
            UPDATE Members
            SET Status = (SELECT MAX(p.Status) FROM MemberStatusPeriods p WHERE p.MemberId = Members.Id AND p.EndsOn IS NULL)
            WHERE Status IN ('Suspended', 'ExemptFromActivities');
            """);

        migrationBuilder.Sql("UPDATE Members SET SeniorityCountedFrom = AdmissionDecisionDate, AcademicTitle = 'None';");

        migrationBuilder.Sql("""
            INSERT INTO MemberQualificationPeriods (Id, MemberId, StartsOn, EndsOn, GeneralEducation, ProfessionalLevel, PoliticalTheoryLevel, Position)
            SELECT Id, Id, DateOfBirth, NULL, GeneralEducation, ProfessionalLevel, PoliticalTheoryLevel, Position FROM Members;
            """);
    }
}

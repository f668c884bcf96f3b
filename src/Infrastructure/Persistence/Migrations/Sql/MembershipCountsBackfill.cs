using Microsoft.EntityFrameworkCore.Migrations;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written data step of the pre-aggregated membership counts (ADR 0030): empties <c>MembershipCounts</c> and
/// fills it from the members' current columns, exactly what <see cref="MembershipCounts.Contribution"/> gives each
/// counted member (status, sex, ethnic group, education, professional level, political theory, provincial committee,
/// year of birth; year the seniority counts from for full members). Call it from the migration that creates the
/// table, after the member columns are final (after any other step that rewrites members). The benchmark generator
/// runs the same SQL after it has written its members; running it again recounts.
/// </summary>
public static class MembershipCountsBackfill
{
    public static void Apply(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(migrationBuilder.IsSqlServer() ? SqlServer : Sqlite);

    private static readonly string Counted = string.Join(", ", MembershipLabels.CountedStatuses.Select(s => $"'{s}'"));

    public static readonly string Sqlite = Build(
        q => $"\"{q}\"",
        column => $"substr(\"{column}\", 1, 4)");

    public static readonly string SqlServer = Build(
        q => $"[{q}]",
        column => $"CONVERT(varchar(4), YEAR([{column}]))");

    private static string Build(Func<string, string> q, Func<string, string> year)
    {
        var counted = $"FROM {q("Members")} WHERE {q("Status")} IN ({Counted})";
        string Plain(string dimension, string column) =>
            $"SELECT {q("OrganizationId")}, '{dimension}', {q(column)}, COUNT(*) {counted} GROUP BY {q("OrganizationId")}, {q(column)}";
        string Years(string dimension, string column, string filter) =>
            $"SELECT {q("OrganizationId")}, '{dimension}', {year(column)}, COUNT(*) {counted}{filter} GROUP BY {q("OrganizationId")}, {year(column)}";

        string[] parts =
        [
            Plain(MembershipCounts.Status, "Status"),
            Plain(MembershipCounts.Sex, "Sex"),
            Plain(MembershipCounts.Ethnicity, "EthnicityCode"),
            Plain(MembershipCounts.GeneralEducation, "GeneralEducation"),
            Plain(MembershipCounts.ProfessionalLevel, "ProfessionalLevel"),
            Plain(MembershipCounts.PoliticalTheoryLevel, "PoliticalTheoryLevel"),
            $"SELECT {q("OrganizationId")}, '{MembershipCounts.ProvincialCommittee}', '{MembershipCounts.Yes}', COUNT(*) {counted} AND {q("IsProvincialCommitteeMember")} = 1 GROUP BY {q("OrganizationId")}",
            Years(MembershipCounts.BirthYear, "DateOfBirth", string.Empty),
            Years(MembershipCounts.SeniorityYear, "SeniorityCountedFrom", $" AND {q("Status")} <> '{MemberStatus.Probationary}'"),
        ];

        return $"DELETE FROM {q("MembershipCounts")};\n"
            + $"INSERT INTO {q("MembershipCounts")} ({q("OrganizationId")}, {q("Dimension")}, {q("Value")}, {q("Count")})\n"
            + string.Join("\nUNION ALL\n", parts) + ";";
    }
}

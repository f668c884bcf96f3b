using System.Globalization;
using Microsoft.Data.Sqlite;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Bench;

/// <summary>
/// The raw baseline: the same three reads as the API (member list page, accent-insensitive search, membership
/// statistics as of a date) written by hand with Microsoft.Data.Sqlite and serialised to JSON — no mediator, no
/// validation, no authorisation, no EF Core. The API's throughput is reported as a ratio of this.
/// </summary>
internal static class Baseline
{
    private const string Counted = "('Probationary','Full','ExemptFromActivities','Suspended')";

    public static async Task<int> RunAsync(Options options)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = options.Get("db", "bench.db"), Mode = SqliteOpenMode.ReadOnly, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Get("urls", "http://127.0.0.1:5090"));
        var app = builder.Build();

        app.MapGet("/baseline/members", async (int? page, int? pageSize, string? search) =>
        {
            var take = Math.Clamp(pageSize ?? 20, 1, 100);
            var skip = (Math.Max(page ?? 1, 1) - 1) * take;
            var folded = string.IsNullOrWhiteSpace(search) ? null : VietnameseText.Fold(search);
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();

            // The same search index as the API (ADR 0030): the vocabulary gives the ranges, the ranges the ids.
            IReadOnlyList<string> ranges = folded is null ? [] : await SearchRangesAsync(connection, folded);
            var where = "Status NOT IN ('TransferredOut','NameRemoved','Expelled','Deceased')" + (folded is null ? string.Empty
                : ranges.Count is 0 or > MemberSearchIndex.MaxRanges ? " AND Id IN (SELECT Id FROM Members WHERE instr(NameFolded, $q) > 0)"
                : " AND Id IN (" + string.Join(" UNION ", ranges.Select((_, i) => $"SELECT MemberId FROM MemberNameTokens WHERE Token >= $f{i} AND Token < $t{i}")) + ")");
            void Bind(SqliteCommand command)
            {
                command.Parameters.AddWithValue("$q", folded);
                for (var i = 0; i < ranges.Count; i++)
                {
                    command.Parameters.AddWithValue("$f" + i, ranges[i]);
                    command.Parameters.AddWithValue("$t" + i, MemberSearchIndex.UpperBound(ranges[i]));
                }
            }

            await using var count = connection.CreateCommand();
            // The same counting as the API: without a filter, the pre-aggregated counts' status rows (ADR 0058).
            count.CommandText = folded is null
                ? "SELECT COALESCE(SUM(Count), 0) FROM MembershipCounts WHERE Dimension = 'status'"
                : "SELECT COUNT(*) FROM Members WHERE " + where;
            if (folded is not null)
            {
                Bind(count);
            }

            var total = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            await using var rows = connection.CreateCommand();
            rows.CommandText = "SELECT Id, FullName, Sex, DateOfBirth, EthnicityCode, OrganizationId, Status, PartyCardNumber, AdmissionDecisionDate, Position, IsProvincialCommitteeMember FROM Members WHERE "
                + where + " ORDER BY NameSortKey, Id LIMIT $take OFFSET $skip";
            if (folded is not null)
            {
                Bind(rows);
            }

            rows.Parameters.AddWithValue("$take", take);
            rows.Parameters.AddWithValue("$skip", skip);
            var items = new List<Dictionary<string, object?>>(take);
            await using (var reader = await rows.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    items.Add(new Dictionary<string, object?>
                    {
                        ["id"] = reader.GetString(0), ["fullName"] = reader.GetString(1), ["sex"] = reader.GetString(2),
                        ["birthYear"] = int.Parse(reader.GetString(3)[..4], CultureInfo.InvariantCulture), ["ethnicityCode"] = reader.GetString(4),
                        ["organizationId"] = reader.GetString(5), ["status"] = reader.GetString(6), ["partyCardNumber"] = reader.IsDBNull(7) ? null : reader.GetString(7),
                        ["admissionDecisionDate"] = reader.GetString(8), ["position"] = reader.IsDBNull(9) ? null : reader.GetString(9), ["isProvincialCommitteeMember"] = reader.GetBoolean(10),
                    });
                }
            }

            var organizationIds = items.Select(i => (string)i["organizationId"]!).Distinct().ToList();
            await using var names = connection.CreateCommand();
            names.CommandText = "SELECT Id, Name FROM Organizations WHERE Id IN (" + string.Join(',', organizationIds.Select((_, i) => "$o" + i)) + ")";
            for (var i = 0; i < organizationIds.Count; i++)
            {
                names.Parameters.AddWithValue("$o" + i, organizationIds[i]);
            }

            var byId = new Dictionary<string, string>();
            if (organizationIds.Count > 0)
            {
                await using var reader = await names.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    byId[reader.GetString(0)] = reader.GetString(1);
                }
            }

            foreach (var item in items)
            {
                item["organizationName"] = byId.GetValueOrDefault((string)item["organizationId"]!);
            }

            return Results.Json(new { items, page = page ?? 1, pageSize = take, totalCount = total });
        });

        app.MapGet("/baseline/statistics", async (DateOnly? asOf) =>
        {
            var date = (asOf ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string Before(int years) => (asOf ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7))).AddYears(-years).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // Like the API: grouped by the plain dimensions (index order), bands as conditional counts; today from the
            // current state (covering index), another date from the dated periods.
            const string Columns = """
                Status, Sex, EthnicityCode, GeneralEducation, ProfessionalLevel, PoliticalTheoryLevel, IsProvincialCommitteeMember, COUNT(*),
                COUNT(CASE WHEN DateOfBirth > $a31 THEN 1 END), COUNT(CASE WHEN DateOfBirth <= $a31 AND DateOfBirth > $a41 THEN 1 END),
                COUNT(CASE WHEN DateOfBirth <= $a41 AND DateOfBirth > $a51 THEN 1 END), COUNT(CASE WHEN DateOfBirth <= $a51 AND DateOfBirth > $a61 THEN 1 END),
                COUNT(CASE WHEN AdmissionDecisionDate > $s10 THEN 1 END), COUNT(CASE WHEN AdmissionDecisionDate <= $s10 AND AdmissionDecisionDate > $s20 THEN 1 END),
                COUNT(CASE WHEN AdmissionDecisionDate <= $s20 AND AdmissionDecisionDate > $s30 THEN 1 END), COUNT(CASE WHEN AdmissionDecisionDate <= $s30 AND AdmissionDecisionDate > $s40 THEN 1 END)
                """;
            const string GroupBy = " GROUP BY Status, Sex, EthnicityCode, GeneralEducation, ProfessionalLevel, PoliticalTheoryLevel, IsProvincialCommitteeMember";
            command.CommandText = asOf is null
                ? $"SELECT {Columns} FROM Members WHERE Status IN {Counted}{GroupBy}"
                : $"""
                    SELECT {Columns} FROM (
                      SELECT s.Status, m.Sex, m.EthnicityCode, m.GeneralEducation, m.ProfessionalLevel, m.PoliticalTheoryLevel, m.IsProvincialCommitteeMember, m.DateOfBirth, m.AdmissionDecisionDate
                      FROM MemberPlacements p
                      JOIN MemberStatusPeriods s ON s.MemberId = p.MemberId
                      JOIN Members m ON m.Id = p.MemberId
                      WHERE p.StartsOn <= $d AND (p.EndsOn IS NULL OR p.EndsOn > $d)
                        AND s.StartsOn <= $d AND (s.EndsOn IS NULL OR s.EndsOn > $d) AND s.Status IN {Counted}){GroupBy}
                    """;
            command.Parameters.AddWithValue("$d", date);
            foreach (var (name, years) in new[] { ("$a31", 31), ("$a41", 41), ("$a51", 51), ("$a61", 61), ("$s10", 10), ("$s20", 20), ("$s30", 30), ("$s40", 40) })
            {
                command.Parameters.AddWithValue(name, Before(years));
            }

            var bySex = new Dictionary<string, int>();
            var byEthnicity = new Dictionary<string, int>();
            var byStatus = new Dictionary<string, int>();
            var byAge = new int[5];
            var bySeniority = new int[5];
            var byEducation = new Dictionary<string, int>();
            var byProfessional = new Dictionary<string, int>();
            var byTheory = new Dictionary<string, int>();
            int total = 0, provincial = 0;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var n = reader.GetInt32(7);
                    total += n;
                    Add(byStatus, reader.GetString(0), n);
                    Add(bySex, reader.GetString(1), n);
                    Add(byEthnicity, reader.GetString(2), n);
                    Add(byEducation, reader.GetString(3), n);
                    Add(byProfessional, reader.GetString(4), n);
                    Add(byTheory, reader.GetString(5), n);
                    provincial += reader.GetBoolean(6) ? n : 0;
                    for (var band = 0; band < 4; band++)
                    {
                        byAge[band] += reader.GetInt32(8 + band);
                        bySeniority[band] += reader.GetInt32(12 + band);
                    }
                }
            }

            byAge[4] = total - byAge[..4].Sum();
            bySeniority[4] = total - bySeniority[..4].Sum();

            await using var organizations = connection.CreateCommand();
            organizations.CommandText = "SELECT Type, UnitKind, COUNT(*) FROM Organizations WHERE EstablishedOn <= $d AND (DissolvedOn IS NULL OR DissolvedOn > $d) GROUP BY Type, UnitKind";
            organizations.Parameters.AddWithValue("$d", date);
            var byType = new Dictionary<string, int>();
            await using (var reader = await organizations.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    Add(byType, reader.GetString(0), reader.GetInt32(2));
                }
            }

            return Results.Json(new
            {
                asOf = date,
                organizations = new { total = byType.Values.Sum(), byType },
                members = new { total, women = bySex.GetValueOrDefault("Female"), provincialCommitteeMembers = provincial, bySex, byEthnicity, byStatus, byAge, bySeniority, byEducation, byProfessional, byTheory },
            });
        });

        ModuleBaselines.Map(app, connectionString);
        ModuleBaselines.MapMemberDetail(app, connectionString);
        ModuleBaselines.MapDues(app, connectionString);
        ModuleBaselines.MapDuesPage(app, connectionString);
        await app.RunAsync();
        return 0;
    }

    private static void Add(Dictionary<string, int> counts, string key, int n) => counts[key] = counts.GetValueOrDefault(key) + n;

    private static async Task<IReadOnlyList<string>> SearchRangesAsync(SqliteConnection connection, string folded)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Word FROM MemberNameWords WHERE instr(Word, $w) > 0";
        command.Parameters.AddWithValue("$w", folded.Split(' ')[0]);
        var words = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            words.Add(reader.GetString(0));
        }

        return MemberSearchIndex.Ranges(folded, words);
    }
}

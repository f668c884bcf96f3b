using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Membership;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// A database as text, to prove two ways of writing the same thing leave the same rows (the writers of ADR 0046, 0085,
/// 0086 against the change tracker they replace): every table row by row, the generated values (ids, save times, trace
/// ids) replaced by what they stand for.
/// </summary>
public static class DatabaseDump
{
    private static readonly Regex Guids = new("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}", RegexOptions.Compiled);
    private static readonly Regex Times = new(@"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?", RegexOptions.Compiled);
    private static readonly Regex Traces = new("(?<![0-9a-fA-F])[0-9a-f]{32}(?![0-9a-fA-F])", RegexOptions.Compiled);

    /// <summary>Every table, its rows as text, the generated values replaced: member ids by their card, other ids, save times and trace ids by placeholders.</summary>
    public static Task<Dictionary<string, List<string>>> OfAsync(ApiFactory factory) => factory.WithDbAsync(async db =>
    {
        var members = await db.Members.AsNoTracking().Select(m => new { m.Id, m.PartyCardNumber, m.CitizenId, m.FullName }).ToListAsync();
        var names = members.ToDictionary(m => m.Id.ToString(), m => "M:" + (m.PartyCardNumber ?? m.CitizenId ?? m.FullName), StringComparer.OrdinalIgnoreCase);
        var organizations = (await db.Set<PartyCommittee.Domain.Organization.PartyOrganization>().AsNoTracking().Select(o => o.Id).ToListAsync()).Select(id => id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // Every table but the engine's, the scheduler's and the host's own keys (random per host, untouched by an import).
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'QRTZ%' AND name <> 'DataProtectionKeys' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = new List<string>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    // The audit table's and the rating lines' counts' own keys are the engine's counter (the order of the
                    // rows, not their content).
                    if (table is "AuditEntries" or "RatingLineCounts" && reader.GetName(i) == "Id")
                    {
                        continue;
                    }

                    values.Add(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
                }

                var text = string.Join('|', values);
                text = Guids.Replace(text, m => names.TryGetValue(m.Value, out var name) ? name : organizations.Contains(m.Value) ? m.Value.ToUpperInvariant() : "ID");
                text = Times.Replace(text, "TIME");
                rows.Add(Traces.Replace(text, "TRACE"));
            }

            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }

        return dump;
    });

    /// <summary>The same tables with the same rows, or the first rows each side holds alone.</summary>
    public static void ShouldMatch(Dictionary<string, List<string>> expected, Dictionary<string, List<string>> actual, string host)
    {
        actual.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal), host);
        var differences = expected
            .Where(t => !actual[t.Key].SequenceEqual(t.Value, StringComparer.Ordinal))
            .Select(t => $"{t.Key}: reference only [{string.Join(" ; ", t.Value.Except(actual[t.Key]).Take(2))}], {host} only [{string.Join(" ; ", actual[t.Key].Except(t.Value).Take(2))}], rows {t.Value.Count} vs {actual[t.Key].Count}")
            .ToList();
        differences.ShouldBeEmpty(host);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Bench;

/// <summary>
/// The data-value ingestion benchmark (issue 11 "Performance", issue 12), driven by <c>bench/ingest.sh</c>:
/// <list type="bullet">
/// <item><c>ingest prepare --rows N --db FILE --csv FILE</c>: a migrated database with a province, its 11 districts and
/// 108 communes (valid 2004-01-01 to 2025-06-30, as the demo's units before the 2025 reorganisation), and a CSV of N
/// distinct, valid values (every data element of the catalogue, every breakdown it allows, every period form of
/// 2019-2024, one period at a time across the units, as a province system pushes a report);</item>
/// <item><c>ingest push --url URL --token T --csv FILE [--replay 1]</c>: POST the file to
/// <c>/api/v1/data-values?async=true&amp;atomic=false</c> as <c>text/csv</c> (streamed), poll the import job to its end,
/// print one line <c>seconds status outcome rowsDone imported updated ignored conflicts</c>;</item>
/// <item><c>ingest raw --db FILE --csv FILE</c>: the baseline, the same rows read from the same CSV and inserted by
/// raw ADO.NET into the same table (prepared INSERT, one transaction per 5,000 rows), prints the seconds.</item>
/// </list>
/// </summary>
internal static class Ingest
{
    private const int Communes = 108;
    private static readonly int[] Years = [2019, 2020, 2021, 2022, 2023, 2024];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args[1..]);
        return args.Length == 0 ? 2 : args[0] switch
        {
            "prepare" => await PrepareAsync(options),
            "push" => await PushAsync(options),
            "raw" => await RawAsync(options),
            _ => 2,
        };
    }

    private static async Task<int> PrepareAsync(Options options)
    {
        var rows = options.GetInt("rows", 100_000);
        var file = Path.GetFullPath(options.Get("db", $"bench/data/ingest-{rows}.db"));
        var csv = options.Get("csv", $"bench/data/ingest-{rows}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }

        var units = Units();
        await using (var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options))
        {
            await db.Database.MigrateAsync();
            db.Set<ReportingUnit>().AddRange(units.Select(u => new ReportingUnit(
                Guid.CreateVersion7(), u.Code, u.Name, u.Level, u.Parent, new DateRange(new DateOnly(2004, 1, 1), new DateOnly(2025, 6, 30)))));
            await db.SaveChangesAsync();
        }

        await using var writer = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync("dataElement,period,orgUnit,disaggregation,value,comment");
        var written = 0;
        foreach (var (element, period, unit, breakdown) in Combinations(units.Select(u => u.Code).ToList()))
        {
            if (written == rows)
            {
                break;
            }

            // Values that a count accepts: deterministic, different from row to row.
            var value = 10 + (written * 7919L % 100_000);
            await writer.WriteLineAsync($"{element},{period},{unit},\"{breakdown}\",{value.ToString(CultureInfo.InvariantCulture)},");
            written++;
        }

        if (written < rows)
        {
            Console.Error.WriteLine($"only {written} distinct combinations exist");
            return 1;
        }

        Console.WriteLine($"prepared {file} ({units.Count} units) and {csv} ({written:N0} rows)");
        return 0;
    }

    private static IEnumerable<(string Element, string Period, string Unit, string Breakdown)> Combinations(IReadOnlyList<string> units)
    {
        foreach (var year in Years)
        {
            var periods = new List<string> { $"{year}", $"{year}S1", $"{year}S2", $"{year}N9" };
            periods.AddRange(Enumerable.Range(1, 4).Select(q => $"{year}Q{q}"));
            periods.AddRange(Enumerable.Range(1, 12).Select(m => $"{year}{m:00}"));
            foreach (var period in periods)
            {
                foreach (var unit in units)
                {
                    foreach (var element in IndicatorCatalogue.DataElements)
                    {
                        foreach (var breakdown in Breakdowns(element.Categories))
                        {
                            yield return (element.Code, period, unit, breakdown);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Total, each option alone, and each pair of options of two different categories.</summary>
    private static IEnumerable<string> Breakdowns(IReadOnlyCollection<string> categories)
    {
        yield return Categories.Total;
        var options = Categories.Options.Where(o => categories.Contains(o.Category)).ToList();
        foreach (var option in options)
        {
            yield return $"{option.Category}:{option.Code}";
        }

        foreach (var a in options)
        {
            foreach (var b in options.Where(b => string.CompareOrdinal(b.Category, a.Category) > 0))
            {
                yield return $"{a.Category}:{a.Code},{b.Category}:{b.Code}";
            }
        }
    }

    private static List<(string Code, string Name, UnitLevel Level, string? Parent)> Units()
    {
        var units = new List<(string, string, UnitLevel, string?)> { ("94", "Tỉnh Sóc Trăng", UnitLevel.Province, null) };
        for (var d = 0; d < 11; d++)
        {
            var district = (941 + d).ToString(CultureInfo.InvariantCulture);
            units.Add((district, $"Huyện số {d + 1}", UnitLevel.District, "94"));
        }

        for (var c = 0; c < Communes; c++)
        {
            units.Add(((94000 + c).ToString(CultureInfo.InvariantCulture), $"Xã số {c + 1}", UnitLevel.Commune, (941 + (c % 11)).ToString(CultureInfo.InvariantCulture)));
        }

        return units;
    }

    private static async Task<int> PushAsync(Options options)
    {
        var url = options.Get("url", "http://127.0.0.1:5081").TrimEnd('/');
        var csv = options.Get("csv", "bench/data/ingest-100000.csv");
        using var http = new HttpClient { Timeout = TimeSpan.FromHours(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Get("token", string.Empty));
        var clock = Stopwatch.StartNew();
        await using var body = File.OpenRead(csv);
        using var content = new StreamContent(body, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Headers.ContentLength = body.Length;
        using var response = await http.PostAsync($"{url}/api/v1/data-values?async=true&atomic={options.Get("atomic", "false")}", content);
        if ((int)response.StatusCode != 202)
        {
            Console.Error.WriteLine($"POST answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return 1;
        }

        var location = response.Headers.Location!;
        var job = new Uri(new Uri(url), location);
        while (true)
        {
            await Task.Delay(250);
            using var document = JsonDocument.Parse(await http.GetStringAsync(job));
            var root = document.RootElement;
            var status = root.GetProperty("status").GetString();
            if (status is "COMPLETED" or "FAILED")
            {
                var counts = root.GetProperty("counts");
                var outcome = root.TryGetProperty("outcome", out var o) ? o.GetString() : null;
                Console.WriteLine(string.Join(' ',
                    clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), status, outcome ?? "-",
                    root.GetProperty("rowsDone").GetInt32(), counts.GetProperty("imported").GetInt32(), counts.GetProperty("updated").GetInt32(),
                    counts.GetProperty("ignored").GetInt32(), root.GetProperty("conflictCount").GetInt32()));
                return status == "COMPLETED" ? 0 : 1;
            }
        }
    }

    private static async Task<int> RawAsync(Options options)
    {
        var file = options.Get("db", "bench/data/ingest-raw.db");
        var csv = options.Get("csv", "bench/data/ingest-100000.csv");
        var clock = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        // The same settings as the API's connection (DatabaseInitializer): WAL journal (a copy taken before the API first
        // opened the file is still in rollback-journal mode), the default synchronous (FULL) and checkpoint interval.
        // RAW_JOURNAL=delete measures the rollback journal instead.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = $"PRAGMA journal_mode={(Environment.GetEnvironmentVariable("RAW_JOURNAL") is { Length: > 0 } mode ? mode : "wal")};";
            await pragma.ExecuteScalarAsync();
        }

        var change = 0L;
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        using var reader = new StreamReader(csv, Encoding.UTF8, false, 1 << 16);
        await reader.ReadLineAsync();
        SqliteTransaction? transaction = null;
        SqliteCommand? insert = null;
        var inBatch = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (transaction is null)
            {
                transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO DataValues (Id, DataElement, Period, PeriodStart, PeriodEnd, UnitCode, Disaggregation, Value, Comment, StoredBy, StoredAt, ChangeNumber, IsDeleted) VALUES ($id,$e,$p,$ps,$pe,$u,$d,$v,NULL,'bench',$now,$c,0)";
                foreach (var name in new[] { "$id", "$e", "$p", "$ps", "$pe", "$u", "$d", "$v", "$now", "$c" })
                {
                    insert.Parameters.Add(new SqliteParameter(name, null));
                }

                insert.Prepare();
            }

            // element,period,unit,"breakdown",value,
            var first = line.IndexOf(',', StringComparison.Ordinal);
            var second = line.IndexOf(',', first + 1);
            var third = line.IndexOf(',', second + 1);
            var quoteEnd = line.IndexOf('"', third + 2);
            var fifth = line.IndexOf(',', quoteEnd + 2);
            var period = ReportingPeriod.Parse(line[(first + 1)..second]);
            var p = insert!.Parameters;
            p[0].Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            p[1].Value = line[..first];
            p[2].Value = period.ToString();
            p[3].Value = period.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[4].Value = period.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[5].Value = line[(second + 1)..third];
            p[6].Value = line[(third + 2)..quoteEnd];
            p[7].Value = line[(quoteEnd + 2)..fifth] + ".0";
            p[8].Value = now;
            p[9].Value = ++change;
            await insert.ExecuteNonQueryAsync();
            if (++inBatch == 5_000)
            {
                await transaction!.CommitAsync();
                await transaction.DisposeAsync();
                await insert.DisposeAsync();
                transaction = null;
                inBatch = 0;
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
            await insert!.DisposeAsync();
        }

        Console.WriteLine(clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        return 0;
    }
}

using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using MiniExcelLibs;

namespace PartyCommittee.Bench;

/// <summary>
/// Writes a member import file (the API's import layout) of N new members spread over the cells of a benchmark
/// database: unique party card numbers (80,000,000 + i) and citizen IDs, so that every row is a valid creation.
/// </summary>
internal static class ImportFile
{
    private static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
    private static readonly string[] Middle = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Thu"];
    private static readonly string[] Given = ["An", "Bình", "Cường", "Dũng", "Hải", "Hương", "Lan", "Linh", "Mai", "Nam", "Phong", "Quang", "Thảo", "Trang", "Vân", "Yến"];

    public static readonly string[] Headers =
    [
        "fullName", "sex", "dateOfBirth", "ethnicityCode", "generalEducation", "professionalLevel", "politicalTheoryLevel",
        "partyCardNumber", "citizenId", "admissionDecisionDate", "ceremonyDate", "fullMembershipDate", "cellCode", "status", "position",
    ];

    public static async Task<int> RunAsync(Options options)
    {
        var rows = options.GetInt("rows", 100_000);
        var db = options.Get("db", "bench/data/bench-10000.db");
        var output = options.Get("out", $"bench/data/import-{rows}.csv");
        var cells = await CellCodesAsync(db);
        var random = new Random(20261201);
        IEnumerable<string?[]> Rows()
        {
            for (var i = 0; i < rows; i++)
            {
                var born = new DateOnly(1960 + random.Next(0, 30), random.Next(1, 13), random.Next(1, 29));
                yield return
                [
                    $"{Family[random.Next(Family.Length)]} {Middle[random.Next(Middle.Length)]} {Given[random.Next(Given.Length)]}",
                    random.Next(2) == 0 ? "MALE" : "FEMALE",
                    born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "01", "UPPER_SECONDARY", "UNIVERSITY", "INTERMEDIATE",
                    (80_000_000 + i).ToString(CultureInfo.InvariantCulture),
                    $"099{i:000000000}",
                    "2010-05-19", "2010-05-19", "2011-05-19",
                    cells[i % cells.Count], "FULL", "Chuyên viên",
                ];
            }
        }

        if (output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(output);
            MiniExcel.SaveAs(output, Rows().Select(r => Headers.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => (object?)p.Item2)), excelType: ExcelType.XLSX);
        }
        else
        {
            await using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
            await writer.WriteLineAsync(string.Join(',', Headers));
            foreach (var row in Rows())
            {
                await writer.WriteLineAsync(string.Join(',', row));
            }
        }

        Console.WriteLine($"wrote {rows:N0} rows over {cells.Count} cells to {output} ({new FileInfo(output).Length / 1024 / 1024} MiB)");
        return 0;
    }

    private static async Task<List<string>> CellCodesAsync(string db)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Code FROM Organizations WHERE Type = 'PartyCell' AND DissolvedOn IS NULL ORDER BY Code";
        var codes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }
}

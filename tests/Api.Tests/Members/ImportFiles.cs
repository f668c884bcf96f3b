using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using PartyCommittee.Application.Membership.Members;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>Builds import files (CSV in the import layout, hand-made .xlsx) and posts them.</summary>
internal static class ImportFiles
{
    /// <summary>A valid row for a full member of cell <paramref name="cellCode"/>; change fields with a <c>with</c> on the dictionary.</summary>
    public static Dictionary<string, string?> Row(string fullName, string? card, string? citizenId = null, string cellCode = "CB-TT", string dateOfBirth = "1985-03-02") => new(StringComparer.Ordinal)
    {
        ["fullName"] = fullName,
        ["sex"] = "MALE",
        ["dateOfBirth"] = dateOfBirth,
        ["ethnicityCode"] = "01",
        ["generalEducation"] = "UPPER_SECONDARY",
        ["professionalLevel"] = "UNIVERSITY",
        ["politicalTheoryLevel"] = "INTERMEDIATE",
        ["partyCardNumber"] = card,
        ["citizenId"] = citizenId,
        ["admissionDecisionDate"] = "2010-05-19",
        ["ceremonyDate"] = "2010-05-19",
        ["fullMembershipDate"] = "2011-05-19",
        ["cellCode"] = cellCode,
        ["status"] = "FULL",
    };

    public static Dictionary<string, string?> With(this Dictionary<string, string?> row, string header, string? value) =>
        new(row, StringComparer.Ordinal) { [header] = value };

    /// <summary>The rows as CSV with every column of <see cref="MemberSheet.Headers"/> (plus any extra column a row names).</summary>
    public static string Csv(IEnumerable<IReadOnlyDictionary<string, string?>> rows)
    {
        var list = rows.ToList();
        var headers = MemberSheet.Headers.Concat(list.SelectMany(r => r.Keys).Where(k => !MemberSheet.Headers.Contains(k)).Distinct()).ToList();
        var text = new StringBuilder(string.Join(',', headers)).Append('\n');
        foreach (var row in list)
        {
            text.AppendJoin(',', headers.Select(h => Quote(row.GetValueOrDefault(h)))).Append('\n');
        }

        return text.ToString();
    }

    public static string Csv(params IReadOnlyDictionary<string, string?>[] rows) => Csv(rows.AsEnumerable());

    /// <summary>A distinct name part for <paramref name="number"/> (a person's name has no digits): 1 → "Ba", 27 → "Bab".</summary>
    public static string Letters(int number)
    {
        var letters = new System.Text.StringBuilder();
        for (var n = number; n > 0; n /= 26)
        {
            letters.Insert(0, (char)('a' + (n % 26)));
        }

        return "B" + letters;
    }

    /// <summary>Many valid rows with card numbers <paramref name="cardPrefix"/> + a counter (8 digits in all).</summary>
    public static IEnumerable<Dictionary<string, string?>> Many(int count, string cardPrefix, string cellCode = "CB-TT") =>
        Enumerable.Range(1, count).Select(i =>
            Row($"Nguyễn Văn {Letters(i)}", cardPrefix + i.ToString(new string('0', 8 - cardPrefix.Length), System.Globalization.CultureInfo.InvariantCulture), cellCode: cellCode));

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string csv, bool dryRun, string name = "members.csv") =>
        PostAsync(client, Encoding.UTF8.GetBytes(csv), name, dryRun);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] bytes, string name, bool dryRun)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        content.Add(file, "file", name);
        return client.PostAsync($"/api/v1/members/import?dryRun={(dryRun ? "true" : "false")}", content);
    }

    /// <summary>
    /// A valid .xlsx (one sheet, inline strings) whose first data cell holds <paramref name="expandedBytes"/> bytes of
    /// one repeated letter: the sheet XML is huge and compresses to almost nothing (a zip bomb).
    /// </summary>
    public static byte[] ZipBombXlsx(long expandedBytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Write(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Write(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Write(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """);

            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var stream = sheet.Open();
            stream.Write(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>fullName</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>"""));
            var chunk = Encoding.ASCII.GetBytes(new string('A', 1 << 20));
            for (long written = 0; written < expandedBytes; written += chunk.Length)
            {
                stream.Write(chunk);
            }

            stream.Write(Encoding.UTF8.GetBytes("</t></is></c></row></sheetData></worksheet>"));
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}

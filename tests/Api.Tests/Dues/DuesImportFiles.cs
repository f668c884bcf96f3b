using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Inspection.Dues;
using PartyCommittee.Application.Inspection.Dues.Import;
using PartyCommittee.Application.Membership;

namespace PartyCommittee.Api.Tests.Dues;

/// <summary>Builds dues files in the import layout and posts them.</summary>
internal static class DuesImportFiles
{
    /// <summary>One line of a demo sheet as the import sees it.</summary>
    public sealed record DemoLine(Guid MemberId, string Code, Guid CellId, DateOnly Month, long Due, long Paid);

    /// <summary>The lines of the demo sheets of <paramref name="cell"/> (every cell when null) in the months from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static Task<List<DemoLine>> LinesAsync(ApiFactory factory, Guid? cell, DateOnly first, DateOnly last) =>
        factory.WithDbAsync(async db =>
        {
            var rows = await (from l in db.DuesLines.AsNoTracking()
                              join s in db.DuesSheets.AsNoTracking() on l.SheetId equals s.Id
                              join m in db.Members.AsNoTracking() on l.MemberId equals m.Id
                              where s.Month >= first && s.Month <= last && (cell == null || s.OrganizationId == cell)
                              select new DemoLine(l.MemberId, m.PartyCardNumber ?? m.RecordNumber ?? m.Id.ToString(), s.OrganizationId, s.Month, l.Due, l.Paid)).ToListAsync();
            return rows.OrderBy(r => r.Month).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        });

    public static Dictionary<string, string?> Row(string code, string? month, long? paid, string? paidOn = null, string? collector = null) => new(StringComparer.Ordinal)
    {
        [DuesSheetLayout.MemberCode] = code,
        [DuesSheetLayout.Month] = month,
        [DuesSheetLayout.Paid] = paid?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [DuesSheetLayout.PaidOn] = paidOn,
        [DuesSheetLayout.Collector] = collector,
    };

    public static Dictionary<string, string?> With(this Dictionary<string, string?> row, string header, string? value) =>
        new(row, StringComparer.Ordinal) { [header] = value };

    /// <summary>The rows as CSV with the columns the rows name (in <see cref="DuesSheetLayout.Headers"/> order).</summary>
    public static string Csv(IEnumerable<IReadOnlyDictionary<string, string?>> rows)
    {
        var list = rows.ToList();
        var headers = DuesSheetLayout.Headers.Where(h => list.Any(r => r.ContainsKey(h))).ToList();
        var text = new StringBuilder(string.Join(',', headers)).Append('\n');
        foreach (var row in list)
        {
            text.AppendJoin(',', headers.Select(h => Quote(row.GetValueOrDefault(h)))).Append('\n');
        }

        return text.ToString();
    }

    public static string Csv(params IReadOnlyDictionary<string, string?>[] rows) => Csv(rows.AsEnumerable());

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string csv, string query) =>
        PostAsync(client, Encoding.UTF8.GetBytes(csv), "dues.csv", query);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] bytes, string name, string query)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        content.Add(file, "file", name);
        return client.PostAsync($"/api/v1/dues/import?{query}", content);
    }

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}

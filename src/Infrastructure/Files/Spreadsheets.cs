using System.Globalization;
using System.Text;
using MiniExcelLibs;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;

namespace PartyCommittee.Infrastructure.Files;

/// <summary>
/// CSV (RFC 4180, UTF-8 with BOM so Excel shows Vietnamese correctly) and Excel .xlsx through MiniExcel. Reading
/// is bounded by a row limit; writing streams rows (CSV straight to the response, .xlsx through a temporary file,
/// since the zip container is finished only at the end).
/// </summary>
public sealed class Spreadsheets : ISpreadsheets
{
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Read(Stream content, SheetFormat format, int maxRows)
    {
        var type = format == SheetFormat.Csv ? ExcelType.CSV : ExcelType.XLSX;
        var rows = new List<IReadOnlyDictionary<string, string?>>();
        IEnumerable<dynamic> query;
        try
        {
            // MiniExcel reads .xlsx from a seekable stream.
            var seekable = new MemoryStream();
            content.CopyTo(seekable);
            seekable.Position = 0;
            query = MiniExcel.Query(seekable, useHeaderRow: true, excelType: type).ToList();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new BadRequestException("import.file_unreadable", "The file could not be read.");
        }

        foreach (IDictionary<string, object?> row in query)
        {
            if (rows.Count >= maxRows)
            {
                throw new BadRequestException("import.too_many_rows", "Too many rows.", maxRows);
            }

            var cells = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (header, value) in row)
            {
                var text = value switch
                {
                    null => null,
                    DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                };
                cells[header.Trim().TrimStart('\uFEFF')] = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            }

            if (cells.Values.Any(v => v is not null))
            {
                rows.Add(cells);
            }
        }

        return rows;
    }

    public async Task WriteAsync(Stream output, SheetFormat format, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        if (format == SheetFormat.Csv)
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
            await writer.WriteLineAsync(string.Join(',', headers.Select(Escape)));
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                await writer.WriteLineAsync(string.Join(',', row.Select(v => Escape(v?.ToString()))));
            }

            await writer.FlushAsync(cancellationToken);
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.xlsx");
        try
        {
            // Rows flow from the database into the file one by one (off the request thread), never all in memory.
            await Task.Run(
                () =>
                {
                    using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
                    var records = rows.ToBlockingEnumerable(cancellationToken).Select(row =>
                    {
                        var record = new Dictionary<string, object?>(headers.Count);
                        for (var i = 0; i < headers.Count; i++)
                        {
                            record[headers[i]] = row[i];
                        }

                        return record;
                    });
                    MiniExcel.SaveAs(file, records, printHeader: true, excelType: ExcelType.XLSX);
                },
                cancellationToken);

            await using var read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            await read.CopyToAsync(output, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // Neutralise spreadsheet formulas (CSV injection) and quote when needed.
        var safe = value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}

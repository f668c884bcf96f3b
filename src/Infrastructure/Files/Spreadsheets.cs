using System.Globalization;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Domain.Common;
using Sylvan.Data.Csv;

namespace PartyCommittee.Infrastructure.Files;

/// <summary>
/// CSV (RFC 4180, UTF-8; written with a BOM so Excel shows Vietnamese correctly) and Excel .xlsx. Reading streams:
/// CSV through Sylvan's parser over a strict UTF-8 decoder, .xlsx through MiniExcel once the zip container has been
/// inspected; rows are handed out one at a time and every limit is checked on the way (see <see cref="SheetReadLimits"/>).
/// Writing streams rows too (CSV straight to the response, .xlsx through a temporary file, since the zip container is
/// finished only at the end). Both directions apply the <see cref="FormulaGuard"/>.
/// </summary>
public sealed class Spreadsheets : ISpreadsheets
{
    /// <summary>Entries smaller than this are not judged by their compression ratio (tiny XML parts compress well).</summary>
    private const long RatioCheckedFrom = 1024 * 1024;

    /// <summary>Strict: invalid bytes throw instead of becoming U+FFFD; the BOM (the preamble) is skipped when present.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    public IEnumerable<SheetRow> Read(Stream content, SheetFormat format, SheetReadLimits limits)
    {
        if (content.CanSeek && content.Length - content.Position > limits.MaxBytes)
        {
            throw FileTooLarge(limits);
        }

        var bounded = new BoundedReadStream(content, limits.MaxBytes, () => FileTooLarge(limits));
        return format == SheetFormat.Csv ? ReadCsv(bounded, limits) : ReadXlsx(content.CanSeek ? content : bounded, limits);
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

        var path = Path.Combine(Path.GetTempPath(), $"export-{Ids.NewVersion7():N}.xlsx");
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

    private static IEnumerable<SheetRow> ReadCsv(Stream content, SheetReadLimits limits)
    {
        using var text = new StreamReader(content, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            Delimiter = ',',
            // A record must fit in the buffer: one row can never take more than this much memory.
            BufferSize = 64 * 1024,
            MaxBufferSize = 1024 * 1024,
            OwnsReader = false,
        };

        var csv = Guarded(() => CsvDataReader.Create(text, options));
        using (csv)
        {
            var headers = Headers(Enumerable.Range(0, csv.FieldCount).Select(csv.GetName), limits);
            var layout = new RowLayout(headers);
            var records = 0;
            while (Guarded(csv.Read))
            {
                if (++records > limits.MaxRows)
                {
                    throw TooManyRows(limits);
                }

                // The row's cells by column, looked up through the file's one header map (issue 12, session 23: a
                // dictionary per row was a third of the reader's allocation, 1,442 → 946 bytes a row of the bench file,
                // and a case-insensitive hash of every header per row; read twice per real import).
                var values = new string?[layout.Count];
                var any = false;
                for (var i = 0; i < headers.Length; i++)
                {
                    var value = i < csv.RowFieldCount ? FormulaText(csv.GetString(i)) : null;
                    values[layout.SlotOf(i)] = value;
                    any |= value is not null;
                }

                if (any)
                {
                    yield return new SheetRow(records + 1, new RowCells(layout, values));
                }
            }
        }
    }

    private static IEnumerable<SheetRow> ReadXlsx(Stream content, SheetReadLimits limits)
    {
        // The zip directory sits at the end of the file: .xlsx needs a seekable stream. An upload is one already
        // (buffered by the server); anything else is copied to a temporary file, counted by the bounded stream.
        Stream? copy = null;
        if (!content.CanSeek)
        {
            copy = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            content.CopyTo(copy);
            copy.Position = 0;
        }

        using (copy)
        {
            var source = copy ?? content;
            var start = source.Position;
            InspectArchive(source, limits);
            source.Position = start;

            using var rows = Guarded(() => MiniExcel.Query(source, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().GetEnumerator());
            string[]? headers = null;
            var records = 0;
            while (Guarded(rows.MoveNext))
            {
                var row = rows.Current;
                headers ??= Headers(row.Keys, limits);
                if (++records > limits.MaxRows)
                {
                    throw TooManyRows(limits);
                }

                var cells = new Dictionary<string, string?>(headers.Length, StringComparer.OrdinalIgnoreCase);
                var column = 0;
                foreach (var value in row.Values)
                {
                    if (column < headers.Length)
                    {
                        cells[headers[column++]] = CellText(value switch
                        {
                            null => null,
                            DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                            _ => value.ToString(),
                        });
                    }
                }

                if (cells.Values.Any(v => v is not null))
                {
                    yield return new SheetRow(records + 1, cells);
                }
            }
        }
    }

    /// <summary>
    /// Refuses a zip bomb before any XML is parsed: every entry's declared size, the total, and the compression
    /// ratio of large entries are checked from the zip directory; then each entry is inflated once into nothing,
    /// counting, because the directory's sizes are written by the sender and may lie.
    /// </summary>
    private static void InspectArchive(Stream source, SheetReadLimits limits)
    {
        using var zip = Guarded(() => new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true));
        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            var suspicious = entry.Length >= RatioCheckedFrom && (entry.CompressedLength == 0 || entry.Length / entry.CompressedLength > limits.MaxCompressionRatio);
            if (entry.Length > limits.MaxExpandedBytes || declared > limits.MaxExpandedBytes || suspicious)
            {
                throw XlsxTooLarge(limits);
            }
        }

        var buffer = new byte[81920];
        long inflated = 0;
        foreach (var entry in zip.Entries)
        {
            using var stream = Guarded(entry.Open);
            long read = 0;
            int count;
            while ((count = Guarded(() => stream.Read(buffer))) > 0)
            {
                read += count;
                inflated += count;
                if (read > entry.Length || inflated > limits.MaxExpandedBytes)
                {
                    throw XlsxTooLarge(limits);
                }
            }
        }
    }

    private static string[] Headers(IEnumerable<string> names, SheetReadLimits limits)
    {
        var headers = new List<string>();
        foreach (var name in names)
        {
            if (headers.Count == limits.MaxColumns)
            {
                throw new BadRequestException("import.too_many_columns", "Too many columns.", limits.MaxColumns);
            }

            headers.Add(name.Trim().TrimStart('\uFEFF'));
        }

        return [.. headers];
    }

    /// <summary>Trimmed, null when empty.</summary>
    private static string? CellText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A CSV cell: also without the apostrophe the CSV export puts before formula-like text.</summary>
    private static string? FormulaText(string? text) => CellText(text) is { } cell ? FormulaGuard.Unprotect(cell) : null;

    /// <summary>Runs one step of a parser, turning its failures into coded refusals (the limits' own refusals pass through).</summary>
    private static T Guarded<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (DecoderFallbackException)
        {
            throw new BadRequestException("import.encoding_invalid", "The file is not UTF-8.");
        }
        catch (Exception exception) when (exception is not (AppException or OutOfMemoryException or OperationCanceledException))
        {
            throw new BadRequestException("import.file_unreadable", "The file could not be read.");
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.##", CultureInfo.InvariantCulture);

    private static ContentTooLargeException FileTooLarge(SheetReadLimits limits) =>
        new("import.file_too_large", "The file is too large.", Megabytes(limits.MaxBytes));

    private static ContentTooLargeException TooManyRows(SheetReadLimits limits) =>
        new("import.too_many_rows", "Too many rows.", limits.MaxRows);

    private static ContentTooLargeException XlsxTooLarge(SheetReadLimits limits) =>
        new("import.xlsx_too_large", "The workbook expands beyond the limit.", Megabytes(limits.MaxExpandedBytes));

    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = FormulaGuard.Protect(value);
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>
    /// The cells of a file's rows, shared by every row: each distinct header (case-insensitive; the first spelling
    /// and position kept, the last column of that name supplying the value, as a dictionary filled column by column
    /// would) and the slot of its value in a row's array.
    /// </summary>
    private sealed class RowLayout
    {
        private readonly int[] slotOfColumn;

        public RowLayout(string[] headers)
        {
            var slots = new Dictionary<string, int>(headers.Length, StringComparer.OrdinalIgnoreCase);
            var keys = new List<string>(headers.Length);
            slotOfColumn = new int[headers.Length];
            for (var i = 0; i < headers.Length; i++)
            {
                if (!slots.TryGetValue(headers[i], out var slot))
                {
                    slot = keys.Count;
                    slots.Add(headers[i], slot);
                    keys.Add(headers[i]);
                }

                slotOfColumn[i] = slot;
            }

            Keys = [.. keys];
            Slots = slots;
        }

        /// <summary>The distinct headers, in the order of their first column.</summary>
        public string[] Keys { get; }

        public Dictionary<string, int> Slots { get; }

        public int Count => Keys.Length;

        public int SlotOf(int column) => slotOfColumn[column];
    }

    /// <summary>One row's cells: header (case-insensitive) → trimmed text or null, read-only, as the dictionary it replaces.</summary>
    private sealed class RowCells(RowLayout layout, string?[] values) : IReadOnlyDictionary<string, string?>
    {
        public string? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => layout.Keys;

        public IEnumerable<string?> Values => values;

        public int Count => values.Length;

        public bool ContainsKey(string key) => layout.Slots.ContainsKey(key);

        public bool TryGetValue(string key, out string? value)
        {
            if (layout.Slots.TryGetValue(key, out var slot))
            {
                value = values[slot];
                return true;
            }

            value = null;
            return false;
        }

        public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
        {
            for (var i = 0; i < values.Length; i++)
            {
                yield return new KeyValuePair<string, string?>(layout.Keys[i], values[i]);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

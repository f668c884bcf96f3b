namespace PartyCommittee.Application.Common.Abstractions;

public enum SheetFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>
/// What one read may consume. Every bound is checked while reading, before the next piece is parsed: the file's
/// size, the number of rows (reading stops at the first row past the limit), and for .xlsx the size of the zip
/// entries once inflated and their compression ratio (checked before any XML is parsed).
/// </summary>
/// <param name="MaxRows">Data rows (the header excluded); blank rows count too, so that gaps cannot be used to make work.</param>
/// <param name="MaxBytes">Bytes of the file as sent.</param>
/// <param name="MaxExpandedBytes">Bytes of all the entries of an .xlsx, inflated.</param>
/// <param name="MaxCompressionRatio">Inflated to compressed size of any large .xlsx entry.</param>
/// <param name="MaxColumns">Columns of the header row.</param>
public sealed record SheetReadLimits(int MaxRows, long MaxBytes, long MaxExpandedBytes, int MaxCompressionRatio, int MaxColumns = 256);

/// <summary>One data row: its number in the file (the header is row 1) and header → cell text (trimmed, null when empty).</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, string?> Cells);

/// <summary>Reads and writes tabular files (CSV, Excel .xlsx) with a header row.</summary>
public interface ISpreadsheets
{
    /// <summary>
    /// The data rows, read lazily as they are enumerated (never the whole file at once). Blank rows are skipped.
    /// Throws an <see cref="Exceptions.AppException"/> with a stable code when the file breaks a limit
    /// (<c>import.file_too_large</c>, <c>import.too_many_rows</c>, <c>import.xlsx_too_large</c>,
    /// <c>import.too_many_columns</c>), is not UTF-8 (<c>import.encoding_invalid</c>) or cannot be read
    /// (<c>import.file_unreadable</c>).
    /// </summary>
    IEnumerable<SheetRow> Read(Stream content, SheetFormat format, SheetReadLimits limits);

    /// <summary>Writes the rows to <paramref name="output"/> without holding them all in memory.</summary>
    Task WriteAsync(Stream output, SheetFormat format, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken);
}

namespace PartyCommittee.Application.Common.Abstractions;

public enum SheetFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>Reads and writes tabular files (CSV, Excel .xlsx) with a header row.</summary>
public interface ISpreadsheets
{
    /// <summary>The data rows, each as header → cell text (trimmed, null when empty). At most <paramref name="maxRows"/> rows.</summary>
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Read(Stream content, SheetFormat format, int maxRows);

    /// <summary>Writes the rows to <paramref name="output"/> without holding them all in memory.</summary>
    Task WriteAsync(Stream output, SheetFormat format, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken);
}

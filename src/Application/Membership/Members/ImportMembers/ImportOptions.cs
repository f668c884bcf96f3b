using PartyCommittee.Application.Common.Abstractions;

namespace PartyCommittee.Application.Membership.Members.ImportMembers;

/// <summary>
/// Bounds of a member import (configuration section <c>Import</c>). The defaults fit a department committee's
/// largest honest file with room to spare: 20,000 rows of the import layout are about 8 MB of CSV, 3 MB of .xlsx
/// expanding to some 40 MB of XML.
/// </summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>Data rows in one file.</summary>
    public int MaxRows { get; set; } = 20_000;

    /// <summary>Bytes of the uploaded file (the endpoint's request body limit adds the multipart envelope).</summary>
    public long MaxFileBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Bytes of an .xlsx once its zip entries are inflated.</summary>
    public long MaxExpandedBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>Inflated to compressed size of any .xlsx entry over 1 MiB (honest sheets stay well under 50).</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>
    /// Rows written per save of a real import (all in one transaction): each save writes the batch's members, their
    /// history and audit rows, then the change tracker is cleared, so memory and save time do not grow with the file.
    /// The dues import writes the payments on stored sheets in chunks of whole sheets of about this many rows (ADR 0088).
    /// </summary>
    public int BatchSize { get; set; } = 1_000;

    /// <summary>
    /// Dated count differences (keys) that a real import's new members may accumulate in memory before they are moved
    /// to a temporary table of the connection, to be summed and applied at the commit (SQLite; issue 12, sessions 23-24,
    /// ADR 0052). Held in memory to the commit they grew with the file (~20 dated keys per member). SQL Server holds them
    /// to the commit whatever this says.
    /// </summary>
    public int CountKeysInMemory { get; set; } = 250_000;

    /// <summary>
    /// SQLite: a real import that creates at least this many members, and at least
    /// <see cref="RebuildIndexesAtShare"/> of the members already stored, drops the member table's secondary indexes
    /// after its checking pass and builds them again just before its commit (ADR 0056): built once from the whole table
    /// they cost less than kept up to date row by row. A setting, from measurements (session 26), not a rule of any
    /// text. 0 turns it off.
    /// </summary>
    public int RebuildIndexesAtRows { get; set; } = 10_000;

    /// <summary>The share of the stored members a real import must create for <see cref="RebuildIndexesAtRows"/> to apply (0.3: 30%).</summary>
    public double RebuildIndexesAtShare { get; set; } = 0.3;

    /// <summary>
    /// SQLite: the page cache (MiB) of a real import's connection for its writing transaction (and of a set-based load of
    /// new aggregates over a chunk, ADR 0085), the connection's own size
    /// put back at its end (ADR 0083). A large import into a large register writes new entries at random places of a
    /// dozen indexes; with SQLite's default 2 MB cache nearly every one read a page back from the WAL and spilled it
    /// again. SQLite takes the pages only as the transaction touches them. A setting, from measurements (session 52:
    /// 256 MiB, 0.76x the CPU of 100,000 rows into the 1M register, side by side, for +300 MB of peak memory); 0 keeps
    /// the default.
    /// </summary>
    public int SqliteCacheMegabytes { get; set; } = 256;

    public SheetReadLimits Limits => new(MaxRows, MaxFileBytes, MaxExpandedBytes, MaxCompressionRatio);
}

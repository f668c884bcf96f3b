using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Infrastructure.Files;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using static PartyCommittee.Api.Tests.Members.ImportFiles;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>The API with small import limits (Import:MaxRows, Import:MaxFileBytes), so that a test can reach them.</summary>
public sealed class SmallImportLimitsFactory() : ApiFactory(new Dictionary<string, string?>
{
    ["Import:MaxRows"] = "50",
    ["Import:MaxFileBytes"] = "65536",
});

/// <summary>Rows and bytes are limited while the file is read, and a refusal is a coded problem.</summary>
public sealed class MemberImportLimitTests(SmallImportLimitsFactory factory) : IClassFixture<SmallImportLimitsFactory>
{
    private HttpClient Office => factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task A_file_with_more_rows_than_the_limit_is_refused()
    {
        var atLimit = Csv(Many(50, "5000"));
        var report = await factory.ShouldWriteNothingAsync(async () => await (await PostAsync(Office, atLimit, dryRun: true)).ReadAsync<JsonElement>());
        report.GetProperty("created").GetInt32().ShouldBe(50);

        var overLimit = Csv(Many(51, "5000"));
        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(Office, overLimit, dryRun: false));
        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "import.too_many_rows");
    }

    [Fact]
    public async Task A_file_larger_than_the_byte_limit_is_refused()
    {
        var padding = new string('x', 2_000);
        var large = Csv(Many(40, "5001").Select(r => (IReadOnlyDictionary<string, string?>)r.With("note", padding)));
        Encoding.UTF8.GetByteCount(large).ShouldBeGreaterThan(65536);

        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(Office, large, dryRun: true));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "import.file_too_large");
    }
}

/// <summary>
/// Counts the database commands the API's REQUESTS run (a dry run writes nothing). Background scopes are not counted:
/// the import-job lease sweep (every 15 s, one query) landing inside the large dry run made the test fail, 5 commands
/// against 4, whenever that run took long enough (docs/read-path-performance.md, "Session 21").
/// </summary>
public sealed class QueryCountingApiFactory : ApiFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands)));
    }

    public sealed class CommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Reset() => Volatile.Write(ref count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Increment(eventData);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Increment(eventData);
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Increment(eventData);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Increment(eventData);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        /// <summary>Counts a command of a request scope (one that holds its connection, ADR 0038), not of a job or flush.</summary>
        private void Increment(CommandEventData eventData)
        {
            if ((eventData.Context as AppDbContext)?.Rental?.Connection is { Holds: true })
            {
                Interlocked.Increment(ref count);
            }
        }
    }
}

/// <summary>
/// An import costs a fixed number of queries per batch of <c>Import:BatchSize</c> rows (1,000 here), whatever the
/// rows of the batch (linear work, no query per row). Since session 21 the first pass looks up each batch's keys and
/// loads the members it matches, so the count grows with the batches (at most five queries each), never with the rows.
/// </summary>
public sealed class MemberImportQueryCountTests(QueryCountingApiFactory factory) : IClassFixture<QueryCountingApiFactory>
{
    [Fact]
    public async Task The_number_of_queries_does_not_grow_with_the_rows()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        (await PostAsync(office, Csv(Many(1_000, "6000")), dryRun: false)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // New rows (created) and rows of existing members (matched): 40 and 1,000 rows are one batch each, 2,000 two.
        var small = await CountAsync(office, Csv(Many(20, "6000").Concat(Many(20, "6100"))));
        var oneBatch = await CountAsync(office, Csv(Many(500, "6000").Concat(Many(500, "6100"))));
        var twoBatches = await CountAsync(office, Csv(Many(1_000, "6000").Concat(Many(1_000, "6100"))));

        oneBatch.ShouldBe(small);
        twoBatches.ShouldBeInRange(small + 1, small + 5);
    }

    private async Task<int> CountAsync(HttpClient client, string csv)
    {
        return await factory.ShouldWriteNothingAsync(async () =>
        {
            factory.Commands.Reset();
            var report = await (await PostAsync(client, csv, dryRun: true)).ReadAsync<JsonElement>();
            report.GetProperty("errors").GetInt32().ShouldBe(0);
            return factory.Commands.Count;
        });
    }
}

/// <summary>The reader stops at the row limit instead of reading the whole file first.</summary>
public sealed class SpreadsheetReaderTests
{
    [Fact]
    public void Reading_stops_at_the_row_limit()
    {
        using var source = new EndlessCsv(rows: 200_000);

        var refused = Should.Throw<AppException>(() =>
        {
            foreach (var row in new Spreadsheets().Read(source, SheetFormat.Csv, new SheetReadLimits(MaxRows: 100, MaxBytes: long.MaxValue, MaxExpandedBytes: long.MaxValue, MaxCompressionRatio: 100)))
            {
                row.ShouldNotBeNull();
            }
        });

        refused.Code.ShouldBe("import.too_many_rows");
        source.BytesRead.ShouldBeLessThan(1 << 20, $"of {source.Size} bytes");
    }

    /// <summary>
    /// Issue 12, session 23: a CSV row's cells are read through one header map per file instead of a dictionary per
    /// row. They must answer as that dictionary did (header → trimmed text or null, case-insensitive, first spelling
    /// and order of a repeated header, the value of its last column, short rows padded with nulls, blank rows skipped).
    /// </summary>
    [Fact]
    public void A_csv_rows_cells_answer_as_a_dictionary_filled_column_by_column()
    {
        const string csv = "fullName, CellCode ,phone,PHONE,note\n  Lê Thị Ba  ,CB-TT,0901,0902,'=1+1\n,,,,\nTrần Văn Tư,CB-VP\n";
        var headers = new[] { "fullName", "CellCode", "phone", "PHONE", "note" };
        string?[][] lines = [["  Lê Thị Ba  ", "CB-TT", "0901", "0902", "'=1+1"], ["Trần Văn Tư", "CB-VP"]];
        using var source = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var rows = new Spreadsheets().Read(source, SheetFormat.Csv, new SheetReadLimits(MaxRows: 10, MaxBytes: long.MaxValue, MaxExpandedBytes: long.MaxValue, MaxCompressionRatio: 100)).ToList();

        rows.Select(r => r.Number).ShouldBe([2, 4]);
        for (var r = 0; r < rows.Count; r++)
        {
            // The former reader's dictionary, filled the same way (its cells trimmed and unprotected as the reader does).
            var expected = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Length; i++)
            {
                var text = i < lines[r].Length ? lines[r][i]?.Trim() : null;
                expected[headers[i]] = string.IsNullOrEmpty(text) ? null : FormulaGuard.Unprotect(text);
            }

            var cells = rows[r].Cells;
            cells.ToList().ShouldBe(expected.ToList());
            cells.Keys.ShouldBe(expected.Keys);
            cells.Values.ShouldBe(expected.Values);
            cells.Count.ShouldBe(expected.Count);
            foreach (var key in new[] { "fullname", "FULLNAME", "cellcode", "phone", "Phone", "note", "missing" })
            {
                cells.ContainsKey(key).ShouldBe(expected.ContainsKey(key), key);
                cells.GetValueOrDefault(key).ShouldBe(expected.GetValueOrDefault(key), key);
            }
        }

        rows[0].Cells["phone"].ShouldBe("0902");
        rows[0].Cells["fullName"].ShouldBe("Lê Thị Ba");
        Should.Throw<KeyNotFoundException>(() => rows[0].Cells["missing"]);
    }

    /// <summary>A CSV stream produced on demand, counting what was read from it.</summary>
    private sealed class EndlessCsv(int rows) : Stream
    {
        private static readonly byte[] HeaderBytes = Encoding.UTF8.GetBytes("fullName,partyCardNumber,cellCode\n");
        private readonly byte[] line = Encoding.UTF8.GetBytes("Nguyễn Văn Dòng,12345678,CB-TT\n");
        private long position;

        public long BytesRead => position;

        public long Size => HeaderBytes.Length + ((long)rows * line.Length);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count && position < Size)
            {
                byte value;
                if (position < HeaderBytes.Length)
                {
                    value = HeaderBytes[position];
                }
                else
                {
                    value = line[(position - HeaderBytes.Length) % line.Length];
                }

                buffer[offset + written++] = value;
                position++;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Inspection.Dues.Import;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using static PartyCommittee.Api.Tests.Dues.DuesImportFiles;

namespace PartyCommittee.Api.Tests.Dues;

/// <summary>
/// ADR 0086: the import checks its rows against stored sheets read untracked, then, in its writing transaction, reads the
/// sheets it changes again and gives them the rows' payments. A sheet changed by someone else between the two (here:
/// while the file is being read, after the first row was checked against the sheet) fails the whole import with 412;
/// nothing of the file is written, the other change is kept, and the same file imported again goes through.
/// </summary>
public sealed class DuesImportConcurrencyTests(DuesImportConcurrencyTests.InterferingFactory factory) : IClassFixture<DuesImportConcurrencyTests.InterferingFactory>
{
    private static readonly DateOnly December = new(2020, 12, 1);

    [Fact]
    public async Task A_stored_sheet_changed_while_the_file_is_checked_fails_the_import_with_412_and_nothing_is_written()
    {
        var lines = (await LinesAsync(factory, DemoData.Cell(1), December, December)).Take(3).ToList();
        lines.Count.ShouldBe(3);
        var csv = Csv(lines.Take(2).Select(l => Row(l.Code, "2020-12", l.Due, "2020-12-21", "Thủ quỹ nhập tệp")));
        var admin = factory.ClientAs("Admin", null);

        // While the second row is read, the cell's treasurer records the third member's payment on the same sheet.
        factory.Reading.BetweenRows = () => factory.WithDbAsync(async db =>
        {
            var sheet = await db.Set<DuesSheet>().Include(s => s.Lines).SingleAsync(s => s.OrganizationId == DemoData.Cell(1) && s.Month == December);
            sheet.RecordPayments([new DuesPayment(lines[2].MemberId, lines[2].Due, new DateOnly(2020, 12, 22), "Thủ quỹ chi bộ", false, null)], new DateOnly(2020, 12, 31));
            return await db.SaveChangesAsync();
        }).GetAwaiter().GetResult();
        await (await PostAsync(admin, csv, string.Empty)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        factory.Reading.BetweenRows = null;

        var collectors = await factory.WithDbAsync(db => db.Set<DuesLine>().AsNoTracking()
            .Where(l => lines.Select(x => x.MemberId).Contains(l.MemberId) && db.Set<DuesSheet>().Any(s => s.Id == l.SheetId && s.Month == December))
            .ToDictionaryAsync(l => l.MemberId, l => l.Collector));
        collectors[lines[0].MemberId].ShouldNotBe("Thủ quỹ nhập tệp");
        collectors[lines[1].MemberId].ShouldNotBe("Thủ quỹ nhập tệp");
        collectors[lines[2].MemberId].ShouldBe("Thủ quỹ chi bộ");

        var again = await (await PostAsync(admin, csv, string.Empty)).ReadAsync<DuesImportResult>();
        (again.Applied, again.Recorded).ShouldBe((true, 2));
    }

    /// <summary>The product's reader, with a hook run before the second row is handed out.</summary>
    public sealed class InterferingSpreadsheets(ISpreadsheets inner) : ISpreadsheets
    {
        public Action? BetweenRows { get; set; }

        public IEnumerable<SheetRow> Read(Stream content, SheetFormat format, SheetReadLimits limits)
        {
            var read = 0;
            foreach (var row in inner.Read(content, format, limits))
            {
                if (read++ == 1)
                {
                    BetweenRows?.Invoke();
                }

                yield return row;
            }
        }

        public Task WriteAsync(Stream output, SheetFormat format, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
            inner.WriteAsync(output, format, headers, rows, cancellationToken);
    }

    public sealed class InterferingFactory : ApiFactory
    {
        public InterferingSpreadsheets Reading { get; } = new(new PartyCommittee.Infrastructure.Files.Spreadsheets());

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ISpreadsheets>(Reading));
        }
    }
}

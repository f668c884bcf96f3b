using System.Diagnostics;
using System.Globalization;
using System.Net;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Inspection.Dues.Import;
using Xunit.Abstractions;
using static PartyCommittee.Api.Tests.Dues.DuesImportFiles;

namespace PartyCommittee.Api.Tests.Dues;

/// <summary>
/// A year of the demo committee in one file: every line of the 84 sheets of 2020 (12 months of the 137 members),
/// with a new collector. Writes its own database (own fixture). The time is written to the test output, not asserted.
/// </summary>
public sealed class DuesImportVolumeTests(ApiFactory factory, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Twelve_months_of_the_committee_are_imported_in_one_file_and_a_replay_changes_nothing()
    {
        var lines = await LinesAsync(factory, null, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 1));
        lines.Select(l => l.MemberId).Distinct().Count().ShouldBe(137);
        var csv = Csv(lines.Select(l => Row(l.Code, l.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), l.Paid, l.Paid > 0 ? "2020-12-28" : null, "Thủ quỹ Đảng ủy")
            .With(DuesSheetLayout.Due, l.Due.ToString(CultureInfo.InvariantCulture))));
        var admin = factory.ClientAs("Admin", null);

        // Warm up the host (first request, JIT) with a one-row dry run; the times below exclude the database snapshots.
        (await PostAsync(admin, Csv(Row(lines[0].Code, "2020-01", 0)), "dryRun=true")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var clock = new Stopwatch();
        var dryRun = await factory.ShouldWriteNothingAsync(async () =>
        {
            clock.Restart();
            var response = await PostAsync(admin, csv, "dryRun=true");
            clock.Stop();
            return response;
        });
        var dryRunMs = clock.ElapsedMilliseconds;
        dryRun.StatusCode.ShouldBe(HttpStatusCode.OK, await dryRun.Content.ReadAsStringAsync());

        clock.Restart();
        var real = await PostAsync(admin, csv, string.Empty);
        var realMs = clock.ElapsedMilliseconds;
        var result = await real.ReadAsync<DuesImportResult>();
        result.Errors.ShouldBe(0);
        result.Rows.ShouldBe(lines.Count);
        result.Recorded.ShouldBe(lines.Count); // every line gets the new collector (and paid lines a new date)
        result.SheetsChanged.ShouldBe(84);

        var replay = await factory.ShouldWriteNothingAsync(async () =>
        {
            clock.Restart();
            var response = await PostAsync(admin, csv, string.Empty);
            clock.Stop();
            return response;
        });
        var replayMs = clock.ElapsedMilliseconds;
        (await replay.ReadAsync<DuesImportResult>()).Unchanged.ShouldBe(lines.Count);
        output.WriteLine($"{lines.Count} rows (12 months x 137 members): dry run {dryRunMs} ms, import {realMs} ms, replay {replayMs} ms");
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Issue 12, ADR 0082: an import large enough to move its dated count differences out of memory (here every write:
/// <c>Import:CountKeysInMemory</c> = 1) stages them at its commit instead of adding them to the main table's keys. Every
/// reader sums both tables, so the figures are the import's from its commit on; the merge moves the staged rows into
/// the main table a chunk per transaction without changing any sum, and the scheduler runs it on its own.
/// </summary>
public sealed class StagedCountChangesTests(StagedCountChangesTests.Factory factory, StagedCountChangesTests.MergingFactory merging)
    : IClassFixture<StagedCountChangesTests.Factory>, IClassFixture<StagedCountChangesTests.MergingFactory>
{
    [Fact]
    public async Task An_imports_dated_changes_are_staged_read_by_the_statistics_and_merged_chunk_by_chunk_without_changing_a_sum()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var mainBefore = await factory.WithDbAsync(MainRowsAsync);
        var figuresBefore = await FiguresAsync(office);

        // Members born and admitted on different days: their age and seniority bands change on days of their own, in
        // the register's rows and in their cell's.
        var file = ImportFiles.Many(30, "783", cellCode: "CB-TT")
            .Select((row, i) => row.With("dateOfBirth", new DateOnly(1962, 1, 3).AddDays(300 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        (await ImportFiles.PostAsync(office, ImportFiles.Csv(file), dryRun: false)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Staged at the commit; the main table untouched; both together equal to a recount from every member's history.
        var staged = await factory.WithDbAsync(db => db.Set<StagedMembershipCountChange>().CountAsync());
        staged.ShouldBeGreaterThan(50);
        (await factory.WithDbAsync(MainRowsAsync)).ShouldBe(mainBefore);
        var expected = await factory.WithDbAsync(DatedCountsRecount.ExpectedRowsAsync);
        (await factory.WithDbAsync(DatedCountsRecount.StoredRowsAsync)).ShouldBe(expected);

        // The readers count the staged rows: the figures of past dates and of this year's review months have changed.
        var figuresStaged = await FiguresAsync(office);
        figuresStaged.ShouldNotBe(figuresBefore);

        // Merged seven keys a transaction: after every chunk the sums are the same; at the end nothing is staged.
        var chunks = 0;
        while (await factory.WithDbAsync(db => StagedCountChangesMerge.MergeChunkAsync(db, 7, CancellationToken.None)) == 7)
        {
            chunks++;
            if (chunks % 4 == 1)
            {
                (await factory.WithDbAsync(DatedCountsRecount.StoredRowsAsync)).ShouldBe(expected);
            }
        }

        chunks.ShouldBe(staged / 7);
        (await factory.WithDbAsync(db => db.Set<StagedMembershipCountChange>().CountAsync())).ShouldBe(0);
        (await factory.WithDbAsync(DatedCountsRecount.StoredRowsAsync)).ShouldBe(expected);
        (await factory.WithDbAsync(MainRowsAsync)).ShouldNotBe(mainBefore);
        (await FiguresAsync(office)).ShouldBe(figuresStaged);
        (await factory.WithDbAsync(db => StagedCountChangesMerge.MergeChunkAsync(db, 7, CancellationToken.None))).ShouldBe(0);
    }

    [Fact]
    public async Task The_scheduler_merges_what_an_import_staged()
    {
        // A witness only a merge can produce: a key of -1 in the main table and +1 staged (its sum 0: no count changes)
        // ends as one row of 0 in the main table. The import's own rows may be merged before they can be seen staged.
        var witness = new DateOnly(1901, 1, 1);
        var (cell, day) = (DemoData.Cell(2).ToString().ToUpperInvariant(), "1901-01-01"); // as EF stores them
        await merging.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "MembershipCountChanges" ("OrganizationId", "Dimension", "Value", "Day", "Delta") VALUES ({cell}, 'sex', 'Male', {day}, -1);
            INSERT INTO "MembershipCountChangesStaged" ("OrganizationId", "Dimension", "Value", "Day", "Delta") VALUES ({cell}, 'sex', 'Male', {day}, 1);
            """));
        var office = merging.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        (await ImportFiles.PostAsync(office, ImportFiles.Csv(ImportFiles.Many(12, "784", cellCode: "CB-KHTC")), dryRun: false)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await merging.WithDbAsync(db => db.Set<StagedMembershipCountChange>().CountAsync()) > 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the merge job did not run");
            await Task.Delay(200);
        }

        (await merging.WithDbAsync(db => db.Set<MembershipCountChange>().Where(c => c.OrganizationId == DemoData.Cell(2) && c.Dimension == "sex" && c.Day == witness)
            .Select(c => c.Delta).ToListAsync())).ShouldBe([0]);
        (await merging.WithDbAsync(DatedCountsRecount.StoredRowsAsync)).ShouldBe(await merging.WithDbAsync(DatedCountsRecount.ExpectedRowsAsync));
    }

    [Fact]
    public async Task With_nothing_staged_the_merge_takes_no_write_lock()
    {
        // Between imports the job finds nothing staged and must not queue behind a long writer (nor make writers wait):
        // with another connection holding SQLite's write lock, it returns at once (a write transaction would wait for
        // the lock until the command's timeout, then fail with SQLITE_BUSY).
        await factory.WithDbAsync(db => StagedCountChangesMerge.MergeAllAsync(db, 1_000, CancellationToken.None));
        var connectionString = await factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var writer = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        await writer.OpenAsync();
        await using var held = (Microsoft.Data.Sqlite.SqliteTransaction)await writer.BeginTransactionAsync(); // BEGIN IMMEDIATE
        await using (var command = writer.CreateCommand())
        {
            command.Transaction = held;
            command.CommandText = "UPDATE \"MembershipCountChanges\" SET \"Delta\" = \"Delta\" WHERE 0";
            await command.ExecuteNonQueryAsync();
        }

        (await factory.WithDbAsync(db => StagedCountChangesMerge.MergeChunkAsync(db, 7, CancellationToken.None))).ShouldBe(0);
        await held.RollbackAsync();
    }

    /// <summary>The membership statistics of the committee and of the cell as of three past dates, and this year's rating statistics (review months).</summary>
    private static async Task<List<string>> FiguresAsync(HttpClient office)
    {
        var figures = new List<string>();
        foreach (var asOf in new[] { "2012-12-31", "2020-06-30", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
        {
            foreach (var organization in new[] { DemoData.CommitteeId, DemoData.Cell(1) })
            {
                var response = await office.GetAsync($"/api/v1/statistics/membership?asOf={asOf}&organizationId={organization}");
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                figures.Add(await response.Content.ReadAsStringAsync());
            }
        }

        var ratings = await office.GetAsync($"/api/v1/statistics/ratings?year={DateTime.UtcNow.Year}");
        ratings.StatusCode.ShouldBe(HttpStatusCode.OK);
        figures.Add(await ratings.Content.ReadAsStringAsync());
        return figures;
    }

    private static async Task<List<string>> MainRowsAsync(AppDbContext db) =>
        [.. (await db.Set<MembershipCountChange>().AsNoTracking().ToListAsync())
            .Select(c => $"{c.OrganizationId}/{c.Dimension}/{c.Value}/{c.Day:yyyy-MM-dd}={c.Delta}").Order(StringComparer.Ordinal)];

    /// <summary>Every import spills its dated differences (and so stages them); the scheduler's merge far away.</summary>
    public sealed class Factory() : ApiFactory(new Dictionary<string, string?>
    {
        ["Import:CountKeysInMemory"] = "1",
        ["Jobs:StagedCountsMergeInterval"] = "1.00:00:00",
    });

    /// <summary>As <see cref="Factory"/>, the scheduler's merge every second.</summary>
    public sealed class MergingFactory() : ApiFactory(new Dictionary<string, string?>
    {
        ["Import:CountKeysInMemory"] = "1",
        ["Jobs:StagedCountsMergeInterval"] = "00:00:01",
        ["Jobs:IdleWaitTime"] = "00:00:01",
    });
}

/// <summary>The readers' shape over both tables as SQL Server gets it (no server runs here: translated only).</summary>
public sealed class StagedCountChangesTranslationTests
{
    [Fact]
    public void Both_tables_grouped_each_translate_on_SQL_Server()
    {
        using var db = SqlServerTranslation.Context();
        var asOf = new DateOnly(2020, 6, 30);
        List<Guid> subtree = [DemoData.Cell(1), DemoData.Cell(2)];
        var sql = db.DatedCountChanges(changes => changes
                .Where(c => c.Day <= asOf && subtree.Contains(c.OrganizationId))
                .GroupBy(c => new { c.Dimension, c.Value })
                .Select(g => new { g.Key.Dimension, g.Key.Value, Count = g.Sum(c => c.Delta) }))
            .ToQueryString();
        sql.ShouldContain("FROM [MembershipCountChanges]");
        sql.ShouldContain("FROM [MembershipCountChangesStaged]");
        sql.ShouldContain("UNION ALL");
        sql.Split("GROUP BY").Length.ShouldBe(3, sql);
    }
}

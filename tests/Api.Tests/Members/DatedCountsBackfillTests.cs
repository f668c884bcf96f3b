using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// ADR 0042: the backfill of the dated membership counts runs in chunks of members (each its own transaction, the
/// progress in the marker row), resumes after a stop, runs as a background job that start-up and readiness do not wait
/// for, and concurrent member writes while it runs are neither lost nor counted twice; the save pipeline reads the
/// before-state in the write's transaction, so concurrent changes leave the dated counts equal to a full recount.
/// </summary>
public sealed class DatedCountsBackfillTests
{
    private static readonly string[] Names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chi", "Phạm Thị Dung", "Hoàng Văn Hải", "Vũ Thị Lan", "Đặng Văn Minh", "Bùi Thị Nga"];

    /// <summary>An API host on a given SQLite file that it does not delete (the next host uses it).</summary>
    private sealed class Instance(string file, bool jobs = true) : ApiFactory(
        new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={file}",
            ["Jobs:Enabled"] = jobs ? "true" : "false",
            ["Jobs:IdleWaitTime"] = "00:00:01",
            ["Jobs:DatedCountsBackfillChunk"] = "3",
        },
        useSqlite: false);

    [Fact]
    public async Task A_backfill_stopped_after_some_chunks_resumes_after_the_last_one_and_ends_with_the_exact_dated_counts()
    {
        using var api = new ApiFactory();
        await AddMembersAsync(api, 24);
        var expected = await api.WithDbAsync(ExpectedRowsAsync);
        var total = await api.WithDbAsync(db => db.Members.CountAsync());

        await api.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(MembershipCountChangesBackfill.Sqlite));
        // Stopped after 2 chunks of 5: 10 members done, the marker holds the 10th id (in the engine's order).
        (await api.WithDbAsync(db => MembershipCountChangesBackfill.RunAsync(db, 5, 2, CancellationToken.None))).ShouldBe(10);
        var (marker, tenth) = await api.WithDbAsync(async db => (
            await MembershipCountChangesBackfill.Marker(db.Set<MembershipCountChange>().AsNoTracking()).Select(c => c.Value).SingleAsync(),
            (await db.Database.SqlQueryRaw<string>("""SELECT "Id" AS "Value" FROM "Members" ORDER BY "Id" LIMIT 1 OFFSET 9""").SingleAsync())));
        marker.ShouldBe(Guid.Parse(tenth).ToString("N"));
        (await api.WithDbAsync(DatedRowsAsync)).ShouldNotBe(expected);

        // Resumed: the other members once each, then the marker removed.
        (await api.WithDbAsync(db => MembershipCountChangesBackfill.RunAsync(db, 5, null, CancellationToken.None))).ShouldBe(total - 10);
        (await api.WithDbAsync(db => MembershipCountChangesBackfill.Marker(db.Set<MembershipCountChange>()).AnyAsync())).ShouldBeFalse();
        (await api.WithDbAsync(DatedRowsAsync)).ShouldBe(expected);

        // Nothing pending: nothing done.
        (await api.WithDbAsync(db => MembershipCountChangesBackfill.RunAsync(db, CancellationToken.None))).ShouldBe(0);
    }

    [Fact]
    public async Task Member_changes_between_chunks_before_and_after_the_progress_are_counted_once()
    {
        using var api = new ApiFactory();
        await AddMembersAsync(api, 20);
        await api.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(MembershipCountChangesBackfill.Sqlite));
        await api.WithDbAsync(db => MembershipCountChangesBackfill.RunAsync(db, 8, 1, CancellationToken.None));
        var order = await api.WithDbAsync(db => db.Database.SqlQueryRaw<string>("""SELECT "Id" AS "Value" FROM "Members" ORDER BY "Id" """).ToListAsync());
        var done = Guid.Parse(order[3]);
        var notDone = Guid.Parse(order[12]);

        // One member the backfill has counted (its change goes through the pipeline) and one it has not (its chunk counts it).
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        foreach (var id in new[] { done, notDone })
        {
            await MoveAsync(api, id, DemoData.Cell(2), today.AddDays(-30));
            await api.WithDbAsync(async db =>
            {
                var member = await db.Members.Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == id);
                member.ChangeStatus(MemberStatus.Deceased, today.AddDays(-3), "12-QĐ/ĐU", null);
                return await db.SaveChangesAsync();
            });
        }

        // A member admitted meanwhile (a new id, after the progress: its chunk counts it, the pipeline does not).
        await api.AddMemberAsync(DemoData.Cell(1), "Đỗ Văn Mới", dateOfBirth: new DateOnly(1990, 2, 28));

        await api.WithDbAsync(db => MembershipCountChangesBackfill.RunAsync(db, 8, null, CancellationToken.None));
        (await api.WithDbAsync(DatedRowsAsync)).ShouldBe(await api.WithDbAsync(ExpectedRowsAsync));
    }

    [Fact]
    public async Task A_backfill_in_chunks_of_one_writes_the_rows_the_save_pipeline_wrote_after_random_changes_and_no_zero_row()
    {
        using var api = new ApiFactory();
        var members = await AddMembersAsync(api, 16);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var random = new Random(20261201);
        for (var i = 0; i < 40; i++)
        {
            var id = members[random.Next(members.Count)];
            var on = today.AddDays(-random.Next(0, 300));
            switch (random.Next(4))
            {
                case 0:
                    await TransferOutAsync(api, id, on);
                    break;
                default:
                    await MoveAsync(api, id, DemoData.Cell(1 + random.Next(3)), on);
                    break;
            }
        }

        // What the save pipeline wrote (relative increments, change after change).
        var written = await api.WithDbAsync(DatedRowsAsync);
        written.Count.ShouldBeGreaterThan(100);
        written.ShouldBe(await api.WithDbAsync(ExpectedRowsAsync));

        // Recomputed by the backfill, one member per chunk (every key's deltas summed over many upserts): the same rows,
        // and a key whose chunks cancel out leaves no zero row behind.
        await api.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(MembershipCountChangesBackfill.Sqlite));
        (await api.WithDbAsync(db => MembershipCountChangesBackfill.RunAsync(db, 1, null, CancellationToken.None))).ShouldBe(await api.WithDbAsync(db => db.Members.CountAsync()));
        (await api.WithDbAsync(DatedRowsAsync)).ShouldBe(written);
        (await api.WithDbAsync(db => db.Set<MembershipCountChange>().CountAsync(c => c.Delta == 0))).ShouldBe(0);
        (await api.WithDbAsync(db => MembershipCountChangesBackfill.Marker(db.Set<MembershipCountChange>()).AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Concurrent_member_writes_while_the_backfill_runs_leave_the_dated_counts_equal_to_a_recount()
    {
        using var api = new ApiFactory();
        var members = await AddMembersAsync(api, 30);
        await api.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(MembershipCountChangesBackfill.Sqlite));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        var backfill = Task.Run(async () =>
        {
            var chunks = 0;
            while (!(await api.WithDbAsync(db => MembershipCountChangesBackfill.RunChunkAsync(db, 2, CancellationToken.None))).Finished)
            {
                chunks++;
                await Task.Yield();
            }

            return chunks;
        });
        var writers = members.Select((id, i) => Task.Run(async () =>
        {
            await MoveAsync(api, id, DemoData.Cell(1 + (i % 3)), today.AddDays(-i));
            if (i % 4 == 0)
            {
                await TransferOutAsync(api, id, today.AddDays(-1));
            }
        })).ToList();
        await Task.WhenAll(writers);
        (await backfill).ShouldBeGreaterThanOrEqualTo(members.Count / 2);

        (await api.WithDbAsync(db => MembershipCountChangesBackfill.Marker(db.Set<MembershipCountChange>()).AnyAsync())).ShouldBeFalse();
        (await api.WithDbAsync(DatedRowsAsync)).ShouldBe(await api.WithDbAsync(ExpectedRowsAsync));
    }

    [Fact]
    public async Task Concurrent_changes_of_the_same_and_of_different_members_keep_the_dated_counts_equal_to_a_recount()
    {
        using var api = new ApiFactory();
        var members = await AddMembersAsync(api, 8);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        // Each member changed by several writers at once (moves, transfers, deaths, back-dated), each in its own scope.
        var writers = Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            var id = members[i % members.Count];
            switch (i % 3)
            {
                case 0:
                    await MoveAsync(api, id, DemoData.Cell(1 + (i % 3)), today.AddDays(-(i % 7)));
                    break;
                case 1:
                    await TransferOutAsync(api, id, today.AddDays(-(i % 5)));
                    break;
                default:
                    await api.WithDbAsync(async db =>
                    {
                        var member = await db.Members.Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == id);
                        try
                        {
                            member.ChangeStatus(MemberStatus.Deceased, today.AddDays(-(i % 4)), "12-QĐ/ĐU", null);
                            return await db.SaveChangesAsync();
                        }
                        catch (Exception e) when (e is PartyCommittee.Domain.Common.DomainRuleException or PartyCommittee.Application.Common.Exceptions.PreconditionFailedException)
                        {
                            return 0;
                        }
                    });
                    break;
            }
        })).ToList();
        await Task.WhenAll(writers);

        (await api.WithDbAsync(DatedRowsAsync)).ShouldBe(await api.WithDbAsync(ExpectedRowsAsync));
        (await api.WithDbAsync(db => db.Members.CountAsync(m => members.Contains(m.Id) && m.Status != MemberStatus.Full))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Start_up_and_readiness_do_not_wait_for_a_pending_backfill_and_the_job_completes_it()
    {
        var file = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"backfill-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        List<string> expected;
        using (var first = new Instance(file))
        {
            await AddMembersAsync(first, 12);
            expected = await first.WithDbAsync(ExpectedRowsAsync);
            await first.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(MembershipCountChangesBackfill.Sqlite));
        }

        // An instance without a scheduler: it starts and is ready at once, the backfill still pending, the statistics served.
        using (var idle = new Instance(file, jobs: false))
        {
            var client = idle.CreateClient();
            (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await idle.WithDbAsync(db => MembershipCountChangesBackfill.Marker(db.Set<MembershipCountChange>()).AnyAsync())).ShouldBeTrue();
            (await idle.ClientAs("CommitteeOffice", DemoData.CommitteeId).GetAsync("/api/v1/statistics/membership")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // An instance with one: ready, and its start-up schedules the job, which backfills in chunks of 3 to the end.
        using (var worker = new Instance(file))
        {
            (await worker.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (await worker.WithDbAsync(db => MembershipCountChangesBackfill.Marker(db.Set<MembershipCountChange>()).AnyAsync()))
            {
                DateTime.UtcNow.ShouldBeLessThan(deadline, "the backfill job did not finish");
                await Task.Delay(200);
            }

            (await worker.WithDbAsync(DatedRowsAsync)).ShouldBe(expected);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }

    private static async Task<List<Guid>> AddMembersAsync(ApiFactory api, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await api.AddMemberAsync(
                DemoData.Cell(1 + (i % 3)),
                Names[i % Names.Length],
                admittedOn: new DateOnly(2011 + (i % 10), 1 + (i % 12), 1 + (i % 27)),
                dateOfBirth: new DateOnly(1960 + (i % 35), 1 + (i % 12), i % 4 == 0 ? 29 - (i % 2) : 10),
                sex: i % 2 == 0 ? Sex.Male : Sex.Female));
        }

        return ids;
    }

    private static Task MoveAsync(ApiFactory api, Guid memberId, Guid cellId, DateOnly on) =>
        api.WithDbAsync(async db =>
        {
            var member = await db.Members.Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == memberId);
            var cell = await db.Organizations.SingleAsync(o => o.Id == cellId);
            try
            {
                member.MoveToCell(cell, on);
                return await db.SaveChangesAsync();
            }
            catch (Exception e) when (e is PartyCommittee.Domain.Common.DomainRuleException or PartyCommittee.Application.Common.Exceptions.PreconditionFailedException)
            {
                return 0;
            }
        });

    private static Task TransferOutAsync(ApiFactory api, Guid memberId, DateOnly on) =>
        api.WithDbAsync(async db =>
        {
            var member = await db.Members.Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == memberId);
            try
            {
                member.TransferOut(on, "05-QĐ/ĐU");
                return await db.SaveChangesAsync();
            }
            catch (Exception e) when (e is PartyCommittee.Domain.Common.DomainRuleException or PartyCommittee.Application.Common.Exceptions.PreconditionFailedException)
            {
                return 0;
            }
        });

    private static Task<List<string>> DatedRowsAsync(AppDbContext db) => DatedCountsRecount.StoredRowsAsync(db);

    /// <summary>The dated changes recomputed from every member's history (the recount's definition).</summary>
    private static Task<List<string>> ExpectedRowsAsync(AppDbContext db) => DatedCountsRecount.ExpectedRowsAsync(db);
}

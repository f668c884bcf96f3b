using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Application.Evaluation.Meetings;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Interceptors;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Statistics;

/// <summary>
/// ADR 0092: the attendance counts kept with each meeting equal a recount of its attendances against the members'
/// status periods (loaded and tested in memory) after every kind of write they depend on — the demo data's meetings,
/// a meeting held and changed over HTTP, statuses recorded late over HTTP for members who attended meetings after the
/// day they take effect, an expulsion and its annulment — and the rating statistics' meetings section, which sums them,
/// equals the same recount; with some meetings' counts missing (rows written by raw SQL) it tests those meetings'
/// attendances one by one and still equals it; the backfill job's step restores them, and the job run by an instance's
/// start-up does.
/// </summary>
public sealed class MeetingAttendanceCountsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    [Fact]
    public async Task The_counts_kept_with_each_meeting_equal_the_recount_after_meetings_late_statuses_and_an_annulment()
    {
        (await MeetingAttendanceCountsReference.MismatchesAsync(factory)).ShouldBeEmpty("the demo data's meetings, saved through the save pipeline");
        var before = await MeetingAttendanceCountsReference.ReferenceAsync(factory, 2020);
        before.Expected.ShouldBeGreaterThan(0, "the demo year has meetings with attendance");

        // Members who attended meetings of 2020 and whose status has not changed since January 2020: they can be recorded
        // as having left on a day of 2020 or later.
        var leavers = await factory.WithDbAsync(async db =>
        {
            var attendees = await (from a in db.Set<MeetingAttendance>()
                                   join m in db.Set<CellMeeting>() on a.MeetingId equals m.Id
                                   where m.HeldOn >= new DateOnly(2020, 1, 1)
                                   select a.MemberId).Distinct().ToListAsync();
            var lastChange = await db.Set<MemberStatusPeriod>().Where(p => attendees.Contains(p.MemberId)).GroupBy(p => p.MemberId)
                .Select(g => new { MemberId = g.Key, Last = g.Max(p => p.StartsOn) }).ToListAsync();
            return lastChange.Where(c => c.Last < new DateOnly(2020, 2, 1)).Select(c => c.MemberId).Order().ToHashSet();
        });

        // A meeting held over HTTP, then changed: two members marked absent (the last two, one of them a later leaver).
        var cell = DemoData.Cell(4);
        var heldOn = new DateOnly(2021, 4, 12);
        var expected = (await factory.WithDbAsync(db => db.RosterOnAsync([cell], heldOn, CancellationToken.None)))
            .Where(r => r.IsExpected).Select(r => r.MemberId).OrderBy(leavers.Contains).ThenBy(id => id).ToList();
        expected.Count.ShouldBeGreaterThan(5);
        leavers.ShouldContain(expected[^1]);
        object Body(int absent) => new
        {
            organizationId = cell, heldOn = "2021-04-12", kind = "THEMATIC", agenda = "Sinh hoạt chuyên đề", chairMemberId = expected[0], secretaryMemberId = expected[1],
            attendance = expected.Select((m, i) => new { memberId = m, status = i >= expected.Count - absent ? "ABSENT" : "PRESENT" }).ToArray(), documentIds = Array.Empty<Guid>(),
        };
        var created = await admin.PostJsonAsync("/api/v1/meetings", Body(0));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var meeting = await created.ReadAsync<JsonElement>();
        var meetingId = meeting.GetProperty("id").GetGuid();
        (await MeetingAttendanceCountsReference.CountsOfAsync(factory, meetingId)).ShouldBe((expected.Count, expected.Count));
        var changed = await admin.PutJsonAsync($"/api/v1/meetings/{meetingId}", Body(2), $"\"{meeting.GetProperty("version").GetInt64()}\"");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        (await MeetingAttendanceCountsReference.CountsOfAsync(factory, meetingId)).ShouldBe((expected.Count, expected.Count - 2));
        (await MeetingAttendanceCountsReference.MismatchesAsync(factory)).ShouldBeEmpty("after a meeting held and changed");

        // Statuses recorded late over HTTP: six members of other cells leave on a random day of 2020, before some of the
        // meetings they attended; the meeting's last absent member leaves on 1 March 2021, before it.
        var random = new Random(20261206);
        var others = leavers.Where(l => !expected.Contains(l)).ToList();
        others.Count.ShouldBeGreaterThan(6);
        var left = others.OrderBy(_ => random.Next()).Take(6).Select(id => (id, new DateOnly(2020, 2 + random.Next(10), 1 + random.Next(28))))
            .Append((expected[^1], new DateOnly(2021, 3, 1))).ToList();
        foreach (var (memberId, effectiveOn) in left)
        {
            var version = await factory.WithDbAsync(db => db.Set<PartyMember>().Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync());
            var response = await admin.PostJsonAsync(
                $"/api/v1/members/{memberId}/status-changes",
                new { status = "DECEASED", effectiveOn = WireFormat.Date(effectiveOn), decisionNumber = "01-TB/ĐU", reason = "Từ trần" },
                $"\"{version}\"");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        (await MeetingAttendanceCountsReference.MismatchesAsync(factory)).ShouldBeEmpty("after statuses recorded late");
        (await MeetingAttendanceCountsReference.CountsOfAsync(factory, meetingId)).ShouldBe((expected.Count - 1, expected.Count - 2), "the absent member who died before the meeting is no longer expected");
        var after = await MeetingAttendanceCountsReference.ReferenceAsync(factory, 2020);
        after.Expected.ShouldBeLessThan(before.Expected, "the late records take members out of meetings they attended");

        // An expulsion and its annulment (the expelled period removed, the one before it reopened), saved through the pipeline.
        var expelled = await factory.WithDbAsync(async db =>
        {
            var present = expected.Skip(2).Take(expected.Count - 4).ToList();
            var id = (await db.Set<PartyMember>().Where(m => present.Contains(m.Id) && m.Status == MemberStatus.Full).Select(m => m.Id).ToListAsync()).Order().First();
            var member = await db.Set<PartyMember>().Include(m => m.StatusHistory).SingleAsync(m => m.Id == id);
            member.ChangeStatus(MemberStatus.Expelled, new DateOnly(2021, 4, 1), "02-QĐ/ĐU", "Kỷ luật");
            await db.SaveChangesAsync();
            return id;
        });
        (await MeetingAttendanceCountsReference.CountsOfAsync(factory, meetingId)).ShouldBe((expected.Count - 2, expected.Count - 3), "the expelled member is not expected at the meeting after his expulsion");
        (await MeetingAttendanceCountsReference.MismatchesAsync(factory)).ShouldBeEmpty("after an expulsion");
        await factory.WithDbAsync(async db =>
        {
            var member = await db.Set<PartyMember>().Include(m => m.StatusHistory).SingleAsync(m => m.Id == expelled);
            member.AnnulExpulsion(new DateOnly(2021, 4, 1), new DateOnly(2021, 6, 1), "03-QĐ/ĐU", "Hủy quyết định");
            return await db.SaveChangesAsync();
        });
        (await MeetingAttendanceCountsReference.CountsOfAsync(factory, meetingId)).ShouldBe((expected.Count - 1, expected.Count - 2), "the annulled expulsion never took effect");
        (await MeetingAttendanceCountsReference.MismatchesAsync(factory)).ShouldBeEmpty("after the annulment");

        // The statistics sum the counts; with half the meetings' counts missing they test those meetings' attendances.
        foreach (var year in new[] { 2020, 2021 })
        {
            await MeetingAttendanceCountsReference.StatisticsShouldEqualTheRecountAsync(factory, admin, year);
        }

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            $"""UPDATE "CellMeetings" SET "{MeetingAttendanceCounts.Expected}" = NULL, "{MeetingAttendanceCounts.Present}" = NULL WHERE "Id" IN (SELECT "Id" FROM "CellMeetings" ORDER BY "Id" LIMIT (SELECT count(*) / 2 FROM "CellMeetings"))"""));
        (await factory.WithDbAsync(db => db.Set<CellMeeting>().CountAsync(m => EF.Property<int?>(m, MeetingAttendanceCounts.Expected) == null && m.HeldOn.Year == 2020)))
            .ShouldBeGreaterThan(0);
        foreach (var year in new[] { 2020, 2021 })
        {
            await MeetingAttendanceCountsReference.StatisticsShouldEqualTheRecountAsync(factory, admin, year);
        }

        // The backfill job's step recounts the meetings without counts, a chunk at a time, to the last.
        var chunks = 0;
        while (await factory.WithDbAsync(db => MeetingAttendanceRecount.RecountUncountedAsync((DbContext)db, 7, CancellationToken.None)) > 0)
        {
            chunks++;
        }

        chunks.ShouldBeGreaterThan(1);
        (await MeetingAttendanceCountsReference.MismatchesAsync(factory)).ShouldBeEmpty("after the backfill");
    }
}

/// <summary>The reference of ADR 0092's counts: each meeting's attendances tested in memory against the members' status periods.</summary>
public static class MeetingAttendanceCountsReference
{
    /// <summary>The rating statistics' meetings section of <paramref name="year"/> (the whole register) equals <see cref="ReferenceAsync"/>.</summary>
    public static async Task StatisticsShouldEqualTheRecountAsync(ApiFactory factory, HttpClient admin, int year)
    {
        var response = await admin.GetAsync($"/api/v1/statistics/ratings?year={year}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var meetings = (await response.ReadAsync<JsonElement>()).GetProperty("meetings");
        var reference = await ReferenceAsync(factory, year);
        meetings.GetProperty("expectedAttendances").GetInt32().ShouldBe(reference.Expected, $"{year}");
        meetings.GetProperty("present").GetInt32().ShouldBe(reference.Present, $"{year}");
    }

    /// <summary>The counts kept with one meeting (-1 for a missing one).</summary>
    public static Task<(int, int)> CountsOfAsync(ApiFactory factory, Guid meetingId) => factory.WithDbAsync(async db =>
    {
        var row = await db.Set<CellMeeting>().Where(m => m.Id == meetingId)
            .Select(m => new { Expected = EF.Property<int?>(m, MeetingAttendanceCounts.Expected), Present = EF.Property<int?>(m, MeetingAttendanceCounts.Present) }).SingleAsync();
        return (row.Expected ?? -1, row.Present ?? -1);
    });

    /// <summary>The meetings whose kept counts differ from the recount (or are missing), as readable lines.</summary>
    public static Task<List<string>> MismatchesAsync(ApiFactory factory) => factory.WithDbAsync(async db =>
    {
        var kept = await db.Set<CellMeeting>().Select(m => new
        {
            m.Id, m.HeldOn, Expected = EF.Property<int?>(m, MeetingAttendanceCounts.Expected), Present = EF.Property<int?>(m, MeetingAttendanceCounts.Present),
        }).ToListAsync();
        var recount = await RecountAsync(db, kept.Select(m => (m.Id, m.HeldOn)));
        return kept.Where(m => (m.Expected, m.Present) != recount[m.Id])
            .Select(m => $"{m.Id} {m.HeldOn}: kept {m.Expected}/{m.Present}, recount {recount[m.Id].Expected}/{recount[m.Id].Present}").ToList();
    });

    /// <summary>The year's attendances of members probationary or full on the meeting's day, and of them those present.</summary>
    public static Task<(int Expected, int Present)> ReferenceAsync(ApiFactory factory, int year) => factory.WithDbAsync(async db =>
    {
        var held = await db.Set<CellMeeting>().Where(m => m.HeldOn.Year == year).Select(m => new { m.Id, m.HeldOn }).ToListAsync();
        var recount = await RecountAsync(db, held.Select(m => (m.Id, m.HeldOn)));
        return (recount.Values.Sum(c => c.Expected!.Value), recount.Values.Sum(c => c.Present!.Value));
    });

    /// <summary>Each meeting's attendances tested in memory against the members' status periods.</summary>
    private static async Task<Dictionary<Guid, (int? Expected, int? Present)>> RecountAsync(Application.Common.Abstractions.IAppDbContext db, IEnumerable<(Guid Id, DateOnly HeldOn)> meetings)
    {
        var heldOn = meetings.ToDictionary(m => m.Id, m => m.HeldOn);
        var ids = heldOn.Keys.ToList();
        var attendance = await db.Set<MeetingAttendance>().Where(a => ids.Contains(a.MeetingId)).Select(a => new { a.MeetingId, a.MemberId, a.Status }).ToListAsync();
        var periods = (await db.Set<MemberStatusPeriod>().Select(p => new { p.MemberId, p.Status, p.StartsOn, p.EndsOn }).ToListAsync()).ToLookup(p => p.MemberId);
        var counted = attendance.Where(a => periods[a.MemberId].Any(p =>
            p.StartsOn <= heldOn[a.MeetingId] && (p.EndsOn == null || p.EndsOn > heldOn[a.MeetingId]) && p.Status is MemberStatus.Probationary or MemberStatus.Full)).ToLookup(a => a.MeetingId);
        return ids.ToDictionary(id => id, id => ((int?)counted[id].Count(), (int?)counted[id].Count(a => a.Status == AttendanceStatus.Present)));
    }
}

/// <summary>
/// ADR 0092: an instance whose database holds meetings without counts (recorded before the columns existed) starts and
/// is ready at once, its statistics exact meanwhile; with a scheduler, its start-up schedules the backfill job, which
/// recounts them all in chunks.
/// </summary>
public sealed class MeetingAttendanceCountsBackfillJobTests
{
    /// <summary>An API host on a given SQLite file that it does not delete (the next host uses it).</summary>
    private sealed class Instance(string file, bool jobs) : ApiFactory(
        new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={file}",
            ["Jobs:Enabled"] = jobs ? "true" : "false",
            ["Jobs:IdleWaitTime"] = "00:00:01",
            ["Jobs:MeetingCountsBackfillChunk"] = "5",
        },
        useSqlite: false);

    [Fact]
    public async Task Start_up_schedules_the_backfill_of_meetings_without_counts_and_the_job_recounts_them_all()
    {
        var file = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"meeting-counts-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using (var idle = new Instance(file, jobs: false))
        {
            (await idle.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
                $"""UPDATE "CellMeetings" SET "{MeetingAttendanceCounts.Expected}" = NULL, "{MeetingAttendanceCounts.Present}" = NULL"""))).ShouldBeGreaterThan(5);
            await MeetingAttendanceCountsReference.StatisticsShouldEqualTheRecountAsync(idle, idle.ClientAs("Admin", null), 2020);
        }

        using (var worker = new Instance(file, jobs: true))
        {
            (await worker.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (await worker.WithDbAsync(db => db.Set<CellMeeting>().AnyAsync(m => EF.Property<int?>(m, MeetingAttendanceCounts.Expected) == null)))
            {
                DateTime.UtcNow.ShouldBeLessThan(deadline, "the backfill job did not finish");
                await Task.Delay(200);
            }

            (await MeetingAttendanceCountsReference.MismatchesAsync(worker)).ShouldBeEmpty();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}

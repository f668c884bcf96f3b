using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Evaluation.Ratings;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Engines;

/// <summary>
/// ADR 0110: the campaigns' line counts kept by the engine's triggers equal a recount of the lines after every kind of
/// write, on each engine: the campaign opening's set-based insert, statements that move many lines at once between
/// figures, single-line updates, deletes, inserts through the change tracker and an update that changes no figure; and
/// the migration's backfill gives the same counts. A campaign of 2023 of its own: the other scenarios' figures stay.
/// </summary>
public abstract partial class EngineScenarios
{
    [SkippableFact]
    public async Task Rating_line_counts_equal_a_recount_after_random_changes()
    {
        var office = Api.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var opened = await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year = 2023, openedOn = "2023-12-01" });
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var campaignId = (await opened.ReadAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        (await RatingLineCountsReference.MismatchesAsync(Api)).ShouldBeEmpty("after the opening's set-based insert");

        var lines = await Api.WithDbAsync(db => db.Set<MemberRating>().AsNoTracking().Where(r => r.CampaignId == campaignId)
            .Select(r => new { r.Id, r.MemberId, r.CellId }).ToListAsync());
        lines.Count.ShouldBeGreaterThan(20);
        var cells = lines.Select(l => l.CellId).Distinct().ToList();
        var random = new Random(20261208);
        EvaluationLevel?[] levels = [null, EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Completed, EvaluationLevel.NotCompleted];
        string?[] taskGroups = [null, string.Empty, "Nhóm chuyên môn", "Nhóm quản lý"];
        string?[] caps = [null, string.Empty, "rating.cap.discipline", "rating.cap.sick_leave,rating.cap.discipline"];

        // Many lines moved to the same figures by one statement (a statement trigger sees them together on SQL Server).
        for (var round = 0; round < 4; round++)
        {
            var ids = lines.OrderBy(_ => random.Next()).Take(lines.Count / 3).Select(l => l.Id).ToList();
            var (cell, decided, proposed, taskGroup) = (cells[random.Next(cells.Count)], levels[random.Next(levels.Length)], levels[random.Next(levels.Length)], taskGroups[random.Next(taskGroups.Length)]);
            await Api.WithDbAsync(db => db.Set<MemberRating>().Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.CellId, cell).SetProperty(r => r.DecidedLevel, decided).SetProperty(r => r.ProposedLevel, proposed).SetProperty(r => r.TaskGroup, taskGroup)));
            (await RatingLineCountsReference.MismatchesAsync(Api)).ShouldBeEmpty($"after moving {ids.Count} lines in one statement (round {round})");
        }

        // Single lines given random figures, rated or not.
        foreach (var line in lines.OrderBy(_ => random.Next()).Take(30))
        {
            var rated = random.Next(5) > 0;
            NotRatedReason? reason = rated ? null : random.Next(2) == 0 ? NotRatedReason.ExemptOrSuspended : NotRatedReason.AdmittedUnderSixMonths;
            var (cell, decided, proposed) = (cells[random.Next(cells.Count)], rated ? levels[random.Next(levels.Length)] : null, rated ? levels[random.Next(levels.Length)] : null);
            var (taskGroup, capCodes) = (taskGroups[random.Next(taskGroups.Length)], caps[random.Next(caps.Length)]);
            await Api.WithDbAsync(db => db.Set<MemberRating>().Where(r => r.Id == line.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.CellId, cell).SetProperty(r => r.Rated, rated).SetProperty(r => r.NotRatedReason, reason).SetProperty(r => r.DecidedLevel, decided)
                .SetProperty(r => r.ProposedLevel, proposed).SetProperty(r => r.TaskGroup, taskGroup).SetProperty(r => r.CapCodes, capCodes)));
        }

        (await RatingLineCountsReference.MismatchesAsync(Api)).ShouldBeEmpty("after single-line updates");

        // A statement that changes no figure writes no count.
        var before = await RatingLineCountsReference.CountsAsync(Api);
        await Api.WithDbAsync(db => db.Set<MemberRating>().Where(r => r.CampaignId == campaignId).ExecuteUpdateAsync(s => s.SetProperty(r => r.OtherOrganizationComments, "Không có ý kiến")));
        (await RatingLineCountsReference.CountsAsync(Api)).ShouldBe(before);

        // Lines deleted, then listed again through the change tracker, in other cells.
        var removed = lines.OrderBy(_ => random.Next()).Take(10).ToList();
        var removedIds = removed.Select(l => l.Id).ToList();
        await Api.WithDbAsync(db => db.Set<MemberRating>().Where(r => removedIds.Contains(r.Id)).ExecuteDeleteAsync());
        (await RatingLineCountsReference.MismatchesAsync(Api)).ShouldBeEmpty("after deletes");
        await Api.WithDbAsync(async db =>
        {
            foreach (var line in removed)
            {
                db.Set<MemberRating>().Add(MemberRating.List(Ids.NewVersion7(), campaignId, line.MemberId, cells[random.Next(cells.Count)],
                    random.Next(3) == 0 ? NotRatedReason.ExemptOrSuspended : null, RatingArrangement.Regular, null));
            }

            return await db.SaveChangesAsync();
        });
        (await RatingLineCountsReference.MismatchesAsync(Api)).ShouldBeEmpty("after inserts through the change tracker");

        // The migration's backfill counts the same.
        var kept = await RatingLineCountsReference.CountsAsync(Api);
        await Api.WithDbAsync(async db =>
        {
            await db.Set<RatingLineCount>().ExecuteDeleteAsync();
            var sqlServer = db.Database.ProviderName!.Contains("SqlServer", StringComparison.Ordinal);
            return await db.Database.ExecuteSqlRawAsync(sqlServer ? RatingLineCountTriggers.SqlServerBackfill : RatingLineCountTriggers.SqliteBackfill);
        });
        (await RatingLineCountsReference.CountsAsync(Api)).ShouldBe(kept);
    }
}

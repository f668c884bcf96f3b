using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Evaluation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Documents;

/// <summary>
/// The receipt rule (<c>DocumentReceipts</c>) bounded by its day in each reader that is not the coverage's (which
/// <see cref="CoverageEqualityTests"/> compares day by day): the rating statistics count a document's receipts up to the
/// year's last day only, and a catch-up is refused as "already received" only for a meeting held by its own day.
/// </summary>
public sealed class DocumentReceiptsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    [Fact]
    public async Task The_dissemination_statistics_of_a_year_leave_out_the_catch_ups_after_its_last_day()
    {
        var yearEnd = new DateOnly(2020, 12, 31);
        var later = new DateOnly(2021, 3, 1);
        var documents = new[] { EvaluationDemoData.DocumentId(1), EvaluationDemoData.DocumentId(5), EvaluationDemoData.DocumentId(7) };

        // Some of the year's catch-ups (members counted at the year's end) are moved to 2021: by the year's end those
        // members had not received the document.
        var moved = await factory.WithDbAsync(async db =>
        {
            var cells = await db.Set<PartyOrganization>().Where(o => o.Type == OrganizationType.PartyCell).Select(o => o.Id).ToListAsync();
            var atYearEnd = (await db.RosterOnAsync(cells, yearEnd, CancellationToken.None)).Where(r => r.IsExpected).Select(r => r.MemberId).ToHashSet();
            var count = 0;
            foreach (var documentId in documents)
            {
                var document = await db.Set<PartyDocument>().SingleAsync(d => d.Id == documentId);
                var catchUps = await db.Set<DocumentCatchUp>().Where(c => c.DocumentId == documentId && c.ReceivedOn <= yearEnd).OrderBy(c => c.Id).ToListAsync();
                foreach (var catchUp in catchUps.Where(c => atYearEnd.Contains(c.MemberId)).Take(4))
                {
                    db.Remove(catchUp);
                    db.Add(DocumentCatchUp.Record(Guid.CreateVersion7(), document, catchUp.MemberId, catchUp.OrganizationId, later, "bù năm sau", null));
                    count++;
                }
            }

            await db.SaveChangesAsync();
            return count;
        });
        moved.ShouldBeGreaterThan(0, "catch-ups of the year to move after it");

        var response = await admin.GetAsync("/api/v1/statistics/ratings?year=2020");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var items = (await response.ReadAsync<JsonElement>()).GetProperty("dissemination").GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("documentId").GetGuid(), i => i.GetProperty("received").GetInt32());

        var (atEnd, withLater) = await factory.WithDbAsync(async db =>
        {
            var cells = await db.Set<PartyOrganization>().Where(o => o.Type == OrganizationType.PartyCell).Select(o => o.Id).ToListAsync();
            var roster = (await db.RosterOnAsync(cells, yearEnd, CancellationToken.None)).Where(r => r.IsExpected).Select(r => r.MemberId).Distinct().ToList();
            var end = new Dictionary<Guid, int>();
            var all = new Dictionary<Guid, int>();
            foreach (var documentId in documents)
            {
                var byYearEnd = await CoverageReference.ReceivedAsync(db, documentId, yearEnd);
                var byLater = await CoverageReference.ReceivedAsync(db, documentId, later);
                end[documentId] = roster.Count(byYearEnd.Contains);
                all[documentId] = roster.Count(byLater.Contains);
            }

            return (end, all);
        });

        foreach (var documentId in documents.Where(items.ContainsKey))
        {
            items[documentId].ShouldBe(atEnd[documentId], $"{documentId}: received by {yearEnd}");
        }

        documents.Count(d => items.ContainsKey(d) && withLater[d] > atEnd[d]).ShouldBeGreaterThan(0, "a listed document whose figure the later catch-ups would change");
    }

    [Fact]
    public async Task A_catch_up_before_the_meeting_that_disseminated_the_document_is_not_already_received()
    {
        // A member present at a meeting that disseminated a document, expected in that cell the day before it.
        var found = await factory.WithDbAsync(async db =>
        {
            var present = await (from md in db.Set<MeetingDocument>()
                                 join m in db.Set<CellMeeting>() on md.MeetingId equals m.Id
                                 join a in db.Set<MeetingAttendance>() on m.Id equals a.MeetingId
                                 join d in db.Set<PartyDocument>() on md.DocumentId equals d.Id
                                 where a.Status == AttendanceStatus.Present && m.HeldOn > d.IssuedOn
                                 orderby m.HeldOn, a.MemberId
                                 select new { md.DocumentId, a.MemberId, m.OrganizationId, m.HeldOn }).ToListAsync();
            foreach (var p in present)
            {
                var dayBefore = p.HeldOn.AddDays(-1);
                var expected = (await db.RosterOnAsync([p.OrganizationId], dayBefore, CancellationToken.None)).Any(r => r.IsExpected && r.MemberId == p.MemberId);
                var earlier = (await CoverageReference.ReceivedAsync(db, p.DocumentId, dayBefore)).Contains(p.MemberId);
                var caughtUp = await db.Set<DocumentCatchUp>().AnyAsync(c => c.DocumentId == p.DocumentId && c.MemberId == p.MemberId);
                if (expected && !earlier && !caughtUp)
                {
                    return (p.DocumentId, p.MemberId, p.HeldOn);
                }
            }

            return ((Guid, Guid, DateOnly)?)null;
        });
        found.ShouldNotBeNull("a member present at a disseminating meeting after the document's issue");
        var (documentId, memberId, heldOn) = found.Value;

        var before = await admin.PostJsonAsync($"/api/v1/documents/{documentId}/catch-ups", new { memberId, receivedOn = heldOn.AddDays(-1).ToString("yyyy-MM-dd") });
        before.StatusCode.ShouldBe(HttpStatusCode.Created, await before.Content.ReadAsStringAsync());

        // Once caught up, a second catch-up is refused whatever its day.
        await (await admin.PostJsonAsync($"/api/v1/documents/{documentId}/catch-ups", new { memberId, receivedOn = heldOn.AddDays(1).ToString("yyyy-MM-dd") }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "document.already_received");
    }
}

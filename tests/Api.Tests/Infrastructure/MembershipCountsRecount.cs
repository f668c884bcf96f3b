using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// Today's membership counts as stored, beside the same counts recomputed from every member's current columns by the
/// rule the save pipeline uses (<see cref="MembershipCounts.Contribution"/>): one line per non-zero row,
/// "organisation/dimension/value=count", in ordinal order, so that two lists compare with <c>ShouldBe</c>.
/// </summary>
internal static class MembershipCountsRecount
{
    public static async Task<(List<string> Table, List<string> Recount)> TableAndRecountAsync(AppDbContext db)
    {
        var stored = await db.Set<MembershipCount>().AsNoTracking().Where(c => c.Count != 0).ToListAsync();
        var all = await db.Set<PartyMember>().AsNoTracking().ToListAsync();
        var expected = all.SelectMany(m => MembershipCounts.Contribution(
                m.OrganizationId, m.Status, m.Sex, m.EthnicityCode, m.GeneralEducation, m.ProfessionalLevel, m.PoliticalTheoryLevel,
                m.IsProvincialCommitteeMember, m.DateOfBirth, m.SeniorityCountedFrom))
            .GroupBy(k => k).Select(g => $"{g.Key.OrganizationId}/{g.Key.Dimension}/{g.Key.Value}={g.Count()}").Order(StringComparer.Ordinal).ToList();
        return (stored.Select(c => $"{c.OrganizationId}/{c.Dimension}/{c.Value}={c.Count}").Order(StringComparer.Ordinal).ToList(), expected);
    }
}

/// <summary>
/// The dated membership counts recomputed from every member's history (the recount's definition,
/// <see cref="MembershipCountChanges.Add"/>), with his monthly reviews and his exemptions and suspensions (the review
/// months' roster, ADR 0061) and the documents he received (ADR 0093): one line per non-zero row,
/// "organisation/dimension/value/day=delta", in ordinal order.
/// </summary>
internal static class DatedCountsRecount
{
    /// <summary>
    /// The dated counts as stored, in the same form: main and staged rows (ADR 0082) summed by key, as every reader sums
    /// them (<see cref="PartyCommittee.Application.Membership.Statistics.DatedCounts.DatedCountChanges"/>); the backfill's
    /// marker left out.
    /// </summary>
    public static async Task<List<string>> StoredRowsAsync(AppDbContext db) =>
        [.. (await db.DatedCountChanges().Where(c => c.Dimension != MembershipCountChanges.BackfillPending).ToListAsync())
            .GroupBy(c => (c.OrganizationId, c.Dimension, c.Value, c.Day)).Select(g => (g.Key, Delta: g.Sum(c => c.Delta))).Where(g => g.Delta != 0)
            .Select(g => $"{g.Key.OrganizationId}/{g.Key.Dimension}/{g.Key.Value}/{g.Key.Day:yyyy-MM-dd}={g.Delta}").Order(StringComparer.Ordinal)];

    public static async Task<List<string>> ExpectedRowsAsync(AppDbContext db)
    {
        var all = await db.Set<PartyMember>().AsNoTracking().AsSplitQuery()
            .Include(m => m.Placements).Include(m => m.StatusHistory).Include(m => m.Qualifications).Include(m => m.Conditions).ToListAsync();
        var reviews = (await db.Set<PartyCommittee.Domain.Evaluation.MonthlyReview>().AsNoTracking().Select(r => new { r.MemberId, r.Year, r.Month }).ToListAsync())
            .ToLookup(r => r.MemberId, r => new ReviewedMonth(r.Year, r.Month));
        var received = await FirstReceiptsAsync(db);
        var expected = new Dictionary<(Guid, string, string, DateOnly), int>();
        foreach (var m in all)
        {
            MembershipCountChanges.Add(
                new MemberHistoryFacts(
                    m.Sex, m.EthnicityCode, m.DateOfBirth, m.SeniorityCountedFrom, m.IsProvincialCommitteeMember,
                    [.. m.Placements.Select(p => new DatedPlacement(p.OrganizationId, p.StartsOn, p.EndsOn))],
                    [.. m.StatusHistory.Select(p => new DatedStatus(p.Status, p.StartsOn, p.EndsOn))],
                    [.. m.Qualifications.Select(p => new DatedQualification(p.GeneralEducation, p.ProfessionalLevel, p.PoliticalTheoryLevel, p.StartsOn, p.EndsOn))],
                    [.. reviews[m.Id]],
                    [.. m.Conditions.Select(c => DatedExcusal.Of(c.Kind, c.StartsOn, c.EndsOn))],
                    [.. received[m.Id]]),
                expected,
                1);
        }

        return [.. expected.Where(d => d.Value != 0).Select(d => $"{d.Key.Item1}/{d.Key.Item2}/{d.Key.Item3}/{d.Key.Item4:yyyy-MM-dd}={d.Value}").Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every member's first day of each document received (ADR 0093), from the tables in memory: the days of the meetings
    /// that disseminated it at which he was present, and his catch-ups.
    /// </summary>
    private static async Task<ILookup<Guid, ReceivedDocument>> FirstReceiptsAsync(AppDbContext db)
    {
        var meetings = await db.Set<PartyCommittee.Domain.Evaluation.CellMeeting>().AsNoTracking().Select(m => new { m.Id, m.HeldOn }).ToDictionaryAsync(m => m.Id, m => m.HeldOn);
        var disseminated = (await db.Set<PartyCommittee.Domain.Evaluation.MeetingDocument>().AsNoTracking().ToListAsync()).ToLookup(d => d.MeetingId, d => d.DocumentId);
        var present = await db.Set<PartyCommittee.Domain.Evaluation.MeetingAttendance>().AsNoTracking()
            .Where(a => a.Status == PartyCommittee.Domain.Common.AttendanceStatus.Present).Select(a => new { a.MemberId, a.MeetingId }).ToListAsync();
        var catchUps = await db.Set<PartyCommittee.Domain.Evaluation.DocumentCatchUp>().AsNoTracking().Select(c => new { c.MemberId, c.DocumentId, c.ReceivedOn }).ToListAsync();
        return present.SelectMany(a => disseminated[a.MeetingId].Select(d => (a.MemberId, Document: d, On: meetings[a.MeetingId])))
            .Concat(catchUps.Select(c => (c.MemberId, Document: c.DocumentId, On: c.ReceivedOn)))
            .GroupBy(r => (r.MemberId, r.Document))
            .ToLookup(g => g.Key.MemberId, g => new ReceivedDocument(g.Key.Document, g.Min(r => r.On)));
    }
}

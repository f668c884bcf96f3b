using Microsoft.EntityFrameworkCore;
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

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.CivilServants;

/// <summary>The civil-servant ratings of members, read by the member rating campaigns (the NOT_COMPLETED cap).</summary>
public sealed class CivilServantRatingLookup(IAppDbContext db) : ICivilServantRatingLookup
{
    public async Task<IReadOnlyDictionary<Guid, EvaluationLevel>> ForMembersAsync(IReadOnlyCollection<Guid> memberIds, int year, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return new Dictionary<Guid, EvaluationLevel>();
        }

        var ids = memberIds.ToList();
        var rows = await db.CivilServantRatings.AsNoTracking()
            .Where(r => r.Year == year && r.MemberId != null && ids.Contains(r.MemberId.Value))
            .Select(r => new { MemberId = r.MemberId!.Value, r.Level })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.MemberId, r => r.Level);
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Standing;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline.Records;

/// <summary>The dismissals from post decided against members (current form, not withdrawn), for the election rules.</summary>
public sealed class DisciplineStandingBars(IAppDbContext db) : IStandingBars
{
    public async Task<IReadOnlyList<StandingBar>> DismissalsAsync(IReadOnlyCollection<Guid> memberIds, DateOnly on, CancellationToken cancellationToken)
    {
        var ids = memberIds.Distinct().ToList();
        var rows = await db.Set<DisciplinaryAction>().AsNoTracking()
            .Where(a => a.Status == DisciplineStatus.Decided && a.Form == DisciplineForm.DismissalFromPost
                && a.MemberId != null && ids.Contains(a.MemberId.Value) && a.DecidedOn != null && a.DecidedOn <= on)
            .Select(a => new { MemberId = a.MemberId!.Value, DecidedOn = a.DecidedOn!.Value })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StandingBar(r.MemberId, r.DecidedOn))];
    }
}

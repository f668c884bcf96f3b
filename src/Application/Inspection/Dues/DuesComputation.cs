using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Inspection.Dues;

/// <summary>Who owes what in a cell's month: the lines a sheet opens with.</summary>
public static class DuesComputation
{
    /// <summary>
    /// The members placed in <paramref name="cellId"/> on the month's first day (or from a day within it) with a counted
    /// status that day, each with the dues of the basis in force that month under <paramref name="rules"/> (a member
    /// without a recorded basis owes the fixed amount of the OTHER category).
    /// </summary>
    public static IReadOnlyList<DuesLineInput> Lines(
        IEnumerable<DuesMember> members, IEnumerable<DuesBasis> bases, Guid cellId, DateOnly month, DuesRuleSet rules, DuesOptions options)
    {
        var first = DuesRuleSet.MonthOf(month);
        var last = first.AddMonths(1).AddDays(-1);
        var basesByMember = bases.Where(b => b.EffectiveFrom <= first).GroupBy(b => b.MemberId).ToDictionary(g => g.Key, g => g.MaxBy(b => b.EffectiveFrom)!);
        var lines = new List<DuesLineInput>();
        foreach (var member in members)
        {
            var placement = member.Placements
                .Where(p => p.OrganizationId == cellId && p.StartsOn <= last && (p.EndsOn is null || p.EndsOn > first))
                .MaxBy(p => p.StartsOn);
            if (placement is null)
            {
                continue;
            }

            var day = placement.StartsOn > first ? placement.StartsOn : first;
            if (SeniorityRules.StatusOn(member, day) is not { } status || !MembershipLabels.IsCounted(status))
            {
                continue;
            }

            var basis = basesByMember.GetValueOrDefault(member.Id);
            var category = basis?.Category ?? DuesCategory.Other;
            var (due, exempted) = rules.Compute(
                category, basis?.MonthlyBasisAmount ?? 0, options.StudentMonthlyAmount, options.OtherMonthlyAmount, SeniorityRules.SeniorityYearsOn(member, last), basis?.ReductionIn(first));
            lines.Add(new DuesLineInput(member.Id, category, due, exempted));
        }

        return lines;
    }

    /// <summary>Loads what <see cref="Lines"/> needs for a cell and month from the database.</summary>
    public static async Task<IReadOnlyList<DuesLineInput>> LinesAsync(
        IAppDbContext db, Guid cellId, DateOnly month, DuesRuleSet rules, DuesOptions options, CancellationToken cancellationToken)
    {
        var first = DuesRuleSet.MonthOf(month);
        var last = first.AddMonths(1).AddDays(-1);
        // Driven by the cell's placements (an index range of the cell), not by the register: a correlated "any placement
        // here" walked every member and probed his placements (1M probes for one cell at 1M members).
        var placed = db.MemberPlacements.Where(p => p.OrganizationId == cellId && p.StartsOn <= last && (p.EndsOn == null || p.EndsOn > first))
            .Select(p => p.MemberId);
        var members = await DuesMember.LoadAsync(db, placed, cancellationToken);
        var ids = members.Select(m => m.Id).ToList();
        var bases = await db.DuesBases.AsNoTracking().Where(b => ids.Contains(b.MemberId) && b.EffectiveFrom <= first).ToListAsync(cancellationToken);
        return Lines(members, bases, cellId, first, rules, options);
    }
}

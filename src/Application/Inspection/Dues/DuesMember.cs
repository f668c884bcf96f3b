using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Inspection.Dues;

/// <summary>A member's placement in a cell (from <see cref="StartsOn"/> to the day before <see cref="EndsOn"/>; null: open).</summary>
public sealed record DuesPlacement(Guid OrganizationId, DateOnly StartsOn, DateOnly? EndsOn);

/// <summary>
/// A member as the dues rules read him (<see cref="DuesComputation.Lines"/>, the import's checks): his codes, his
/// placements, and what his status on a day and his party seniority are read from (<see cref="ISeniorityRecord"/>), not
/// his whole record. A committee's month of dues reads ~100k members: whole records with their four collections took 11
/// of an import's 18 s of CPU at 100k members (session 54); these rows are read in five narrow queries. The rules are
/// those of <see cref="SeniorityRules"/>, as for <see cref="PartyMember"/> (the badge eligibility list does the same,
/// ADR 0073).
/// </summary>
public sealed class DuesMember : ISeniorityRecord
{
    private DuesMember(Guid id, string? partyCardNumber, string? recordNumber, DateOnly admissionDecisionDate, MemberStatus status)
    {
        Id = id;
        PartyCardNumber = partyCardNumber;
        RecordNumber = recordNumber;
        AdmissionDecisionDate = admissionDecisionDate;
        Status = status;
    }

    public Guid Id { get; }

    public string? PartyCardNumber { get; }

    public string? RecordNumber { get; }

    public DateOnly AdmissionDecisionDate { get; }

    public MemberStatus Status { get; }

    public List<DuesPlacement> Placements { get; } = [];

    public List<IStatusPeriodFacts> StatusPeriods { get; } = [];

    public List<ISeniorityGapFacts> Gaps { get; } = [];

    /// <summary>Only suspensions (the kind the rules read).</summary>
    public List<IMemberConditionFacts> ConditionPeriods { get; } = [];

    IReadOnlyList<IStatusPeriodFacts> ISeniorityRecord.StatusPeriods => StatusPeriods;

    IReadOnlyList<ISeniorityGapFacts> ISeniorityRecord.Gaps => Gaps;

    IReadOnlyList<IMemberConditionFacts> ISeniorityRecord.ConditionPeriods => ConditionPeriods;

    /// <summary>The same facts from a whole record (the demo seeding, which holds its members).</summary>
    public static DuesMember Of(PartyMember member)
    {
        var facts = new DuesMember(member.Id, member.PartyCardNumber, member.RecordNumber, member.AdmissionDecisionDate, member.Status);
        facts.Placements.AddRange(member.Placements.Select(p => new DuesPlacement(p.OrganizationId, p.StartsOn, p.EndsOn)));
        facts.StatusPeriods.AddRange(((ISeniorityRecord)member).StatusPeriods);
        facts.Gaps.AddRange(((ISeniorityRecord)member).Gaps);
        facts.ConditionPeriods.AddRange(((ISeniorityRecord)member).ConditionPeriods.Where(c => c.Kind == MemberConditionKind.Suspension));
        return facts;
    }

    /// <summary>
    /// The members whose ids <paramref name="ids"/> selects (null: every member, each table read in its own order, none
    /// looked up by member), with every placement, status period, gap and suspension, in id order. Each query reads the
    /// database as it is then: a member placed by a concurrent writer after the first query is left out, his rows of the
    /// later queries ignored.
    /// </summary>
    public static async Task<List<DuesMember>> LoadAsync(IAppDbContext db, IQueryable<Guid>? ids, CancellationToken cancellationToken)
    {
        IQueryable<T> Selected<T>(IQueryable<T> rows, Expression<Func<T, Guid>> member) =>
            ids is null ? rows : rows.Where(Expression.Lambda<Func<T, bool>>(
                Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)], ids.Expression, member.Body), member.Parameters));

        var members = await Selected(db.Members.AsNoTracking(), m => m.Id).OrderBy(m => m.Id)
            .Select(m => new DuesMember(m.Id, m.PartyCardNumber, m.RecordNumber, m.AdmissionDecisionDate, m.Status))
            .ToListAsync(cancellationToken);
        var byId = members.ToDictionary(m => m.Id);
        await foreach (var p in Selected(db.MemberPlacements.AsNoTracking(), p => p.MemberId)
                           .Select(p => new { p.MemberId, p.OrganizationId, p.StartsOn, p.EndsOn }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            byId.GetValueOrDefault(p.MemberId)?.Placements.Add(new DuesPlacement(p.OrganizationId, p.StartsOn, p.EndsOn));
        }

        await foreach (var s in Selected(db.Set<MemberStatusPeriod>().AsNoTracking(), s => s.MemberId)
                           .Select(s => new { s.MemberId, s.Status, s.StartsOn, s.EndsOn }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            byId.GetValueOrDefault(s.MemberId)?.StatusPeriods.Add(new StatusPeriod(s.Status, s.StartsOn, s.EndsOn));
        }

        // Few rows: read whole.
        foreach (var gap in await Selected(db.Set<MemberSeniorityGap>().AsNoTracking(), g => g.MemberId).ToListAsync(cancellationToken))
        {
            byId.GetValueOrDefault(gap.MemberId)?.Gaps.Add(gap);
        }

        foreach (var suspension in await Selected(db.Set<MemberCondition>().AsNoTracking(), c => c.MemberId)
                     .Where(c => c.Kind == MemberConditionKind.Suspension).ToListAsync(cancellationToken))
        {
            byId.GetValueOrDefault(suspension.MemberId)?.ConditionPeriods.Add(suspension);
        }

        return members;
    }

    private sealed record StatusPeriod(MemberStatus Status, DateOnly StartsOn, DateOnly? EndsOn) : IStatusPeriodFacts;
}

using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Reports;

/// <summary>
/// The members of a subtree on a day D as the reports count them (ADR 0072), read as rows, not entities: a placement in
/// force on D (<c>StartsOn ≤ D &lt; EndsOn</c>) in one of the subtree's cells of that day, the status on D (the latest
/// status period holding D, a zero-length period holding its first day), and the exemption and suspension holding D
/// (end day included). A member is counted when he has a cell and his status is probationary or full.
/// </summary>
internal static class MembersOnDay
{
    private static readonly MemberConditionKind[] Excusing = [MemberConditionKind.Exemption, MemberConditionKind.Suspension];

    private static readonly MemberStatus?[] Counted = [.. Enum.GetValues<MemberStatus>().Where(MembershipLabels.IsCounted).Select(s => (MemberStatus?)s)];

    /// <summary>
    /// One row per member of <paramref name="cells"/> on <paramref name="day"/>, placed there then (null: every member,
    /// each once with his cell then or none). A subtree reads the placements in force in its cells (their index), each
    /// joined to its member, his status and conditions looked up by his key (<see cref="Rows"/>). The whole register is
    /// read in four sequential passes joined in memory by member (<see cref="EverywhereAsync"/>).
    /// </summary>
    public static IAsyncEnumerable<MemberOnDay> ReadAsync(IAppDbContext db, IReadOnlyCollection<Guid>? cells, DateOnly day, CancellationToken cancellationToken) =>
        cells is null ? EverywhereAsync(db, day, cancellationToken) : Rows(db, cells, day).AsAsyncEnumerable();

    /// <summary>How many members are counted in <paramref name="cells"/> on <paramref name="day"/> (a subtree: one statement, a count).</summary>
    public static async Task<int> CountAsync(IAppDbContext db, IReadOnlyCollection<Guid>? cells, DateOnly day, CancellationToken cancellationToken)
    {
        if (cells is not null)
        {
            return await Rows(db, cells, day).Where(r => Counted.Contains(r.Status)).CountAsync(cancellationToken);
        }

        // The placed members' table alone: a member not placed on the day is not counted, so the members are not read.
        return (await PlacedMembersAsync(db, day, cancellationToken)).Values.Count(p => p.HasStatus && MembershipLabels.IsCounted(p.Status));
    }

    /// <summary>
    /// The placements in force in <paramref name="cells"/> on <paramref name="day"/> (their index), each joined to its
    /// member; the status is read once per row: the caller judges it (EF Core repeats a filtered subquery).
    /// </summary>
    private static IQueryable<MemberOnDay> Rows(IAppDbContext db, IReadOnlyCollection<Guid> cells, DateOnly day) =>
        db.Set<MemberPlacement>().AsNoTracking()
            .Where(PlacedOn(day))
            .Where(p => cells.Contains(p.OrganizationId))
            .Join(db.Members.AsNoTracking(), p => p.MemberId, m => m.Id, (p, m) => new MemberOnDay
            {
                Cell = p.OrganizationId,
                Sex = m.Sex,
                EthnicityCode = m.EthnicityCode,
                Religion = m.Religion,
                DateOfBirth = m.DateOfBirth,
                GeneralEducation = m.GeneralEducation,
                ProfessionalLevel = m.ProfessionalLevel,
                PoliticalTheoryLevel = m.PoliticalTheoryLevel,
                AdmissionDecisionDate = m.AdmissionDecisionDate,
                Status = db.Set<MemberStatusPeriod>().Where(StatusHeldOn(day))
                    .Where(s => s.MemberId == m.Id)
                    .OrderByDescending(s => s.StartsOn)
                    .Select(s => (MemberStatus?)s.Status)
                    .FirstOrDefault(),
                Exempt = db.Set<MemberCondition>().Where(ConditionOn(day, MemberConditionKind.Exemption)).Any(c => c.MemberId == m.Id),
                Suspended = db.Set<MemberCondition>().Where(ConditionOn(day, MemberConditionKind.Suspension)).Any(c => c.MemberId == m.Id),
            });

    /// <summary>
    /// Every member on <paramref name="day"/> (each once, with his cell then or none), read as the placements in force,
    /// the status periods holding the day, the exemptions and suspensions holding it and the members, each table once in
    /// its own order, joined by member in a table of the placed members (~60 bytes a member). Looking each member's cell
    /// and status up by his key read the indexes by member at random (22-26 s at 1M members, most of it reads of pages
    /// the 2 MB page cache had dropped); each pass here reads its pages once. The same readings as <see cref="Rows"/>: the
    /// latest placement in force, the latest status period holding the day (a zero-length one before an open one
    /// starting the same day, as the descending index reads them).
    /// </summary>
    private static async IAsyncEnumerable<MemberOnDay> EverywhereAsync(IAppDbContext db, DateOnly day, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var placed = await PlacedMembersAsync(db, day, cancellationToken);
        var members = db.Members.AsNoTracking().Select(m => new
        {
            m.Id, m.Sex, m.EthnicityCode, m.Religion, m.DateOfBirth, m.GeneralEducation, m.ProfessionalLevel, m.PoliticalTheoryLevel, m.AdmissionDecisionDate,
        });
        await foreach (var m in members.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var isPlaced = placed.TryGetValue(m.Id, out var slot);
            yield return new MemberOnDay
            {
                Cell = isPlaced ? slot.Cell : null,
                Sex = m.Sex,
                EthnicityCode = m.EthnicityCode,
                Religion = m.Religion,
                DateOfBirth = m.DateOfBirth,
                GeneralEducation = m.GeneralEducation,
                ProfessionalLevel = m.ProfessionalLevel,
                PoliticalTheoryLevel = m.PoliticalTheoryLevel,
                AdmissionDecisionDate = m.AdmissionDecisionDate,
                Status = slot.HasStatus ? slot.Status : null,
                Exempt = slot.Exempt,
                Suspended = slot.Suspended,
            };
        }
    }

    /// <summary>
    /// The members placed on <paramref name="day"/> (the latest placement in force), each with his status then (the latest
    /// period holding the day) and his exemption and suspension then: the placements, the status periods and the
    /// conditions, each read once in its own order.
    /// </summary>
    private static async Task<Dictionary<Guid, Placed>> PlacedMembersAsync(IAppDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        // Sized for the register's counted members (the pre-aggregated counts: one small read), so that the table is not
        // grown and copied three or four times on the way to a million entries. A hint only: the counts may be switched
        // off or not yet backfilled (then 0, or stale).
        var placed = new Dictionary<Guid, Placed>(Math.Max(0, await RegisterTotal.OfAsync(db, cancellationToken)));
        // The placements and the status periods that end after the day (or are open), each table through its covering
        // index in full: the periods in force on the day are among them, their start is tested here. With the start in
        // SQL as well, SQLite may take the index by start and look every row up in its table (the status periods at 1M:
        // 4.9 s against 0.4 s; the placements under the test register's statistics).
        var placements = db.Set<MemberPlacement>().AsNoTracking().Where(p => p.EndsOn == null || p.EndsOn > day).Select(p => new { p.MemberId, p.OrganizationId, p.StartsOn });
        await foreach (var p in placements.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (p.StartsOn > day)
            {
                continue;
            }

            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(placed, p.MemberId, out var exists);
            if (!exists || p.StartsOn > slot.PlacedFrom)
            {
                slot.Cell = p.OrganizationId;
                slot.PlacedFrom = p.StartsOn;
            }
        }

        // (A zero-length period holds its first day: ending on the day is read too.)
        var statuses = db.Set<MemberStatusPeriod>().AsNoTracking().Where(s => s.EndsOn == null || s.EndsOn >= day).Select(s => new { s.MemberId, s.Status, s.StartsOn, s.EndsOn });
        await foreach (var s in statuses.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(placed, s.MemberId);
            if (Unsafe.IsNullRef(ref slot) || !StatusHolds(s.StartsOn, s.EndsOn, day))
            {
                continue;
            }

            var ends = s.EndsOn ?? DateOnly.MaxValue;
            if (!slot.HasStatus || s.StartsOn > slot.StatusFrom || (s.StartsOn == slot.StatusFrom && ends < slot.StatusEnds))
            {
                slot.HasStatus = true;
                slot.Status = s.Status;
                slot.StatusFrom = s.StartsOn;
                slot.StatusEnds = ends;
            }
        }

        foreach (var kind in Excusing)
        {
            var conditions = db.Set<MemberCondition>().AsNoTracking().Where(ConditionOn(day, kind)).Select(c => c.MemberId);
            await foreach (var memberId in conditions.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(placed, memberId);
                if (!Unsafe.IsNullRef(ref slot))
                {
                    slot.Exempt |= kind == MemberConditionKind.Exemption;
                    slot.Suspended |= kind == MemberConditionKind.Suspension;
                }
            }
        }

        return placed;
    }

    /// <summary>A placement in force on <paramref name="day"/>: <c>StartsOn ≤ D &lt; EndsOn</c>.</summary>
    private static Expression<Func<MemberPlacement, bool>> PlacedOn(DateOnly day) => p => p.StartsOn <= day && (p.EndsOn == null || p.EndsOn > day);

    /// <summary>A status period holding <paramref name="day"/> (a zero-length period holds its first day).</summary>
    private static Expression<Func<MemberStatusPeriod, bool>> StatusHeldOn(DateOnly day) =>
        s => s.StartsOn <= day && (s.EndsOn == null || s.EndsOn > day || (s.EndsOn == s.StartsOn && s.StartsOn == day));

    /// <summary><see cref="StatusHeldOn"/> in C#.</summary>
    private static bool StatusHolds(DateOnly startsOn, DateOnly? endsOn, DateOnly day) =>
        startsOn <= day && (endsOn is not { } ends || ends > day || (ends == startsOn && startsOn == day));

    /// <summary>A condition of <paramref name="kind"/> holding <paramref name="day"/> (its last day included).</summary>
    private static Expression<Func<MemberCondition, bool>> ConditionOn(DateOnly day, MemberConditionKind kind) =>
        c => c.Kind == kind && c.StartsOn <= day && (c.EndsOn == null || c.EndsOn >= day);

    /// <summary>What <see cref="EverywhereAsync"/> knows of a placed member before his row is read (~60 bytes with its key).</summary>
    private struct Placed
    {
        public Guid Cell;
        public DateOnly PlacedFrom;
        public MemberStatus Status;
        public DateOnly StatusFrom;
        public DateOnly StatusEnds;
        public bool HasStatus;
        public bool Exempt;
        public bool Suspended;
    }
}

/// <summary>What the reports read of a member on a day (member-initialised, so that the database can compose over it).</summary>
internal sealed class MemberOnDay
{
    public Guid? Cell { get; init; }

    public Sex Sex { get; init; }

    public required string EthnicityCode { get; init; }

    public string? Religion { get; init; }

    public DateOnly DateOfBirth { get; init; }

    public GeneralEducation GeneralEducation { get; init; }

    public ProfessionalLevel ProfessionalLevel { get; init; }

    public PoliticalTheoryLevel PoliticalTheoryLevel { get; init; }

    public DateOnly AdmissionDecisionDate { get; init; }

    public MemberStatus? Status { get; init; }

    public bool Exempt { get; init; }

    public bool Suspended { get; init; }

    /// <summary>Counted on the day: placed in a cell of the subtree, probationary or full (<see cref="MembersOnDay.CountAsync"/> is its SQL form).</summary>
    public bool IsCounted => Cell is not null && Status is { } status && MembershipLabels.IsCounted(status);
}

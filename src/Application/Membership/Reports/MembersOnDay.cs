using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
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
    private static readonly MemberStatus?[] Counted = [.. Enum.GetValues<MemberStatus>().Where(MembershipLabels.IsCounted).Select(s => (MemberStatus?)s)];

    /// <summary>
    /// One row per member of <paramref name="cells"/> on <paramref name="day"/> (null: every member, each once with his
    /// cell then or none). Everywhere reads the members in table order and each one's cell by his key; a subtree reads
    /// the placements in force in its cells (their index), each joined to its member. The status is read once per row:
    /// the caller judges it (EF Core repeats a filtered subquery).
    /// </summary>
    public static IQueryable<MemberOnDay> Rows(IAppDbContext db, IReadOnlyCollection<Guid>? cells, DateOnly day)
    {
        var placed = cells is null
            ? db.Members.AsNoTracking().Select(m => new PlacedMember
            {
                Member = m,
                Cell = m.Placements.Where(p => p.StartsOn <= day && (p.EndsOn == null || p.EndsOn > day)).OrderByDescending(p => p.StartsOn).Select(p => (Guid?)p.OrganizationId).FirstOrDefault(),
            })
            : db.Set<MemberPlacement>().AsNoTracking()
                .Where(p => p.StartsOn <= day && (p.EndsOn == null || p.EndsOn > day) && cells.Contains(p.OrganizationId))
                .Join(db.Members.AsNoTracking(), p => p.MemberId, m => m.Id, (p, m) => new PlacedMember { Member = m, Cell = p.OrganizationId });
        return placed.Select(x => new MemberOnDay
        {
            Cell = x.Cell,
            Sex = x.Member.Sex,
            EthnicityCode = x.Member.EthnicityCode,
            Religion = x.Member.Religion,
            DateOfBirth = x.Member.DateOfBirth,
            GeneralEducation = x.Member.GeneralEducation,
            ProfessionalLevel = x.Member.ProfessionalLevel,
            PoliticalTheoryLevel = x.Member.PoliticalTheoryLevel,
            AdmissionDecisionDate = x.Member.AdmissionDecisionDate,
            Status = db.Set<MemberStatusPeriod>()
                .Where(s => s.MemberId == x.Member.Id && s.StartsOn <= day && (s.EndsOn == null || s.EndsOn > day || (s.EndsOn == s.StartsOn && s.StartsOn == day)))
                .OrderByDescending(s => s.StartsOn)
                .Select(s => (MemberStatus?)s.Status)
                .FirstOrDefault(),
            Exempt = db.Set<MemberCondition>().Any(c => c.MemberId == x.Member.Id && c.Kind == MemberConditionKind.Exemption && c.StartsOn <= day && (c.EndsOn == null || c.EndsOn >= day)),
            Suspended = db.Set<MemberCondition>().Any(c => c.MemberId == x.Member.Id && c.Kind == MemberConditionKind.Suspension && c.StartsOn <= day && (c.EndsOn == null || c.EndsOn >= day)),
        });
    }

    /// <summary>How many members are counted in <paramref name="cells"/> on <paramref name="day"/> (one statement, a count).</summary>
    public static Task<int> CountAsync(IAppDbContext db, IReadOnlyCollection<Guid>? cells, DateOnly day, CancellationToken cancellationToken) =>
        Rows(db, cells, day).Where(r => r.Cell != null && Counted.Contains(r.Status)).CountAsync(cancellationToken);

    /// <summary>A member and his cell on the day (null: none).</summary>
    private sealed class PlacedMember
    {
        public required PartyMember Member { get; init; }

        public Guid? Cell { get; init; }
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

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Reorganization;

namespace PartyCommittee.Application.Membership.Reports;

/// <summary>
/// What the reports read: the organisation tree on any date (current parents and dated moves), the root asked for
/// (checked against the caller's scope), and the members with their dated history. Membership in the subtree is judged
/// on the date of each event, in the tree of that date, so that a reorganisation does not change figures before it.
/// </summary>
internal sealed class ReportFacts
{
    private readonly Dictionary<Guid, Guid?> parents;
    private readonly IReadOnlyList<OrganizationMove> moves;
    private readonly Dictionary<DateOnly, OrganizationTreeOnDate> trees = [];

    private ReportFacts(Guid? rootId, Dictionary<Guid, Guid?> parents, IReadOnlyList<OrganizationMove> moves, IReadOnlyDictionary<Guid, PartyOrganization> organizations)
    {
        RootId = rootId;
        this.parents = parents;
        this.moves = moves;
        Organizations = organizations;
    }

    /// <summary>The root of the subtree, or null for every organisation (an administrator asking for no organisation).</summary>
    public Guid? RootId { get; }

    public IReadOnlyDictionary<Guid, PartyOrganization> Organizations { get; }

    public static async Task<ReportFacts> LoadAsync(IAppDbContext db, IOrganizationScope scope, Guid? organizationId, CancellationToken cancellationToken)
    {
        // The scope check (404 outside it) and the root: the organisation asked for, else the caller's scope organisation.
        _ = await scope.SubtreeAsync(organizationId, cancellationToken);
        var root = organizationId ?? OrganizationHistory.RootOf(await scope.GetPathPrefixAsync(cancellationToken));
        var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var moves = await db.Set<OrganizationMove>().AsNoTracking().ToListAsync(cancellationToken);
        return new ReportFacts(root, organizations.Values.ToDictionary(o => o.Id, o => o.ParentId), moves, organizations);
    }

    /// <summary>True when <paramref name="organizationId"/> was in the subtree on <paramref name="date"/>.</summary>
    public bool InSubtree(Guid? organizationId, DateOnly date)
    {
        if (organizationId is not { } id)
        {
            return false;
        }

        if (RootId is not { } root)
        {
            return true;
        }

        return TreeOn(date).IsWithin(id, root);
    }

    private OrganizationTreeOnDate TreeOn(DateOnly date)
    {
        if (!trees.TryGetValue(date, out var tree))
        {
            tree = trees[date] = new OrganizationTreeOnDate(parents, moves, date);
        }

        return tree;
    }

    /// <summary>The organisations that were ever in the subtree (now or in the tree of a move's eve), to narrow the members loaded.</summary>
    public IReadOnlyCollection<Guid>? EverInSubtree()
    {
        if (RootId is null)
        {
            return null;
        }

        var dates = moves.Select(m => m.On.AddDays(-1)).Append(DateOnly.MaxValue).Distinct();
        return [.. dates.SelectMany(d => parents.Keys.Where(o => InSubtree(o, d))).Distinct()];
    }

    /// <summary>
    /// The organisations in the subtree in the tree of <paramref name="date"/>; null when that is every organisation
    /// (no root asked for, or a root whose subtree held them all then): the reader filters on nothing.
    /// </summary>
    public IReadOnlyCollection<Guid>? SubtreeOn(DateOnly date) =>
        RootId is { } root ? OrganizationHistory.EveryOrganizationAsNull(TreeOn(date).Subtree(root), parents.Count) : null;

    public string NameOf(Guid? organizationId) => organizationId is { } id && Organizations.TryGetValue(id, out var o) ? o.Name : string.Empty;

    /// <summary>
    /// The members with their status and placement history who ever belonged to the subtree and have a dated event
    /// from <paramref name="from"/> to <paramref name="to"/>: admitted, recognised full, or a period of a leaving status
    /// starting then (<paramref name="leaving"/>: name removed, expelled, deceased, the statuses the report lists). Only
    /// the fields the report reads (<see cref="EventMember"/>): the whole aggregates of a year's ~100k members with an
    /// event at 1M held 176 MB for one report.
    /// </summary>
    public async Task<IReadOnlyList<EventMember>> MembersAsync(
        IAppDbContext db, DateOnly from, DateOnly to, IReadOnlyCollection<MemberStatus> leaving, CancellationToken cancellationToken)
    {
        var members = db.Members.AsNoTracking();
        if (OrganizationHistory.EveryOrganizationAsNull(EverInSubtree(), Organizations.Count) is { } ever)
        {
            // The subtree's members are taken from its organisations' placements and current members (two index ranges),
            // then each tested for an event (session 50: every member of the register was tested, a placement of each
            // looked for in the subtree: 6 s of a cell's report at 1M members).
            var ids = ever.ToList();
            var all = db.Members;
            var placed = db.Set<MemberPlacement>().Where(p => ids.Contains(p.OrganizationId)).Select(p => p.MemberId)
                .Concat(all.Where(m => ids.Contains(m.OrganizationId)).Select(m => m.Id));
            return await EventMembers(members.Where(m => placed.Contains(m.Id))
                .Where(m => (m.AdmissionDecisionDate >= from && m.AdmissionDecisionDate <= to)
                    || (m.FullMembershipDate >= from && m.FullMembershipDate <= to)
                    || m.StatusHistory.Any(s => s.StartsOn >= from && s.StartsOn <= to && leaving.Contains(s.Status))))
                .ToListAsync(cancellationToken);
        }

        // The register: each test of an event through its own index range (admission date, full membership date, the
        // status periods' start), their member ids one list looked up by key. Testing every member read every member's
        // row (session 57: 9 of the report's 19 s at 1M members). (A subtree's members stay the driver above: the
        // register's events of a period outnumber a sub-committee's members, 8 s against 2-3 s at 1M over five years.)
        var withEvent = db.Members.Where(m => m.AdmissionDecisionDate >= from && m.AdmissionDecisionDate <= to).Select(m => m.Id)
            .Concat(db.Members.Where(m => m.FullMembershipDate >= from && m.FullMembershipDate <= to).Select(m => m.Id))
            .Concat(db.Set<MemberStatusPeriod>().Where(s => s.StartsOn >= from && s.StartsOn <= to && leaving.Contains(s.Status)).Select(s => s.MemberId));
        return await EventMembers(members.Where(m => withEvent.Contains(m.Id))).ToListAsync(cancellationToken);
    }

    private static IQueryable<EventMember> EventMembers(IQueryable<PartyMember> members) =>
        members.Select(m => new EventMember(
            m.Id,
            m.FullName,
            m.OrganizationId,
            m.AdmissionDecisionDate,
            m.AdmissionDecisionNumber,
            m.FullMembershipDate,
            m.StatusHistory.Select(p => new EventMember.StatusPeriod(p.Status, p.StartsOn, p.DecisionNumber)).ToList(),
            m.Placements.Select(p => new EventMember.Placement(p.OrganizationId, p.StartsOn, p.EndsOn)).ToList()));

    /// <summary>The member's cell on <paramref name="date"/> (the placement then), else the placement that ended that day, else the current cell.</summary>
    public static Guid CellOn(EventMember member, DateOnly date) =>
        member.Placements.FirstOrDefault(p => p.StartsOn <= date && (p.EndsOn is null || p.EndsOn > date))?.OrganizationId
        ?? member.Placements.Where(p => p.EndsOn == date).Select(p => (Guid?)p.OrganizationId).FirstOrDefault()
        ?? member.OrganizationId;
}

/// <summary>What the movements report reads of a member with an event of its period.</summary>
internal sealed record EventMember(
    Guid Id,
    string FullName,
    Guid OrganizationId,
    DateOnly AdmissionDecisionDate,
    string? AdmissionDecisionNumber,
    DateOnly? FullMembershipDate,
    List<EventMember.StatusPeriod> StatusHistory,
    List<EventMember.Placement> Placements)
{
    /// <summary>A period of a status: its start and decision.</summary>
    internal sealed record StatusPeriod(MemberStatus Status, DateOnly StartsOn, string? DecisionNumber);

    /// <summary>A placement in a cell.</summary>
    internal sealed record Placement(Guid OrganizationId, DateOnly StartsOn, DateOnly? EndsOn);
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.GetMemberTimeline;

/// <summary>Every dated event of one member, oldest first, from every module that records them.</summary>
public sealed record GetMemberTimelineQuery(Guid Id) : IQuery<MemberTimeline>;

/// <summary>A member's history.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="Events">Events in date order.</param>
public sealed record MemberTimeline(Guid MemberId, string FullName, IReadOnlyList<TimelineEvent> Events);

public sealed class GetMemberTimelineHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, IEnumerable<IMemberTimelineSource> sources)
    : IQueryHandler<GetMemberTimelineQuery, MemberTimeline>
{
    /// <summary>Roles that read the records of their scope: a caller with none of them reads as a member, his own only.</summary>
    private static readonly string[] ScopeReaders = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Viewer];

    public async ValueTask<MemberTimeline> Handle(GetMemberTimelineQuery query, CancellationToken cancellationToken)
    {
        var ownOnly = user.IsInRole(Roles.Member) && !ScopeReaders.Any(user.IsInRole);
        var member = !ownOnly
            ? await db.LoadMemberInScopeAsync(scope, query.Id, cancellationToken, tracking: false)
            : user.MemberId == query.Id && await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == query.Id, cancellationToken) is { } own
                ? own
                : throw new Common.Exceptions.NotFoundException("member.not_found", "Member", query.Id);
        var events = new List<TimelineEvent>();
        foreach (var source in sources)
        {
            events.AddRange(await source.GetEventsAsync(member.Id, cancellationToken));
        }

        return new MemberTimeline(member.Id, member.FullName, [.. events.OrderBy(e => e.Date).ThenBy(e => e.Kind, StringComparer.Ordinal)]);
    }
}

/// <summary>The membership module's own events: admission facts, status changes and cell placements.</summary>
public sealed class MembershipTimelineSource(IAppDbContext db) : IMemberTimelineSource
{
    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Include(m => m.StatusHistory).Include(m => m.Placements)
            .FirstAsync(m => m.Id == memberId, cancellationToken);
        var organizationIds = member.Placements.Select(p => p.OrganizationId).ToList();
        var names = await db.OrganizationNamesAsync(organizationIds, cancellationToken);
        var english = Messages.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);

        var events = new List<TimelineEvent>
        {
            new(member.AdmissionDecisionDate, "membership.admission_decision", Messages.Format("timeline.admission_decision"), member.AdmissionDecisionNumber, Empty, "membership"),
        };
        if (member.CeremonyDate is { } ceremony)
        {
            events.Add(new(ceremony, "membership.ceremony", Messages.Format("timeline.ceremony"), null, Empty, "membership"));
        }

        foreach (var period in member.StatusHistory)
        {
            var label = MembershipLabels.Of(period.Status);
            events.Add(new(
                period.StartsOn,
                "membership.status",
                Messages.Format("timeline.status", english ? label.En : label.Vi),
                period.DecisionNumber,
                new Dictionary<string, string?> { ["status"] = period.Status.ToString(), ["reason"] = period.Reason },
                "membership"));
        }

        foreach (var placement in member.Placements)
        {
            events.Add(new(
                placement.StartsOn,
                "membership.cell",
                Messages.Format("timeline.cell", names.GetValueOrDefault(placement.OrganizationId, "?")),
                null,
                new Dictionary<string, string?> { ["organizationId"] = placement.OrganizationId.ToString() },
                "membership"));
        }

        return events;
    }

    private static readonly IReadOnlyDictionary<string, string?> Empty = new Dictionary<string, string?>();
}

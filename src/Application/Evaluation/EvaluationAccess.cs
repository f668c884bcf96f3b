using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation;

/// <summary>A member counted in an organisation on a day, with the organisation (a cell) and status.</summary>
public sealed record RosterRow(Guid MemberId, Guid OrganizationId, MemberStatus Status, bool Excused = false)
{
    public RosterMember ToRoster() => new(MemberId, Status, Excused);

    /// <summary>Probationary and full members: expected at meetings, reviews and dissemination.</summary>
    public bool IsExpected => ToRoster().IsExpected;
}

/// <summary>A row of <see cref="EvaluationAccess.RosterQuery"/> (properties, so that a query can read on from it).</summary>
public sealed class RosterEntry
{
    public Guid MemberId { get; init; }

    public Guid OrganizationId { get; init; }

    public MemberStatus Status { get; init; }

    /// <summary>Exempt or suspended on the day.</summary>
    public bool Excused { get; init; }
}

/// <summary>Scoped look-ups and the rosters the evaluation use cases share.</summary>
public static class EvaluationAccess
{
    /// <summary>
    /// The members counted in <paramref name="organizationIds"/> (every organisation when null) on
    /// <paramref name="date"/>: placed there that day and in a counted status that day (the membership statistics' rule).
    /// With <paramref name="memberId"/>, that member's row only (read through his own placements and periods, not the
    /// organisations' rosters).
    /// </summary>
    public static async Task<List<RosterRow>> RosterOnAsync(
        this IAppDbContext db, IReadOnlyCollection<Guid>? organizationIds, DateOnly date, CancellationToken cancellationToken, Guid? memberId = null) =>
        [.. (await db.RosterQuery(organizationIds, date, memberId).ToListAsync(cancellationToken))
            .Select(r => new RosterRow(r.MemberId, r.OrganizationId, r.Status, r.Excused)).DistinctBy(r => r.MemberId)];

    /// <summary>
    /// <see cref="RosterOnAsync"/>'s rows as a query, for a caller that reads more of each member in the same statement
    /// (the rating campaign's roster): the placements in force, joined to the counted status period of the day, each
    /// with whether an exemption or suspension holds the day (a probe by member). A member placed twice on the day
    /// (not written by the domain) has a row per placement; <see cref="RosterOnAsync"/> keeps the first.
    /// </summary>
    public static IQueryable<RosterEntry> RosterQuery(this IAppDbContext db, IReadOnlyCollection<Guid>? organizationIds, DateOnly date, Guid? memberId = null)
    {
        var placements = db.Set<MemberPlacement>().AsNoTracking().Where(p => p.StartsOn <= date && (p.EndsOn == null || p.EndsOn > date));
        if (organizationIds is not null)
        {
            placements = placements.Where(p => organizationIds.Contains(p.OrganizationId));
        }

        var statuses = db.Set<MemberStatusPeriod>().AsNoTracking()
            .Where(s => s.StartsOn <= date && (s.EndsOn == null || s.EndsOn > date) && MembershipLabels.CountedStatuses.Contains(s.Status));
        if (memberId is { } member)
        {
            placements = placements.Where(p => p.MemberId == member);
            statuses = statuses.Where(s => s.MemberId == member);
        }

        return from p in placements
               join s in statuses on p.MemberId equals s.MemberId
               select new RosterEntry
               {
                   MemberId = p.MemberId,
                   OrganizationId = p.OrganizationId,
                   Status = s.Status,
                   Excused = db.Set<MemberCondition>().Any(c => c.MemberId == p.MemberId && c.StartsOn <= date && (c.EndsOn == null || c.EndsOn >= date)
                       && (c.Kind == MemberConditionKind.Exemption || c.Kind == MemberConditionKind.Suspension)),
               };
    }

    /// <summary>
    /// The placements of the members expected (<see cref="RosterRow.IsExpected"/>: probationary or full, neither exempt
    /// nor suspended) in <paramref name="organizationIds"/> on <paramref name="date"/>, as a query to count in the
    /// database (issue 12, ratingstats): the rule of <see cref="RosterOnAsync"/> without reading the roster.
    /// </summary>
    public static IQueryable<MemberPlacement> ExpectedPlacementsOn(this IAppDbContext db, IReadOnlyCollection<Guid> organizationIds, DateOnly date) =>
        db.Set<MemberPlacement>().AsNoTracking()
            .Where(p => organizationIds.Contains(p.OrganizationId) && p.StartsOn <= date && (p.EndsOn == null || p.EndsOn > date)
                && db.Set<MemberStatusPeriod>().Any(s => s.MemberId == p.MemberId && s.StartsOn <= date && (s.EndsOn == null || s.EndsOn > date)
                    && (s.Status == MemberStatus.Probationary || s.Status == MemberStatus.Full))
                && !db.Set<MemberCondition>().Any(c => c.MemberId == p.MemberId && c.StartsOn <= date && (c.EndsOn == null || c.EndsOn >= date)
                    && (c.Kind == MemberConditionKind.Exemption || c.Kind == MemberConditionKind.Suspension)));

    /// <summary>Loads an organisation in the caller's scope; 404 <c>organization.not_found</c> otherwise.</summary>
    public static async Task<PartyOrganization> LoadOrganizationInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
        {
            throw new NotFoundException("organization.not_found", "Organisation", id);
        }

        return organization;
    }

    /// <summary>An organisation named in a body: 422 with <paramref name="code"/> when missing or outside the scope.</summary>
    public static async Task<PartyOrganization> LoadNamedOrganizationAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, string code, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
        {
            throw new DomainRuleException(code, "The organisation was not found.", RuleViolationKind.Unprocessable, id);
        }

        return organization;
    }

    /// <summary>
    /// True when a caller whose scope is <paramref name="prefix"/> (null: unrestricted) sees the register entry of the
    /// organisation with <paramref name="documentPath"/>: an entry in its subtree, or of an organisation above it
    /// (a committee-wide document is disseminated by every cell under the committee).
    /// </summary>
    public static bool SeesRegisterOf(string? prefix, string documentPath) =>
        prefix is null || documentPath.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(documentPath, StringComparison.Ordinal);

    /// <summary>Loads a document the caller sees (<see cref="SeesRegisterOf"/>); 404 <c>document.not_found</c> otherwise.</summary>
    public static async Task<(PartyDocument Document, PartyOrganization Organization)> LoadDocumentVisibleAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var documents = tracking ? db.PartyDocuments : db.PartyDocuments.AsNoTracking();
        var document = await documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        var organization = document is null ? null : await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == document.OrganizationId, cancellationToken);
        if (document is null || organization is null || !SeesRegisterOf(await scope.GetPathPrefixAsync(cancellationToken), organization.Path))
        {
            throw new NotFoundException("document.not_found", "Document", id);
        }

        return (document, organization);
    }

    /// <summary>Loads a meeting of a cell in the caller's scope; 404 <c>meeting.not_found</c> otherwise.</summary>
    public static async Task<CellMeeting> LoadMeetingInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var meetings = tracking ? db.CellMeetings : db.CellMeetings.AsNoTracking();
        var meeting = await meetings.Include(m => m.Attendance).Include(m => m.Documents).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null || !await scope.CoversAsync(meeting.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("meeting.not_found", "Meeting", id);
        }

        return meeting;
    }

    /// <summary>
    /// The templates of the committees above (and including) <paramref name="cell"/>, with the depth of each owner,
    /// from which <see cref="ReviewTemplate.InForceOn"/> picks the one in force on a date.
    /// </summary>
    public static async Task<(List<ReviewTemplate> Templates, Func<Guid, int> DepthOf)> TemplatesForAsync(
        this IAppDbContext db, PartyOrganization cell, CancellationToken cancellationToken)
    {
        var all = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Path }).ToListAsync(cancellationToken);
        var ancestors = all.Where(o => cell.Path.StartsWith(o.Path, StringComparison.Ordinal)).ToList();
        var ids = ancestors.Select(a => a.Id).ToList();
        var templates = await db.ReviewTemplates.AsNoTracking().Include(t => t.Criteria).Where(t => ids.Contains(t.OrganizationId)).ToListAsync(cancellationToken);
        var depth = ancestors.ToDictionary(a => a.Id, a => a.Path.Length);
        return (templates, id => depth.GetValueOrDefault(id));
    }
}

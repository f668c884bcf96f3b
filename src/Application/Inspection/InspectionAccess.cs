using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Cases;
using PartyCommittee.Application.Inspection.Topics;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Inspection;

/// <summary>
/// Scope, loading and presentation shared by the inspection use cases. A case is seen by a caller whose subtree holds
/// the organisation that runs it or one of its subject cells (a cell secretary sees the cases on his cell); it is
/// changed only by a caller whose subtree holds the organisation that runs it. Outside, it is not found.
/// </summary>
internal static class InspectionAccess
{
    public static IQueryable<InspectionCase> WithParts(this IQueryable<InspectionCase> cases) => cases
        .Include(c => c.Subjects)
        .Include(c => c.Team)
        .Include(c => c.Steps)
        .Include(c => c.Findings)
        .Include(c => c.Recommendations).ThenInclude(r => r.Progress)
        ;

    public static async Task<InspectionCase> LoadCaseAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool forChange, CancellationToken cancellationToken)
    {
        var query = forChange ? db.InspectionCases.WithParts() : db.InspectionCases.AsNoTracking().WithParts();
        var inspection = await query.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (inspection is null || !await db.SeesAsync(scope, inspection, forChange, cancellationToken))
        {
            throw new NotFoundException("inspection.not_found", "Inspection", id);
        }

        return inspection;
    }

    private static async Task<bool> SeesAsync(this IAppDbContext db, IOrganizationScope scope, InspectionCase inspection, bool forChange, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        if (prefix is null)
        {
            return true;
        }

        var ids = forChange ? [inspection.OrganizationId] : inspection.Subjects.Select(s => s.OrganizationId).Append(inspection.OrganizationId).Distinct().ToList();
        return await db.Organizations.AsNoTracking().AnyAsync(o => ids.Contains(o.Id) && o.Path.StartsWith(prefix), cancellationToken);
    }

    /// <summary>
    /// Cases where <paramref name="memberId"/> is a subject: the cases are taken from his own subject rows (an index range
    /// by member), not found by testing every case of the register for a subject of his.
    /// </summary>
    public static IQueryable<InspectionCase> WithSubjectMember(this IQueryable<InspectionCase> cases, IAppDbContext db, Guid memberId)
    {
        var his = db.Set<InspectionSubject>().Where(s => s.MemberId == memberId).Select(s => s.CaseId);
        return cases.Where(c => his.Contains(c.Id));
    }

    /// <summary>Cases run in, or with a subject in, one of <paramref name="organizationIds"/> (null: all).</summary>
    public static IQueryable<InspectionCase> Touching(this IQueryable<InspectionCase> cases, IReadOnlyCollection<Guid>? organizationIds)
    {
        if (organizationIds is null)
        {
            return cases;
        }

        var ids = organizationIds.ToList();
        return cases.Where(c => ids.Contains(c.OrganizationId) || c.Subjects.Any(s => ids.Contains(s.OrganizationId)));
    }

    /// <summary>
    /// A programme in scope: 404 <c>inspection.programme_not_found</c> when it is the resource addressed, 422 with the
    /// same code when a request's body names it (<paramref name="namedInBody"/>), as for an organisation or a member.
    /// </summary>
    public static async Task<InspectionProgramme> LoadProgrammeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool forChange, CancellationToken cancellationToken, bool namedInBody = false)
    {
        var query = forChange ? db.InspectionProgrammes.Include(p => p.Items) : db.InspectionProgrammes.AsNoTracking().Include(p => p.Items);
        var programme = await query.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null || !await scope.CoversAsync(programme.OrganizationId, cancellationToken))
        {
            throw namedInBody
                ? new DomainRuleException("inspection.programme_not_found", "The programme was not found in your scope.", RuleViolationKind.Unprocessable, id)
                : new NotFoundException("inspection.programme_not_found", "InspectionProgramme", id);
        }

        return programme;
    }

    /// <summary>The organisation named in a body, in scope, or 422 <c>inspection.organization_not_found</c>.</summary>
    public static async Task<PartyOrganization> OrganizationInScopeAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
        {
            throw OrganizationNotFound(id);
        }

        return organization;
    }

    /// <summary>422 <c>inspection.organization_not_found</c>: an organisation named in a body, missing or outside the scope.</summary>
    public static DomainRuleException OrganizationNotFound(Guid id) =>
        new("inspection.organization_not_found", "The organisation was not found in your scope.", RuleViolationKind.Unprocessable, id);

    /// <summary>422 <c>inspection.member_not_found</c>: a member named in a body, missing or outside the scope.</summary>
    public static DomainRuleException MemberNotFound(Guid id) =>
        new("inspection.member_not_found", "The member was not found in your scope.", RuleViolationKind.Unprocessable, id);

    /// <summary>A member named in a body, in scope, or 422 <c>inspection.member_not_found</c>.</summary>
    public static async Task<PartyMember> MemberInScopeAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null || !await scope.CoversAsync(member.OrganizationId, cancellationToken))
        {
            throw MemberNotFound(id);
        }

        return member;
    }

    /// <summary>
    /// Topics added (and not retired) by <paramref name="organization"/> or an organisation above it (a committee's
    /// topics are offered to its cells): the <c>ORG-</c> codes a decision or programme of it may choose.
    /// </summary>
    public static async Task<IReadOnlySet<string>> CustomTopicsAsync(this IAppDbContext db, PartyOrganization organization, CancellationToken cancellationToken)
    {
        var topics = await db.OrganizationTopics.AsNoTracking()
            .Where(t => t.RetiredOn == null)
            .Join(db.Organizations.AsNoTracking(), t => t.OrganizationId, o => o.Id, (t, o) => new { t.Code, o.Path })
            .ToListAsync(cancellationToken);
        return topics.Where(t => organization.Path.StartsWith(t.Path, StringComparison.Ordinal)).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The calendar for the deadlines of cases decided from <paramref name="from"/> on (a year and a half beyond <paramref name="to"/>).</summary>
    public static Task<WorkingDayCalendar> InspectionCalendarAsync(this IAppDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.LoadAsync(from, to.AddMonths(18), cancellationToken);

    /// <summary>
    /// Who records what: the decision, the meeting and the conclusion are the deciding body's (the standing committee's
    /// through the committee office; the inspection commission's and a cell's cases through the commission), the other
    /// steps and the follow-up are the team's (the inspection commission). The administrator records anything.
    /// </summary>
    public static void EnsureMayRecord(this ICurrentUser user, InspectionStep step, InspectionAuthority decidedBy)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return;
        }

        var decider = step is InspectionStep.Decision or InspectionStep.Meeting or InspectionStep.Conclusion;
        var role = decider && decidedBy == InspectionAuthority.StandingCommittee ? Roles.CommitteeOffice : Roles.InspectionCommission;
        if (!user.IsInRole(role))
        {
            throw new DomainRuleException(
                "inspection.step_not_for_role",
                "This step is recorded by the body that takes it.",
                RuleViolationKind.Unprocessable,
                WireFormat.Code(step),
                role);
        }
    }

    public static async Task<InspectionDto> ToDtoAsync(
        this IAppDbContext db, InspectionCase inspection, InspectionDeadlines deadlines, DateOnly today, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([inspection], deadlines, today, cancellationToken))[0];

    public static async Task<IReadOnlyList<InspectionDto>> ToDtosAsync(
        this IAppDbContext db, IReadOnlyList<InspectionCase> cases, InspectionDeadlines deadlines, DateOnly today, CancellationToken cancellationToken)
    {
        if (cases.Count == 0)
        {
            return [];
        }

        var organizationIds = cases.SelectMany(c => c.Subjects.Select(s => s.OrganizationId).Append(c.OrganizationId)).Distinct().ToList();
        var memberIds = cases.SelectMany(c => c.Subjects.Select(s => s.MemberId).OfType<Guid>().Concat(c.Team.Select(t => t.MemberId))).Distinct().ToList();
        var organizations = await db.OrganizationNamesAsync(organizationIds, cancellationToken);
        var members = await db.MemberNamesAsync(memberIds, cancellationToken);
        var calendar = await db.InspectionCalendarAsync(cases.Min(c => c.DecidedOn), cases.Max(c => c.ScheduleTo) > today ? cases.Max(c => c.ScheduleTo) : today, cancellationToken);
        return [.. cases.Select(c => InspectionDto.From(c, organizations, members, calendar, deadlines, today))];
    }
}

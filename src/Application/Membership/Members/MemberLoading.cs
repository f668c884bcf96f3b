using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Membership.Members;

public static class MemberLoading
{
    /// <summary>
    /// Loads a member with its history (and, when tracked, the dated qualifications, work history and family relations
    /// that responses and updates need); 404 when it does not exist or its cell is outside the caller's scope.
    /// </summary>
    public static async Task<PartyMember> LoadMemberInScopeAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken, bool tracking = true)
    {
        var query = db.Members.Include(m => m.StatusHistory).Include(m => m.Placements);
        var member = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null || !await scope.CoversAsync(member.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("member.not_found", "Member", id);
        }

        if (tracking)
        {
            // The rest of the record, one query per list (a single joined query would multiply the rows).
            await db.Set<MemberQualificationPeriod>().Where(q => q.MemberId == id).LoadAsync(cancellationToken);
            await db.Set<MemberWorkHistoryEntry>().Where(w => w.MemberId == id).LoadAsync(cancellationToken);
            await db.Set<MemberFamilyRelation>().Where(f => f.MemberId == id).LoadAsync(cancellationToken);
        }

        return member;
    }

    /// <summary>
    /// The member detail's read: the member with its history and the lists its response shows, and its cell's name.
    /// The cell's path and name come in one query, which also decides the scope (404 outside it); the lists are read
    /// only for a member in scope. One statement fewer than <see cref="LoadMemberInScopeAsync"/> followed by
    /// <see cref="OrganizationNameAsync"/> (issue 12, docs/read-path-performance.md).
    /// </summary>
    public static async Task<(PartyMember Member, string OrganizationName)> LoadMemberViewInScopeAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var member = await db.Members.Include(m => m.StatusHistory).Include(m => m.Placements).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        var cell = member is null
            ? null
            : await db.Organizations.AsNoTracking().Where(o => o.Id == member.OrganizationId).Select(o => new { o.Path, o.Name }).FirstOrDefaultAsync(cancellationToken);
        if (member is null || cell is null || !await scope.CoversAsync(cell.Path, cancellationToken))
        {
            throw new NotFoundException("member.not_found", "Member", id);
        }

        await db.Set<MemberQualificationPeriod>().Where(q => q.MemberId == id).LoadAsync(cancellationToken);
        await db.Set<MemberWorkHistoryEntry>().Where(w => w.MemberId == id).LoadAsync(cancellationToken);
        await db.Set<MemberFamilyRelation>().Where(f => f.MemberId == id).LoadAsync(cancellationToken);
        return (member, cell.Name);
    }

    /// <summary>Loads the cell a member is placed in; a 422 rule failure when it does not exist or is outside scope.</summary>
    public static async Task<PartyOrganization> LoadCellInScopeAsync(this IAppDbContext db, IOrganizationScope scope, Guid organizationId, CancellationToken cancellationToken)
    {
        var cell = await db.Organizations.FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (cell is null || !await scope.CoversAsync(cell.Path, cancellationToken))
        {
            throw new Domain.Common.DomainRuleException(
                "member.organization_not_found", "The cell was not found.", Domain.Common.RuleViolationKind.Unprocessable, organizationId);
        }

        return cell;
    }

    public static async Task<string> OrganizationNameAsync(this IAppDbContext db, Guid organizationId, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name).FirstAsync(cancellationToken);
}

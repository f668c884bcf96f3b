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
    /// The member detail's read (issue 12, docs/read-path-performance.md "Session 21"): ONE statement reads the member
    /// (untracked, with its status history and the auto-included conditions and seniority gaps), its cell's path and
    /// name, and, for a caller whose scope is not yet known in this request, the path of the token's organisation, which
    /// decides the scope (404 outside it, 403 <c>auth.scope_unknown</c> when that organisation does not exist, as
    /// before). The lists the response shows beside the member are read by <see cref="WorkHistoryAsync"/> and
    /// <see cref="FamilyRelationsAsync"/>, only once the member is known to be in scope.
    /// </summary>
    public static async Task<(PartyMember Member, string OrganizationName)> LoadMemberViewInScopeAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var root = scope.UnresolvedRootId;
        var row = await MemberViewQuery(Context(db), id, root, cancellationToken);
        if (row is null)
        {
            throw new NotFoundException("member.not_found", "Member", id);
        }

        if (root is not null)
        {
            scope.ResolveRoot(row.ScopePath);
        }

        if (!await scope.CoversAsync(row.Path, cancellationToken))
        {
            throw new NotFoundException("member.not_found", "Member", id);
        }

        return (row.Member, row.Name);
    }

    /// <summary>A member's work history as the record shows it, in its order (one untracked projection).</summary>
    public static async Task<List<WorkHistoryItemDto>> WorkHistoryAsync(this IAppDbContext db, Guid memberId, CancellationToken cancellationToken)
    {
        var items = new List<WorkHistoryItemDto>();
        await foreach (var item in WorkHistoryQuery(Context(db), memberId).WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>A member's family relations as the record shows them, in their order (one untracked projection).</summary>
    public static async Task<List<FamilyRelationDto>> FamilyRelationsAsync(this IAppDbContext db, Guid memberId, CancellationToken cancellationToken)
    {
        var items = new List<FamilyRelationDto>();
        await foreach (var item in FamilyRelationsQuery(Context(db), memberId).WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    // The detail's three statements as compiled queries (issue 12, docs/read-path-performance.md "Session 22"): the
    // expression tree is built and its parameters extracted once, not at every request. Same SQL as the LINQ they replace.
    private static readonly Func<DbContext, Guid, Guid?, CancellationToken, Task<MemberViewRow?>> MemberViewQuery =
        EF.CompileAsyncQuery((DbContext db, Guid id, Guid? root, CancellationToken _) => db.Set<PartyMember>().AsNoTracking()
            .Include(m => m.StatusHistory)
            .Where(m => m.Id == id)
            .Join(db.Set<PartyOrganization>(), m => m.OrganizationId, o => o.Id, (m, o) => new MemberViewRow(
                m,
                o.Path,
                o.Name,
                root == null ? null : db.Set<PartyOrganization>().Where(r => r.Id == root).Select(r => r.Path).FirstOrDefault()))
            .FirstOrDefault());

    private static readonly Func<DbContext, Guid, IAsyncEnumerable<WorkHistoryItemDto>> WorkHistoryQuery =
        EF.CompileAsyncQuery((DbContext db, Guid memberId) => db.Set<MemberWorkHistoryEntry>().AsNoTracking()
            .Where(w => w.MemberId == memberId)
            .OrderBy(w => w.Order)
            .Select(w => new WorkHistoryItemDto(w.From, w.To, w.Description)));

    private static readonly Func<DbContext, Guid, IAsyncEnumerable<FamilyRelationDto>> FamilyRelationsQuery =
        EF.CompileAsyncQuery((DbContext db, Guid memberId) => db.Set<MemberFamilyRelation>().AsNoTracking()
            .Where(f => f.MemberId == memberId)
            .OrderBy(f => f.Order)
            .Select(f => new FamilyRelationDto(f.Relation, f.FullName, f.BirthYear, f.Occupation, f.PoliticalHistory, f.Address)));

    /// <summary>The context behind the application's seam (every <see cref="IAppDbContext"/> is an EF Core context).</summary>
    internal static DbContext Context(IAppDbContext db) =>
        db as DbContext ?? throw new InvalidOperationException("A compiled query needs an EF Core DbContext.");

    private sealed record MemberViewRow(PartyMember Member, string Path, string Name, string? ScopePath);

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

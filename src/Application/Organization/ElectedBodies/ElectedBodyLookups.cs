using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ElectedBodies;

/// <summary>Scoped look-ups shared by the term, elected-body and mass-organisation use cases.</summary>
internal static class ElectedBodyLookups
{
    /// <summary>Loads a term for change with its organisation; 404 when it does not exist or is outside the caller's scope.</summary>
    public static async Task<(Term Term, PartyOrganization Organization)> LoadTermInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var term = await db.Terms.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        var organization = term is null ? null : await db.Organizations.FirstOrDefaultAsync(o => o.Id == term.OrganizationId, cancellationToken);
        if (term is null || organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
        {
            throw new NotFoundException("term.not_found", "Term", id);
        }

        return (term, organization);
    }

    /// <summary>
    /// The elected bodies, with their memberships, for change, in which <paramref name="memberId"/> has a seat matching
    /// <paramref name="seat"/>: found from his own seats (<c>IX_BodyMemberships_MemberId</c>), not by testing every body
    /// of the register for a seat of his (what a correlated "any membership of his" makes the database do).
    /// </summary>
    public static Task<List<ElectedBody>> BodiesWithSeatOfAsync(
        this IAppDbContext db, Guid memberId, Expression<Func<BodyMembership, bool>> seat, CancellationToken cancellationToken,
        Expression<Func<ElectedBody, bool>>? body = null)
    {
        var seated = db.Set<BodyMembership>().Where(m => m.MemberId == memberId).Where(seat).Select(m => m.ElectedBodyId);
        var bodies = db.ElectedBodies.Include(b => b.Memberships).Where(b => seated.Contains(b.Id));
        return (body is null ? bodies : bodies.Where(body)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Ends every seat <paramref name="memberId"/> holds on <paramref name="on"/> (dismissal from post); 422
    /// <c>discipline.no_post_held</c> when he holds none.
    /// </summary>
    public static async Task DismissFromPostsAsync(this IAppDbContext db, Guid memberId, DateOnly on, CancellationToken cancellationToken)
    {
        var bodies = await db.BodiesWithSeatOfAsync(memberId, m => m.StartsOn <= on && (m.EndsOn == null || m.EndsOn > on), cancellationToken);
        if (bodies.Sum(b => b.EndSeatsOf(memberId, on).Count) == 0)
        {
            throw new DomainRuleException(
                "discipline.no_post_held", "The member held no post in an elected party body on that day.", RuleViolationKind.Unprocessable, WireFormat.Date(on));
        }
    }

    /// <summary>Loads an elected body with its memberships; 404 when it does not exist or is outside the caller's scope.</summary>
    public static async Task<ElectedBody> LoadBodyInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var bodies = tracking ? db.ElectedBodies : db.ElectedBodies.AsNoTracking();
        var body = await bodies.Include(b => b.Memberships).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (body is null || !await scope.CoversAsync(body.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("body.not_found", "Elected body", id);
        }

        return body;
    }

    /// <summary>Loads a mass organisation with its counts; 404 when it does not exist or its leading organisation is outside the caller's scope.</summary>
    public static async Task<MassOrganization> LoadMassOrganizationInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var organizations = tracking ? db.MassOrganizations : db.MassOrganizations.AsNoTracking();
        var massOrganization = await organizations.Include(m => m.MemberCounts).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (massOrganization is null || !await scope.CoversAsync(massOrganization.LeadingOrganizationId, cancellationToken))
        {
            throw new NotFoundException("mass_organization.not_found", "Mass organisation", id);
        }

        return massOrganization;
    }

    /// <summary>Loads the leading organisation named by a request; a 422 rule failure when it is missing or out of scope.</summary>
    public static async Task<PartyOrganization> LoadLeadingOrganizationAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
        {
            throw new DomainRuleException(
                "mass_organization.leading_organization_not_found",
                "The leading party organisation was not found.",
                RuleViolationKind.Unprocessable,
                id);
        }

        return organization;
    }

    /// <summary>
    /// Marks the aggregate root as changed when only its children changed (a new membership or count), so that
    /// the save increments its version and checks the one the caller read (If-Match) in the UPDATE.
    /// </summary>
    public static void MarkChanged<T>(this DbSet<T> set, T aggregate)
        where T : AggregateRoot => set.Entry(aggregate).Property(a => a.UpdatedAt).IsModified = true;
}

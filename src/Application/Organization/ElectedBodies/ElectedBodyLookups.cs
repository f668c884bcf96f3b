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

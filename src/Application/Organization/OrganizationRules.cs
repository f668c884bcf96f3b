using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization;

/// <summary>Field rules and look-ups shared by the organisation use cases.</summary>
internal static class OrganizationRules
{
    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(PartyOrganization.NameMaxLength).IsName(NameKind.Organization);

    public static IRuleBuilderOptions<T, string?> ValidShortName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(PartyOrganization.ShortNameMaxLength).IsName(NameKind.Organization);

    public static IRuleBuilderOptions<T, string?> ValidCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .Matches(@"^[A-Za-z0-9][A-Za-z0-9-]{1,31}\z")
            .WithErrorCode("organization.code_invalid")
            .WithMessage(_ => Messages.Format("organization.code_invalid"));

    /// <summary>Loads an organisation for change; 404 when it does not exist or is outside the caller's scope.</summary>
    public static async Task<PartyOrganization> LoadInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
        {
            throw new NotFoundException("organization.not_found", "Organisation", id);
        }

        return organization;
    }

    /// <summary>Loads the parent named by a request; a 422 rule failure when it is missing or out of scope.</summary>
    public static async Task<PartyOrganization> LoadParentInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid parentId, CancellationToken cancellationToken)
    {
        var parent = await db.Organizations.FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken);
        if (parent is null || !await scope.CoversAsync(parent.Path, cancellationToken))
        {
            throw new Domain.Common.DomainRuleException(
                "organization.parent_not_found",
                "The parent organisation was not found.",
                Domain.Common.RuleViolationKind.Unprocessable,
                parentId);
        }

        return parent;
    }
}

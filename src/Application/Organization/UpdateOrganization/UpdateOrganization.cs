using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.UpdateOrganization;

/// <summary>The editable fields of an organisation (PUT replaces them all). The code and type never change.</summary>
/// <param name="Name">Full Vietnamese name.</param>
/// <param name="ShortName">Optional short name.</param>
/// <param name="UnitKind">ADMINISTRATIVE_AGENCY or PUBLIC_SERVICE_UNIT; required for a cell.</param>
/// <param name="ParentId">New parent, to move the organisation (with its subtree); null keeps a root a root.</param>
/// <param name="EstablishedOn">Date of the establishment decision.</param>
public sealed record OrganizationUpdate(
    [property: Required] string? Name,
    string? ShortName,
    UnitKind? UnitKind,
    Guid? ParentId,
    [property: Required] DateOnly? EstablishedOn);

public sealed record UpdateOrganizationCommand(Guid Id, long ExpectedVersion, OrganizationUpdate Update) : ICommand<OrganizationDto>;

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganizationCommand>
{
    public UpdateOrganizationValidator(TimeProvider time)
    {
        RuleFor(c => c.Update.Name).ValidName().OverridePropertyName("name");
        RuleFor(c => c.Update.ShortName).ValidShortName().OverridePropertyName("shortName");
        RuleFor(c => c.Update.UnitKind).IsDefinedEnum().OverridePropertyName("unitKind");
        RuleFor(c => c.Update.EstablishedOn).NotNull().IsEventDate(time)
            .OverridePropertyName("establishedOn");
    }
}

public sealed class UpdateOrganizationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<UpdateOrganizationCommand, OrganizationDto>
{
    /// <summary>
    /// Under the locks of the organisation (its children are checked) and of the parent it will have (which must not
    /// be dissolved meanwhile).
    /// </summary>
    public ValueTask<OrganizationDto> Handle(UpdateOrganizationCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync(
            command.Update.ParentId is { } parentId ? [Locks.Organization(command.Id), Locks.Organization(parentId)] : [Locks.Organization(command.Id)],
            ct => UpdateAsync(command, ct),
            cancellationToken));

    private async Task<OrganizationDto> UpdateAsync(UpdateOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.LoadInScopeAsync(scope, command.Id, cancellationToken);
        organization.EnsureVersion(command.ExpectedVersion);
        var update = command.Update;
        var moving = update.ParentId != organization.ParentId;

        // The date is checked against the parent the organisation will have, then the move is checked with that date.
        var targetParent = moving
            ? await LoadNewParentAsync(organization, update.ParentId, cancellationToken)
            : organization.ParentId is { } parentId ? await db.Organizations.FirstAsync(o => o.Id == parentId, cancellationToken) : null;
        if (moving)
        {
            organization.EnsureCanMoveUnder(targetParent!);
        }

        var earliestChild = await db.Organizations
            .Where(o => o.ParentId == organization.Id)
            .OrderBy(o => o.EstablishedOn)
            .Select(o => (DateOnly?)o.EstablishedOn)
            .FirstOrDefaultAsync(cancellationToken);

        organization.Rename(update.Name!, update.ShortName);
        organization.ChangeUnitKind(update.UnitKind);
        organization.ChangeEstablishedOn(update.EstablishedOn!.Value, targetParent, earliestChild);
        if (moving)
        {
            await MoveAsync(organization, targetParent!, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return OrganizationDto.From(organization, time.TodayInVietnam());
    }

    private async Task<PartyOrganization> LoadNewParentAsync(PartyOrganization organization, Guid? newParentId, CancellationToken cancellationToken)
    {
        if (newParentId is not { } parentId)
        {
            throw new DomainRuleException(
                "organization.invalid_parent",
                "Only a committee may be a root.",
                RuleViolationKind.Unprocessable,
                organization.Type.ToString(),
                "-");
        }

        return await db.LoadParentInScopeAsync(scope, parentId, cancellationToken);
    }

    private async Task MoveAsync(PartyOrganization organization, PartyOrganization newParent, CancellationToken cancellationToken)
    {
        var descendants = await db.Organizations
            .Where(o => o.Path.StartsWith(organization.Path) && o.Id != organization.Id)
            .ToListAsync(cancellationToken);

        var oldPath = organization.MoveTo(newParent);
        foreach (var descendant in descendants)
        {
            descendant.RebasePath(oldPath, organization.Path);
        }
    }
}

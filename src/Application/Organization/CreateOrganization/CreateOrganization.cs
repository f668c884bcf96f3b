using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.CreateOrganization;

/// <summary>Creates a party organisation.</summary>
/// <param name="Code">Unique code: 2–32 letters, digits and hyphens (stored upper-case), e.g. <c>CB-VP</c>.</param>
/// <param name="Name">Full Vietnamese name, e.g. "Chi bộ Văn phòng Sở".</param>
/// <param name="ShortName">Optional short name.</param>
/// <param name="Type">PARTY_COMMITTEE, PARTY_SUB_COMMITTEE or PARTY_CELL.</param>
/// <param name="UnitKind">ADMINISTRATIVE_AGENCY or PUBLIC_SERVICE_UNIT; required for a cell.</param>
/// <param name="ParentId">The committee or sub-committee it belongs to; omitted only for a top-level committee (Admin).</param>
/// <param name="EstablishedOn">Date of the establishment decision.</param>
public sealed record CreateOrganizationCommand(
    [property: Required] string? Code,
    [property: Required] string? Name,
    string? ShortName,
    [property: Required] OrganizationType? Type,
    UnitKind? UnitKind,
    Guid? ParentId,
    [property: Required] DateOnly? EstablishedOn) : ICommand<OrganizationDto>;

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationValidator(TimeProvider time)
    {
        RuleFor(c => c.Code).ValidCode();
        RuleFor(c => c.Name).ValidName();
        RuleFor(c => c.ShortName).ValidShortName();
        RuleFor(c => c.Type).NotNull().IsDefinedEnum();
        RuleFor(c => c.UnitKind).IsDefinedEnum();
        RuleFor(c => c.EstablishedOn).NotNull().IsEventDate(time);
    }
}

public sealed class CreateOrganizationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<CreateOrganizationCommand, OrganizationDto>
{
    /// <summary>
    /// Under the parent's lock, so that the parent cannot be dissolved meanwhile (the unique index on the code backs
    /// the code check).
    /// </summary>
    public ValueTask<OrganizationDto> Handle(CreateOrganizationCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync(
            command.ParentId is { } parentId ? [Locks.Organization(parentId)] : [],
            ct => CreateAsync(command, ct),
            cancellationToken));

    private async Task<OrganizationDto> CreateAsync(CreateOrganizationCommand command, CancellationToken cancellationToken)
    {
        PartyOrganization? parent = null;
        if (command.ParentId is { } parentId)
        {
            parent = await db.LoadParentInScopeAsync(scope, parentId, cancellationToken);
        }
        else if (await scope.GetPathPrefixAsync(cancellationToken) is not null)
        {
            throw new ForbiddenException("organization.root_requires_admin", "Only an administrator can create a top-level organisation.");
        }

        var code = command.Code!.Trim().ToUpperInvariant();
        if (await db.Organizations.AnyAsync(o => o.Code == code, cancellationToken))
        {
            throw new ConflictException("organization.code_taken", $"Organisation code '{code}' is already in use.", code);
        }

        var organization = PartyOrganization.Create(
            Ids.NewVersion7(time.GetUtcNow()),
            code,
            command.Name!,
            command.ShortName,
            command.Type!.Value,
            command.UnitKind,
            command.EstablishedOn!.Value,
            parent);

        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return OrganizationDto.From(organization, time.TodayInVietnam());
    }
}

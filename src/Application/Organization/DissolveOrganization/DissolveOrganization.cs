using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Organization.DissolveOrganization;

/// <summary>Dissolution of an organisation.</summary>
/// <param name="DissolvedOn">Date of the dissolution decision.</param>
public sealed record OrganizationDissolution([property: Required] DateOnly? DissolvedOn);

public sealed record DissolveOrganizationCommand(Guid Id, long ExpectedVersion, OrganizationDissolution Dissolution) : ICommand<OrganizationDto>;

public sealed class DissolveOrganizationValidator : AbstractValidator<DissolveOrganizationCommand>
{
    public DissolveOrganizationValidator()
    {
        RuleFor(c => c.Dissolution.DissolvedOn).NotNull().OverridePropertyName("dissolvedOn");
    }
}

public sealed class DissolveOrganizationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<DissolveOrganizationCommand, OrganizationDto>
{
    public async ValueTask<OrganizationDto> Handle(DissolveOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.LoadInScopeAsync(scope, command.Id, cancellationToken);
        organization.EnsureVersion(command.ExpectedVersion);
        var date = command.Dissolution.DissolvedOn!.Value;

        var hasActiveChildren = await db.Organizations.AnyAsync(
            o => o.ParentId == organization.Id && (o.DissolvedOn == null || o.DissolvedOn > date),
            cancellationToken);

        organization.Dissolve(date, hasActiveChildren);
        await db.SaveChangesAsync(cancellationToken);
        return OrganizationDto.From(organization, time.TodayInVietnam());
    }
}

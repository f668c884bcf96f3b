using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Organization.ElectedBodies.DissolveMassOrganization;

/// <summary>Dissolution of a mass organisation.</summary>
/// <param name="DissolvedOn">Date of the dissolution decision; no count may be recorded on or after it.</param>
public sealed record MassOrganizationDissolution([property: Required] DateOnly? DissolvedOn);

public sealed record DissolveMassOrganizationCommand(Guid Id, long ExpectedVersion, MassOrganizationDissolution Dissolution) : ICommand<MassOrganizationDto>;

public sealed class DissolveMassOrganizationValidator : AbstractValidator<DissolveMassOrganizationCommand>
{
    public DissolveMassOrganizationValidator(TimeProvider time)
    {
        RuleFor(c => c.Dissolution.DissolvedOn).NotNull().IsEventDate(time, EventDates.EarliestCivil).OverridePropertyName("dissolvedOn");
    }
}

public sealed class DissolveMassOrganizationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<DissolveMassOrganizationCommand, MassOrganizationDto>
{
    public async ValueTask<MassOrganizationDto> Handle(DissolveMassOrganizationCommand command, CancellationToken cancellationToken)
    {
        var massOrganization = await db.LoadMassOrganizationInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        massOrganization.EnsureVersion(command.ExpectedVersion);

        massOrganization.Dissolve(command.Dissolution.DissolvedOn!.Value);
        await db.SaveChangesAsync(cancellationToken);

        var leadingName = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == massOrganization.LeadingOrganizationId)
            .Select(o => o.Name)
            .FirstAsync(cancellationToken);
        return MassOrganizationDto.From(massOrganization, leadingName, time.TodayInVietnam());
    }
}

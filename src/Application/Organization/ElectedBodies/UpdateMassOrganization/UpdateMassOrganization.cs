using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ElectedBodies.UpdateMassOrganization;

/// <summary>The editable fields of a mass organisation (PUT replaces them all).</summary>
/// <param name="Name">Full Vietnamese name; unique among those its leading organisation leads.</param>
/// <param name="Kind">TRADE_UNION, YOUTH_UNION_CELL, VETERANS_ASSOCIATION or WOMEN_UNION.</param>
/// <param name="LeadingOrganizationId">The party committee or cell that leads it.</param>
/// <param name="EstablishedOn">Date of establishment, if known; not after its first recorded count.</param>
public sealed record MassOrganizationUpdate(
    [property: Required] string? Name,
    [property: Required] MassOrganizationKind? Kind,
    [property: Required] Guid? LeadingOrganizationId,
    DateOnly? EstablishedOn);

public sealed record UpdateMassOrganizationCommand(Guid Id, long ExpectedVersion, MassOrganizationUpdate Update) : ICommand<MassOrganizationDto>;

public sealed class UpdateMassOrganizationValidator : AbstractValidator<UpdateMassOrganizationCommand>
{
    public UpdateMassOrganizationValidator(TimeProvider time)
    {
        RuleFor(c => c.Update.Name).NotEmpty().MaximumLength(MassOrganization.NameMaxLength).IsName(NameKind.Organization).OverridePropertyName("name");
        RuleFor(c => c.Update.Kind).NotNull().IsDefinedEnum().OverridePropertyName("kind");
        RuleFor(c => c.Update.LeadingOrganizationId).NotEmpty().OverridePropertyName("leadingOrganizationId");
        RuleFor(c => c.Update.EstablishedOn).IsEventDate(time, EventDates.EarliestCivil).OverridePropertyName("establishedOn");
    }
}

public sealed class UpdateMassOrganizationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<UpdateMassOrganizationCommand, MassOrganizationDto>
{
    /// <summary>Under the (new) leading organisation's lock: the name check sees every name committed before.</summary>
    public ValueTask<MassOrganizationDto> Handle(UpdateMassOrganizationCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.Update.LeadingOrganizationId!.Value)], ct => UpdateAsync(command, ct), cancellationToken));

    private async Task<MassOrganizationDto> UpdateAsync(UpdateMassOrganizationCommand command, CancellationToken cancellationToken)
    {
        var massOrganization = await db.LoadMassOrganizationInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        massOrganization.EnsureVersion(command.ExpectedVersion);
        var update = command.Update;

        var leading = await db.LoadLeadingOrganizationAsync(scope, update.LeadingOrganizationId!.Value, cancellationToken);
        var namesInUse = await db.MassOrganizations.AsNoTracking()
            .Where(m => m.LeadingOrganizationId == leading.Id && m.Id != massOrganization.Id)
            .Select(m => m.Name)
            .ToListAsync(cancellationToken);

        massOrganization.Change(update.Name!, update.Kind!.Value, leading, update.EstablishedOn, namesInUse);
        await db.SaveChangesAsync(cancellationToken);
        return MassOrganizationDto.From(massOrganization, leading.Name, time.TodayInVietnam());
    }
}

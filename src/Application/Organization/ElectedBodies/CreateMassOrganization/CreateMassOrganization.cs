using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ElectedBodies.CreateMassOrganization;

/// <summary>Records a mass organisation led by a party organisation.</summary>
/// <param name="Name">Full Vietnamese name, e.g. "Công đoàn cơ sở Văn phòng Sở"; unique among those its leading organisation leads.</param>
/// <param name="Kind">TRADE_UNION, YOUTH_UNION_CELL, VETERANS_ASSOCIATION or WOMEN_UNION.</param>
/// <param name="LeadingOrganizationId">The party committee or cell that leads it.</param>
/// <param name="EstablishedOn">Date of establishment, if known.</param>
public sealed record CreateMassOrganizationCommand(
    [property: Required] string? Name,
    [property: Required] MassOrganizationKind? Kind,
    [property: Required] Guid? LeadingOrganizationId,
    DateOnly? EstablishedOn) : ICommand<MassOrganizationDto>;

public sealed class CreateMassOrganizationValidator : AbstractValidator<CreateMassOrganizationCommand>
{
    public CreateMassOrganizationValidator(TimeProvider time)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(MassOrganization.NameMaxLength).IsName(NameKind.Organization);
        RuleFor(c => c.Kind).NotNull().IsDefinedEnum();
        RuleFor(c => c.LeadingOrganizationId).NotEmpty();
        RuleFor(c => c.EstablishedOn).IsEventDate(time, EventDates.EarliestCivil);
    }
}

public sealed class CreateMassOrganizationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<CreateMassOrganizationCommand, MassOrganizationDto>
{
    /// <summary>Under the leading organisation's lock: the name check (accents and case ignored) sees every name committed before.</summary>
    public ValueTask<MassOrganizationDto> Handle(CreateMassOrganizationCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.LeadingOrganizationId!.Value)], ct => CreateAsync(command, ct), cancellationToken));

    private async Task<MassOrganizationDto> CreateAsync(CreateMassOrganizationCommand command, CancellationToken cancellationToken)
    {
        var leading = await db.LoadLeadingOrganizationAsync(scope, command.LeadingOrganizationId!.Value, cancellationToken);
        var namesInUse = await db.MassOrganizations.AsNoTracking()
            .Where(m => m.LeadingOrganizationId == leading.Id)
            .Select(m => m.Name)
            .ToListAsync(cancellationToken);

        var massOrganization = MassOrganization.Establish(
            Ids.NewVersion7(time.GetUtcNow()), command.Name!, command.Kind!.Value, leading, command.EstablishedOn, namesInUse);
        db.MassOrganizations.Add(massOrganization);
        await db.SaveChangesAsync(cancellationToken);
        return MassOrganizationDto.From(massOrganization, leading.Name, time.TodayInVietnam());
    }
}

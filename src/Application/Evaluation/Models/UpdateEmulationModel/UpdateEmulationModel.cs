using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Models.RegisterEmulationModel;

namespace PartyCommittee.Application.Evaluation.Models.UpdateEmulationModel;

/// <summary>Replaces a model's fields: its result and recognition are recorded this way.</summary>
public sealed record UpdateEmulationModelCommand(Guid Id, long ExpectedVersion, EmulationModelInput Model) : ICommand<EmulationModelDto>;

public sealed class UpdateEmulationModelValidator : AbstractValidator<UpdateEmulationModelCommand>
{
    public UpdateEmulationModelValidator(TimeProvider time) => this.AddModelRules(c => c.Model, time);
}

public sealed class UpdateEmulationModelHandler(IAppDbContext db, IOrganizationScope scope)
    : ICommandHandler<UpdateEmulationModelCommand, EmulationModelDto>
{
    public async ValueTask<EmulationModelDto> Handle(UpdateEmulationModelCommand command, CancellationToken cancellationToken)
    {
        var model = await db.EmulationModels.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
        if (model is null || !await scope.CoversAsync(model.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("emulation_model.not_found", "Emulation model", command.Id);
        }

        model.EnsureVersion(command.ExpectedVersion);
        var input = command.Model;
        var organization = await db.LoadNamedOrganizationAsync(scope, input.OrganizationId!.Value, "emulation_model.organization_not_found", cancellationToken);
        var ownerIn = await db.OwnerInOrganizationAsync(organization, input.OwnerMemberId, input.Year!.Value, cancellationToken);
        model.Change(organization, input.Year!.Value, input.Kind!.Value, input.Title!, input.OwnerMemberId, ownerIn, input.Target!, input.Result, input.Recognition());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(model, cancellationToken);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Evaluation.Models.GetEmulationModel;

public sealed record GetEmulationModelQuery(Guid Id) : IQuery<EmulationModelDto>;

public sealed class GetEmulationModelHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetEmulationModelQuery, EmulationModelDto>
{
    public async ValueTask<EmulationModelDto> Handle(GetEmulationModelQuery query, CancellationToken cancellationToken)
    {
        var model = await db.EmulationModels.AsNoTracking().FirstOrDefaultAsync(m => m.Id == query.Id, cancellationToken);
        if (model is null || !await scope.CoversAsync(model.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("emulation_model.not_found", "Emulation model", query.Id);
        }

        return await db.ToDtoAsync(model, cancellationToken);
    }
}

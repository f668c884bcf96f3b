using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Inspection.Programmes.GetProgramme;

public sealed record GetProgrammeQuery(Guid Id) : IQuery<ProgrammeDto>;

public sealed class GetProgrammeHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetProgrammeQuery, ProgrammeDto>
{
    public async ValueTask<ProgrammeDto> Handle(GetProgrammeQuery query, CancellationToken cancellationToken)
    {
        var programme = await db.LoadProgrammeAsync(scope, query.Id, forChange: false, cancellationToken);
        return (await db.ToDtosAsync([programme], cancellationToken))[0];
    }
}

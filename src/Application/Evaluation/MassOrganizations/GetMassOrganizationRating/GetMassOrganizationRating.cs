using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Evaluation.MassOrganizations.GetMassOrganizationRating;

public sealed record GetMassOrganizationRatingQuery(Guid Id) : IQuery<MassOrganizationRatingDto>;

public sealed class GetMassOrganizationRatingHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetMassOrganizationRatingQuery, MassOrganizationRatingDto>
{
    public async ValueTask<MassOrganizationRatingDto> Handle(GetMassOrganizationRatingQuery query, CancellationToken cancellationToken)
    {
        var rating = await db.LoadMassOrganizationRatingAsync(scope, query.Id, tracking: false, cancellationToken);
        return await db.ToDtoAsync(rating, cancellationToken);
    }
}

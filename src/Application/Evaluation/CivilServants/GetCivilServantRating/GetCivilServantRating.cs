using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.CivilServants;

namespace PartyCommittee.Application.Evaluation.CivilServants.GetCivilServantRating;

public sealed record GetCivilServantRatingQuery(Guid Id) : IQuery<CivilServantRatingDto>;

public sealed class GetCivilServantRatingHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<CivilServantRatingRuleSet> rules)
    : IQueryHandler<GetCivilServantRatingQuery, CivilServantRatingDto>
{
    public async ValueTask<CivilServantRatingDto> Handle(GetCivilServantRatingQuery query, CancellationToken cancellationToken)
    {
        var rating = await db.LoadCivilServantRatingAsync(scope, query.Id, tracking: false, cancellationToken);
        return await db.ToDtoAsync(rating, rules, cancellationToken);
    }
}

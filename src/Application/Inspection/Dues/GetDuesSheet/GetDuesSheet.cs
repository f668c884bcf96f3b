using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Dues.GetDuesSheet;

public sealed record GetDuesSheetQuery(Guid Id) : IQuery<DuesSheetDto>;

public sealed class GetDuesSheetHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<DuesRuleSet> rules) : IQueryHandler<GetDuesSheetQuery, DuesSheetDto>
{
    public async ValueTask<DuesSheetDto> Handle(GetDuesSheetQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.LoadSheetInScopeAsync(scope, query.Id, tracking: false, cancellationToken), rules, cancellationToken);
}

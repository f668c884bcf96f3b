using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline.GetDisciplinaryAction;

public sealed record GetDisciplinaryActionQuery(Guid Id) : IQuery<DisciplinaryActionDto>;

public sealed class GetDisciplinaryActionHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<DisciplineRuleSet> rules)
    : IQueryHandler<GetDisciplinaryActionQuery, DisciplinaryActionDto>
{
    public async ValueTask<DisciplinaryActionDto> Handle(GetDisciplinaryActionQuery query, CancellationToken cancellationToken)
    {
        var action = await db.LoadActionInScopeAsync(scope, query.Id, tracking: false, cancellationToken);
        return await db.ToDtoAsync(action, rules, cancellationToken);
    }
}

using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Denunciations.GetDenunciation;

public sealed record GetDenunciationQuery(Guid Id) : IQuery<DenunciationDto>;

public sealed class GetDenunciationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<InspectionRuleSet> rules)
    : IQueryHandler<GetDenunciationQuery, DenunciationDto>
{
    public async ValueTask<DenunciationDto> Handle(GetDenunciationQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.LoadDenunciationAsync(scope, query.Id, tracking: false, cancellationToken), rules, time.TodayInVietnam(), cancellationToken);
}

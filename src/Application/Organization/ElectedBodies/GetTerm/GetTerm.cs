using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Organization.ElectedBodies.GetTerm;

public sealed record GetTermQuery(Guid Id) : IQuery<TermDto>;

public sealed class GetTermHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<GetTermQuery, TermDto>
{
    public async ValueTask<TermDto> Handle(GetTermQuery query, CancellationToken cancellationToken)
    {
        var (term, _) = await db.LoadTermInScopeAsync(scope, query.Id, cancellationToken);
        return TermDto.From(term, time.TodayInVietnam());
    }
}

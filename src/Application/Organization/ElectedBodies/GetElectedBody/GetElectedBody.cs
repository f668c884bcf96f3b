using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Organization.ElectedBodies.GetElectedBody;

/// <summary>One elected body with its memberships; with <paramref name="AsOf"/>, only the seats current that day.</summary>
public sealed record GetElectedBodyQuery(Guid Id, DateOnly? AsOf = null) : IQuery<ElectedBodyDto>;

public sealed class GetElectedBodyHandler(IAppDbContext db, IOrganizationScope scope)
    : IQueryHandler<GetElectedBodyQuery, ElectedBodyDto>
{
    public async ValueTask<ElectedBodyDto> Handle(GetElectedBodyQuery query, CancellationToken cancellationToken)
    {
        var body = await db.LoadBodyInScopeAsync(scope, query.Id, tracking: false, cancellationToken);
        return await db.ViewAsync(body, query.AsOf, cancellationToken);
    }
}
